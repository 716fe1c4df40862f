import type { Styles } from '../style.js';
import type { Finding } from './finding.js';
import type { CheckResult } from './run-check.js';

/** `file:line:col  rule  message`, one line per finding, then a summary line. */
export function textReport(result: CheckResult, style: Styles): string {
  const lines = result.findings.map((finding) => {
    const { file, line, column } = finding.place;
    const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
    const warning = finding.severity === 'warning';
    const rule = warning ? style.yellow(finding.rule) : style.red(finding.rule);
    return `${style.bold(where)}  ${rule}  ${warning ? 'warning: ' : ''}${finding.message}`;
  });
  return [...lines, summary(result, style), ''].join('\n');
}

/** An array of `{ file, line, column, rule, severity, message }` (line and column `null` for a whole file). */
export function jsonReport(result: CheckResult): string {
  const entries = result.findings.map(({ place, rule, severity, message }: Finding) => ({
    file: place.file,
    line: place.line ?? null,
    column: place.line === undefined ? null : (place.column ?? 1),
    rule,
    severity,
    message,
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

function summary(result: CheckResult, style: Styles): string {
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const checked = `${result.templates} ${result.templates === 1 ? 'template' : 'templates'} checked`;
  if (result.findings.length === 0) return style.green(`✔ ${checked}, no problems`);
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return errors > 0
    ? style.red(`✖ ${counts} (${checked})`)
    : style.yellow(`⚠ ${counts} (${checked})`);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
