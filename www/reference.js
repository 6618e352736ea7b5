// The reference page: factcheck reference new|add|show|check in the browser. The set lives in
// this page as JSON text; every change goes through the editor wasm (src/editor.rs: the same
// library code as the CLI), which gives it back validated and written as the CLI writes it.
// Nothing leaves the page: a file is read with FileReader and the set downloaded as a Blob.
import init, {
  referenceAdd, referenceBundled, referenceEmpty, referenceFormat, referenceHistory, referenceNames,
  referenceNew, referenceNotes, referencePropose,
} from './pkg-editor/factcheck_editor.js';

const $ = (id) => document.getElementById(id);
const NEW = '';
const SVG = 'http://www.w3.org/2000/svg';

let set = '';
let proposals = [];
let names = { categories: [], qualifiers: [], tiers: [] };

/** An element with attributes and children (text children stay text). */
function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k in e && typeof v !== 'string') e[k] = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

function options(select, values, chosen) {
  select.replaceChildren(...values.map((v) => h('option', { value: v, selected: v === chosen }, v)));
}

/** Takes `json` as the set if the loader accepts it; shows its notes or its errors. */
function use(json) {
  $('errors').textContent = '';
  let notes;
  try {
    notes = referenceNotes(json);
  } catch (e) {
    $('errors').textContent = e.message;
    return false;
  }
  set = referenceFormat(json);
  $('notes').replaceChildren(...notes.map((n) => h('li', {}, n)));
  const parsed = JSON.parse(set);
  const series = parsed.incidents.reduce((n, i) => n + i.figures.length, 0);
  $('summary').textContent = `A valid reference set (schema ${parsed.schema}): ${parsed.incidents.length} incidents, ${series} series.`;
  const chosen = $('incident').value;
  $('incident').replaceChildren(
    ...parsed.incidents.map((i) => h('option', { value: i.id }, `${i.id} — ${i.title}`)),
    h('option', { value: NEW }, 'A new incident…'),
  );
  $('incident').value = parsed.incidents.some((i) => i.id === chosen) ? chosen : NEW;
  showIncident();
  return true;
}

function failed(e) {
  $('errors').textContent = e.message ?? String(e);
}

function incident() {
  return JSON.parse(set).incidents.find((i) => i.id === $('incident').value);
}

function showIncident() {
  $('new-incident').hidden = $('incident').value !== NEW;
  drawSeries(incident());
}

function source() {
  const time = $('time').value;
  return {
    said_by: $('said-by').value,
    outlet: $('outlet').value,
    url: $('url').value,
    headline: $('headline').value,
    date: $('date').value,
    time: time ? `${time}${$('zone').value.trim() || 'Z'}` : '',
    tier: $('tier').value,
  };
}

function propose() {
  const city = incident()?.places.find((p) => p.kind === 'city')?.name ?? $('new-city').value.trim();
  proposals = JSON.parse(referencePropose($('source-text').value, city));
  const rows = proposals.map((p, k) => {
    const category = h('select', { 'aria-label': `Category of figure ${k + 1}` });
    options(category, names.categories, p.category);
    const qualifier = h('select', { 'aria-label': `Qualifier of figure ${k + 1}` });
    options(qualifier, names.qualifiers, p.qualifier);
    return h('tr', { 'data-proposal': String(k) },
      h('td', {}, h('input', { type: 'checkbox', checked: true, 'aria-label': `Take figure ${k + 1}` })),
      h('td', {}, category),
      h('td', {}, h('input', { value: p.scope, 'aria-label': `Scope of figure ${k + 1}`, size: 10 })),
      h('td', {}, h('input', { type: 'number', min: '0', step: 'any', value: String(p.value), 'aria-label': `Value of figure ${k + 1}` })),
      h('td', {}, qualifier),
      h('td', { class: 'sentence' }, p.sentence));
  });
  $('proposals').tBodies[0].replaceChildren(...rows);
}

