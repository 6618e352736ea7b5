// The WordPress block editor (Gutenberg): each block's text is a rich-text contenteditable of
// its own, rendered by React, and the standalone editor exposes no API to its block store.
// So this one adapter reads the DOM: the blocks' editable texts, in order, one line each, and
// nothing of the block toolbars, appenders and placeholders around them. React replaces a
// block's nodes when it re-renders it, so a mutation observer on the editor reads again after
// each commit.
import { TextMap } from '../textmap.js';

const LAYOUT = '.block-editor-block-list__layout.is-root-container';
const EDITABLE = '.block-editor-rich-text__editable';

/** The element the block editor renders into (or any element around its block list). */
export const isGutenberg = (target) => Boolean(target?.querySelector?.(LAYOUT));

export function gutenberg(container) {
  const win = container.ownerDocument.defaultView;
  let fns = [];
  const observer = new win.MutationObserver(() => {
    for (const fn of fns) fn();
  });
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  return {
    kind: 'gutenberg',
    doc: container.ownerDocument,
    root: container,
    get focusTarget() {
      return container.querySelector(`${LAYOUT} ${EDITABLE}`) ?? container;
    },
    read: () => TextMap.of(...container.querySelectorAll(`${LAYOUT} ${EDITABLE}`)),
    frame: () => ({ x: 0, y: 0 }),
    onChange(fn) {
      fns.push(fn);
      return () => {
        fns = fns.filter((f) => f !== fn);
      };
    },
    destroy() {
      observer.disconnect();
    },
  };
}
