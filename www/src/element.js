// The widget: `<fact-check for="editor-id">`, or `attach(editor, options)` from script. It reads
// the editor through an adapter, checks the text live (debounced, in a worker when long),
// paints the findings in place, lists them in a panel, and opens a card with the verdict and
// its sources on hover, click or keyboard focus. Its panel and cards live in a Shadow DOM; the
// editor itself is only ever read.
import { adapterFor } from './adapters.js';
import { renderCard } from './card.js';
import { bundledReference, checkAsync, checkPart, loadReference, ready, warmWorker, WORKER_THRESHOLD } from './engine.js';
import { claimReview } from './claimreview.js';
import { Painter } from './painter.js';
import { emptyText, findingsOf, h, isOther, renderGroups, renderOthers, summaryText } from './panel.js';
import { placeCard } from './place.js';
import { PANEL_CSS } from './styles.js';
import { edit, shift } from './textmap.js';
import { eventsOf } from './words.js';

/** The delay after the last keystroke before the text is checked again (at most 150 ms). */
const DEBOUNCE_MS = 100;
/** Longer paragraphs (UTF-16 units) wait for the full check rather than hold up typing. */
const PARAGRAPH_LIMIT = 20_000;
const HOVER_CLOSE_MS = 300;
/** The room kept between a finding brought into view and the window's edge, in CSS pixels. */
const MARGIN = 8;

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
    this.status = h(doc, 'span', { class: 'status', 'data-factcheck-status': true });
    const copy = h(doc, 'button', { type: 'button', 'data-action': 'copy-claimreview' }, 'Copy ClaimReview');
    const exportJson = h(doc, 'button', { type: 'button', 'data-action': 'export-report' }, 'Export report JSON');
    copy.addEventListener('click', () => this.copyClaimReview());
    exportJson.addEventListener('click', () => this.exportReport());
    this.groups = h(doc, 'div', { class: 'groups', id: 'findings-list' });
    // Right after the list: Tab goes from a finding to its card's links and close button.
    this.card = h(doc, 'div', { class: 'card', role: 'dialog', 'aria-label': 'Finding details', hidden: true });
    this.card.addEventListener('mouseenter', () => clearTimeout(this.hoverTimer));
    this.card.addEventListener('mouseleave', () => this.hovered && this.closeCardSoon());
    this.others = h(doc, 'details', { class: 'others', hidden: true });
    this.shadow.append(
      h(doc, 'section', { class: 'panel', 'aria-label': 'Fact-check findings' },
        this.summary, this.errorBox,
        h(doc, 'div', { class: 'actions' }, copy, exportJson, this.status),
        this.groups, this.card, this.others,
        h(doc, 'p', { class: 'hint' }, 'Arrow keys: the list. Alt+Up/Down: from the text. Escape: close the card.')),
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
    const repaint = () => {
      if (this.painter.mode === 'overlay') this.paint();
      if (!this.card.hidden && this.active && !this.revealing) this.placeCard(this.active);
    };
    const pageWin = this.ownerDocument.defaultView;
    for (const w of new Set([win, pageWin])) {
      on(w, 'scroll', repaint, true);
      on(w, 'resize', repaint);
    }
    // A card pinned by a click stays until Escape or a click elsewhere.
    for (const d of new Set([a.doc, this.ownerDocument])) on(d, 'pointerdown', (e) => this.onPointerDown(e), true);
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
    try {
      if (ref != null) this.reference = await loadReference(ref);
    } catch (error) {
      this.errorBox.textContent = `${error.message}\nThe bundled reference set is used instead.`;
    }
    // The set itself, for the events' titles: a figure may be about an earlier event.
    this.referenceSet = this.reference ?? bundledReference();
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
    // A text about several strikes is judged paragraph by paragraph against its own strike (a
    // section, in the full check): the paragraph's figures say which one; re-checked alone, it
    // is judged against that one too, not the document's.
    const strikes = this.findings
      .filter((f) => f.kind === 'figure' && f.start >= start && f.end <= end && f.data.incident)
      .map((f) => f.data.incident)
      .filter((id) => this.events?.get(id) && !this.events.get(id).related);
    const incident = strikes[0] ?? this.report.incident?.id ?? null;
    const context = { incident, speaker: last?.data.speaker ?? null };
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
    this.events = eventsOf(report, this.referenceSet);
    // The list is rebuilt: the finding that had focus keeps it in the new list.
    const focused = this.shadow.activeElement?.finding;
    this.buttons = renderGroups(this.ownerDocument, this.groups, this.findings, emptyText(this.events));
    renderOthers(this.ownerDocument, this.others, this.findings);
    for (const b of this.buttons) {
      b.addEventListener('focus', () => {
        this.rove(b);
        this.select(b.finding, { from: 'keyboard' });
      });
      b.addEventListener('click', () => this.select(b.finding, { from: 'list' }));
    }
    this.summary.textContent = summaryText(report);
    const where = text.length >= WORKER_THRESHOLD ? ' in a worker' : '';
    this.status.textContent = `last check took ${(performance.now() - t0).toFixed(0)} ms${where}`;
    this.active = this.findings.find((f) => sameFinding(f, this.active)) ?? null;
    const keep = this.buttons.find((b) => sameFinding(b.finding, focused ?? this.active));
    if (keep) this.rove(keep);
    this.paint();
    if (keep && focused) keep.focus({ preventScroll: true });
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
      if ((f.kind === 'claim' && forced) || isOther(f)) continue;
      marks.push({ range, style: f.kind === 'claim' ? 'claim' : f.verdict });
      if (sameFinding(f, this.active)) marks.push({ range, style: 'active' });
    }
    this.painter.paint(marks, this.adapter.frame());
  }

  /**
   * The finding under the pointer: a figure, else the claim (the tinted sentence) around it.
   * Numbers not checked have no card.
   */
  findingAt(x, y) {
    const under = (f) => f.range && !isOther(f) && [...f.range.getClientRects()].some((r) => contains(r, x, y));
    return this.findings.find((f) => f.kind === 'figure' && under(f)) ?? this.findings.find((f) => f.kind === 'claim' && under(f)) ?? null;
  }

  onPointer(event, clicked = false) {
    // The browser repeats a mousemove where the pointer rests when the text moves under it, as
    // it does at each keystroke: a card opens when the pointer moves, not when one types.
    const at = `${event.screenX},${event.screenY}`;
    if (!clicked && at === this.pointerAt) return;
    this.pointerAt = at;
    const finding = this.findingAt(event.clientX, event.clientY);
    if (finding) {
      clearTimeout(this.hoverTimer);
      if (clicked) this.select(finding, { from: 'click' });
      else if (!this.pinned && (finding !== this.active || this.card.hidden)) this.select(finding, { from: 'hover' });
    } else if (this.hovered) {
      this.closeCardSoon();
    }
  }

  /** A press outside the card, the list and the figures closes a pinned card. */
  onPointerDown(event) {
    if (!this.pinned || this.card.hidden) return;
    const path = event.composedPath();
    if (path.includes(this.card) || path.some((n) => n.finding)) return;
    if (event.view === this.adapter?.doc.defaultView && this.findingAt(event.clientX, event.clientY)) return;
    this.closeCard();
  }

  /**
   * Makes `finding` the active one: marks it, opens its card, and marks its panel entry. `from`:
   * 'hover', 'click' (in the text), 'list' (a click in the panel) or 'keyboard'.
   */
  select(finding, { from }) {
    this.active = finding;
    this.hovered = from === 'hover';
    this.pinned = from === 'click' || from === 'list';
    for (const b of this.buttons ?? []) b.setAttribute('aria-current', String(b.finding === finding));
    this.paint();
    renderCard(this.ownerDocument, this.card, finding, { onClose: () => this.closeCard(true), events: this.events, report: this.report });
    this.card.removeAttribute('data-placement');
    this.card.hidden = false;
    if (from === 'hover' || from === 'click') {
      this.placeCard(finding); // what is pointed at in the text is in view
      return;
    }
    // From the keyboard or the list the finding may be off-screen: it comes into view first,
    // at the next frame, once the browser has scrolled the focused entry into view.
    this.revealing = finding;
    this.ownerDocument.defaultView.requestAnimationFrame(() => {
      if (this.revealing !== finding) return;
      this.revealing = null;
      if (this.active !== finding || this.card.hidden) return;
      this.reveal(finding);
      this.placeCard(finding);
    });
  }

  /** Scrolls the editor (a textarea, TinyMCE's frame) and then the page so that the finding is in view. */
  reveal(finding) {
    const range = finding.range;
    if (!range) return;
    this.adapter.reveal(range);
    const win = this.ownerDocument.defaultView;
    const { y } = this.adapter.frame();
    const top = range.getBoundingClientRect().top + y;
    const bottom = range.getClientRects()[0]?.bottom + y;
    if (top < MARGIN || bottom > win.innerHeight - MARGIN) win.scrollBy({ top: top - win.innerHeight / 3, behavior: 'instant' });
  }

  /** Places the card by its finding (see place.js); `data-placement` says where, once placed. */
  placeCard(finding) {
    const range = finding.range;
    if (!range) {
      this.card.dataset.placement = 'none'; // not in the text as drawn: shown where it is
      return;
    }
    const frame = this.adapter.frame();
    const box = range.getBoundingClientRect();
    this.card.dataset.placement = placeCard(this.card, { x: box.x + frame.x, y: box.y + frame.y, width: box.width, height: box.height });
  }

  closeCardSoon() {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => this.closeCard(), HOVER_CLOSE_MS);
  }

  /** Closes the card and clears the active highlight; `returnFocus` puts focus back in the editor. */
  closeCard(returnFocus = false) {
    clearTimeout(this.hoverTimer);
    if (this.card.hidden) return;
    this.card.hidden = true;
    this.hovered = false;
    this.pinned = false;
    this.active = null;
    for (const b of this.buttons ?? []) b.setAttribute('aria-current', 'false');
    this.paint();
    if (returnFocus && this.shadow.activeElement) this.adapter?.focusTarget.focus();
  }

  /** The list is one Tab stop: `button` becomes it. */
  rove(button) {
    for (const b of this.buttons ?? []) b.tabIndex = b === button ? 0 : -1;
  }

  /**
   * Escape closes the card; in the list, the arrow keys, Home and End move between findings;
   * Alt+Down / Alt+Up: next or previous finding in the text.
   */
  onKey(event) {
    // A key from the panel reaches the shadow root's listener, then the document's: once is enough.
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' && !this.card.hidden) {
      event.preventDefault();
      this.closeCard(true);
      return;
    }
    const inList = event.target?.finding && this.shadow.activeElement === event.target;
    if (inList && !event.altKey && ['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      const list = [...this.groups.querySelectorAll('[data-finding]')];
      const at = list.indexOf(event.target);
      const next = { ArrowDown: Math.min(at + 1, list.length - 1), ArrowUp: Math.max(at - 1, 0), Home: 0, End: list.length - 1 }[event.key];
      list[next].focus();
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

  /**
   * ClaimReview JSON-LD for the findings, one review per claim sentence with something checked.
   * Its options come from `options`, then the attach options, then the element's attributes:
   * `publisher-name`, `publisher-url`, `publisher-logo`, and the article checked,
   * `article-url`, `article-outlet`, `article-date`.
   */
  claimReview(options = {}) {
    const attr = (name) => this.getAttribute(name) || undefined;
    const fromAttributes = Object.fromEntries(Object.entries({
      publisher: attr('publisher-name') && { name: attr('publisher-name'), url: attr('publisher-url'), logo: attr('publisher-logo') },
      appearanceUrl: attr('article-url'),
      claimAuthor: attr('article-outlet'),
      claimDate: attr('article-date'),
    }).filter(([, v]) => v));
    return claimReview(this.report, { ...fromAttributes, ...this.options.claimReview, ...options });
  }

  /** Copies the reviews; says what is missing instead when there is no publisher or nothing checked. */
  async copyClaimReview() {
    let reviews;
    try {
      reviews = this.claimReview();
    } catch (error) {
      this.status.textContent = `Set the publisher first: ${error.message.replace(/^factcheck: /, '')}`;
      return;
    }
    if (!reviews.length) {
      this.status.textContent = 'Nothing to publish yet: no sentence has a checked figure, quote or title';
      return;
    }
    const json = JSON.stringify(reviews, null, 2);
    try {
      await navigator.clipboard.writeText(json);
      this.status.textContent = `ClaimReview copied: ${reviews.length} review${reviews.length === 1 ? '' : 's'}`;
    } catch {
      this.status.textContent = 'Could not copy: the browser refused clipboard access';
    }
    this.dispatchEvent(new CustomEvent('claimreview', { detail: { json } }));
  }

  /** Downloads the report with the text it is about and the version of the reference set it used. */
  async exportReport() {
    const json = JSON.stringify({ text: this.checkedText, reference: await versionOf(this.referenceSet, this.options.reference), report: this.report }, null, 2);
    const a = h(this.ownerDocument, 'a', { href: URL.createObjectURL(new Blob([json], { type: 'application/json' })), download: 'factcheck-report.json' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  }
}

/**
 * Which reference set a report was checked against: its schema, its incidents and a SHA-256 of
 * its JSON, which changes with any value or source; `source` is its URL, or "bundled".
 */
async function versionOf(set, source) {
  const bytes = new TextEncoder().encode(JSON.stringify(set));
  const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { source: typeof source === 'string' ? source : source ? 'object' : 'bundled', schema: set.schema, incidents: set.incidents.map((i) => i.id), sha256: digest };
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
