// Quill 2: the text is the editor's delta (an embed counts as one character, as in Quill's
// indices), and each text blot's DOM text node is mapped by walking the blot tree with the
// lengths Quill gives. Quill re-creates blots on a format change: the map is read again on
// every text change and every optimisation of its DOM.
import { TextMap } from '../textmap.js';

export const isQuill = (target) => Boolean(target?.scroll && typeof target.getContents === 'function' && typeof target.getLeaf === 'function');

export function quill(editor) {
  const root = editor.root;
  return {
    kind: 'quill',
    doc: root.ownerDocument,
    root,
    focusTarget: root,
    read() {
      const text = editor.getContents().ops.map((op) => (typeof op.insert === 'string' ? op.insert : '\uFFFC')).join('');
      const segments = [];
      const walk = (blot, at) => {
        if (blot.domNode.nodeType === 3) {
          segments.push({ node: blot.domNode, start: at, length: blot.length() });
          return;
        }
        let offset = at;
        blot.children?.forEach((child) => {
          walk(child, offset);
          offset += child.length();
        });
      };
      walk(editor.scroll, 0);
      return new TextMap(text, segments);
    },
    frame: () => ({ x: 0, y: 0 }),
    onChange(fn) {
      const changed = (type) => type === 'text-change' && fn();
      editor.on('editor-change', changed);
      editor.on('scroll-optimize', fn);
      return () => {
        editor.off('editor-change', changed);
        editor.off('scroll-optimize', fn);
      };
    },
    destroy() {},
  };
}
