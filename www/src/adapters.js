// Adapters give the widget one view of any editor: its text as a TextMap, the document its
// ranges live in, where its events fire, and where its viewport sits in the page. They only
// read the editor; nothing here writes to it.
import { TextMap } from './textmap.js';
import { ckeditor5, isCKEditor5 } from './adapters/ckeditor5.js';
import { gutenberg, isGutenberg } from './adapters/gutenberg.js';
import { isLexical, lexical } from './adapters/lexical.js';
import { isTiptap, prosemirror } from './adapters/prosemirror.js';
import { isQuill, quill } from './adapters/quill.js';

const MIRRORED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'line-height',
  'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-align', 'direction', 'tab-size',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
];

/**
 * Scrolls `scroller` (an element, or a window) so that `range` is in its view, a third of the
 * way down; `box` is the scroller's visible box in the range's coordinates.
 */
function scrollTo(scroller, range, box) {
  const r = range.getBoundingClientRect();
  if (r.top >= box.top && r.bottom <= box.bottom) return;
  scroller.scrollBy({ top: r.top - box.top - (box.bottom - box.top) / 3, behavior: 'instant' });
}

const listen = (target, types, fn, options) => {
  for (const t of types) target.addEventListener(t, fn, options);
  return () => { for (const t of types) target.removeEventListener(t, fn, options); };
};

/** Any contenteditable element: the highlights go on its own text nodes. */
export function contentEditable(el) {
  return {
    kind: 'contenteditable',
    doc: el.ownerDocument,
    root: el,
    focusTarget: el,
    read: () => TextMap.of(el),
    frame: () => ({ x: 0, y: 0 }),
    // An editor that scrolls itself (a fixed height): its own scroll first; the page is the widget's.
    reveal(range) {
      if (el.scrollHeight > el.clientHeight + 1) scrollTo(el, range, el.getBoundingClientRect());
    },
    onChange: (fn) => listen(el, ['input'], fn),
    destroy() {},
  };
}

/**
 * A <textarea> has no text nodes to highlight, so a mirror element inside the widget's shadow
 * root copies its text, font and box, sits exactly over it, ignores the pointer, and carries
 * the highlights with transparent text.
 */
export function textarea(el, shadow) {
  const doc = el.ownerDocument;
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  const node = doc.createTextNode('');
  mirror.append(node);
  shadow.append(mirror);
  const place = () => {
    const cs = doc.defaultView.getComputedStyle(el);
    for (const p of MIRRORED) mirror.style.setProperty(p, cs.getPropertyValue(p));
    const rect = el.getBoundingClientRect();
    const scrollbar = el.offsetWidth - el.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    Object.assign(mirror.style, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      boxSizing: 'border-box',
      borderStyle: 'solid',
      borderColor: 'transparent',
      paddingRight: `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`,
    });
    mirror.scrollTop = el.scrollTop;
    mirror.scrollLeft = el.scrollLeft;
  };
  const stop = [
    listen(el, ['scroll'], place),
    listen(doc.defaultView, ['resize'], place),
    listen(doc, ['scroll'], place, true),
  ];
  return {
    kind: 'textarea',
    doc,
    root: el,
    focusTarget: el,
    styleRoot: shadow,
    read() {
      // A trailing newline needs a character after it to take up a line, as in the textarea.
      if (node.data !== `${el.value} `) node.data = `${el.value} `;
      place();
      return new TextMap(el.value, [{ node, start: 0 }]);
    },
    // The mirror is fixed over the textarea: it is put back over it whenever the widget measures,
    // since a scroll of the page may not have reached its listener yet.
    frame() {
      place();
      return { x: 0, y: 0 };
    },
    reveal(range) {
      scrollTo(el, range, mirror.getBoundingClientRect());
      place();
    },
    onChange: (fn) => listen(el, ['input'], fn),
    destroy() {
      for (const s of stop) s();
      mirror.remove();
    },
  };
}

/**
 * TinyMCE keeps its text in an iframe: the ranges, the ::highlight rules and the pointer
 * events live in that iframe's document, and the card is placed by the iframe's offset.
 */
export function tinymce(editor) {
  const doc = editor.getDoc();
  const body = editor.getBody();
  const iframe = editor.iframeElement ?? editor.getContentAreaContainer().querySelector('iframe');
  return {
    kind: 'tinymce',
    doc,
    root: body,
    focusTarget: body,
    read: () => TextMap.of(body),
    frame() {
      const r = iframe.getBoundingClientRect();
      return { x: r.left + iframe.clientLeft, y: r.top + iframe.clientTop };
    },
    reveal(range) {
      const win = doc.defaultView;
      scrollTo(win, range, { top: 0, bottom: win.innerHeight });
    },
    onChange(fn) {
      const types = 'input change undo redo SetContent';
      editor.on(types, fn);
      return () => editor.off(types, fn);
    },
    destroy() {},
  };
}

/**
 * The adapter for `target`: an editor object (TinyMCE, Tiptap, Lexical, Quill, CKEditor 5), a
 * textarea, a contenteditable element, or the element the WordPress block editor renders into.
 * Editors with a model are read through it; their own adapters live in adapters/.
 */
export function adapterFor(target, shadow) {
  if (target && typeof target.getBody === 'function' && typeof target.getDoc === 'function') return tinymce(target);
  if (isTiptap(target)) return prosemirror(target);
  if (isLexical(target)) return lexical(target);
  if (isQuill(target)) return quill(target);
  if (isCKEditor5(target)) return ckeditor5(target);
  if (target instanceof target?.ownerDocument?.defaultView?.HTMLTextAreaElement) return textarea(target, shadow);
  // Before contenteditable: the block editor makes its canvas editable while blocks are selected.
  if (isGutenberg(target)) return gutenberg(target);
  if (target?.isContentEditable || target?.getAttribute?.('contenteditable') != null) return contentEditable(target);
  throw new Error('factcheck: attach() needs a <textarea>, a contenteditable element, the WordPress block editor, or a TinyMCE, Tiptap, Lexical, Quill or CKEditor 5 editor');
}
