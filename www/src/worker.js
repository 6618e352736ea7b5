// Checks long texts off the main thread, so that typing in a big document never stutters. The
// page sends the wasm module it compiled, so the worker neither fetches nor compiles it again.
import init, { FactCheck } from '../pkg/factcheck.js';

let checker = null;
const byReference = new Map();

self.onmessage = async ({ data: { id, module, text, reference } }) => {
  try {
    if (module) {
      await init({ module_or_path: module });
      checker = new FactCheck();
      self.postMessage({ id, report: null });
      return;
    }
    let c = checker;
    if (reference != null) {
      if (!byReference.has(reference)) byReference.set(reference, FactCheck.withReference(reference));
      c = byReference.get(reference);
    }
    self.postMessage({ id, report: c.check(text) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
