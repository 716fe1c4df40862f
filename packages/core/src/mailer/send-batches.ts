import { randomUUID } from 'node:crypto';
import { capabilitiesOf } from '../provider/capabilities.js';
import type { SendReceipt, Transport } from '../transport.js';
import type { CustomUsageTypes } from '../usage-types.js';
import { chunk } from '../util/chunk.js';
import { type Settled, settle } from '../util/settle.js';
import type { ProviderTemplateChoice } from './choose-template.js';
import { providerHeaders, providerTemplate } from './compose.js';
import type { ScreenedRecipient } from './recipients.js';
import type { SendManyResult, SendResult } from './types.js';
import { checkedVariables, type KnownUsageType } from './usage-type-registry.js';

/** What {@link sendAsBatches} needs from its mailer. */
export interface BatchContext {
  transport: Transport;
  from: string;
  /** Whether variables are checked against their usage type's schema. */
  validate: boolean;
}

interface BatchEntry {
  /** Its place in the recipients given to {@link sendAsBatches}. */
  index: number;
  to: string;
  address: string;
  variables: Record<string, unknown>;
}

/**
 * Sends a provider-template delivery to screened recipients (one address
 * each, none twice) through `sendBatch`, in requests of at most the
 * transport's `capabilities.maxBatchRecipients` (1,000 when it declares
 * none). Returns one result per recipient, in order: a recipient whose
 * variables fail is rejected alone; a failed request rejects the recipients
 * it carried; a recipient the provider refused in an accepted request (a
 * receipt's `failed`) is rejected alone with the provider's error; a
 * transport declaring a limit that is not a whole number from 1 to 100,000
 * rejects everyone with `invalid_config`.
 */
export async function sendAsBatches<C extends CustomUsageTypes>(
  context: BatchContext,
  usageType: KnownUsageType,
  choice: ProviderTemplateChoice,
  recipients: readonly ScreenedRecipient[],
  signal: AbortSignal | undefined,
): Promise<SendManyResult<C>[]> {
  const results: SendManyResult<C>[] = new Array(recipients.length);
  const entries: BatchEntry[] = [];
  for (const [index, { to, address, variables }] of recipients.entries()) {
    const checked = await settle(() => checkedVariables(usageType, variables, context.validate));
    if (checked.status === 'rejected') results[index] = { to, ...checked };
    else entries.push({ index, to, address, variables: checked.value });
  }
  const plan = await settle(() => ({
    headers: providerHeaders(choice, {}, context.from),
    maxBatchRecipients: capabilitiesOf(context.transport).maxBatchRecipients,
  }));
  if (plan.status === 'rejected') {
    for (const entry of entries) results[entry.index] = { to: entry.to, ...plan };
    return results;
  }
  const { headers, maxBatchRecipients } = plan.value;
  for (const part of chunk(entries, maxBatchRecipients)) {
    const correlationId = randomUUID();
    const request = { ...headers, choice, part, correlationId };
    const outcome = await settle(() => sendBatchRequest(context.transport, request, signal));
    for (const entry of part) {
      results[entry.index] = batchResult(entry, outcome, choice, correlationId, headers.subject);
    }
  }
  return results;
}

interface BatchRequest extends ReturnType<typeof providerHeaders> {
  choice: ProviderTemplateChoice;
  part: BatchEntry[];
  correlationId: string;
}

function sendBatchRequest(
  transport: Transport,
  { choice, part, correlationId, ...headers }: BatchRequest,
  signal: AbortSignal | undefined,
): Promise<SendReceipt[]> {
  const sendBatch = transport.sendBatch?.bind(transport);
  if (!sendBatch) throw new TypeError('the transport does not send batches');
  return sendBatch(
    {
      ...headers,
      providerTemplate: providerTemplate(choice, {}),
      recipients: part.map(({ address, variables }) => ({ to: address, variables })),
      tags: [choice.usageType],
      correlationId,
    },
    { signal },
  );
}

function batchResult<C extends CustomUsageTypes>(
  { to, address }: BatchEntry,
  outcome: Settled<SendReceipt[]>,
  choice: ProviderTemplateChoice,
  correlationId: string,
  subject: string,
): SendManyResult<C> {
  if (outcome.status === 'rejected') return { to, ...outcome };
  const receipts = outcome.value;
  const receipt =
    receipts.find((candidate) => candidate.recipients?.includes(address)) ?? receipts[0];
  const refused = receipt?.failed?.find((failure) => failure.to === address);
  if (refused) return { to, status: 'rejected', reason: refused.error };
  return {
    to,
    status: 'fulfilled',
    value: {
      messageId: receipt?.messageId ?? '',
      provider: receipt?.provider ?? '',
      templateSource: 'delivery',
      languageTag: choice.languageTag,
      templateUsageType: choice.usageType as SendResult<C>['templateUsageType'],
      correlationId,
      subject,
    },
  };
}
