// The widget: `<fact-check for="editor-id">`, or `attach(editor, options)` from script. It reads
// the editor through an adapter, checks the text live (debounced, in a worker when long),
// paints the findings in place, lists them in a panel, and opens a card with the verdict and
// its sources on hover, click or keyboard focus. Its panel and cards live in a Shadow DOM; the
// editor itself is only ever read.
import { adapterFor } from './adapters.js';
import { checkAsync, checkPart, loadReference, ready, warmWorker, WORKER_THRESHOLD } from './engine.js';
import { claimReview } from './claimreview.js';
import { Painter } from './painter.js';
import { findingsOf, h, renderCard, renderGroups, summaryText } from './panel.js';
import { PANEL_CSS } from './styles.js';
import { edit, shift } from './textmap.js';

/** The delay after the last keystroke before the text is checked again (at most 150 ms). */
const DEBOUNCE_MS = 100;
/** Longer paragraphs (UTF-16 units) wait for the full check rather than hold up typing. */
const PARAGRAPH_LIMIT = 20_000;
const HOVER_CLOSE_MS = 300;

/** The same finding across checks and edits, which make new objects for it. */
const sameFinding = (a, b) => Boolean(a && b && a.kind === b.kind && a.start === b.start);
const contains = (rect, x, y) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

export class FactCheckElement extends HTMLElement {
  static observedAttributes = ['for'];

