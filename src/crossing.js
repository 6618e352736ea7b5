// The JavaScript half of crossing.rs: reads a report from the numbers and the strings the wasm
// laid out, in the order of the report's fields (report.rs), into plain objects with the keys
// of report.d.ts in that order. The texts of figures, cues, claims and roles cross empty: they
// are sliced from the checked text. Object literals, not a generic reader: V8 builds each kind of
// object with one shape. A wasm test checks that the result reads as the native build's JSON.

const encoder = new TextEncoder();

/** Writes the checked text as UTF-8 into `into`, for the wasm (see wasm.rs). */
export function utf8(text, into) {
  return encoder.encodeInto(text, into).written;
}

/**
 * `[report, fresh, links]` as crossing.rs laid it out, its strings in `ascii` and `wide`, for
 * the checked `text`: the series' arrays in `fresh` are frozen and added to `histories`, and
 * each figure is given its series' array, `histories[links[i]]`.
 */
export function linked(numbers, ascii, wide, histories, text) {
  let at = 0;
  const number = () => numbers[at++];
  const bool = () => numbers[at++] === 1;
  const string = () => {
    const start = numbers[at++], end = numbers[at++];
    return start >= 0 ? ascii.slice(start, end) : wide.slice(-1 - start, -1 - end);
  };
  const optional = (read) => (numbers[at++] === 1 ? read() : null);
  const list = (read) => {
    const items = new Array(numbers[at++]);
    for (let i = 0; i < items.length; i++) items[i] = read();
    return items;
  };
  const evidence = () => ({ kind: string(), text: string(), weight: number(), start: number(), end: number() });
  const incident = () => ({ id: string(), title: string(), date: string(), confidence: number(), evidence: list(evidence) });
  const cue = () => ({ role: string(), text: string(), start: number(), end: number() });
  const figure = () => ({
    text: string(),
    start: number(),
    end: number(),
    value: number(),
    low: optional(number),
    high: optional(number),
    interval: string(),
    qualifier: string(),
    category: string(),
    group: optional(string),
    subtype: optional(string),
    scope: string(),
    date: optional(string),
    incident: optional(string),
    verdict: string(),
    explanation: string(),
    read_as: string(),
    cues: list(cue),
    confidence: number(),
    // Sent empty, its length alone (0): linked below.
    reference: (at++, null),
  });
  const role = () => ({ person: string(), text: string(), start: number(), end: number(), verdict: string(), explanation: string() });
  const claim = () => ({
    text: string(),
    start: number(),
    end: number(),
    kinds: list(string),
    score: number(),
    reasons: list(string),
    speaker: optional(string),
    verdict: optional(string),
    explanation: optional(string),
    figures: list(number),
    roles: list(role),
  });
  const value = () => Object.freeze({
    value: number(),
    qualifier: string(),
    low: optional(number),
    high: optional(number),
    order: number(),
    latest: bool(),
    source: string(),
    said_by: optional(string),
    outlet: optional(string),
    headline: optional(string),
    tier: optional(string),
    seed: optional(string),
    sentence: optional(string),
    url: optional(string),
    date: optional(string),
    time: optional(string),
    note: optional(string),
  });

  const report = { schema: number(), incident: optional(incident), figures: list(figure), claims: list(claim) };
  const fresh = list(() => list(value));
  const links = list(number);
  // Read in full before `histories` changes: a report that fails adds no array.
  if (at !== numbers.length) throw new Error(`the report was read to ${at} of its ${numbers.length} numbers`);
  for (const history of fresh) histories.push(Object.freeze(history));
  const slice = (span) => { span.text = text.slice(span.start, span.end); };
  report.figures.forEach((figure, i) => {
    slice(figure);
    figure.cues.forEach(slice);
    figure.reference = histories[links[i]];
  });
  for (const claim of report.claims) {
    slice(claim);
    claim.roles.forEach(slice);
  }
  return report;
}
