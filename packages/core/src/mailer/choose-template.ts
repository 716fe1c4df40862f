import { builtinLanguages, builtinTemplateFor, builtinVariables } from '../builtins/index.js';
import { type Delivery, isTemplateDelivery, type TemplateDelivery } from '../deliveries.js';
import { AuthmailError } from '../errors.js';
import {
  type LanguagePreferences,
  negotiateLanguage,
  negotiateLanguages,
  requestedLanguages,
} from '../language/negotiate.js';
import { type PreparedEmail, prepareEmail } from '../render/render-email.js';
import { storeTemplateName, type TemplateStore } from '../template-store.js';
import { isUsageType, type UsageType } from '../usage-types.js';
import type { TemplateSource } from './types.js';
import type { KnownUsageType } from './usage-type-registry.js';

/** A template the mailer renders itself. */
export interface ContentChoice {
  kind: 'content';
  source: TemplateSource;
  languageTag: string;
  /** The usage type whose template this is: the requested one or `Generic`. */
  usageType: string;
  render: PreparedEmail;
  /** The template's `sendFrom` as written, which says what a rendered sender may change. */
  sendFrom?: string;
  /** What the template renders: the variables, with the template's defaults under them. */
  templateVariables: (variables: Record<string, unknown>) => Record<string, unknown>;
}

/** A template stored at the provider. */
export interface ProviderTemplateChoice {
  kind: 'provider-template';
  source: 'delivery';
  languageTag: string;
  usageType: string;
  delivery: TemplateDelivery;
  /** The delivery's subject and reply-to, compiled (the body is the provider's). */
  headers: PreparedEmail;
}

/** The template {@link TemplateChooser} picked. */
export type TemplateChoice = ContentChoice | ProviderTemplateChoice;

/** What a mailer chooses templates from. */
export interface TemplateSources {
  templates: TemplateStore | undefined;
  deliveries: Readonly<Record<string, Delivery | undefined>>;
  builtins: boolean;
  defaultLanguage: string;
}

/** Picks the template for a usage type and languages, in DESIGN's order. */
export type TemplateChooser = (
  usageType: KnownUsageType,
  preferences: LanguagePreferences,
) => Promise<TemplateChoice>;

/**
 * Builds the chooser. Order: the store (each negotiated language, then the
 * default language, then `Generic` in the default language), the deliveries
 * (the usage type, else `Generic`), the built-ins; else `template_not_found`.
 * `Generic` stands in only for usage types that fall back to it.
 *
 * Delivery templates are compiled here, so a bad one fails at start-up.
 *
 * @throws AuthmailError `template_syntax` naming the delivery, line and column.
 */
export function createTemplateChooser(sources: TemplateSources): TemplateChooser {
  const deliveries = prepareDeliveries(sources.deliveries);
  return async (usageType, preferences) =>
    (await fromStore(sources, usageType, preferences)) ??
    fromDeliveries(deliveries, sources.defaultLanguage, usageType, preferences) ??
    fromBuiltins(sources, usageType, preferences) ??
    notFound(usageType, sources.builtins);
}

const asGiven = (variables: Record<string, unknown>) => variables;

async function fromStore(
  { templates, defaultLanguage }: TemplateSources,
  usageType: KnownUsageType,
  preferences: LanguagePreferences,
): Promise<TemplateChoice | undefined> {
  if (!templates) return undefined;
  const negotiated = negotiateLanguages(preferences, await templates.languages());
  const { name, fallsBackToGeneric } = usageType;
  const attempts: [string, string][] = [
    ...negotiated.map((languageTag): [string, string] => [languageTag, name]),
    [defaultLanguage, name],
    ...(fallsBackToGeneric ? [[defaultLanguage, 'Generic'] as [string, string]] : []),
  ];
  for (const [languageTag, candidateType] of attempts) {
    const details = await templates.find(languageTag, candidateType);
    if (!details) continue;
    const name = storeTemplateName(languageTag, candidateType);
    const render = prepareEmail(details, { name });
    return {
      kind: 'content',
      source: 'store',
      languageTag,
      usageType: candidateType,
      render,
      ...(details.sendFrom === undefined ? {} : { sendFrom: details.sendFrom }),
      templateVariables: asGiven,
    };
  }
  return undefined;
}

