import { maxSendManyRecipients, tooManyRecipientsError } from '../limits.js';
import { optionalNumberOption } from '../provider/number-option.js';
import type { SendOptions, Transport } from '../transport.js';
import type { CustomUsageTypes } from '../usage-types.js';
import { concurrencyRule, mapConcurrent } from '../util/map-concurrent.js';
import { settle } from '../util/settle.js';
import type { TemplateChooser } from './choose-template.js';
import { languagePreferences } from './languages.js';
import { type ScreenedRecipient, screenRecipients } from './recipients.js';
import { sendAsBatches } from './send-batches.js';
import type { LanguageRequest, SendManyOptions, SendManyResult, SendResult } from './types.js';
import type { UsageTypeRegistry } from './usage-type-registry.js';

/** A send request as the mailer sees it inside: any usage type name, variables not yet checked. */
export interface AnySendRequest extends LanguageRequest {
  to: string;
  usageType: string;
  variables: unknown;
}

/** A send-many request as the mailer sees it inside. */
interface AnySendManyRequest extends LanguageRequest {
  usageType: string;
  recipients: readonly { to: string; variables: unknown }[];
}

/** What `sendMany` needs from its mailer; `C` is the mailer's map of its own usage types. */
export interface SendManyContext<C extends CustomUsageTypes> {
  transport: Transport;
  chooseTemplate: TemplateChooser;
  send: (request: AnySendRequest, options?: SendOptions) => Promise<SendResult<C>>;
  from: string;
  /** Whether variables are checked against their usage type's schema. */
  validate: boolean;
  registry: UsageTypeRegistry;
}

/** Default number of sends in flight when messages go one by one. */
export const defaultSendManyConcurrency = 8;

/**
 * Sends one usage type to many recipients and settles every one of them.
 * Each `to` is checked as `send` checks it and each address is sent to once
 * (the first of those equal ignoring case); a refused recipient is rejected
 * alone with `invalid_message`. Then provider-template deliveries go through
 * `sendBatch` in requests of at most the transport's
 * `capabilities.maxBatchRecipients` (1,000 when it declares none); anything
 * else is rendered and sent per recipient. Over {@link maxSendManyRecipients}
 * recipients, or with a `concurrency` that is not a whole number from 1 to
 * 10,000, nothing is sent and every recipient settles as rejected.
 */
export async function sendMany<C extends CustomUsageTypes>(
  context: SendManyContext<C>,
  request: AnySendManyRequest,
  options: SendManyOptions,
): Promise<SendManyResult<C>[]> {
  const concurrency = await settle(() => checkedConcurrency(request, options));
  if (concurrency.status === 'rejected') {
    return request.recipients.map(({ to }) => ({ to, ...concurrency }));
  }
  const { accepted, refused } = screenRecipients(request.recipients);
  const results: SendManyResult<C>[] = new Array(request.recipients.length);
  for (const { index, to, reason } of refused) results[index] = { to, status: 'rejected', reason };
  const sent = await sendScreened(context, request, accepted, concurrency.value, options.signal);
  for (const [position, { index }] of accepted.entries()) {
    results[index] = sent[position] as SendManyResult<C>;
  }
  return results;
}

/**
 * The concurrency to send with.
 *
 * @throws AuthmailError `invalid_variables` over {@link maxSendManyRecipients}
 * recipients; `invalid_config` naming `concurrency`.
 */
function checkedConcurrency(request: AnySendManyRequest, options: SendManyOptions): number {
  if (request.recipients.length > maxSendManyRecipients) {
    throw tooManyRecipientsError(request.recipients.length);
  }
  return optionalNumberOption(
    'concurrency',
    options.concurrency,
    concurrencyRule,
    defaultSendManyConcurrency,
  );
}

/** Sends to screened recipients; one result each, in their order. */
async function sendScreened<C extends CustomUsageTypes>(
  context: SendManyContext<C>,
  request: AnySendManyRequest,
  recipients: ScreenedRecipient[],
  concurrency: number,
  signal: AbortSignal | undefined,
): Promise<SendManyResult<C>[]> {
  const preferences = languagePreferences(request, {});
  const choice = await settle(async () => {
    const usageType = context.registry.get(request.usageType);
    return { usageType, template: await context.chooseTemplate(usageType, preferences) };
  });
  if (choice.status === 'rejected') return recipients.map(({ to }) => ({ to, ...choice }));
  const { usageType, template } = choice.value;
  if (template.kind === 'provider-template' && context.transport.sendBatch) {
    return sendAsBatches(context, usageType, template, recipients, signal);
  }
  return mapConcurrent(recipients, concurrency, async ({ to, address, variables }) => {
    const outcome = await settle(() =>
      context.send({ ...request, to: address, variables }, { signal }),
    );
    return { to, ...outcome };
  });
}
