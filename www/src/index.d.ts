// Types for the package's entry point. The report types come from the engine (src/report.d.ts
// in the crate, emitted by wasm-bindgen into pkg/factcheck.d.ts).
import type { Report, ReferenceSet, FigureReport, ClaimReport, Verdict, Category } from '../pkg/factcheck.js';

export type { Report, ReferenceSet, FigureReport, ClaimReport, Verdict, Category };

export interface CheckOptions {
  /** A reference set of one's own, as an object or JSON text; the bundled set by default. */
  reference?: ReferenceSet | object | string;
}

/** Loads and instantiates the wasm once; call before `check`. */
export function ready(wasmUrl?: string | URL): Promise<void>;
/** Checks `text` (synchronously, after `ready()`). Throws an `Error` for a bad reference set. */
export function check(text: string, options?: CheckOptions): Report;
/**
 * Checks `text`, a part of a longer document, in the context the document's last report gives
 * it: the incident it names (`report.incident.id`) and the last speaker before the part. The
 * widget re-checks the paragraph being typed in this way, at once, then the whole document.
 */
export function checkPart(
  text: string,
  context: { incident?: string | null; speaker?: string | null },
  options?: CheckOptions,
): Report;
/** Like `check`, in a Web Worker when the text is long. */
export function checkAsync(text: string, options?: CheckOptions): Promise<Report>;
/** Fetches (URL) or takes (object) a reference set and validates it; rejects with an `Error` naming the incident, field and problem. */
export function loadReference(source: string | URL | object): Promise<ReferenceSet>;
/** The bundled reference set. */
export function bundledReference(): ReferenceSet;

export interface Finding {
  kind: 'figure' | 'claim';
  index: number;
  start: number;
  end: number;
  text: string;
  verdict: Verdict | string;
  category: Category | 'claim';
  data: FigureReport | ClaimReport;
}

export interface ClaimReviewOptions {
  /** Who publishes the fact check; required (there is no default). On `<fact-check>`: publisher-name, publisher-url, publisher-logo. */
  publisher?: { name: string; url: string; logo?: string };
  /** The page the fact check is posted on (each review gets its #claim-N anchor); this page by default. */
  url?: string;
  /** Where the claims appeared, the article checked; this page by default. */
  appearanceUrl?: string;
  /** Who made a claim that names no speaker: the article's outlet. */
  claimAuthor?: string;
  /** When the article checked was published, YYYY-MM-DD. */
  claimDate?: string;
  /** The fact check's date, YYYY-MM-DD; today by default. */
  datePublished?: string;
}

type CreativeWorkRef = { '@type': 'CreativeWork'; url: string; datePublished?: string };

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  reviewRating: {
    '@type': 'Rating'; ratingValue: number; bestRating: number; worstRating: number;
    /** The rating's short name: "Outdated". */
    name: string;
    /** Each verdict in words: "Outdated: since revised to 13 people killed". */
    alternateName: string;
    /** Each figure named with its verdict. */
    ratingExplanation: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    datePublished?: string;
    appearance?: CreativeWorkRef;
    firstAppearance?: CreativeWorkRef;
  };
  author: { '@type': 'Organization'; name: string; url: string; logo?: { '@type': 'ImageObject'; url: string } };
  datePublished: string;
}

export interface AttachOptions extends CheckOptions {
  /** Where the panel goes; right after the editor by default. */
  panel?: Element;
  /** 'overlay' forces the fallback drawing; by default the CSS Custom Highlight API when present. */
  highlights?: 'auto' | 'overlay';
  /** Delay after the last edit before checking again, in ms (at most 150). */
  debounce?: number;
  /** Where the .wasm is, when a bundler moved it. */
  wasmUrl?: string | URL;
  claimReview?: ClaimReviewOptions;
}

export interface FactCheckHandle {
  element: FactCheckElement;
  /** Checks now; resolves to the report. */
  check(): Promise<Report | null>;
  readonly findings: Finding[];
  readonly report: Report | null;
  claimReview(options?: ClaimReviewOptions): ClaimReview[];
  /**
   * Listens for 'findingschange' (detail: { report, findings, partial }); returns the
   * unsubscribe function. `partial` is true when only the paragraph being typed in was
   * re-checked (`report` is then the document's last full report); a full check follows.
   */
  on(type: 'findingschange' | 'claimreview', listener: (event: CustomEvent) => void): () => void;
  /** Removes the panel, the highlights, the listeners and the styles. */
  detach(): void;
}

/**
 * A textarea, a contenteditable element, the element the WordPress block editor renders into,
 * or an editor object: TinyMCE, Tiptap (ProseMirror), Lexical, Quill 2 or CKEditor 5. Only the
 * members the widget reads are named here.
 */
export type Editable =
  | HTMLTextAreaElement
  | HTMLElement
  | { getBody(): HTMLElement; getDoc(): Document }
  | { view: { state: { doc: unknown }; dom: HTMLElement; nodeDOM(pos: number): Node | null }; on(event: 'transaction', fn: () => void): unknown }
  | { getEditorState(): unknown; getElementByKey(key: string): HTMLElement | null; getRootElement(): HTMLElement | null }
  | { root: HTMLElement; scroll: unknown; getContents(): { ops: { insert?: unknown }[] }; getLeaf(index: number): unknown }
  | { model: { document: unknown }; editing: { view: unknown; mapper: unknown } };

export function attach(target: Editable, options?: AttachOptions): FactCheckHandle;
export function defineElement(name?: string): void;
export function claimReview(report: Report | null, options?: ClaimReviewOptions): ClaimReview[];

export class FactCheckElement extends HTMLElement {
  readonly report: Report | null;
  readonly findings: Finding[];
  checkNow(): Promise<Report | null>;
  claimReview(options?: ClaimReviewOptions): ClaimReview[];
}
