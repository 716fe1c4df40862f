import { AuthmailError } from '../errors.js';

/** Most edits (insertions, deletions, substitutions, swaps of neighbours) a typo may take. */
const maxTypoDistance = 2;

/**
 * Refuses keys of `options` that are not in `knownKeys`, so a misspelt
 * option (`builtin`, `defaultLangauge`) fails where it is given instead of
 * being ignored. Each unknown key is named, with the known key it most
 * likely meant: one at most two edits away, or the same but for case.
 * A value that is not an object is left for the options' own check, and
 * an own `__proto__` key is ignored, as shapes ignore it.
 * `under` names where nested options sit (`tracking`), for the message.
 *
 * @example
 * ```ts
 * checkOptionKeys(options, ['apiKey', 'region', 'timeoutMs'], 'Postmark options');
 * // Invalid Postmark options: apikey: not an option; did you mean `apiKey`?
 * ```
 * @throws AuthmailError `invalid_config` naming every unknown key.
 */
export function checkOptionKeys(
  options: unknown,
  knownKeys: readonly string[],
  what: string,
  under?: string,
): void {
  if (typeof options !== 'object' || options === null) return;
  // An own `__proto__` (JSON.parse makes one) is never read, as shapes never read it.
  const unknown = Object.keys(options).filter(
    (key) => key !== '__proto__' && !knownKeys.includes(key),
  );
  if (unknown.length === 0) return;
  const prefix = under === undefined ? '' : `${under}.`;
  const lines = unknown.map(
    (key) => `${prefix}${keyText(key)}: ${unknownKeyProblem(key, knownKeys)}`,
  );
  throw new AuthmailError('invalid_config', `Invalid ${what}: ${lines.join('; ')}`, {
    details: { issues: lines, unknownKeys: unknown },
  });
}

/** `not an option; did you mean \`builtins\`?`, or the options there are. */
export function unknownKeyProblem(key: string, knownKeys: readonly string[]): string {
  const meant = closestKey(key, knownKeys);
  if (meant !== undefined) return `not an option; did you mean \`${meant}\`?`;
  return `not an option (the options are ${knownKeys.join(', ')})`;
}

/** The known key `key` most likely misspells, if one is close enough. */
export function closestKey(key: string, knownKeys: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const sameButCase = knownKeys.find((known) => known.toLowerCase() === lower);
  if (sameButCase !== undefined) return sameButCase;
  let best: { key: string; distance: number } | undefined;
  for (const known of knownKeys) {
    const distance = editDistance(lower, known.toLowerCase());
    if (distance <= maxTypoDistance && distance < (best?.distance ?? Number.POSITIVE_INFINITY)) {
      best = { key: known, distance };
    }
  }
  return best?.key;
}

/**
 * Edits from `a` to `b`, a swap of two neighbours counting as one
 * (Damerau-Levenshtein, optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    beforePrevious = previous;
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** A key as the message shows it: as is when it reads as a name, else quoted. */
function keyText(key: string): string {
  return /^[\w$-]{1,64}$/.test(key) ? key : JSON.stringify(key.slice(0, 64));
}
