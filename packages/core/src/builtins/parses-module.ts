import { loadBuiltinParses } from '#lazy-modules';
import type { CompactProgram } from '../render/compact-ast.js';
import type { EmailTemplate } from '../render/render-email.js';
import type { UsageType } from '../usage-types.js';

/**
 * The built-in emails of one language, parsed at build time
 * (`scripts/generate-builtin-parses.ts`, run by `tsup.config.ts`, writes them
 * to `lazy/builtin-parses.cjs`): each distinct template once, and for each
 * usage type the indexes of its {@link templateSources}, in order.
 */
export interface BuiltinParses {
  asts: CompactProgram[];
  usageTypes: Partial<Record<UsageType, number[]>>;
}

/** Every template text of an email template, in a fixed order: subject, content, text, partials. */
export function templateSources(template: EmailTemplate): string[] {
  const sources = [template.subject, template.content, template.text];
  return [...sources, ...Object.values(template.partials ?? {})].filter(
    (source): source is string => source !== undefined,
  );
}

/** The languages' parses read so far (`undefined`: none were built for it). */
const parsesByLanguage = new Map<string, BuiltinParses | undefined>();

/**
 * `[source, compact AST]` pairs for a built-in email's templates, parsed at
 * build time; none when the build made none for it.
 */
export function builtinParsesOf(
  languageTag: string,
  usageType: UsageType,
  template: EmailTemplate,
): [string, CompactProgram][] {
  if (!parsesByLanguage.has(languageTag)) {
    const json = loadBuiltinParses(languageTag);
    parsesByLanguage.set(languageTag, json === undefined ? undefined : JSON.parse(json));
  }
  const parses = parsesByLanguage.get(languageTag);
  const indexes = parses?.usageTypes[usageType] ?? [];
  const sources = templateSources(template);
  if (!parses || indexes.length !== sources.length) return [];
  return sources.flatMap((source, at): [string, CompactProgram][] => {
    const ast = parses.asts[indexes[at] ?? -1];
    return ast ? [[source, ast]] : [];
  });
}
