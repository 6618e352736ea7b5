// A figure's history as a small picture: value against time, one mark per report, the latest
// marked once. Hand-made SVG of a few elements: a chart library would cost more than the card.
const SVG = 'http://www.w3.org/2000/svg';
const W = 360;
const H = 100;
const PAD = { left: 40, right: 16, top: 24, bottom: 22 };

function svg(doc, tag, attrs, text) {
  const el = doc.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text != null) el.textContent = text;
  return el;
}

/**
 * @param {Document} doc
 * @param {{value: number, order: number, date: string|null}[]} history in time order
 * @param {object|null} latest the one report marked latest
 * @param {(v: number) => string} number how a value is written
 * @param {string} label what the picture shows, for screen readers
 */
export function timeline(doc, history, latest, number, label) {
  const orders = [...new Set(history.map((r) => r.order))];
  const max = Math.max(...history.map((r) => r.value), 1);
  const x = (r) => PAD.left + (orders.length === 1 ? 0.5 : orders.indexOf(r.order) / (orders.length - 1)) * (W - PAD.left - PAD.right);
  const y = (v) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const chart = svg(doc, 'svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label });
  const axisY = H - PAD.bottom;
  chart.append(
    svg(doc, 'line', { class: 'axis', x1: PAD.left - 6, y1: axisY, x2: W - PAD.right + 6, y2: axisY }),
    svg(doc, 'text', { class: 'tick', x: PAD.left - 10, y: y(max) + 4, 'text-anchor': 'end' }, number(max)),
    svg(doc, 'text', { class: 'tick', x: PAD.left - 10, y: axisY + 4, 'text-anchor': 'end' }, '0'),
    svg(doc, 'polyline', { class: 'line', points: history.map((r) => `${x(r)},${y(r.value)}`).join(' ') }),
  );
  // The first and last dates under the axis, where the reports' dates run in their order.
  const dated = history.filter((r) => r.date);
  if (dated.length && dated.every((r, i) => i === 0 || r.date >= dated[i - 1].date)) {
    const first = dated[0];
    const last = dated.at(-1);
    const day = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    chart.append(svg(doc, 'text', { class: 'tick', x: x(first), y: H - 4, 'text-anchor': 'start' }, day(first.date)));
    if (last.date !== first.date) chart.append(svg(doc, 'text', { class: 'tick', x: x(last), y: H - 4, 'text-anchor': 'end' }, day(last.date)));
  }
  for (const r of history) {
    chart.append(svg(doc, 'circle', { class: r === latest ? 'mark latest' : 'mark', cx: x(r), cy: y(r.value), r: r === latest ? 5 : 3.5 }));
  }
  // Above its mark, towards the middle so that it stays inside the picture.
  if (latest) {
    const anchor = x(latest) > W / 2 ? 'end' : 'start';
    chart.append(svg(doc, 'text', { class: 'latest-label', x: x(latest), y: y(latest.value) - 9, 'text-anchor': anchor }, `latest: ${number(latest.value)}`));
  }
  return chart;
}
