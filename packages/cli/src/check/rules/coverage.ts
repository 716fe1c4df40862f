import path from 'node:path';
import { type Finding, warning } from '../finding.js';

/**
 * `coverage` (a warning): a usage type that one language folder has and
 * another lacks, so readers of that language get a different email.
 *
 * @param present - the usage types of each language folder.
 * @param shown - how the file `<language>/<UsageType>.html` is shown.
 */
export function missingTranslations(
  present: ReadonlyMap<string, ReadonlySet<string>>,
  shown: (languageTag: string, file: string) => string,
): Finding[] {
  const everyUsageType = new Set([...present.values()].flatMap((usageTypes) => [...usageTypes]));
  const findings: Finding[] = [];
  for (const [languageTag, usageTypes] of present) {
    for (const usageType of everyUsageType) {
      if (usageTypes.has(usageType)) continue;
      const others = [...present].filter(([, types]) => types.has(usageType)).map(([tag]) => tag);
      findings.push(
        warning(
          { file: shown(languageTag, `${usageType}.html`) },
          'coverage',
          `${usageType} has a template in ${others.join(', ')} but not in ${languageTag}: add ${path.join(languageTag, `${usageType}.html`)}, or ${languageTag} readers get another language's or the built-in email.`,
        ),
      );
    }
  }
  return findings;
}
