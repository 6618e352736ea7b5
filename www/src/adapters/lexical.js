// Lexical: the text comes from the editor state, one line per block, and each text node's DOM
// element from `editor.getElementByKey`. Lexical reconciles its DOM after each update, and
// may replace a node's element (a format change makes a new tag): the map is read again in
// every update listener, which runs after the DOM is in step. The nodes are read through their
// own methods, so the widget does not bundle a second copy of Lexical.
import { TextMapBuilder } from '../textmap.js';

export const isLexical = (target) =>
  Boolean(target && typeof target.getEditorState === 'function' && typeof target.getElementByKey === 'function');

/** The first text node under `element`, where Lexical keeps a text node's characters. */
function textIn(element) {
  let node = element;
  while (node && node.nodeType !== 3) node = node.firstChild;
  return node;
}

export function lexical(editor) {
  const root = editor.getRootElement();
  return {
    kind: 'lexical',
    doc: root.ownerDocument,
    root,
    focusTarget: root,
    read() {
      const state = editor.getEditorState();
      const map = new TextMapBuilder();
      const visit = (node) => {
        if (typeof node.getChildren === 'function') {
          const block = !node.isInline() && node.getType() !== 'root';
          if (block) map.block();
          for (const child of node.getChildren()) visit(child);
        } else if (node.getType() === 'linebreak') {
          map.add('\n');
        } else if (typeof node.getMode === 'function') {
          const text = node.getTextContent();
          const dom = textIn(editor.getElementByKey(node.getKey()));
          map.text(text, text ? dom : null);
        } else if (node.isInline()) {
          map.add('\uFFFC');
        }
      };
      state.read(() => visit(state._nodeMap.get('root')));
      return map.build();
    },
    frame: () => ({ x: 0, y: 0 }),
    onChange(fn) {
      return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size || dirtyLeaves.size) fn();
      });
    },
    destroy() {},
  };
}
