import { randomUUID } from 'node:crypto';
import { resolveSender } from '../address.js';
import type { OutgoingEmail, ProviderTemplate } from '../transport.js';
import type { ContentChoice, ProviderTemplateChoice, TemplateChoice } from './choose-template.js';

/** Turns a chosen template and the variables into the message a transport sends. */
export function composeEmail(
  choice: TemplateChoice,
  to: string,
  variables: Record<string, unknown>,
  defaultFrom: string,
): OutgoingEmail {
  const common = { to, tags: [choice.usageType], correlationId: randomUUID() };
  return choice.kind === 'content'
    ? { ...common, ...renderContent(choice, variables, defaultFrom) }
    : {
        ...common,
        ...providerHeaders(choice, variables, defaultFrom),
        providerTemplate: providerTemplate(choice, variables),
      };
}

function renderContent(
  choice: ContentChoice,
  variables: Record<string, unknown>,
  defaultFrom: string,
): Omit<OutgoingEmail, 'to'> {
  const { from, ...rendered } = choice.render({ ...choice.defaults, ...variables });
  return { ...rendered, from: resolveSender(from, defaultFrom) };
}

/** Subject and reply-to of a provider-template message, rendered from the delivery. */
export function providerHeaders(
  choice: ProviderTemplateChoice,
  variables: Record<string, unknown>,
  defaultFrom: string,
): Pick<OutgoingEmail, 'from' | 'subject' | 'replyTo'> {
  const { subject, replyTo } = choice.headers(variables);
  return { from: defaultFrom, subject, ...(replyTo === undefined ? {} : { replyTo }) };
}

/** The provider receives the delivery's variables overlaid with the payload, and the language. */
export function providerTemplate(
  choice: ProviderTemplateChoice,
  variables: Record<string, unknown>,
): ProviderTemplate {
  const template: ProviderTemplate = {
    name: choice.delivery.template,
    variables: { ...choice.delivery.variables, ...variables },
    locale: choice.languageTag,
  };
  if (choice.delivery.versionByLanguage) template.version = choice.languageTag;
  return template;
}
