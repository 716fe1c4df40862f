import { randomUUID } from 'node:crypto';
import { assertVariableDepth, maxSendManyRecipients, tooManyRecipientsError } from '../limits.js';
import { chunk, type SendOptions, type SendReceipt, type Transport } from '../transport.js';
import type { UsageType } from '../usage-types.js';
import { mapConcurrent } from '../util/map-concurrent.js';
import { type Settled, settle } from '../util/settle.js';
import { assertVariables } from '../variables.js';
import type { ProviderTemplateChoice, TemplateChooser } from './choose-template.js';
import { providerHeaders, providerTemplate } from './compose.js';
import { languagePreferences } from './languages.js';
import type {
  SendManyOptions,
  SendManyRequest,
  SendManyResult,
  SendRequest,
  SendResult,
} from './types.js';

/** What `sendMany` needs from its mailer. */
export interface SendManyContext {
  transport: Transport;
  chooseTemplate: TemplateChooser;
  send: <T extends UsageType>(
    request: SendRequest<T>,
    options?: SendOptions,
  ) => Promise<SendResult>;
  from: string;
  checkVariables: boolean;
}

/** Default number of sends in flight when messages go one by one. */
export const defaultSendManyConcurrency = 8;

interface BatchEntry {
  index: number;
  to: string;
  variables: Record<string, unknown>;
}

/**
 * Sends one usage type to many recipients and settles every one of them:
 * provider-template deliveries go through `sendBatch` in requests of at most
 * 1,000 recipients; anything else is rendered and sent per recipient. Over
 * {@link maxSendManyRecipients} recipients, nothing is sent and every
 * recipient settles as rejected with `invalid_variables`.
 */
export async function sendMany<T extends UsageType>(
  context: SendManyContext,
  request: SendManyRequest<T>,
  options: SendManyOptions,
): Promise<SendManyResult[]> {
  const { signal, concurrency = defaultSendManyConcurrency } = options;
  if (request.recipients.length > maxSendManyRecipients) {
    const reason = tooManyRecipientsError(request.recipients.length);
    return request.recipients.map(({ to }) => ({ to, status: 'rejected', reason }));
  }
  const preferences = languagePreferences(request, {});
  const choice = await settle(() => context.chooseTemplate(request.usageType, preferences));
  if (choice.status === 'rejected') {
    return request.recipients.map(({ to }) => ({ to, ...choice }));
  }
  if (choice.value.kind === 'provider-template' && context.transport.sendBatch) {
    return sendAsBatches(context, request, choice.value, signal);
  }
  return mapConcurrent(request.recipients, concurrency, async ({ to, variables }) => {
    const outcome = await settle(() => context.send({ ...request, to, variables }, { signal }));
    return { to, ...outcome };
  });
}

async function sendAsBatches<T extends UsageType>(
  context: SendManyContext,
  request: SendManyRequest<T>,
  choice: ProviderTemplateChoice,
  signal: AbortSignal | undefined,
): Promise<SendManyResult[]> {
  const results: SendManyResult[] = new Array(request.recipients.length);
  const entries: BatchEntry[] = [];
  for (const [index, { to, variables }] of request.recipients.entries()) {
    const checked = await settle(() => {
      assertVariableDepth(variables, `variables for ${request.usageType}`);
      return context.checkVariables ? assertVariables(request.usageType, variables) : variables;
    });
    if (checked.status === 'rejected') results[index] = { to, ...checked };
    else entries.push({ index, to, variables: checked.value });
  }
  const headers = providerHeaders(choice, {}, context.from);
  for (const part of chunk(entries)) {
    const correlationId = randomUUID();
    const outcome = await settle(() =>
      sendBatchRequest(context, { ...headers, choice, part, correlationId }, signal),
    );
    for (const entry of part) {
      results[entry.index] = batchResult(entry.to, outcome, choice, correlationId, headers.subject);
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
  context: SendManyContext,
  { choice, part, correlationId, ...headers }: BatchRequest,
  signal: AbortSignal | undefined,
): Promise<SendReceipt[]> {
  const sendBatch = context.transport.sendBatch?.bind(context.transport);
  if (!sendBatch) throw new TypeError('the transport does not send batches');
  return sendBatch(
    {
      ...headers,
      providerTemplate: providerTemplate(choice, {}),
      recipients: part.map(({ to, variables }) => ({ to, variables })),
      tags: [choice.usageType],
      correlationId,
    },
    { signal },
  );
}

function batchResult(
  to: string,
  outcome: Settled<SendReceipt[]>,
  choice: ProviderTemplateChoice,
  correlationId: string,
  subject: string,
): SendManyResult {
  if (outcome.status === 'rejected') return { to, ...outcome };
  const receipts = outcome.value;
  const receipt = receipts.find((candidate) => candidate.recipients?.includes(to)) ?? receipts[0];
  return {
    to,
    status: 'fulfilled',
    value: {
      messageId: receipt?.messageId ?? '',
      provider: receipt?.provider ?? '',
      templateSource: 'delivery',
      languageTag: choice.languageTag,
      templateUsageType: choice.usageType,
      correlationId,
      subject,
    },
  };
}