  constructor() {
    super();
    this.shadow = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS);
    this.shadow.adoptedStyleSheets = [sheet];
    const doc = this.ownerDocument;
    this.summary = h(doc, 'div', { class: 'summary', 'data-factcheck-summary': true, role: 'status', 'aria-live': 'polite' }, 'Loading the checker…');
    this.errorBox = h(doc, 'div', { class: 'error', role: 'alert' });
    this.status = h(doc, 'span', { class: 'status' });
    const copy = h(doc, 'button', { type: 'button', 'data-action': 'copy-claimreview' }, 'Copy ClaimReview');
    const exportJson = h(doc, 'button', { type: 'button', 'data-action': 'export-report' }, 'Export report JSON');
    copy.addEventListener('click', () => this.copyClaimReview());
    exportJson.addEventListener('click', () => this.exportReport());
    this.groups = h(doc, 'div', { class: 'groups' });
    this.card = h(doc, 'div', { class: 'card', role: 'dialog', 'aria-label': 'Finding details', hidden: true });
    this.card.addEventListener('mouseenter', () => clearTimeout(this.hoverTimer));
    this.card.addEventListener('mouseleave', () => this.hovered && this.closeCardSoon());
    this.shadow.append(
      h(doc, 'section', { class: 'panel', 'aria-label': 'Fact-check findings' },
        this.summary, this.errorBox,
        h(doc, 'div', { class: 'actions' }, copy, exportJson, this.status),
        this.groups,
        h(doc, 'p', { class: 'sr-only' }, 'Alt+Down and Alt+Up move between findings; Escape closes the card.')),
      this.card,
    );
    this.shadow.addEventListener('keydown', (e) => this.onKey(e));
    this.findings = [];
    this.report = null;
    this.options = {};
    this.seq = 0;
  }

  attributeChangedCallback() {
    if (this.isConnected) this.connectFor();
  }

  connectedCallback() {
    this.connectFor();
  }

  disconnectedCallback() {
    this.release();
  }

  /** `<fact-check for="id">`: finds the editor by id (a TinyMCE editor by its textarea's id). */
  connectFor() {
    const id = this.getAttribute('for');
    if (!id || this.adapter) return;
    const find = () => {
      const editor = this.ownerDocument.defaultView.tinymce?.get(id);
      if (editor) return editor.initialized ? editor : null;
      return this.getRootNode().getElementById?.(id) ?? this.ownerDocument.getElementById(id);
    };
    const target = find();
    if (target) {
      const highlights = this.getAttribute('highlights');
      const reference = this.getAttribute('reference');
      this.attachTo(target, { ...this.options, ...(highlights && { highlights }), ...(reference && { reference }) });
      return;
    }
    // The editor may come later (TinyMCE initialises asynchronously).
    const retry = () => (find() ? this.connectFor() : this.ownerDocument.defaultView.setTimeout(retry, 50));
    retry();
  }

  /** Starts checking `target` (a textarea, a contenteditable element or a TinyMCE editor). */
  attachTo(target, options = {}) {
    this.release();
    this.options = { ...this.options, ...options };
    this.adapter = adapterFor(target, this.shadow);
    this.painter = new Painter(this.adapter.doc, {
      styleRoot: this.adapter.styleRoot ?? this.adapter.doc,
      overlayParent: this.shadow,
      mode: this.options.highlights === 'overlay' ? 'overlay' : undefined,
    });
    const a = this.adapter;
    const win = a.doc.defaultView;
    this.map = a.read();
    const stops = [a.onChange(() => this.onEdit())];
    const on = (target, type, fn, opts) => {
      target.addEventListener(type, fn, opts);
      stops.push(() => target.removeEventListener(type, fn, opts));
    };
    on(a.root, 'mousemove', (e) => this.onPointer(e));
    on(a.root, 'mouseleave', () => this.hovered && this.closeCardSoon());
    on(a.root, 'click', (e) => this.onPointer(e, true));
    on(a.doc, 'keydown', (e) => this.onKey(e));
    const repaint = () => this.painter.mode === 'overlay' && this.paint();
    on(win, 'scroll', repaint, true);
    on(win, 'resize', repaint);
    this.stops = stops;
    /** Resolves when the widget has checked the text once and its worker is up: after this it makes no request. */
    this.ready = Promise.all([this.loadOptions().then(() => this.checkNow()), warmWorker()]);
    return this;
  }

  /** Loads the user's reference set; if it is invalid, the bundled one stays and the panel says why. */
  async loadOptions() {
    this.errorBox.textContent = '';
    await ready(this.options.wasmUrl);
    this.reference = undefined;
    const ref = this.options.reference;
    if (ref == null) return;
    try {
      this.reference = await loadReference(ref);
    } catch (error) {
      this.errorBox.textContent = `${error.message}\nThe bundled reference set is used instead.`;
    }
  }

  release() {
    for (const stop of this.stops ?? []) stop();
    this.stops = [];
    clearTimeout(this.timer);
    this.painter?.destroy();
    this.adapter?.destroy();
    this.painter = null;
    this.adapter = null;
    this.closeCard();
  }

  onEdit() {
    if (!this.adapter) return;
    const before = this.map.text;
    this.map = this.adapter.read();
    const change = edit(before, this.map.text);
    // A re-render or a format change leaves the text as it was: the findings stand, re-mapped.
    if (!change.removed && !change.delta) {
      this.paint();
      return;
    }
    // Highlights move with the text until the next check, so they never jump.
    this.findings = this.findings
      .map((f) => {
        const moved = shift(f, change);
        return moved && { ...f, ...moved };
      })
      .filter(Boolean);
    const partial = this.recheckParagraph(change);
    this.paint();
    if (partial) this.announce(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.checkNow(), Math.min(this.options.debounce ?? DEBOUNCE_MS, 150));
  }

  /**
   * Re-checks the paragraph the edit is in, at once and on this thread, in the context the
   * last full check gave it (the document's incident, the speaker before it), so that its
   * highlights are right at the next frame; the debounced full check then confirms the
   * whole document. Tests pin that the two agree on every paragraph of the fixtures.
   * Returns whether it re-checked.
   */
  recheckParagraph({ at, removed, delta }) {
    if (!this.report) return false;
    const text = this.map.text;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const next = text.indexOf('\n', at + removed + delta);
    const end = next < 0 ? text.length : next;
    if (end - start > PARAGRAPH_LIMIT) return false;
    // The speaker of the last claim before the paragraph that has one (findings are not in
    // text order once a paragraph has been re-checked).
    const before = this.findings.filter((f) => f.kind === 'claim' && f.end <= start && f.data.speaker);
    const last = before.reduce((a, f) => (!a || f.start > a.start ? f : a), null);
    const context = { incident: this.report.incident?.id ?? null, speaker: last?.data.speaker ?? null };
    let part;
    try {
      part = checkPart(text.slice(start, end), context, { reference: this.reference });
    } catch {
      return false; // the full check reports the error
    }
    const fresh = findingsOf(part).map((f) => ({ ...f, start: f.start + start, end: f.end + start }));
    this.findings = [...this.findings.filter((f) => f.end <= start || f.start >= end), ...fresh];
    return true;
  }

  /** Checks the editor's text now. Resolves to the report. */
  async checkNow() {
    if (!this.adapter) return null;
    const seq = ++this.seq;
    this.map = this.adapter.read();
    const text = this.map.text;
    const t0 = performance.now();
    let report;
    try {
      report = await checkAsync(text, { reference: this.reference });
    } catch (error) {
      this.errorBox.textContent = error.message;
      return null;
    }
    // A newer check started while this one ran in the worker: its result wins.
    if (seq !== this.seq || !this.adapter) return this.report;
    this.report = report;
    this.checkedText = text;
    this.findings = findingsOf(report);
    this.buttons = renderGroups(this.ownerDocument, this.groups, this.findings);
    for (const b of this.buttons) {
      b.addEventListener('focus', () => this.select(b.finding, { from: 'keyboard' }));
      b.addEventListener('click', () => this.select(b.finding, { from: 'click', scroll: true }));
    }
    this.summary.textContent = summaryText(report);
    const where = text.length >= WORKER_THRESHOLD ? ' in a worker' : '';
    this.status.textContent = `checked in ${(performance.now() - t0).toFixed(1)} ms${where}`;
    this.active = this.findings.find((f) => sameFinding(f, this.active)) ?? null;
    this.paint();
    this.announce();
    return report;
  }

  /** Tells listeners the findings changed: after a full check, or `partial` after a paragraph's. */
  announce(partial = false) {
    const detail = { report: this.report, findings: this.findings, ...(partial && { partial }) };
    this.dispatchEvent(new CustomEvent('findingschange', { detail }));
  }

  /** True when the findings are those of the editor's current text. */
  get upToDate() {
    return Boolean(this.adapter && this.report && this.adapter.read().text === this.checkedText);
  }

  paint() {
    if (!this.painter) return;
    const marks = [];
    // In forced colours the browser paints every highlight background in one system colour, which
    // would cover whole sentences: claims are then listed in the panel only.
    const forced = this.adapter.doc.defaultView.matchMedia?.('(forced-colors: active)').matches;
    for (const f of this.findings) {
      const range = this.map.range(f.start, f.end);
      if (!range) continue;
      f.range = range;
      if (f.kind === 'claim' && forced) continue;
      marks.push({ range, style: f.kind === 'claim' ? 'claim' : f.verdict });
      if (sameFinding(f, this.active)) marks.push({ range, style: 'active' });
    }
    this.painter.paint(marks, this.adapter.frame());
  }

  /**
   * The figure under the pointer. Claims span whole sentences, so the pointer would open their
   * card anywhere in the text: they open from the panel and the keyboard instead.
   */
  findingAt(x, y) {
    const under = (f) => f.range && [...f.range.getClientRects()].some((r) => contains(r, x, y));
    return this.findings.find((f) => f.kind === 'figure' && under(f)) ?? null;
  }

  onPointer(event, clicked = false) {
    const finding = this.findingAt(event.clientX, event.clientY);
    if (finding) {
      clearTimeout(this.hoverTimer);
      if (finding !== this.active || this.card.hidden) this.select(finding, { from: clicked ? 'click' : 'hover' });
    } else if (this.hovered) {
      this.closeCardSoon();
    }
  }

  /** Makes `finding` the active one: marks it, opens its card, and marks its panel entry. */
  select(finding, { from, scroll = false }) {
    this.active = finding;
    this.hovered = from === 'hover';
    for (const b of this.buttons ?? []) b.setAttribute('aria-current', String(b.finding === finding));
    this.paint();
    if (scroll) finding.range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    renderCard(this.ownerDocument, this.card, finding, { onClose: () => this.closeCard(true) });
    this.card.hidden = false;
    this.placeCard(finding);
  }

  placeCard(finding) {
    const rect = finding.range?.getClientRects()[0];
    if (!rect) return;
    const { x, y } = this.adapter.frame();
    const win = this.ownerDocument.defaultView;
    const cardH = this.card.offsetHeight;
    const cardW = this.card.offsetWidth;
    let top = rect.bottom + y + 6;
    if (top + cardH > win.innerHeight - 8) top = Math.max(8, rect.top + y - cardH - 6);
    const left = Math.min(Math.max(8, rect.left + x), win.innerWidth - cardW - 8);
    Object.assign(this.card.style, { top: `${top}px`, left: `${left}px` });
  }

  closeCardSoon() {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => this.closeCard(), HOVER_CLOSE_MS);
  }

  closeCard(returnFocus = false) {
    clearTimeout(this.hoverTimer);
    if (this.card.hidden) return;
    this.card.hidden = true;
    this.hovered = false;
    if (returnFocus && this.shadow.activeElement) this.adapter?.focusTarget.focus();
  }

  /** Alt+Down / Alt+Up: next or previous finding in the text; Escape closes the card. */
  onKey(event) {
    if (event.key === 'Escape' && !this.card.hidden) {
      event.preventDefault();
      this.closeCard(true);
      return;
    }
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const buttons = this.buttons ?? [];
    if (!buttons.length) return;
    event.preventDefault();
    const down = event.key === 'ArrowDown';
    let next;
    const caret = this.shadow.activeElement ? null : this.caretOffset();
    if (caret != null) {
      // From the editor: the first finding after the caret, or the last one before it.
      next = down
        ? buttons.findIndex((b) => b.finding.start >= caret)
        : buttons.findLastIndex((b) => b.finding.end <= caret);
      if (next < 0) next = down ? 0 : buttons.length - 1;
    } else {
      const at = buttons.findIndex((b) => b.finding === this.active);
      next = down ? (at + 1) % buttons.length : (at <= 0 ? buttons.length : at) - 1;
    }
    buttons[next].focus();
    buttons[next].finding.range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  }

  /** The caret's offset in the editor's text, or null when the caret is elsewhere. */
  caretOffset() {
    const root = this.adapter?.root;
    if (!root) return null;
    if ('selectionStart' in root) return root.selectionStart;
    const sel = this.adapter.doc.getSelection();
    if (!sel?.focusNode || !root.contains(sel.focusNode)) return null;
    return this.map.offsetOf(sel.focusNode, sel.focusOffset);
  }

  /** ClaimReview JSON-LD for the findings, one review per checked figure. */
  claimReview(options = {}) {
    return claimReview(this.report, { ...this.options.claimReview, ...options });
  }

  async copyClaimReview() {
    const json = JSON.stringify(this.claimReview(), null, 2);
    try {
      await navigator.clipboard.writeText(json);
      this.status.textContent = 'ClaimReview copied';
    } catch {
      this.status.textContent = 'Could not copy: the browser refused clipboard access';
    }
    this.dispatchEvent(new CustomEvent('claimreview', { detail: { json } }));
  }

  exportReport() {
    const blob = new Blob([JSON.stringify(this.report, null, 2)], { type: 'application/json' });
    const a = h(this.ownerDocument, 'a', { href: URL.createObjectURL(blob), download: 'factcheck-report.json' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  }
}

/** Registers `<fact-check>` once. */
export function defineElement(name = 'fact-check') {
  if (!customElements.get(name)) customElements.define(name, FactCheckElement);
}

/**
 * Attaches the widget to an editor. The panel goes into `options.panel` (an element), or right
 * after the editor. Returns a handle; `detach()` removes every trace.
 */
export function attach(target, options = {}) {
  defineElement();
  const doc = document;
  const element = doc.createElement('fact-check');
  const anchor = typeof target.getContainer === 'function' ? target.getContainer() : target;
  if (options.panel) options.panel.append(element);
  else if (anchor.nodeType) anchor.after(element);
  element.attachTo(target, options);
  // An editor object (Tiptap, Lexical, Quill, CKEditor) is known by its adapter's root.
  if (!element.isConnected) element.adapter.root.after(element);
  return {
    element,
    check: () => element.checkNow(),
    get findings() { return element.findings.map(({ range, ...f }) => f); },
    get report() { return element.report; },
    claimReview: (o) => element.claimReview(o),
    on(type, fn) {
      element.addEventListener(type, fn);
      return () => element.removeEventListener(type, fn);
    },
    detach() {
      element.release();
      element.remove();
    },
  };
}
