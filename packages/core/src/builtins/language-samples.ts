// Built-in emails of every language and usage type, rendered for the language
// tests (languages.test.ts, languages-html.test.ts). Test data only; not
// exported from the package.
import { renderEmail } from '../render/render-email.js';
import type { UsageType } from '../usage-types.js';
import { builtinTemplateFor, builtinVariables } from './index.js';
import { fullSamples, linkSamples } from './sample-variables.js';

/** Names that are no word of English (nor, as far as we know, of the built-in languages). */
export const foreignNames = {
  application: {
    id: 'a',
    name: 'Zorvani',
    branding: { logoUrl: 'https://cdn.zorvani.test/l.png' },
  },
  organization: { id: 'o', name: 'Kelvaro' },
  user: { id: 'u', name: 'Aiyana' },
  inviter: { id: 'i', name: 'Tavita Ruoho' },
};

/** The sample's variables, with {@link foreignNames} wherever it names someone or something. */
function withForeignNames(variables: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const named = Object.keys(foreignNames).filter((key) => key in variables);
  return {
    ...variables,
    ...Object.fromEntries(
      named.map((key) => [key, foreignNames[key as keyof typeof foreignNames]]),
    ),
  };
}

/** Each usage type's variables with a code (or its link, for invitations), and with a link instead. */
export function emailVariants(
  usageType: UsageType,
): { proof: string; variables: Record<string, unknown> }[] {
  const withCode = { proof: 'code', variables: withForeignNames(fullSamples[usageType]) };
  const link = (linkSamples as Partial<Record<UsageType, Record<string, unknown>>>)[usageType];
  return link ? [withCode, { proof: 'link', variables: withForeignNames(link) }] : [withCode];
}

/** A built-in email rendered as the mailer renders it, HTML always a string. */
export function renderBuiltin(
  languageTag: string,
  usageType: UsageType,
  variables: Record<string, unknown>,
) {
  const template = builtinTemplateFor(languageTag, usageType);
  if (!template) throw new Error(`no built-in ${languageTag}/${usageType}`);
  const email = renderEmail(template, builtinVariables(languageTag, variables));
  return { ...email, html: email.html ?? '' };
}
