// TinyMCE from node_modules, self-hosted (license_key 'gpl'); the widget attaches to the editor
// object once it is ready. ?widget=off leaves the widget out.
import { attach } from '../widget/index.js';

const [editor] = await window.tinymce.init({
  selector: '#editor',
  license_key: 'gpl',
  base_url: new URL('tinymce', import.meta.url).pathname,
  suffix: '.min',
  menubar: false,
  statusbar: false,
  promotion: false,
  branding: false,
  height: 480,
  toolbar: 'undo redo | bold italic',
  content_style: 'body { font: 17px/1.6 Georgia, serif; }',
});
// TinyMCE names its iframe's body but not the iframe itself; screen readers want both.
editor.iframeElement.title = 'Article text (rich text editor)';
window.editor = editor;
if (new URLSearchParams(location.search).get('widget') !== 'off') {
  window.factcheck = attach(editor, { panel: document.getElementById('panel') });
}
