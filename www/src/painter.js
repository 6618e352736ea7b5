// Draws the findings over the editor without touching it. Where the browser has the CSS Custom
// Highlight API, ranges go into named highlights styled by ::highlight() rules: the editor's DOM
// is never changed and the caret never moves. Elsewhere, a layer of positioned boxes drawn from
// each range's client rects sits over the text, outside the editor, and ignores the pointer.
import { HIGHLIGHT_CSS } from './styles.js';

export const VERDICTS = ['consistent', 'outdated', 'conflicting', 'unverified'];
const NAMES = [...VERDICTS, 'claim', 'active'].map((v) => `factcheck-${v}`);

/** Adds the ::highlight() rules to a document or shadow root once, as a constructed sheet. */
function adoptHighlightStyles(root) {
  const win = (root.ownerDocument ?? root).defaultView;
  if (root.__factcheckSheet) return;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  root.__factcheckSheet = sheet;
}

export class Painter {
  /**
   * @param {Document} doc the document the ranges live in
   * @param {{styleRoot?: Document|ShadowRoot, overlayParent: Element, mode?: 'highlight'|'overlay'}} options
   */
  constructor(doc, { styleRoot = doc, overlayParent, mode }) {
    this.doc = doc;
    this.win = doc.defaultView;
    this.mode = mode ?? (this.win.CSS?.highlights && this.win.Highlight ? 'highlight' : 'overlay');
    this.mine = [];
    this.styleRoot = styleRoot;
    if (this.mode === 'highlight') {
      adoptHighlightStyles(styleRoot);
    } else {
      this.layer = overlayParent.ownerDocument.createElement('div');
      this.layer.className = 'overlay';
      this.layer.setAttribute('aria-hidden', 'true');
      overlayParent.append(this.layer);
    }
  }

  highlight(name) {
    const registry = this.win.CSS.highlights;
    let h = registry.get(name);
    if (!h) {
      h = new this.win.Highlight();
      registry.set(name, h);
    }
    return h;
  }

  /** Replaces what this painter drew with `marks`: [{range, style}], style a verdict, 'claim' or 'active'. */
  paint(marks, offset = { x: 0, y: 0 }) {
    this.clear();
    if (this.mode === 'highlight') {
      for (const { range, style } of marks) {
        const name = `factcheck-${style}`;
        this.highlight(name).add(range);
        this.mine.push([name, range]);
      }
      return;
    }
    for (const { range, style } of marks) {
      for (const r of range.getClientRects()) {
        const box = this.layer.ownerDocument.createElement('div');
        box.className = `mark mark-${style}`;
        Object.assign(box.style, {
          left: `${r.left + offset.x}px`,
          top: `${r.top + offset.y}px`,
          width: `${r.width}px`,
          height: `${r.height}px`,
        });
        this.layer.append(box);
        this.mine.push([null, box]);
      }
    }
  }

  clear() {
    for (const [name, item] of this.mine) {
      if (name) this.win.CSS.highlights.get(name)?.delete(item);
      else item.remove();
    }
    this.mine = [];
  }

  /** Removes every trace: ranges, empty highlights, the layer, the style sheet. */
  destroy() {
    this.clear();
    if (this.mode === 'highlight') {
      for (const name of NAMES) {
        if (this.win.CSS.highlights.get(name)?.size === 0) this.win.CSS.highlights.delete(name);
      }
      const root = this.styleRoot;
      const still = NAMES.some((n) => this.win.CSS.highlights.has(n));
      if (root.__factcheckSheet && !still) {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== root.__factcheckSheet);
        delete root.__factcheckSheet;
      }
    } else {
      this.layer.remove();
    }
  }
}
