// Style sheets as strings, adopted as constructed sheets: no <style> or <link> is added to the
// host page, and a strict CSP that forbids inline code still applies them. Theme the widget
// with the custom properties at the top of PANEL_CSS.

/**
 * The verdict is shown by line style as well as colour: solid, dashed, double, dotted, the
 * same in the text, the panel, the card and the demo's legend (borders have no wavy style). Claims get
 * a light background; the finding in focus a stronger one.
 */
export const HIGHLIGHT_CSS = `
::highlight(factcheck-consistent) { text-decoration: underline solid var(--factcheck-consistent, #1a7f37) 2px; text-underline-offset: 3px; }
::highlight(factcheck-outdated) { text-decoration: underline dashed var(--factcheck-outdated, #9a5b00) 2px; text-underline-offset: 3px; }
::highlight(factcheck-conflicting) { text-decoration: underline double var(--factcheck-conflicting, #cf222e) 1.5px; text-underline-offset: 3px; }
::highlight(factcheck-unverified) { text-decoration: underline dotted var(--factcheck-unverified, #57606a) 2px; text-underline-offset: 3px; }
::highlight(factcheck-claim) { background-color: var(--factcheck-claim, rgba(84, 174, 255, 0.09)); }
::highlight(factcheck-active) { background-color: var(--factcheck-active, rgba(255, 196, 0, 0.45)); }
@media (forced-colors: active) {
  ::highlight(factcheck-active) { background-color: Highlight; color: HighlightText; }
}
`;

