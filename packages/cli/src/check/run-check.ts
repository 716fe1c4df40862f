import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../command.js';
import { checkUnit } from './check-unit.js';
import { type Finding, sortedFindings } from './finding.js';
import { readConfigTemplates } from './read-config.js';
import { readTemplateDirectory } from './read-template-dir.js';
import { missingTranslations } from './rules/coverage.js';
import type { TemplateUnit } from './template-unit.js';

/** What `authmail check` found. */
export interface CheckResult {
  /** Sorted by file, line and column. */
  readonly findings: readonly Finding[];
  /** How many templates (files or deliveries) were checked. */
  readonly templates: number;
}

/**
 * Checks a templates folder (`<dir>/<languageTag>/<UsageType>.html`) or a
 * Logto connector config (a `.json` file) with every rule.
 *
 * @param target - the folder or file, relative to `cwd`.
 * @throws UsageError when the target does not exist, cannot be read, or is
 * a JSON file with neither `deliveries` nor `templates`.
 */
export async function runCheck(target: string, cwd: string): Promise<CheckResult> {
  const absolute = path.resolve(cwd, target);
  const show = (file: string) => path.relative(cwd, file) || '.';
  const kind = await targetKind(absolute, target);
  if (kind === 'config') return checkConfig(absolute, show(absolute), target);
  const directory = await readTemplateDirectory(absolute, show);
  const findings = [...directory.findings];
  findings.push(...(await checkUnits(directory.units)));
  findings.push(
    ...missingTranslations(directory.present, (languageTag, file) =>
      show(path.join(absolute, languageTag, file)),
    ),
  );
  return { findings: sortedFindings(findings), templates: directory.units.length };
}

async function checkConfig(file: string, shown: string, target: string): Promise<CheckResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (thrown) {
    throw new UsageError(`${target} cannot be read (${errorCode(thrown)}).`);
  }
  const config = readConfigTemplates(text, shown);
  if (config.findings.length === 0 && !config.hasTemplates) {
    throw new UsageError(
      `${target} has neither "deliveries" nor "templates": pass a Logto connector config (Mailgun, SendGrid, SMTP, SES, Postmark, Resend) or a templates folder.`,
    );
  }
  const findings = [...config.findings, ...(await checkUnits(config.units))];
  return { findings: sortedFindings(findings), templates: config.units.length };
}

async function checkUnits(units: readonly TemplateUnit[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const unit of units) findings.push(...(await checkUnit(unit)));
  return findings;
}

/** A folder of templates, or a JSON config. */
async function targetKind(absolute: string, target: string): Promise<'directory' | 'config'> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(absolute)).isDirectory();
  } catch (thrown) {
    throw new UsageError(
      `${target} does not exist (${errorCode(thrown)}): pass your templates folder (<dir>/<languageTag>/<UsageType>.html) or a Logto connector config (.json).`,
    );
  }
  if (isDirectory) return 'directory';
  if (absolute.endsWith('.json')) return 'config';
  throw new UsageError(
    `${target} is neither a folder nor a .json file: pass your templates folder or a Logto connector config.`,
  );
}

function errorCode(thrown: unknown): string {
  const code = (thrown as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'failed';
}
