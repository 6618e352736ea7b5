// The engine's JavaScript API: load the wasm once, then `check(text, options?)` returns the
// report (schema v1, see report.d.ts in the crate). A user's own reference set, as an object,
// JSON text or a URL, is validated by the engine; its errors are real `Error`s that name the
// incident, the field and the problem. Large texts go to a Web Worker so the page never
// freezes: `checkAsync` picks the thread.

// The glue is imported statically: the build bundles it into the engine's script, so that
// `ready()` makes one request (the .wasm), not two. Every request costs a round trip.
import init, { FactCheck } from '../pkg/factcheck.js';

/** Texts longer than this (UTF-16 units) are checked in a worker by `checkAsync`. */
export const WORKER_THRESHOLD = 40_000;

let loading = null;
let bundled = null;
let compiled = null;
const custom = new WeakMap();

/** Fetches and compiles the wasm once; the worker gets the same compiled module. */
async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`factcheck: could not load the engine ${url}: HTTP ${response.status}`);
  const streaming = response.headers.get('content-type')?.startsWith('application/wasm');
  return streaming ? WebAssembly.compileStreaming(response) : WebAssembly.compile(await response.arrayBuffer());
}

/** Loads and instantiates the wasm; safe to call many times. */
export function ready(wasmUrl) {
  loading ??= (async () => {
    const module = await compile(wasmUrl ?? new URL('../pkg/factcheck_bg.wasm', import.meta.url));
    await init({ module_or_path: module });
    compiled = module;
    bundled = new FactCheck();
  })();
  return loading;
}

/** The checker over the bundled set, once `ready()` has loaded the engine. */
function loaded() {
  if (!bundled) throw new Error('factcheck: the engine is not loaded yet; call `await ready()` first');
  return bundled;
}

/** A reference set given as JSON text or a plain object becomes a checker, validated. */
function checkerFor(reference) {
  if (reference == null) return bundled;
  if (typeof reference === 'string') return FactCheck.withReference(reference);
  if (typeof reference !== 'object') {
    throw new TypeError(`factcheck: options.reference must be an object or JSON text, not ${typeof reference}`);
  }
  let checker = custom.get(reference);
  if (!checker) {
    checker = FactCheck.withReference(JSON.stringify(reference));
    custom.set(reference, checker);
  }
  return checker;
}

/**
 * Checks `text` and returns the report. Call `await ready()` once first.
 * @param {string} text
 * @param {{reference?: object|string}} [options]
 */
export function check(text, options = {}) {
  return checkerOf('check', text, options).check(text);
}

/** The checker for `options`, once the engine is loaded and `text` is a string (`name` takes it). */
function checkerOf(name, text, options) {
  loaded();
  if (typeof text !== 'string') throw new TypeError(`factcheck: ${name}() takes a string, not ${typeof text}`);
  return checkerFor(options.reference);
}

/**
 * Checks `text`, a part of a longer document, at once and on this thread, in the context the
 * document's last report gives it: `context.incident`, the id of the incident it names, and
 * `context.speaker`, the last speaker before the part. The widget re-checks the paragraph
 * being typed in this way, then the whole document.
 * @param {string} text
 * @param {{incident?: string|null, speaker?: string|null}} context
 * @param {{reference?: object|string}} [options]
 */
export function checkPart(text, { incident = null, speaker = null } = {}, options = {}) {
  return checkerOf('checkPart', text, options).checkPart(text, incident, speaker);
}

/**
 * Fetches a reference set from a URL and validates it. Resolves to the parsed object, ready to
 * pass as `options.reference`; rejects with an `Error` naming what is wrong.
 */
export async function loadReference(source) {
  await ready();
  let json;
  if (typeof source === 'string' || source instanceof URL) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`factcheck: could not load the reference set ${source}: HTTP ${response.status}`);
    json = await response.text();
  } else {
    json = JSON.stringify(source);
  }
  const checker = FactCheck.withReference(json);
  const reference = JSON.parse(json);
  custom.set(reference, checker);
  return reference;
}

/** The bundled reference set, as a plain object. */
export function bundledReference() {
  return loaded().referenceSet();
}

let worker = null;
let workerReady = null;
let nextId = 0;
const pending = new Map();

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  // Resolves to false when the worker cannot start: checks then stay on the main thread.
  workerReady = new Promise((resolve) => {
    pending.set('ready', { resolve: () => resolve(true), reject: () => resolve(false) });
  });
  worker.postMessage({ id: 'ready', module: compiled });
  worker.onmessage = ({ data }) => {
    const job = pending.get(data.id);
    pending.delete(data.id);
    if (data.error) job.reject(new Error(data.error));
    else job.resolve(data.report);
  };
  worker.onerror = (event) => {
    for (const job of pending.values()) job.reject(new Error(`factcheck worker: ${event.message}`));
    pending.clear();
    worker = null;
  };
}

/**
 * Starts the worker ahead of need, so that it loads with the page and not while the user types.
 * Resolves when the worker can check.
 */
export async function warmWorker() {
  await ready();
  if (typeof Worker === 'undefined') return;
  if (!worker) startWorker();
  await workerReady;
}

/** Like `check`, off the main thread when the text is long. */
export async function checkAsync(text, options = {}) {
  await ready();
  if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') return check(text, options);
  if (!worker) startWorker();
  if (!(await workerReady)) return check(text, options);
  const id = nextId++;
  const reference = options.reference == null || typeof options.reference === 'string'
    ? options.reference
    : JSON.stringify(options.reference);
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, text, reference });
  });
}
