// CKEditor 5, self-hosted under the GPL licence key (bundled into this page by www/build.mjs;
// its stylesheet is copied beside it); the widget attaches to the editor object once it is
// created. ?widget=off leaves the widget out.
import { Bold, ClassicEditor, Essentials, Italic, Paragraph } from 'ckeditor5';
import { attach } from '../widget/index.js';

const editor = await ClassicEditor.create(document.getElementById('editor'), {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic],
  toolbar: ['undo', 'redo', '|', 'bold', 'italic'],
});
editor.editing.view.change((writer) => {
  const root = editor.editing.view.document.getRoot();
  writer.setAttribute('data-factcheck-input', '', root);
  writer.setAttribute('spellcheck', 'false', root);
});
window.editor = editor;
if (new URLSearchParams(location.search).get('widget') !== 'off') {
  window.factcheck = attach(editor, { panel: document.getElementById('panel') });
}
