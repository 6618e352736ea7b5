// The WordPress block editor, standalone (@automattic/isolated-block-editor's browser build,
// copied here by www/build.mjs): it replaces the textarea and saves the post's HTML back into it.
// The widget attaches to the element the editor renders into, once its block list is there.
// ?widget=off leaves the widget out.
import { attach } from '../widget/index.js';

const textarea = document.getElementById('editor');
window.wp.attachEditor(textarea);
const container = textarea.nextElementSibling;
await new Promise((resolve) => {
  const found = () => container.querySelector('.block-editor-block-list__layout.is-root-container');
  if (found()) return resolve();
  const observer = new MutationObserver(() => found() && (observer.disconnect(), resolve()));
  observer.observe(container, { childList: true, subtree: true });
});
window.editor = container;
if (new URLSearchParams(location.search).get('widget') !== 'off') {
  window.factcheck = attach(container, { panel: document.getElementById('panel') });
}
