// Importing 'factcheck/element' registers <fact-check>.
export {};
declare global {
  interface HTMLElementTagNameMap {
    'fact-check': import('./index.js').FactCheckElement;
  }
}
