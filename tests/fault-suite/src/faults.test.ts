import { AuthmailError, type Transport, withRetry } from '@authmail/core';
import { closedPortUrl, type Fault, type SmtpFault } from '@authmail/testkit';
import { type SelfSignedServer, startSelfSignedServer } from '@authmail/testkit/conformance';
import { afterAll, beforeAll, describe, type ExpectStatic, expect, it, vi } from 'vitest';
import {
  documentedFaultTable,
  type FaultLine,
  type FaultRow,
  renderFaultTable,
  writeFaultTable,
} from './fault-table.js';
import {
  acceptedIds,
  allProviders,
  isSmtp,
  type ProviderName,
  type ProviderUnderTest,
  signInEmail,
} from './providers.js';

const policy = { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100 };
// Room for an SMTP handshake (several round trips) on a loaded two-core CI machine.
const timeoutMs = 5000;
/** Ten times the timeout, so a loaded machine cannot make the slow answer arrive in time. */
const slowAnswerMs = 10 * timeoutMs;
const waitForSlow = { timeout: 3 * slowAnswerMs, interval: 50 };
const body = (message: string) => ({ message, errors: [{ message, field: null, help: null }] });

/** How a transport is misbuilt instead of a fault injected into the fake. */
type Misbuilt = 'refused' | 'wrong key' | 'self-signed' | 'unknown host';

interface Expected {
  outcome: string;
  attempts: number;
}

const delivered = (attempts: number): Expected => ({ outcome: 'delivered', attempts });
const failed = (code: string, attempts: number): Expected => ({
  outcome: `${code} error`,
  attempts,
});
const afterRetryAfter = (attempts: number): Expected => ({
  outcome: 'delivered after Retry-After',
  attempts,
});
const duplicate = 'delivered twice: duplicate';
const replayed = 'delivered once: Idempotency-Key';

interface FaultCase extends FaultLine {
  /** What the fake does to the first request (SMTP: message), or how the transport is misbuilt. */
  inject: Fault | Misbuilt | { smtpOnly: SmtpFault };
  /** The `Retry-After` the fault asks for, in ms: the row says whether the retry waited it. */
  retryAfterMs?: number;
  /** The outcome on every provider, unless `except` names it. */
  expected: Expected;
  except?: Partial<Record<ProviderName, Expected>>;
}

const cases: FaultCase[] = [
  {
    fault: '429 with Retry-After: 1',
    smtp: '450 4.7.1 (try later; SMTP has no Retry-After)',
    inject: { status: 429, body: body('Too many requests'), headers: { 'Retry-After': '1' } },
    retryAfterMs: 1000,
    expected: afterRetryAfter(2),
    // mailgun.js drops response headers; SMTP's 450 carries no wait.
    except: { mailgun: delivered(2), smtp: delivered(2) },
  },
  {
    fault: '500',
    smtp: '451 4.3.0 (temporary failure)',
    inject: { status: 500, body: body('Internal error') },
    expected: delivered(2),
  },
  {
    fault: '502 (empty body)',
    smtp: '451 4.3.0, no text',
    inject: { status: 502 },
    expected: delivered(2),
  },
  {
    fault: '503',
    smtp: '451 4.3.0',
    inject: { status: 503, body: body('Service Unavailable') },
    expected: delivered(2),
  },
  {
    fault: `slow answer (${slowAnswerMs / 1000} s) past the ${timeoutMs} ms timeout`,
    smtp: `accepts the message, answers the end of DATA ${slowAnswerMs / 1000} s late`,
    inject: { delayMs: slowAnswerMs },
    expected: { outcome: duplicate, attempts: 2 },
    except: { resend: { outcome: replayed, attempts: 2 } },
  },
  {
    fault: 'connection dropped mid-request',
    smtp: 'closes the connection after DATA, without a reply',
    inject: { drop: true },
    expected: delivered(2),
  },
  {
    fault: 'non-JSON success body',
    smtp: 'answers DATA with a line that is not an SMTP reply (`<html>OK</html>`) and closes',
    inject: { nonJson: true, status: 200, body: '<html>OK</html>' },
    expected: delivered(2),
  },
  {
    fault: 'connection refused',
    smtp: 'the same: nothing listens on the port',
    inject: 'refused',
    expected: failed('network', 3),
  },
  {
    fault: 'TLS: self-signed certificate',
    smtp: 'the same, with TLS from the first byte (`secure: true`)',
    inject: 'self-signed',
    expected: failed('network', 3),
  },
  {
    fault: 'DNS: unknown host',
    smtp: 'the same',
    inject: 'unknown host',
    expected: failed('network', 3),
  },
  {
    fault: 'wrong API key (401; Resend and SES: 403)',
    smtp: 'wrong password: 535 5.7.8',
    inject: 'wrong key',
    expected: failed('unauthorized', 1),
  },
  {
    fault: '400',
    smtp: '550 5.7.1 (refused)',
    inject: { status: 400, body: body('bad address') },
    expected: failed('provider_rejected', 1),
  },
  {
    fault: 'SMTP 421 (service shutting down)',
    smtp: '421 4.3.2 at the end of DATA',
    inject: { smtpOnly: { reply: 421, text: '4.3.2 Service shutting down' } },
    expected: delivered(2),
  },
  {
    fault: `SMTP greeting ${slowAnswerMs / 1000} s late`,
    smtp: 'holds back the greeting of the first connection',
    inject: { smtpOnly: { greetingDelayMs: slowAnswerMs } },
    expected: delivered(2),
  },
];