/** A card is hidden until placed (data-placement), so that it is never seen where it was last. */
export const PANEL_CSS = `
:host {
  --factcheck-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --factcheck-bg: #ffffff;
  --factcheck-fg: #1f2328;
  --factcheck-muted: #57606a;
  --factcheck-border: #d0d7de;
  --factcheck-accent: #0969da;
  --factcheck-radius: 8px;
  display: block;
  font: 14px/1.45 var(--factcheck-font);
  color: var(--factcheck-fg);
}
* { box-sizing: border-box; }
.panel { background: var(--factcheck-bg); border: 1px solid var(--factcheck-border); border-radius: var(--factcheck-radius); }
.summary { padding: 10px 12px; border-bottom: 1px solid var(--factcheck-border); font-weight: 600; }
.summary .incident { display: block; font-weight: 400; color: var(--factcheck-muted); }
.error { margin: 8px 12px; padding: 8px; border: 1px solid var(--factcheck-conflicting, #cf222e); border-radius: 6px; color: #82071e; background: #ffebe9; white-space: pre-wrap; }
.error:empty { display: none; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; padding: 8px 12px; border-bottom: 1px solid var(--factcheck-border); }
.actions button { font: inherit; font-size: 12px; padding: 3px 8px; border: 1px solid var(--factcheck-border); border-radius: 6px; background: #f6f8fa; color: inherit; cursor: pointer; }
.status { font-size: 12px; color: var(--factcheck-muted); align-self: center; }
.groups { max-height: var(--factcheck-panel-height, 70vh); overflow: auto; padding: 4px 0 8px; }
h2 { margin: 10px 12px 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--factcheck-muted); }
ul { list-style: none; margin: 0; padding: 0; }
li button { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; width: 100%; text-align: left; font: inherit; color: inherit; background: none; border: 0; border-left: 3px solid transparent; padding: 5px 12px; cursor: pointer; }
li button:hover, li button[aria-current="true"] { background: #f6f8fa; border-left-color: var(--factcheck-accent); }
li button:focus-visible { outline: 2px solid var(--factcheck-accent); outline-offset: -2px; }
.quote { grid-column: 2; font-weight: 600; overflow-wrap: anywhere; }
.meta { grid-column: 2; font-size: 12px; color: var(--factcheck-muted); }
.sample { grid-row: span 2; width: 22px; height: 12px; margin-top: 5px; border-bottom: 3px solid; }
.v-consistent { border-color: var(--factcheck-consistent, #1a7f37); border-bottom-style: solid; }
.v-outdated { border-color: var(--factcheck-outdated, #9a5b00); border-bottom-style: dashed; }
.v-conflicting { border-color: var(--factcheck-conflicting, #cf222e); border-bottom-style: double; border-bottom-width: 4px; }
.v-unverified { border-color: var(--factcheck-unverified, #57606a); border-bottom-style: dotted; }
.v-claim { border: 0; background: var(--factcheck-claim, rgba(84, 174, 255, 0.25)); height: 14px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; font-weight: 600; border: 1px solid currentColor; }
.badge.consistent { color: var(--factcheck-consistent, #1a7f37); }
.badge.outdated { color: var(--factcheck-outdated, #9a5b00); }
.badge.conflicting { color: var(--factcheck-conflicting, #cf222e); }
.badge.unverified, .badge.claim { color: var(--factcheck-unverified, #57606a); }
.card { position: fixed; z-index: 2147483000; width: min(420px, calc(100vw - 16px)); max-height: min(70vh, 560px); overflow: auto; background: var(--factcheck-bg); color: var(--factcheck-fg); border: 1px solid var(--factcheck-border); border-radius: var(--factcheck-radius); box-shadow: 0 8px 24px rgba(31, 35, 40, .18); padding: 12px 14px; font: 14px/1.45 var(--factcheck-font); }
.card[hidden] { display: none; }
.card:not([data-placement]) { visibility: hidden; }
.card header { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; }
.card .figure { font-size: 16px; font-weight: 700; overflow-wrap: anywhere; }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 8px 0; font-size: 13px; }
.card dt { color: var(--factcheck-muted); }
.card dd { margin: 0; }
.card .explanation { margin: 8px 0; }
.card h3 { margin: 10px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--factcheck-muted); }
.card ol { margin: 0; padding-left: 18px; font-size: 13px; }
.card ol li { margin-bottom: 6px; }
.card blockquote { margin: 2px 0 0; padding-left: 8px; border-left: 3px solid var(--factcheck-border); color: var(--factcheck-muted); overflow-wrap: anywhere; }
.card .verdict-words { margin: 6px 0; font-weight: 600; }
.timeline { display: block; width: 100%; height: auto; margin: 2px 0 6px; }
.timeline .axis { stroke: var(--factcheck-border); }
.timeline .line { fill: none; stroke: var(--factcheck-muted); stroke-width: 1.5; }
.timeline .mark { fill: var(--factcheck-bg); stroke: var(--factcheck-accent); stroke-width: 2; }
.timeline .mark.latest { fill: var(--factcheck-accent); }
.timeline text { font: 11px var(--factcheck-font); fill: var(--factcheck-muted); }
.timeline .latest-label { fill: var(--factcheck-fg); font-weight: 600; }
.hint { margin: 0; padding: 6px 12px 8px; font-size: 12px; color: var(--factcheck-muted); border-top: 1px solid var(--factcheck-border); }
@media (pointer: coarse) { .hint { display: none; } }
.empty { margin: 10px 12px; color: var(--factcheck-muted); }
.others { padding: 4px 12px 8px; font-size: 13px; color: var(--factcheck-muted); border-top: 1px solid var(--factcheck-border); }
.others[hidden] { display: none; }
.others summary { cursor: pointer; padding: 4px 0; }
.others ul { display: flex; flex-wrap: wrap; gap: 4px 12px; }
.card .latest { font-size: 11px; font-weight: 600; text-transform: uppercase; margin-left: 4px; }
.card a { color: var(--factcheck-accent); overflow-wrap: anywhere; }
.card .close { font: inherit; border: 0; background: none; cursor: pointer; font-size: 18px; line-height: 1; color: var(--factcheck-muted); }
.overlay { position: fixed; inset: 0; pointer-events: none; z-index: 2147482000; overflow: hidden; }
.overlay .mark { position: fixed; border-bottom: 2px solid; }
.overlay .mark-consistent { border-color: var(--factcheck-consistent, #1a7f37); }
.overlay .mark-outdated { border-color: var(--factcheck-outdated, #9a5b00); border-bottom-style: dashed; }
.overlay .mark-conflicting { border-color: var(--factcheck-conflicting, #cf222e); border-bottom-style: double; border-bottom-width: 4px; }
.overlay .mark-unverified { border-color: var(--factcheck-unverified, #57606a); border-bottom-style: dotted; }
.overlay .mark-claim { border: 0; background: var(--factcheck-claim, rgba(84, 174, 255, 0.13)); }
.overlay .mark-active { border: 0; background: var(--factcheck-active, rgba(255, 196, 0, 0.45)); }
.mirror { position: fixed; pointer-events: none; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; z-index: 2147481000; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
@media (forced-colors: active) {
  .sample, .overlay .mark { forced-color-adjust: none; }
  li button { border-left-color: Canvas; }
  li button[aria-current="true"] { border-left-color: Highlight; outline: 2px solid Highlight; }
}
`;