/** The ticked proposals as the table now says them. */
function picked() {
  return [...$('proposals').tBodies[0].rows]
    .filter((row) => row.cells[0].querySelector('input').checked)
    .map((row) => {
      const p = proposals[Number(row.dataset.proposal)];
      const [category, qualifier] = row.querySelectorAll('select');
      const [, scope, value] = row.querySelectorAll('input');
      return { ...p, category: category.value, scope: scope.value, value: Number(value.value), qualifier: qualifier.value };
    });
}

function add() {
  $('errors').textContent = '';
  try {
    let json = set;
    let id = $('incident').value;
    if (id === NEW) {
      id = $('new-id').value.trim();
      json = referenceNew(json, id, $('new-title').value.trim(), $('new-date').value, $('new-city').value.trim(), $('source-text').value);
    }
    const { set: next, steps } = JSON.parse(referenceAdd(json, id, JSON.stringify(source()), JSON.stringify(picked())));
    $('incident').value = id;
    if (use(next)) {
      $('incident').value = id;
      showIncident();
      $('steps').replaceChildren(...steps.map((s) => h('li', {}, s)));
      $('proposals').tBodies[0].replaceChildren();
    }
  } catch (e) {
    failed(e);
  }
}

/** Each series of `incident` as a timeline: its steps left to right, value against step. */
function drawSeries(incident) {
  const out = $('series');
  if (!incident) {
    out.replaceChildren(h('p', {}, 'A new incident has no series yet.'));
    return;
  }
  const history = JSON.parse(referenceHistory(set, incident.id));
  out.replaceChildren(...history.map(({ label, reports }) => {
    const steps = [...new Set(reports.map((r) => r.order))];
    const top = Math.max(1, ...reports.map((r) => r.value));
    const [width, height, pad] = [Math.max(160, 90 * steps.length), 110, 22];
    const x = (order) => pad + (steps.length < 2 ? 0 : ((width - 2 * pad) * steps.indexOf(order)) / (steps.length - 1));
    const y = (value) => height - pad - ((height - 2 * pad) * value) / top;
    const svg = document.createElementNS(SVG, 'svg');
    const attrs = (e, list) => Object.entries(list).forEach(([k, v]) => e.setAttribute(k, String(v)));
    attrs(svg, { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `${label}: ${reports.map((r) => r.words).join(', then ')}` });
    const line = document.createElementNS(SVG, 'polyline');
    attrs(line, { points: steps.map((o) => `${x(o)},${y(reports.find((r) => r.order === o).value)}`).join(' ') });
    svg.append(line);
    for (const r of reports) {
      const dot = document.createElementNS(SVG, 'circle');
      attrs(dot, { cx: x(r.order), cy: y(r.value), r: 4, class: r.latest ? 'latest' : 'earlier' });
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `${r.words} (${r.source})`;
      dot.append(title);
      const text = document.createElementNS(SVG, 'text');
      attrs(text, { x: x(r.order) + 6, y: y(r.value) - 6 });
      text.textContent = r.words;
      svg.append(dot, text);
    }
    const list = h('ol', {}, ...reports.map((r) => h('li', { value: String(r.order) },
      `${r.words} — ${r.source}${r.latest ? ' (latest)' : ''}`)));
    return h('div', { class: 'series', 'data-series': label }, h('h3', {}, label), svg, list);
  }));
}

function download() {
  const url = URL.createObjectURL(new Blob([set], { type: 'application/json' }));
  const a = h('a', { href: url, download: 'reference.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function start() {
  await init();
  names = JSON.parse(referenceNames());
  options($('tier'), names.tiers, 'outlet');
  $('bundled').addEventListener('click', () => use(referenceBundled()));
  $('empty').addEventListener('click', () => use(referenceEmpty()));
  $('file').addEventListener('change', async () => {
    const file = $('file').files[0];
    if (file) use(await file.text());
  });
  $('download').addEventListener('click', download);
  $('incident').addEventListener('change', showIncident);
  $('propose').addEventListener('click', () => { try { propose(); } catch (e) { failed(e); } });
  $('add').addEventListener('click', add);
  use(referenceBundled());
  document.body.dataset.ready = 'true';
}

start().catch(failed);
