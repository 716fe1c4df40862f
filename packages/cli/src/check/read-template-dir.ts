import path from 'node:path';
import { type AuthmailError, isAuthmailError } from '@authmail/core';
import { type FrontMatterKey, readTemplateFiles, type TemplateFile } from '@authmail/core/files';
import { error, type Finding } from './finding.js';
import type { TemplatePart, TemplateUnit } from './template-unit.js';

/** A templates folder, read for checking. */
export interface TemplateDirectory {
  /** Every template that could be read. */
  readonly units: readonly TemplateUnit[];
  /** The files that could not be read (bad front matter, a misplaced file). */
  readonly findings: readonly Finding[];
  /** The usage types each language folder has, readable or not. */
  readonly present: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Shows an absolute path to the user (relative to the working directory). */
export type ShowPath = (absolute: string) => string;

/**
 * Reads `<dir>/<languageTag>/<UsageType>.html` with core's
 * `readTemplateFiles`, collecting the files it cannot read as findings, so
 * one broken file does not hide what the others have.
 */
export async function readTemplateDirectory(
  dir: string,
  show: ShowPath,
): Promise<TemplateDirectory> {
  const refused: AuthmailError[] = [];
  const files = await readTemplateFiles(dir, {
    onError: (thrown) => {
      if (!isFileError(thrown)) throw thrown;
      refused.push(thrown);
    },
  });
  const present = presentIn(files);
  // A file with bad front matter is still there; a misplaced one is not a template.
  for (const thrown of refused.filter(({ code }) => code === 'template_syntax')) {
    const { file } = thrown.details as { file: string };
    const languageTag = path.basename(path.dirname(file));
    const usageType = path.basename(file, path.extname(file));
    present.set(languageTag, (present.get(languageTag) ?? new Set()).add(usageType));
  }
  return {
    units: files.map((file) => unitOf(file, show)),
    findings: refused.map((thrown) => fileFinding(thrown, show)),
    present,
  };
}

function isFileError(thrown: unknown): thrown is AuthmailError {
  return (
    isAuthmailError(thrown) &&
    typeof (thrown.details as { file?: unknown } | undefined)?.file === 'string'
  );
}

/** A file `readTemplateFiles` refused: bad front matter (`syntax`) or a misplaced file (`layout`). */
function fileFinding(thrown: AuthmailError, show: ShowPath): Finding {
  const { file, line, column, problem } = thrown.details as {
    file: string;
    line?: number;
    column?: number;
    problem?: string;
  };
  const rule = thrown.code === 'template_syntax' ? 'syntax' : 'layout';
  const at = line === undefined ? {} : { line, column: column ?? 1 };
  return error({ file: show(file), ...at }, rule, problem ?? thrown.message);
}

function presentIn(files: readonly TemplateFile[]): Map<string, Set<string>> {
  const present = new Map<string, Set<string>>();
  for (const { languageTag, usageType } of files) {
    present.set(languageTag, (present.get(languageTag) ?? new Set()).add(usageType));
  }
  return present;
}

const headerKeys: readonly FrontMatterKey[] = ['subject', 'replyTo', 'sendFrom'];

/** A template file as the parts the rules check, each placed in its file. */
function unitOf(file: TemplateFile, show: ShowPath): TemplateUnit {
  const shownPath = show(file.path);
  const parts: TemplatePart[] = [];
  for (const key of headerKeys) {
    const text = file.details[key];
    if (text === undefined) continue;
    const keyLine = file.fieldLines[key] ?? 1;
    const valueColumn = file.fieldColumns[key] ?? 1;
    parts.push({
      name: key,
      text,
      format: 'text',
      place: (line, column) => ({
        file: shownPath,
        line: keyLine + line - 1,
        column: line === 1 ? valueColumn + column - 1 : column,
      }),
    });
  }
  parts.push({
    name: 'content',
    text: file.details.content,
    format: 'html',
    place: (line, column) => ({ file: shownPath, line: file.bodyLine + line - 1, column }),
  });
  if (file.details.text !== undefined && file.textPath !== undefined) {
    const textFile = show(file.textPath);
    parts.push({
      name: 'text',
      text: file.details.text,
      format: 'text',
      place: (line, column) => ({ file: textFile, line, column }),
    });
  }
  return {
    usageType: file.usageType,
    languageTag: file.languageTag,
    place: { file: shownPath, line: file.bodyLine, column: 1 },
    parts,
    email: { ...file.details },
  };
}
