import { AuthmailError, type Transport, withRetry } from '@authmail/core';
import { closedPortUrl, type Fault } from '@authmail/testkit';
import { type SelfSignedServer, startSelfSignedServer } from '@authmail/testkit/conformance';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  documentedFaultTable,
  type FaultRow,
  renderFaultTable,
  writeFaultTable,
} from './fault-table.js';
import {
  acceptedIds,
  mailgunUnderTest,
  type ProviderUnderTest,
  sendGridUnderTest,
  signInEmail,
} from './providers.js';

const policy = { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100 };
const timeoutMs = 1000;
/** Ten times the timeout, so a loaded machine cannot make the slow answer arrive in time. */
const slowAnswerMs = 10 * timeoutMs;
const waitForSlow = { timeout: 3 * slowAnswerMs, interval: 50 };
const body = (message: string) => ({ message, errors: [{ message, field: null, help: null }] });

interface FaultCase {
  fault: string;
  /** What the fake does to the first request, or how the transport is misbuilt. */
  inject: Fault | 'refused' | 'wrong key' | 'self-signed' | 'unknown host';
  expected: { outcome: string; attempts: number };
}

const cases: FaultCase[] = [
  {
    fault: '429 with Retry-After: 1',
    inject: { status: 429, body: body('Too many requests'), headers: { 'Retry-After': '1' } },
    expected: { outcome: 'delivered', attempts: 2 },
  },
  {
    fault: '500',
    inject: { status: 500, body: body('Internal error') },
    expected: { outcome: 'delivered', attempts: 2 },
  },
  {
    fault: '502 (empty body)',
    inject: { status: 502 },
    expected: { outcome: 'delivered', attempts: 2 },
  },
  {
    fault: '503',
    inject: { status: 503, body: body('Service Unavailable') },
    expected: { outcome: 'delivered', attempts: 2 },
  },
  {
    fault: `slow answer (${slowAnswerMs / 1000} s) past the ${timeoutMs} ms timeout`,
    inject: { delayMs: slowAnswerMs },
    expected: {
      outcome: 'delivered; the slow first attempt was delivered too (duplicate)',
      attempts: 2,
    },
  },
  {
    fault: 'connection dropped mid-request',
    inject: { drop: true },
    expected: { outcome: 'delivered', attempts: 2 },
  },
  {
    fault: 'non-JSON success body',
    inject: { nonJson: true, status: 200, body: '<html>OK</html>' },
    expected: { outcome: 'delivered', attempts: 2 },
  },
  {
    fault: 'connection refused',
    inject: 'refused',
    expected: { outcome: 'network error', attempts: 3 },
  },
  {
    fault: 'TLS: self-signed certificate',
    inject: 'self-signed',
    expected: { outcome: 'network error', attempts: 3 },
  },
  {
    fault: 'DNS: unknown host',
    inject: 'unknown host',
    expected: { outcome: 'network error', attempts: 3 },
  },
  {
    fault: '401 (wrong API key)',
    inject: 'wrong key',
    expected: { outcome: 'unauthorized error', attempts: 1 },
  },
  {
    fault: '400',
    inject: { status: 400, body: body('bad address') },
    expected: { outcome: 'provider_rejected error', attempts: 1 },
  },
];

const rows: FaultRow[] = [];

describe.each([
  ['mailgun', mailgunUnderTest],
  ['sendgrid', sendGridUnderTest],
] as const)('%s with withRetry', (_, start) => {
  let provider: ProviderUnderTest;
  beforeAll(async () => {
    provider = await start();
  });
  afterAll(() => provider.fake.close());

  it.each(cases)(
    '$fault → $expected.outcome after $expected.attempts',
    async ({ fault, inject, expected }) => {
      provider.fake.clear();
      const transport = await build(provider, inject);
      const settled = await withRetry(transport, policy)
        .send(signInEmail(rows.length))
        .then(
          (receipt) => ({ receipt, error: undefined }),
          (error: unknown) => ({ receipt: undefined, error }),
        );
      let outcome: string;
      let attempts: number;
      if (settled.receipt) {
        expect(acceptedIds(provider.fake).has(settled.receipt.messageId)).toBe(true);
        // The slow first attempt lands once its delay is over: wait for it, not for a guess.
        const slow = 'delayMs' in (inject as object);
        if (slow)
          await vi.waitFor(() => expect(provider.fake.messages).toHaveLength(2), waitForSlow);
        const duplicates = provider.fake.messages.length > 1;
        outcome = duplicates
          ? 'delivered; the slow first attempt was delivered too (duplicate)'
          : 'delivered';
        attempts = settled.receipt.attempts ?? 1;
      } else {
        expect(settled.error).toBeInstanceOf(AuthmailError);
        const error = settled.error as AuthmailError;
        expect(provider.fake.messages).toHaveLength(0);
        outcome = `${error.code} error`;
        attempts = error.attempts ?? 1;
      }
      rows.push({ fault, provider: provider.name, outcome, attempts });
      expect({ outcome, attempts }).toEqual(expected);
    },
  );
});

async function build(provider: ProviderUnderTest, inject: FaultCase['inject']): Promise<Transport> {
  if (inject === 'refused') return provider.transport({ timeoutMs, url: await closedPortUrl() });
  if (inject === 'self-signed') return provider.transport({ timeoutMs, url: await tlsUrl() });
  if (inject === 'unknown host') {
    return provider.transport({ timeoutMs: 30_000, url: 'http://authmail-faults.invalid' });
  }
  if (inject === 'wrong key')
    return provider.transport({ timeoutMs, apiKey: 'wrong-key-0000000000' });
  provider.fake.fail(inject);
  return provider.transport({ timeoutMs });
}

let tls: SelfSignedServer | undefined;

/** An https server whose self-signed certificate no client trusts (needs `openssl`). */
async function tlsUrl(): Promise<string> {
  if (tls === undefined) {
    const server = await startSelfSignedServer();
    if (typeof server === 'string') throw new Error(server);
    tls = server;
  }
  return tls.url;
}

afterAll(async () => {
  await tls?.close();
  const table = renderFaultTable(rows);
  if (process.env.UPDATE_RELIABILITY_DOC) writeFaultTable(table);
  else if (rows.length === cases.length * 2) {
    expect(
      documentedFaultTable(),
      'docs/reliability.md is out of step: run pnpm --filter @authmail/fault-suite report',
    ).toBe(table);
  }
});