/** Whether `fault` applies to `provider`: SMTP's own faults apply to SMTP only. */
const applies = ({ inject }: FaultCase, provider: ProviderName) =>
  !(typeof inject === 'object' && 'smtpOnly' in inject) || provider === 'smtp';

const rows: FaultRow[] = [];

// Each provider has a fake of its own, so the providers run side by side; within one, the
// faults run one after another, since they share its fake.
describe.concurrent.each(allProviders)('$name with withRetry', ({ name, start }) => {
  let provider: ProviderUnderTest;
  beforeAll(async () => {
    provider = await start();
  });
  afterAll(() => provider.fake.close());

  const applicable = cases.filter((each) => applies(each, name));
  it.sequential.for(applicable)('$fault', async (faultCase, { expect }) => {
    provider.fake.clear();
    const transport = await build(provider, faultCase.inject);
    const settled = await withRetry(transport, policy)
      .send(signInEmail(rows.length))
      .then(
        (receipt) => ({ receipt, error: undefined }),
        (error: unknown) => ({ receipt: undefined, error }),
      );
    let result: Expected;
    if (settled.receipt) {
      const { messageId, attempts = 1 } = settled.receipt;
      expect(acceptedIds(provider.fake).has(messageId)).toBe(true);
      result = {
        outcome: await deliveredOutcome(provider, faultCase, messageId, expect),
        attempts,
      };
    } else {
      expect(settled.error).toBeInstanceOf(AuthmailError);
      const error = settled.error as AuthmailError;
      expect(provider.fake.messages).toHaveLength(0);
      result = { outcome: `${error.code} error`, attempts: error.attempts ?? 1 };
    }
    rows.push({ fault: faultCase.fault, provider: name, ...result });
    expect(result).toEqual(faultCase.except?.[name] ?? faultCase.expected);
  });
});

/** How a delivered send went: once, twice, or after waiting out `Retry-After`. */
async function deliveredOutcome(
  provider: ProviderUnderTest,
  { inject, retryAfterMs }: FaultCase,
  messageId: string,
  expect: ExpectStatic,
): Promise<string> {
  const { fake } = provider;
  if (typeof inject === 'object' && 'delayMs' in inject) {
    // Both attempts reached the fake, which takes a message in when it arrives; the slow
    // answer itself only comes after the 10x margin. Wait for the attempts, never a guess.
    await vi.waitFor(() => expect(fake.requests).toHaveLength(2), waitForSlow);
    if (fake.messages.length > 1) return duplicate;
    // One message: the retry was answered with the slow attempt's own id.
    expect(fake.messages.map(({ id }) => id)).toEqual([messageId]);
    return replayed;
  }
  expect(fake.messages).toHaveLength(1);
  // When each attempt reached the fake (the SMTP fake does not say: SMTP has no Retry-After).
  const [first = Number.NaN, second = Number.NaN] = fake.requests.map((request) =>
    'receivedAt' in request ? request.receivedAt.getTime() : Number.NaN,
  );
  // The backoff alone is at most policy.maxDelayMs, a tenth of the Retry-After.
  if (retryAfterMs !== undefined && second - first >= retryAfterMs) {
    return 'delivered after Retry-After';
  }
  return 'delivered';
}

async function build(provider: ProviderUnderTest, inject: FaultCase['inject']): Promise<Transport> {
  if (inject === 'refused') return provider.transport({ timeoutMs, url: await closedPortUrl() });
  if (inject === 'self-signed') return provider.transport({ timeoutMs, url: await tlsUrl() });
  if (inject === 'unknown host') {
    return provider.transport({ timeoutMs: 30_000, url: 'http://authmail-faults.invalid' });
  }
  if (inject === 'wrong key')
    return provider.transport({ timeoutMs, apiKey: 'wrong-key-0000000000' });
  if (!('smtpOnly' in inject)) provider.fake.fail(inject);
  else if (isSmtp(provider)) provider.fake.fail(inject.smtpOnly);
  else throw new Error(`${provider.name} has no ${JSON.stringify(inject)}`);
  return provider.transport({ timeoutMs });
}

let tls: Promise<SelfSignedServer> | undefined;

/** An https server whose self-signed certificate no client trusts (needs `openssl`); one for all. */
async function tlsUrl(): Promise<string> {
  tls ??= startSelfSignedServer().then((server) => {
    if (typeof server === 'string') throw new Error(server);
    return server;
  });
  return (await tls).url;
}

afterAll(async () => {
  await (await tls)?.close();
  const names = allProviders.map(({ name }) => name);
  const table = renderFaultTable(cases, names, rows);
  const everyCell = names.flatMap((name) => cases.filter((each) => applies(each, name)));
  if (process.env.UPDATE_RELIABILITY_DOC) writeFaultTable(table);
  else if (rows.length === everyCell.length) {
    expect(
      documentedFaultTable(),
      'docs/reliability.md is out of step: run pnpm --filter @authmail/fault-suite report',
    ).toBe(table);
  }
});
