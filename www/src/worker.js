// Checks long texts off the main thread, so that typing in a big document never stutters.
import init, { FactCheck } from '../pkg/factcheck.js';

const loaded = init().then(() => new FactCheck());
const byReference = new Map();

self.onmessage = async ({ data: { id, text, reference } }) => {
  try {
    let checker = await loaded;
    if (reference != null) {
      if (!byReference.has(reference)) byReference.set(reference, FactCheck.withReference(reference));
      checker = byReference.get(reference);
    }
    self.postMessage({ id, report: checker.check(text) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
