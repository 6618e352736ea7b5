// ProseMirror through Tiptap (bundled into this page by www/build.mjs); the widget attaches to
// the Tiptap editor object. ?widget=off leaves the widget out.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { attach } from '../widget/index.js';

const editor = new Editor({
  element: document.getElementById('editor'),
  extensions: [StarterKit],
  editorProps: {
    attributes: { class: 'editor', role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': 'editor-label', spellcheck: 'false', 'data-factcheck-input': '' },
  },
});
window.editor = editor;
if (new URLSearchParams(location.search).get('widget') !== 'off') {
  window.factcheck = attach(editor, { panel: document.getElementById('panel') });
}
