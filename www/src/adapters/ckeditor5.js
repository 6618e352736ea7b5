// CKEditor 5: the text comes from the model, one line per block, and each model text's place
// in the DOM from the editing mapper and the DOM converter, which step over the inline filler
// (seven zero-width characters CKEditor puts in a DOM text while one types at a format edge).
// CKEditor renders its view to the DOM after each change: the map is read again on every
// render.
import { TextMapBuilder } from '../textmap.js';

export const isCKEditor5 = (target) => Boolean(target?.model?.document && target?.editing?.mapper && target?.editing?.view);

export function ckeditor5(editor) {
  const { model, editing } = editor;
  const root = editing.view.getDomRoot();
  return {
    kind: 'ckeditor5',
    doc: root.ownerDocument,
    root,
    focusTarget: root,
    read() {
      const map = new TextMapBuilder();
      for (const item of model.createRangeIn(model.document.getRoot()).getItems()) {
        if (item.is('$textProxy')) {
          // A position inside the text maps to its DOM text node; one character back is its start.
          const inside = model.createPositionAt(item.parent, item.startOffset + 1);
          const dom = editing.view.domConverter.viewPositionToDom(editing.mapper.toViewPosition(inside));
          map.text(item.data, dom?.parent.nodeType === 3 ? dom.parent : null, dom?.offset - 1);
        } else if (model.schema.isBlock(item)) {
          map.block();
        } else if (item.name === 'softBreak') {
          map.add('\n');
        } else if (model.schema.isInline(item)) {
          map.add('\uFFFC');
        }
      }
      return map.build();
    },
    frame: () => ({ x: 0, y: 0 }),
    onChange(fn) {
      editing.view.on('render', fn);
      return () => editing.view.off('render', fn);
    },
    destroy() {},
  };
}
