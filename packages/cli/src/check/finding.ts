/**
 * What `authmail check` looks for, each under a stable id that `--format
 * json` reports and CI scripts may filter on.
 */
export const ruleIds = [
  'syntax',
  'layout',
  'unknown-variable',
  'unknown-usage-type',
  'missing-essential',
  'unsafe',
  'size',
  'html',
  'coverage',
] as const;

/** One of {@link ruleIds}. */
export type RuleId = (typeof ruleIds)[number];

/** Errors fail the check; warnings only with `--strict`. */
export type Severity = 'error' | 'warning';

/** Where a finding points: a file, and a line and column (from 1) when there is one. */
export interface Place {
  /** The file as shown to the user: relative to the working directory. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** One problem `authmail check` found. */
export interface Finding {
  readonly place: Place;
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
}

/** An error finding. */
export function error(place: Place, rule: RuleId, message: string): Finding {
  return { place, rule, severity: 'error', message };
}

/** A warning finding. */
export function warning(place: Place, rule: RuleId, message: string): Finding {
  return { place, rule, severity: 'warning', message };
}

/** Findings ordered by file, line and column; the same finding reported twice is kept once. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  const unique = new Map<string, Finding>();
  for (const finding of findings) unique.set(JSON.stringify(finding), finding);
  return [...unique.values()].sort(
    (a, b) =>
      compare(a.place.file, b.place.file) ||
      (a.place.line ?? 0) - (b.place.line ?? 0) ||
      (a.place.column ?? 0) - (b.place.column ?? 0),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
