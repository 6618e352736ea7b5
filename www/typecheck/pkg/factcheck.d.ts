// Stands in for www/pkg/factcheck.d.ts, which wasm-pack writes only when the wasm is built, so
// that `tsc -p www/tsconfig.json` can run before the build. wasm-bindgen copies
// src/report.d.ts into that file; the package's types need nothing else from it.
export * from '../../../src/report.js';
