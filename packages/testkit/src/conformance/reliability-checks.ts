import type { Transport } from '@authmail/core';
import { expect, it } from 'vitest';
import { plainEmail } from './cases.js';
import type { ConformanceFake, ConformanceHarness } from './harness.js';
import { startSelfSignedServer } from './self-signed-server.js';

/** What the reliability checks need from the suite that registers them. */
export interface ReliabilityContext<M extends { id: string }, F extends ConformanceFake<M>> {
  harness: ConformanceHarness<M, F>;
  /** The started fake and the default transport. */
  current(): { fake: F; transport: Transport };
  /** Awaits a send that must reject with the given retryable code. */
  expectFailure(
    sending: Promise<unknown>,
    transport: Transport,
    expected: { code: 'network' | 'timeout'; retryable: true },
  ): Promise<void>;
}

/** A host that never resolves (RFC 6761 reserves `.invalid`). */
const unknownHost = 'http://authmail-conformance.invalid';

/** What `Number(process.env.X)` and careless arithmetic give. */
const badNumbers = [Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.5, 2 ** 31, 1e21];

/** A status answer held back long enough that only an abort ends the request. */
const hang = { status: 503, body: { message: 'held' }, delayMs: 30_000 } as const;

/**
 * Registers the checks of failures below HTTP and of work in flight: an
 * untrusted certificate and an unknown host are `network`, an abort rejects
 * with the signal's reason and closes the connection, and no more than
 * `maxInFlight` connections are ever open.
 */
export function registerReliabilityChecks<M extends { id: string }, F extends ConformanceFake<M>>(
  context: ReliabilityContext<M, F>,
): void {
  const { harness, current, expectFailure } = context;

  it.each(['timeoutMs', 'maxInFlight'] as const)(
    'refuses NaN, Infinity, negative, zero, fractional and huge %s when created: invalid_config naming it',
    (option) => {
      for (const value of badNumbers) {
        let error: unknown;
        try {
          harness.createTransport(current().fake, { [option]: value });
        } catch (caught) {
          error = caught;
        }
        expect(error, `${option}: ${value}`).toMatchObject({
          name: 'AuthmailError',
          code: 'invalid_config',
          message: expect.stringContaining(option),
        });
      }
    },
  );

  it('maps an untrusted (self-signed) TLS certificate to network (retryable), sending nothing', async (test) => {
    const server = await startSelfSignedServer();
    if (typeof server === 'string') {
      test.skip(server);
      return;
    }
    try {
      const transport = harness.createTransport(current().fake, { url: server.url });
      await expectFailure(transport.send(plainEmail), transport, {
        code: 'network',
        retryable: true,
      });
      expect(server.requests).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('maps an unknown host (DNS) to network (retryable)', async () => {
    const transport = harness.createTransport(current().fake, {
      url: unknownHost,
      timeoutMs: 30_000,
    });
    await expectFailure(transport.send(plainEmail), transport, {
      code: 'network',
      retryable: true,
    });
  }, 45_000);

  it("rejects an abort mid-request with the signal's reason and closes the connection", async (test) => {
    const { fake, transport } = current();
    const requests = fake.requests;
    if (requests === undefined) {
      test.skip('the fake does not record requests');
      return;
    }
    fake.fail(hang);
    const controller = new AbortController();
    const sending = transport.send(plainEmail, { signal: controller.signal });
    await expect.poll(() => requests.length).toBe(1);
    const reason = new Error('the user left');
    controller.abort(reason);
    await expect(sending).rejects.toBe(reason);
    await expect.poll(() => requests[0]?.closedBeforeAnswer).toBe(true);
  });

  it('keeps at most maxInFlight connections open while the provider hangs', async (test) => {
    // A fake of its own: no idle keep-alive connection from the other checks is counted.
    const fake = await harness.start();
    try {
      const { requests, connections } = fake;
      if (requests === undefined || connections === undefined) {
        test.skip('the fake does not count requests and connections');
        return;
      }
      const transport = harness.createTransport(fake, { maxInFlight: 2, timeoutMs: 60_000 });
      for (let index = 0; index < 8; index++) fake.fail(hang);
      const controller = new AbortController();
      const sending = Array.from({ length: 8 }, () =>
        transport.send(plainEmail, { signal: controller.signal }).catch((error: unknown) => error),
      );
      await expect.poll(() => requests.length).toBe(2);
      expect(connections.open).toBeLessThanOrEqual(2);
      const reason = new Error('the user left');
      controller.abort(reason);
      expect(await Promise.all(sending)).toEqual(Array(8).fill(reason));
      expect(requests).toHaveLength(2);
      expect(connections.peak).toBeLessThanOrEqual(2);
    } finally {
      await fake.close();
    }
  });
}
