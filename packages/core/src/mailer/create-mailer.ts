import { z } from 'zod';
import { parseAddress } from '../address.js';
import { parseConfig } from '../config.js';
import { deliveriesSchema } from '../deliveries.js';
import { AuthmailError } from '../errors.js';
import { assertVariableDepth } from '../limits.js';
import type { SendOptions } from '../transport.js';
import { isUsageType, type UsageType, usageTypes } from '../usage-types.js';
import { assertVariables } from '../variables.js';
import { createTemplateChooser } from './choose-template.js';
import { composeEmail } from './compose.js';
import { languagePreferences } from './languages.js';
import { sendMany } from './send-many.js';
import type { Mailer, MailerOptions, SendRequest, SendResult } from './types.js';

const mailerOptionsSchema = z.object({
  transport: z.custom<MailerOptions['transport']>(
    (value) => typeof (value as { send?: unknown } | undefined)?.send === 'function',
    'must be a transport (an object with a send method)',
  ),
  from: z.string().min(1),
  deliveries: deliveriesSchema.optional(),
  templates: z
    .custom<NonNullable<MailerOptions['templates']>>(
      (value) => typeof (value as { find?: unknown } | undefined)?.find === 'function',
      'must be a template store (find and languages methods)',
    )
    .optional(),
  defaultLanguage: z.string().min(1).optional(),
  builtins: z.boolean().optional(),
  validateVariables: z.boolean().optional(),
});

/**
 * Creates a mailer: it picks the template for each email (store, deliveries,
 * built-ins, in the request's languages), checks the variables, renders and
 * hands the message to the transport.
 *
 * Options and every delivery template are checked here, so a bad config fails
 * at start-up with `invalid_config` or `template_syntax`.
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
export function createMailer(options: MailerOptions): Mailer {
  const config = parseConfig(mailerOptionsSchema, options, 'mailer options');
  parseAddress(config.from, 'from');
  const deliveries = config.deliveries ?? {};
  const chooseTemplate = createTemplateChooser({
    templates: config.templates,
    deliveries,
    builtins: config.builtins ?? false,
    defaultLanguage: config.defaultLanguage ?? 'en',
  });
  const checkVariables = config.validateVariables ?? true;
  const transport = options.transport;

  const send = async <T extends UsageType>(
    request: SendRequest<T>,
    sendOptions: SendOptions = {},
  ): Promise<SendResult> => {
    const usageType = knownUsageType(request.usageType);
    assertVariableDepth(request.variables, `variables for ${usageType}`);
    const variables = checkVariables
      ? assertVariables(usageType, request.variables)
      : (request.variables ?? {});
    const choice = await chooseTemplate(usageType, languagePreferences(request, variables));
    const message = composeEmail(choice, request.to, variables, config.from);
    const receipt = await transport.send(message, sendOptions);
    return {
      messageId: receipt.messageId,
      provider: receipt.provider,
      templateSource: choice.source,
      languageTag: choice.languageTag,
      templateUsageType: choice.usageType,
      correlationId: message.correlationId ?? receipt.correlationId ?? '',
      subject: message.subject,
    };
  };

  return {
    send,
    sendMany: (request, sendManyOptions = {}) =>
      sendMany(
        { transport, chooseTemplate, send, from: config.from, checkVariables },
        request,
        sendManyOptions,
      ),
  };
}

function knownUsageType(usageType: unknown): UsageType {
  if (isUsageType(usageType)) return usageType;
  throw new AuthmailError(
    'template_not_found',
    `Unknown usage type ${JSON.stringify(usageType)}: expected one of ${usageTypes.join(', ')}`,
    { details: { usageType } },
  );
}