type PreparedDelivery =
  | Pick<ContentChoice, 'kind' | 'render'>
  | Pick<ProviderTemplateChoice, 'kind' | 'delivery' | 'headers'>;

function prepareDeliveries(
  deliveries: TemplateSources['deliveries'],
): Map<string, PreparedDelivery> {
  const prepared = new Map<string, PreparedDelivery>();
  for (const [usageType, delivery] of Object.entries(deliveries)) {
    if (delivery) prepared.set(usageType, prepareDelivery(delivery, `deliveries.${usageType}`));
  }
  return prepared;
}

/**
 * Compiles one delivery's templates, named `name` (`deliveries.SignIn`) in errors.
 *
 * @throws AuthmailError `template_syntax` naming the part, line and column;
 * `invalid_config` over the template limits.
 */
export function prepareDelivery(delivery: Delivery, name: string): PreparedDelivery {
  const replyTo = delivery.replyTo === undefined ? {} : { replyTo: delivery.replyTo };
  if (isTemplateDelivery(delivery)) {
    const headers = prepareEmail(
      { subject: delivery.subject ?? '', content: '', contentType: 'text/plain', ...replyTo },
      { name },
    );
    return { kind: 'provider-template', delivery, headers };
  }
  const subject = delivery.subject ?? '';
  if (!('html' in delivery)) {
    const content = delivery.text;
    return {
      kind: 'content',
      render: prepareEmail({ subject, content, contentType: 'text/plain', ...replyTo }, { name }),
    };
  }
  const text = delivery.text === undefined ? {} : { text: delivery.text };
  const render = prepareEmail(
    { subject, content: delivery.html, contentType: 'text/html', ...text, ...replyTo },
    { name },
  );
  return { kind: 'content', render };
}

function fromDeliveries(
  deliveries: Map<string, PreparedDelivery>,
  defaultLanguage: string,
  { name, fallsBackToGeneric }: KnownUsageType,
  preferences: LanguagePreferences,
): TemplateChoice | undefined {
  const deliveryType = deliveries.has(name) || !fallsBackToGeneric ? name : 'Generic';
  const prepared = deliveries.get(deliveryType);
  if (!prepared) return undefined;
  const languageTag = requestedLanguages(preferences)[0] ?? defaultLanguage;
  const common = { source: 'delivery' as const, languageTag, usageType: deliveryType };
  return prepared.kind === 'content'
    ? { ...common, ...prepared, templateVariables: asGiven }
    : { ...common, ...prepared, source: 'delivery' };
}

/** The built-in usage type whose template stands for `usageType`: itself, else `Generic` if it falls back. */
function builtinUsageType({ name, fallsBackToGeneric }: KnownUsageType): UsageType | undefined {
  if (isUsageType(name)) return name;
  return fallsBackToGeneric ? 'Generic' : undefined;
}

function fromBuiltins(
  { builtins, defaultLanguage }: TemplateSources,
  known: KnownUsageType,
  preferences: LanguagePreferences,
): TemplateChoice | undefined {
  const usageType = builtinUsageType(known);
  if (!builtins || !usageType) return undefined;
  const fallback = builtinLanguages.includes(defaultLanguage) ? defaultLanguage : 'en';
  const languageTag = negotiateLanguage(preferences, builtinLanguages, fallback);
  const template = builtinTemplateFor(languageTag, usageType);
  if (!template) return undefined;
  const render = prepareEmail(template, { name: `builtin:${languageTag}/${usageType}` });
  return {
    kind: 'content',
    source: 'builtin',
    languageTag,
    usageType,
    render,
    templateVariables: (variables) => builtinVariables(languageTag, variables),
  };
}

function notFound({ name, fallsBackToGeneric }: KnownUsageType, builtins: boolean): never {
  const hints = [
    'add one to the template store',
    `a delivery for ${name}${fallsBackToGeneric && name !== 'Generic' ? ' or Generic' : ''}`,
  ];
  if (isUsageType(name) && !builtins) hints.push('or create the mailer with builtins: true');
  if (!isUsageType(name) && !fallsBackToGeneric) {
    hints.push(`or declare usageTypes.${name} as { schema, fallback: 'Generic' }`);
  }
  throw new AuthmailError('template_not_found', `No template for ${name}: ${hints.join(', ')}`, {
    details: { usageType: name },
  });
}
