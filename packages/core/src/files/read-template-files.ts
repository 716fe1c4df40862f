import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuthmailError } from '../errors.js';
import { isAuthmailError } from '../render/thrown.js';
import { errorCode, fileLayoutError } from './file-errors.js';
import { parseTemplateSource, withoutFinalLineBreak } from './front-matter.js';
import {
  canonicalLanguageTag,
  compareNames,
  htmlExtension,
  isDotfile,
  isLanguageTag,
  isUsageTypeName,
  textExtension,
} from './path-names.js';
import type { TemplateFile } from './template-file.js';

/**
 * Reads every template kept as files under `dir`:
 * `<dir>/<languageTag>/<UsageType>.html`, each starting with front matter
 * (`subject` required; `replyTo`, `sendFrom` optional) and an optional
 * hand-written text part `<UsageType>.txt` beside it. The templates are
 * checked for layout and front matter, not compiled (a
 * {@link createFileTemplateStore} compiles them).
 *
 * Hidden entries (`.git`, `.DS_Store`) and files other than `.html`/`.txt`
 * are ignored. A folder at the top that is not a language tag, an `.html` or
 * `.txt` at the top, a folder inside a language folder, a file name that is
 * not a usage type name and a `.txt` without its `.html` are errors.
 *
 * With `onError`, a file or folder that cannot be read is handed to it and
 * skipped, and the others are still read (what `authmail check` does, so one
 * broken file does not hide the rest); only a missing `dir` still throws.
 *
 * @returns The templates ordered by language tag, then usage type.
 * Errors name files by absolute path.
 *
 * @throws AuthmailError `template_syntax` as `<file>:<line>:<column> <problem>`
 * (details `{ file, line, column, problem }`) for bad front matter;
 * `invalid_config` naming the path for a missing `dir` or a misplaced file.
 * @example
 * ```ts
 * const templates = await readTemplateFiles('templates');
 * for (const { languageTag, usageType, details } of templates) console.log(languageTag, usageType, details.subject);
 * ```
 */
export async function readTemplateFiles(
  dir: string,
  options: { onError?: (error: AuthmailError) => void } = {},
): Promise<TemplateFile[]> {
  const root = path.resolve(dir);
  const problem = problemReporter(options.onError);
  const languageFolders = await languageFoldersIn(root, problem);
  const templates: TemplateFile[] = [];
  for (const languageTag of languageFolders) {
    templates.push(...(await readLanguageFolder(root, languageTag, problem)));
  }
  return templates;
}

/** Reports a file's problem: thrown, or handed to `onError` so reading goes on. */
type ReportProblem = (error: AuthmailError) => void;

function problemReporter(onError: ((error: AuthmailError) => void) | undefined): ReportProblem {
  return (error) => {
    if (!onError) throw error;
    onError(error);
  };
}

/** The language folders under `dir`, sorted, each name checked. */
async function languageFoldersIn(dir: string, problem: ReportProblem): Promise<string[]> {
  const entries = await listDir(dir, 'the templates folder');
  const tags: string[] = [];
  const byCanonical = new Map<string, string>();
  for (const entry of entries) {
    const shown = path.join(dir, entry.name);
    if (!entry.isDirectory()) {
      if (isTemplateFileName(entry.name)) {
        problem(
          fileLayoutError(
            shown,
            `templates live in a language folder: move it to ${path.join(dir, '<languageTag>', entry.name)}.`,
          ),
        );
      }
      continue;
    }
    if (!isLanguageTag(entry.name)) {
      problem(
        fileLayoutError(
          shown,
          'a folder here is named by a BCP 47 language tag (`en`, `de`, `pt-BR`): rename it, or move it out of the templates folder.',
        ),
      );
      continue;
    }
    const canonical = canonicalLanguageTag(entry.name);
    const other = byCanonical.get(canonical);
    if (other !== undefined) {
      problem(
        fileLayoutError(
          shown,
          `the same language as ${path.join(dir, other)}: keep one folder per language.`,
        ),
      );
      continue;
    }
    byCanonical.set(canonical, entry.name);
    tags.push(entry.name);
  }
  return tags;
}

