// The package's entry points: the engine API and the widget.
export { ready, check, checkAsync, checkPart, loadReference, bundledReference } from './engine.js';
export { attach, defineElement, FactCheckElement } from './element.js';
export { claimReview } from './claimreview.js';
