import { builtinDefaults, builtinLanguages, builtinTemplateFor } from '../builtins/index.js';
import {
  type Deliveries,
  type Delivery,
  isTemplateDelivery,
  type TemplateDelivery,
} from '../deliveries.js';
import { AuthmailError } from '../errors.js';
import {
  type LanguagePreferences,
  negotiateLanguage,
  negotiateLanguages,
  requestedLanguages,
} from '../language/negotiate.js';
import { type PreparedEmail, prepareEmail } from '../render/render-email.js';
import { storeTemplateName, type TemplateStore } from '../template-store.js';
import type { UsageType } from '../usage-types.js';
import type { TemplateSource } from './types.js';

/** A template the mailer renders itself. */
export interface ContentChoice {
  kind: 'content';
  source: TemplateSource;
  languageTag: string;
  usageType: UsageType;
  render: PreparedEmail;
  /** Values the template falls back on; the variables override them. */
  defaults: Record<string, unknown>;
}

/** A template stored at the provider. */
export interface ProviderTemplateChoice {
  kind: 'provider-template';
  source: 'delivery';
  languageTag: string;
  usageType: UsageType;
  delivery: TemplateDelivery;
  /** The delivery's subject and reply-to, compiled (the body is the provider's). */
  headers: PreparedEmail;
}

/** The template {@link TemplateChooser} picked. */
export type TemplateChoice = ContentChoice | ProviderTemplateChoice;

/** What a mailer chooses templates from. */
export interface TemplateSources {
  templates: TemplateStore | undefined;
  deliveries: Deliveries;
  builtins: boolean;
  defaultLanguage: string;
}

/** Picks the template for a usage type and languages, in DESIGN's order. */
export type TemplateChooser = (
  usageType: UsageType,
  preferences: LanguagePreferences,
) => Promise<TemplateChoice>;

/**
 * Builds the chooser. Order: the store (each negotiated language, then the
 * default language, then `Generic` in the default language), the deliveries
 * (the usage type, else `Generic`), the built-ins; else `template_not_found`.
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
    notFound(usageType);
}

async function fromStore(
  { templates, defaultLanguage }: TemplateSources,
  usageType: UsageType,
  preferences: LanguagePreferences,
): Promise<TemplateChoice | undefined> {
  if (!templates) return undefined;
  const negotiated = negotiateLanguages(preferences, await templates.languages());
  const attempts: [string, UsageType][] = [
    ...negotiated.map((languageTag): [string, UsageType] => [languageTag, usageType]),
    [defaultLanguage, usageType],
    [defaultLanguage, 'Generic'],
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
      defaults: {},
    };
  }
  return undefined;
}

type PreparedDelivery =
  | Pick<ContentChoice, 'kind' | 'render'>
  | Pick<ProviderTemplateChoice, 'kind' | 'delivery' | 'headers'>;

function prepareDeliveries(deliveries: Deliveries): Map<UsageType, PreparedDelivery> {
  const prepared = new Map<UsageType, PreparedDelivery>();
  for (const [usageType, delivery] of Object.entries(deliveries) as [UsageType, Delivery][]) {
    prepared.set(usageType, prepareDelivery(delivery, `deliveries.${usageType}`));
  }
  return prepared;
}

function prepareDelivery(delivery: Delivery, name: string): PreparedDelivery {
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
  deliveries: Map<UsageType, PreparedDelivery>,
  defaultLanguage: string,
  usageType: UsageType,
  preferences: LanguagePreferences,
): TemplateChoice | undefined {
  const deliveryType: UsageType = deliveries.has(usageType) ? usageType : 'Generic';
  const prepared = deliveries.get(deliveryType);
  if (!prepared) return undefined;
  const languageTag = requestedLanguages(preferences)[0] ?? defaultLanguage;
  const common = { source: 'delivery' as const, languageTag, usageType: deliveryType };
  return prepared.kind === 'content'
    ? { ...common, ...prepared, defaults: {} }
    : { ...common, ...prepared, source: 'delivery' };
}

function fromBuiltins(
  { builtins, defaultLanguage }: TemplateSources,
  usageType: UsageType,
  preferences: LanguagePreferences,
): TemplateChoice | undefined {
  if (!builtins) return undefined;
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
    defaults: builtinDefaults,
  };
}

function notFound(usageType: UsageType): never {
  throw new AuthmailError(
    'template_not_found',
    `No template for ${usageType}: add one to the template store, a delivery for ${usageType} or Generic, or create the mailer with builtins: true`,
    { details: { usageType } },
  );
}
