import { randomUUID } from 'node:crypto';
import type { OutgoingEmail, ProviderTemplate } from '../transport.js';
import { renderedReplyTo } from './addresses.js';
import type { ContentChoice, ProviderTemplateChoice, TemplateChoice } from './choose-template.js';
import { templateSender } from './sender.js';

/**
 * Turns a chosen template and the variables into the message a transport
 * sends, to `to` (already one address). A rendered reply-to must be one
 * address and a rendered sender may change the display name only.
 *
 * @throws AuthmailError `invalid_message` naming `replyTo` or `sendFrom`.
 */
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
  const { from, replyTo, ...rendered } = choice.render(choice.templateVariables(variables));
  return {
    ...rendered,
    from: templateSender(choice.sendFrom, from, defaultFrom),
    ...renderedReplyTo(replyTo),
  };
}

/**
 * Subject and reply-to of a provider-template message, rendered from the
 * delivery; the sender is the config's.
 *
 * @throws AuthmailError `invalid_message` naming `replyTo`.
 */
export function providerHeaders(
  choice: ProviderTemplateChoice,
  variables: Record<string, unknown>,
  defaultFrom: string,
): Pick<OutgoingEmail, 'from' | 'subject' | 'replyTo'> {
  const { subject, replyTo } = choice.headers(variables);
  return { from: defaultFrom, subject, ...renderedReplyTo(replyTo) };
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
