// Quill 2 (bundled into this page by www/build.mjs; its stylesheet is copied beside it); the
// widget attaches to the Quill object. ?widget=off leaves the widget out.
import Quill from 'quill';
import { attach } from '../widget/index.js';

const editor = new Quill('#editor', { theme: 'snow', modules: { toolbar: [['bold', 'italic']] } });
editor.root.setAttribute('data-factcheck-input', '');
editor.root.setAttribute('aria-labelledby', 'editor-label');
editor.root.spellcheck = false;
window.editor = editor;
if (new URLSearchParams(location.search).get('widget') !== 'off') {
  window.factcheck = attach(editor, { panel: document.getElementById('panel') });
}
