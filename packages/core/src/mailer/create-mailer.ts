import { formatAddress, parseAddress } from '../address.js';
import { deliveriesShapeFor } from '../deliveries.js';
import { readingVariables } from '../render/thrown.js';
import { parseOptions } from '../shape/check.js';
import { object } from '../shape/object.js';
import { checkOptionKeys } from '../shape/option-keys.js';
import { boolean, custom, string } from '../shape/primitives.js';
import { optional } from '../shape/wrappers.js';
import type { TemplateStore } from '../template-store.js';
import type { Transport } from '../transport.js';
import type { CustomUsageTypes, NoCustomUsageTypes } from '../usage-types.js';
import { recipientAddress } from './addresses.js';
import { createTemplateChooser } from './choose-template.js';
import { composeEmail } from './compose.js';
import { languagePreferences } from './languages.js';
import { type AnySendRequest, sendMany } from './send-many.js';
import type { Mailer, MailerOptions, SendResult } from './types.js';
import {
  checkedVariables,
  createUsageTypeRegistry,
  customUsageTypesShape,
} from './usage-type-registry.js';

/** Every option {@link createMailer} takes; any other key is refused. */
export const mailerOptionKeys = [
  'transport',
  'from',
  'deliveries',
  'templates',
  'defaultLanguage',
  'builtins',
  'validateVariables',
  'usageTypes',
] as const satisfies readonly (keyof MailerOptions)[];

const templateStoreKind = 'must be a template store (an object with find and languages methods)';

const transportShape = custom<Transport>(
  (value) => typeof (value as { send?: unknown } | null)?.send === 'function',
  'must be a transport (an object with a send method)',
);

const templateStoreShape = custom<TemplateStore>(
  (value) =>
    typeof (value as { find?: unknown } | null)?.find === 'function' &&
    typeof (value as { languages?: unknown } | null)?.languages === 'function',
  (value) =>
    Array.isArray(value)
      ? `${templateStoreKind}; to use Logto's SendGrid templates array, pass the config to createSendGridMailer`
      : `${templateStoreKind}, such as createMemoryTemplateStore(rows) returns`,
);

const usageTypesOption = object({ usageTypes: optional(customUsageTypesShape) });

/** The options shape once the usage types are known: deliveries may name any of them. */
const mailerOptionsShape = (usageTypeNames: readonly [string, ...string[]]) =>
  object({
    transport: transportShape,
    from: string({ minLength: 1 }),
    deliveries: optional(deliveriesShapeFor(usageTypeNames)),
    templates: optional(templateStoreShape),
    defaultLanguage: optional(string({ minLength: 1 })),
    builtins: optional(boolean()),
    validateVariables: optional(boolean()),
  });

/**
 * Creates a mailer: it picks the template for each email (store, deliveries,
 * built-ins, in the request's languages), checks the variables, renders and
 * hands the message to the transport.
 *
 * Options and every delivery template are checked here, so a bad config fails
 * at start-up with `invalid_config` or `template_syntax`; so is a key that
 * is not an option (`builtin`: "did you mean `builtins`?"). With `usageTypes`,
 * the mailer also sends your own usage types, typed and checked like the
 * built-in ones (see {@link MailerOptions.usageTypes}).
 *
 * @example
 * ```ts
 * const mailer = createMailer({
 *   transport: createMemoryTransport(),
 *   from: 'Acme <no-reply@acme.test>',
 *   builtins: true,
 * });
 * await mailer.send({
 *   to: 'ann@example.com',
 *   usageType: 'SignIn',
 *   variables: { code: '123456', application: { id: 'app', name: 'Acme' } },
 *   acceptLanguage: 'de-DE,de;q=0.9,en;q=0.5',
 * });
 * ```
 */
export function createMailer<C extends CustomUsageTypes = NoCustomUsageTypes>(
  options: MailerOptions<C>,
): Mailer<C> {
  checkOptionKeys(options, mailerOptionKeys, 'mailer options');
  const { usageTypes } = parseOptions(usageTypesOption, options, 'mailer options');
  const registry = createUsageTypeRegistry(usageTypes);
  const config = parseOptions(mailerOptionsShape(registry.names), options, 'mailer options');
  parseAddress(config.from, 'from');
  const chooseTemplate = createTemplateChooser({
    templates: config.templates,
    deliveries: config.deliveries ?? {},
    builtins: config.builtins ?? false,
    defaultLanguage: config.defaultLanguage ?? 'en',
  });
  const validate = config.validateVariables ?? true;
  const transport = options.transport;

  const send = async (given: AnySendRequest, sendOptions = {}): Promise<SendResult<C>> => {
    // Read the request once: a getter or Proxy that throws is invalid_variables, never a plain error.
    const request = readingVariables('Reading the send request', () => ({ ...given }));
    const to = formatAddress(recipientAddress(request.to));
    const usageType = registry.get(request.usageType);
    // Getters and Proxies in the variables may throw: that is invalid_variables.
    const sending = `Sending ${usageType.name}`;
    const variables = readingVariables(sending, () =>
      checkedVariables(usageType, request.variables, validate),
    );
    const preferences = readingVariables(sending, () => languagePreferences(request, variables));
    const choice = await chooseTemplate(usageType, preferences);
    const message = readingVariables(sending, () =>
      composeEmail(choice, to, variables, config.from),
    );
    const receipt = await transport.send(message, sendOptions);
    return {
      messageId: receipt.messageId,
      provider: receipt.provider,
      templateSource: choice.source,
      languageTag: choice.languageTag,
      templateUsageType: choice.usageType as SendResult<C>['templateUsageType'],
      correlationId: message.correlationId ?? receipt.correlationId ?? '',
      subject: message.subject,
    };
  };

  const context = { transport, chooseTemplate, send, from: config.from, validate, registry };
  return {
    send,
    sendMany: async (given, sendManyOptions = {}) => {
      // Read the request and each recipient once, as send does.
      const request = readingVariables('Reading the sendMany request', () => ({
        ...given,
        recipients: Array.from(given.recipients, (recipient) => ({ ...recipient })),
      }));
      return sendMany(context, request, sendManyOptions);
    },
  };
}
