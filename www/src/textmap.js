// The text of an editor as the engine sees it, and the way back from the report's UTF-16
// offsets to DOM ranges. DOM offsets in text nodes are UTF-16 code units too, so a figure at
// [start, end) in the text is a Range between two text-node positions. Line breaks (<br>, block
// edges) become "\n" in the text but belong to no node; they are never inside a figure.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * A text and its map: `segments[i]` says that text[start, start + length) is `node`'s data from
 * `from` on (`from` 0 and `length` the node's length when not given). Editors that keep a
 * model give the lengths from it, so a filler character in the DOM text is never counted.
 */
export class TextMap {
  constructor(text, segments) {
    this.text = text;
    this.segments = segments;
  }

  /** Reads the text under `roots`, each one a block of its own. */
  static of(...roots) {
    const segments = [];
    // The text is built in parts and joined once: asking a string built by `+=` whether it
    // ends in "\n" flattens it, and doing that at each block made reading quadratic.
    const parts = [];
    let length = 0;
    let last = '';
    const add = (s) => {
      if (!s) return;
      parts.push(s);
      length += s.length;
      last = s[s.length - 1];
    };
    const newline = () => {
      if (length && last !== '\n') add('\n');
    };
    const visit = (node) => {
      if (node.nodeType === 3) {
        segments.push({ node, start: length });
        add(node.data);
        return;
      }
      if (node.nodeType !== 1 || SKIPPED.has(node.nodeName)) return;
      if (node.nodeName === 'BR') {
        add('\n');
        return;
      }
      const block = BLOCKS.has(node.nodeName);
      if (block) newline();
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
      if (block) newline();
    };
    for (const root of roots) {
      newline();
      visit(root);
    }
    return new TextMap(parts.join(''), segments);
  }

  /** The text node and offset at text offset `at`, leaning right at a node boundary. */
  position(at) {
    const s = this.segments;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    for (let i = lo; i < s.length; i++) {
      const { node, start, from = 0, length = node.length - from } = s[i];
      if (at - start < length || (at - start === length && i === s.length - 1)) {
        return { node, offset: from + Math.max(0, at - start) };
      }
      if (start > at) return { node, offset: from };
    }
    return null;
  }

  /** The text offset of a DOM position (a text node and offset, or an element and child index). */
  offsetOf(node, offset) {
    const seg = this.segments.find((x) => x.node === node);
    if (seg) return seg.start + offset - (seg.from ?? 0);
    const child = node.childNodes?.[offset];
    const at = child
      ? this.segments.find((x) => child === x.node || child.contains?.(x.node) || (child.compareDocumentPosition(x.node) & 4))
      : null;
    return at ? at.start : this.text.length;
  }

  /** A DOM Range over text [start, end), or null when the text has changed under it. */
  range(start, end) {
    const from = this.position(start);
    const to = this.position(end - 1);
    // A node the editor has since shortened or dropped: the next read maps the text again.
    if (!from || !to || to.offset >= to.node.length || !from.node.isConnected) return null;
    const range = from.node.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset + 1);
    return range;
  }
}

/**
 * Where `after` differs from `before`: the common prefix and suffix give one edited stretch.
 * Findings after it shift by `delta`, so highlights move with the text until the next check.
 */
export function edit(before, after) {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  return { at: prefix, removed: before.length - prefix - suffix, delta: after.length - before.length };
}

/** Moves a finding's [start, end) across an edit; null when the edit swallowed it. */
export function shift({ start, end }, { at, removed, delta }) {
  if (end <= at) return { start, end };
  if (start >= at + removed) return { start: start + delta, end: end + delta };
  const newEnd = end + delta;
  return newEnd > start ? { start: Math.min(start, at), end: newEnd } : null;
}

/**
 * A TextMap built from an editor's model, in text order: `text(s, node, from)` for a run of a
 * text node's data from `from` on (no node: text the DOM does not hold as such), `add(s)` for
 * what stands for no node (a line break, U+FFFC for an embed), `block()` between blocks.
 */
export class TextMapBuilder {
  parts = [];
  segments = [];
  length = 0;

  add(s) {
    this.parts.push(s);
    this.length += s.length;
  }

  block() {
    if (this.length) this.add('\n');
  }

  text(s, node, from = 0) {
    if (node) this.segments.push({ node, start: this.length, from, length: s.length });
    this.add(s);
  }

  build() {
    return new TextMap(this.parts.join(''), this.segments);
  }
}
