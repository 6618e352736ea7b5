/** A verdict on a figure, against the reference set. */
export type Verdict = "consistent" | "outdated" | "conflicting" | "unverified";
export type Category =
  | "killed" | "injured" | "missing" | "hospitalized" | "drones" | "missiles" | "weapons"
  | "intercepted" | "breached" | "duration" | "date" | "other";
export type Qualifier =
  | "exact" | "at_least" | "more_than" | "up_to" | "fewer_than" | "nearly" | "about" | "range";
/** A source's tier: an aggregator's value never becomes the latest on its own. */
export type Tier = "official" | "wire" | "outlet" | "aggregator";
export type ClaimKind = "statistic" | "quote" | "attribution" | "comparison" | "role";
export type ClaimVerdict = "exact" | "altered" | "unknown" | "role_consistent" | "role_mismatch";

/** The report, schema v1. Offsets are UTF-16 code units: `text.slice(start, end)`. */
export interface Report {
  schema: 1;
  incident: IncidentReport | null;
  figures: FigureReport[];
  claims: ClaimReport[];
}

export interface IncidentReport {
  id: string;
  title: string;
  /** ISO date of the strike. */
  date: string;
  /** From 0 to 1. */
  confidence: number;
  evidence: { kind: string; text: string; weight: number; start: number; end: number }[];
}

export interface FigureReport {
  text: string;
  start: number;
  end: number;
  /** The number as written: 23 for "at least 23". */
  value: number;
  /** The interval's ends; null for an open end. */
  low: number | null;
  high: number | null;
  /** e.g. "[23, ∞)". */
  interval: string;
  qualifier: Qualifier;
  category: Category;
  group: string | null;
  subtype: string | null;
  scope: string;
  /** For dates: "YYYY-MM-DD", "--MM-DD", a month alone ("YYYY-MM", "--MM") or a weekday. */
  date: string | null;
  /** The id of the event the figure was judged against. */
  incident: string | null;
  verdict: Verdict;
  explanation: string;
  /** What it was read as, in words: "missiles shot down, across Ukraine (from 'shot down', 'across Ukraine')". */
  read_as: string;
  /** The words the reading rests on: what set its category, its scope and its event. */
  cues: CueReport[];
  /** How much of the reading rests on the text's own words rather than defaults, 0 to 1. */
  confidence: number;
  /**
   * The values of the series the figure was judged against. Figures of one series share this
   * one array, in every report of one `FactCheck`, frozen, as are its values: copy it to sort it.
   */
  reference: readonly Readonly<ReferenceValue>[];
}

/** A word or phrase of the text that a figure's reading rests on. */
export interface CueReport {
  role: "category" | "scope" | "event";
  text: string;
  start: number;
  end: number;
}

export interface ReferenceValue {
  value: number;
  /** How the report hedged it, and the interval it was judged as (null: an open end). */
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  /** Position in time, from 1. */
  order: number;
  latest: boolean;
  /** How explanations cite the source, who said it first: "Volodymyr Zelensky, via RBC-Ukraine, 29 Aug 2025". */
  source: string;
  /** Who said it: "Ukrainian Air Force", "Vitali Klitschko". */
  said_by: string | null;
  /** The outlet that carried the report, its headline and (`url`) its address. */
  outlet: string | null;
  headline: string | null;
  /** How close the report stands to whoever said it. */
  tier: Tier | null;
  /** The seed article's file name, with `sentence` the exact sentence. */
  seed: string | null;
  sentence: string | null;
  url: string | null;
  /** ISO date of the report, and its time with its zone ("06:06+03:00"). */
  date: string | null;
  time: string | null;
  note: string | null;
}

export interface ClaimReport {
  text: string;
  start: number;
  end: number;
  kinds: ClaimKind[];
  /** Check-worthiness, 0 to 1. */
  score: number;
  reasons: string[];
  speaker: string | null;
  verdict: ClaimVerdict | null;
  explanation: string | null;
  /** Indices into `figures`. */
  figures: number[];
  /** Every person given a title in the sentence, each checked on its own; `verdict` is the first mismatch among them, or the first. */
  roles: RoleReport[];
}

/** One person's title as the text gives it ("US President Donald Trump"), compared with the roles they held on the incident's date. */
export interface RoleReport {
  /** The person's name in the reference set. */
  person: string;
  text: string;
  start: number;
  end: number;
  verdict: ClaimVerdict;
  explanation: string;
}

/** A reference set: see the README for the schema. */
export interface ReferenceSet {
  /** 2; a version 1 set is read as version 2. */
  schema: 1 | 2;
  incidents: unknown[];
  people: unknown[];
}