/** Every template in one language folder, sorted by usage type. */
async function readLanguageFolder(
  root: string,
  languageTag: string,
  problem: ReportProblem,
): Promise<TemplateFile[]> {
  const folder = path.join(root, languageTag);
  let entries: Dirent[];
  try {
    entries = await listDir(folder, 'the language folder');
  } catch (error) {
    if (!isAuthmailError(error)) throw error;
    problem(error);
    return [];
  }
  const names = new Set(entries.filter((entry) => !entry.isDirectory()).map(({ name }) => name));
  const templates: TemplateFile[] = [];
  for (const entry of entries) {
    const shown = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      problem(
        fileLayoutError(
          shown,
          `templates sit directly in the language folder (${path.join(folder, '<UsageType>.html')}): move them up, or move the folder out.`,
        ),
      );
      continue;
    }
    if (!isTemplateFileName(entry.name)) continue;
    const extension = path.extname(entry.name);
    const usageType = entry.name.slice(0, -extension.length);
    if (!isUsageTypeName(usageType)) {
      problem(
        fileLayoutError(
          shown,
          'a template file is named by its usage type (letters, digits and _, starting with a letter): `SignIn.html`.',
        ),
      );
      continue;
    }
    if (extension === textExtension) {
      if (!names.has(`${usageType}${htmlExtension}`)) {
        problem(
          fileLayoutError(
            shown,
            `a text part needs its HTML template beside it: add ${usageType}${htmlExtension}, or remove this file.`,
          ),
        );
      }
      continue;
    }
    const hasText = names.has(`${usageType}${textExtension}`);
    try {
      templates.push(await readTemplate(root, languageTag, usageType, hasText));
    } catch (error) {
      if (!isAuthmailError(error)) throw error;
      problem(error);
    }
  }
  return templates;
}

/** One template: its `.html` (front matter and body) and its `.txt`, if any. */
async function readTemplate(
  root: string,
  languageTag: string,
  usageType: string,
  hasText: boolean,
): Promise<TemplateFile> {
  const absolute = path.join(root, languageTag, `${usageType}${htmlExtension}`);
  const parsed = parseTemplateSource(await readText(absolute), absolute);
  const template: TemplateFile = {
    path: absolute,
    languageTag,
    usageType,
    details: { subject: parsed.fields.subject, content: parsed.body, contentType: 'text/html' },
    bodyLine: parsed.bodyLine,
    fieldLines: parsed.fieldLines,
    fieldColumns: parsed.fieldColumns,
  };
  if (parsed.fields.replyTo !== undefined) template.details.replyTo = parsed.fields.replyTo;
  if (parsed.fields.sendFrom !== undefined) template.details.sendFrom = parsed.fields.sendFrom;
  if (hasText) {
    const textPath = path.join(root, languageTag, `${usageType}${textExtension}`);
    template.details.text = withoutFinalLineBreak(await readText(textPath));
    template.textPath = textPath;
  }
  return template;
}

function isTemplateFileName(name: string): boolean {
  const extension = path.extname(name);
  return extension === htmlExtension || extension === textExtension;
}

/** The visible entries of a folder, sorted by name (code unit order, the same everywhere). */
async function listDir(folder: string, what: string): Promise<Dirent[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw fileLayoutError(
      folder,
      `${what} cannot be read (${errorCode(error)}): check the path; templates live in <dir>/<languageTag>/<UsageType>.html.`,
    );
  }
  return entries
    .filter((entry) => !isDotfile(entry.name))
    .sort((a, b) => compareNames(a.name, b.name));
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw fileLayoutError(file, `cannot be read (${errorCode(error)}).`);
  }
}
