// ProseMirror, through a Tiptap editor: the text comes from the document model, one line per
// textblock, and each text node's DOM text from `view.nodeDOM`, so the trailing <br>, the
// separators and the widgets ProseMirror puts in its DOM never enter the text. ProseMirror
// redraws its DOM in each transaction: the map is read again after every one.
import { TextMapBuilder } from '../textmap.js';

/** A Tiptap editor: its ProseMirror view and its events. */
export const isTiptap = (target) => Boolean(target?.view?.state?.doc && typeof target.on === 'function');

export function prosemirror(editor) {
  const view = editor.view;
  return {
    kind: 'prosemirror',
    doc: view.dom.ownerDocument,
    root: view.dom,
    focusTarget: view.dom,
    read() {
      const map = new TextMapBuilder();
      view.state.doc.descendants((node, pos) => {
        if (node.isTextblock) {
          map.block();
        } else if (node.isText) {
          const dom = view.nodeDOM(pos);
          map.text(node.text, dom?.nodeType === 3 ? dom : null);
        } else if (node.isInline && node.isLeaf) {
          map.add(node.type.name.toLowerCase().includes('break') ? '\n' : '\uFFFC');
        }
        return !node.isText;
      });
      return map.build();
    },
    frame: () => ({ x: 0, y: 0 }),
    onChange(fn) {
      editor.on('transaction', fn);
      return () => editor.off('transaction', fn);
    },
    destroy() {},
  };
}
