import {
  builtinLanguages,
  createMemoryTransport,
  isUsageType,
  type UsageType,
  usageTypes,
} from '@authmail/core';
import { sampleVariables } from '@authmail/core/tooling';
import { sendThroughMailer } from './preview-mailer.js';
import { previewProblem } from './problem.js';
import { type RenderedFrom, renderedFrom } from './render-preview.js';
import type { LoadedTemplates } from './template-source.js';

/** Who a preview is addressed to until the page says otherwise. */
export const sampleRecipient = 'Ann Lee <ann.lee@example.com>';

/** A usage type the page offers. */
export interface UsageTypeChoice {
  name: string;
  /** One of authmail's usage types (with a schema and built-in templates), or one only files have. */
  builtin: boolean;
  /** Whether its variables carry a code or, instead, a link: the page offers the switch. */
  codeOrLink: boolean;
  /** The languages that have a file for it. */
  files: string[];
}

/** What the page offers: every usage type and language there is a template for. */
export interface Catalog {
  /** The built-in usage types, then those only files have, by name. */
  usageTypes: UsageTypeChoice[];
  /** Every language of a file or of the built-ins, by tag. */
  languages: string[];
}

/** A language the page offers for one usage type, and which template renders it. */
export interface LanguageChoice {
  tag: string;
  /** The template the mailer picks for this language, or why none renders. */
  renders: RenderedFrom | { kind: 'error'; message: string };
}

/** The usage types and languages of the built-ins and the files. */
export function catalogOf(templates: LoadedTemplates): Catalog {
  const own = templates.entries
    .map(({ usageType }) => usageType)
    .filter((name) => !isUsageType(name));
  const names = [...usageTypes, ...[...new Set(own)].sort()];
  const languages = new Set([...builtinLanguages, ...templates.entries.map((e) => e.languageTag)]);
  return {
    usageTypes: names.map((name) => ({
      name,
      builtin: isUsageType(name),
      codeOrLink: isUsageType(name) && carriesCodeOrLink(name),
      files: templates.entries.filter((e) => e.usageType === name).map((e) => e.languageTag),
    })),
    languages: [...languages].sort(),
  };
}

/**
 * The default variables of a usage type: `sampleVariables` for a built-in
 * one (with a code, or a link when `proof` says so), none for one only files have.
 */
export function defaultVariables(usageType: string, proof: 'code' | 'link' = 'code'): object {
  return isUsageType(usageType) ? sampleVariables(usageType, { proof }) : {};
}

/**
 * For each language, the template the mailer would render `usageType`
 * with, found by sending the default variables through it: a file (maybe
 * of another language or of `Generic`), or a built-in one.
 */
export async function languageChoices(
  templates: LoadedTemplates,
  from: string,
  usageType: string,
): Promise<LanguageChoice[]> {
  const variables = defaultVariables(usageType) as Record<string, unknown>;
  const choices: LanguageChoice[] = [];
  for (const tag of catalogOf(templates).languages) {
    const request = { usageType, language: tag, variables, to: sampleRecipient };
    try {
      const result = await sendThroughMailer(templates, createMemoryTransport(), from, request);
      choices.push({ tag, renders: renderedFrom(result, templates.entries) });
    } catch (error) {
      choices.push({ tag, renders: { kind: 'error', message: previewProblem(error).message } });
    }
  }
  return choices;
}

/** A code-or-link usage type's samples differ: one has the code, the other the link. */
function carriesCodeOrLink(usageType: UsageType): boolean {
  return (
    'code' in sampleVariables(usageType) && 'link' in sampleVariables(usageType, { proof: 'link' })
  );
}
