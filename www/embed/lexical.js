// Lexical with rich text and its history (bundled into this page by www/build.mjs); the widget
// attaches to the Lexical editor object. ?widget=off leaves the widget out.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEditor } from 'lexical';
import { attach } from '../widget/index.js';

const editor = createEditor({
  namespace: 'factcheck-embed',
  nodes: [HeadingNode, QuoteNode],
  theme: { text: { bold: 'bold', italic: 'italic' } },
  onError: (error) => console.error(error),
});
editor.setRootElement(document.getElementById('editor'));
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 1000);
window.editor = editor;
if (new URLSearchParams(location.search).get('widget') !== 'off') {
  window.factcheck = attach(editor, { panel: document.getElementById('panel') });
}
