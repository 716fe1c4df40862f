import { expect, it } from 'vitest';
import { plainEmail } from './cases.js';
import { creationErrorOf, type SuiteContext } from './context.js';
import type { ConformanceFake } from './harness.js';

/** What `Number(process.env.X)` and careless arithmetic give. */
const badNumbers = [Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.5, 2 ** 31, 1e21];

/** How long to wait for the fake to see a request (or its end): far longer than it takes on a loaded machine. */
const patience = { timeout: 15_000, interval: 20 };

/** A status answer held back long enough that only an abort ends the request. */
const hang = { status: 503, body: { message: 'held' }, delayMs: 30_000 } as const;

/**
 * Registers the checks of options and of work in flight: bad numbers and an empty key are
 * refused when the transport is created, an abort rejects with the signal's reason and closes
 * the request, and no more than `maxInFlight` connections are ever open.
 */
export function registerReliabilityChecks<M extends { id: string }, F extends ConformanceFake<M>>(
  context: SuiteContext<M, F>,
): void {
  const { harness, createTransport, current } = context;

  it.each(['timeoutMs', 'maxInFlight'] as const)(
    'refuses NaN, Infinity, negative, zero, fractional and huge %s when created: invalid_config naming it',
    (option) => {
      for (const value of badNumbers) {
        const error = creationErrorOf(() => createTransport(current().fake, { [option]: value }));
        expect(error, `${option}: ${value}`).toMatchObject({
          name: 'AuthmailError',
          code: 'invalid_config',
          message: expect.stringContaining(option),
        });
      }
    },
  );

  it('refuses an empty API key when created: invalid_config', () => {
    const error = creationErrorOf(() => createTransport(current().fake, { apiKey: '' }));
    expect(error).toMatchObject({ name: 'AuthmailError', code: 'invalid_config' });
  });

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
    await expect.poll(() => requests.length, patience).toBe(1);
    const reason = new Error('the user left');
    controller.abort(reason);
    await expect(sending).rejects.toBe(reason);
    await expect.poll(() => requests[0]?.closedBeforeAnswer, patience).toBe(true);
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
      const transport = createTransport(fake, { maxInFlight: 2, timeoutMs: 60_000 });
      for (let index = 0; index < 8; index++) fake.fail(hang);
      const controller = new AbortController();
      const sending = Array.from({ length: 8 }, () =>
        transport.send(plainEmail, { signal: controller.signal }).catch((error: unknown) => error),
      );
      await expect.poll(() => requests.length, patience).toBe(2);
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
