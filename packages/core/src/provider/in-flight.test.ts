import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthmailError } from '../errors.js';
import type { OutgoingEmail } from '../transport.js';
import { type HoldingServer, post, startHoldingServer } from './holding-server.js';
import { createProviderTransport, type ProviderClient } from './provider-transport.js';

const message: OutgoingEmail = { to: 'a@b.test', from: 'c@d.test', subject: 's', text: 't' };

let server: HoldingServer;
beforeEach(async () => {
  server = await startHoldingServer();
});
afterEach(() => server.close());

/** A provider client whose `send` makes one real `node:http` request to the server. */
function httpClient(overrides: Partial<ProviderClient<'p', string>> = {}) {
  const calls: string[] = [];
  const client: ProviderClient<'p', string> = {
    name: 'p',
    timeoutMs: 60_000,
    maxBatchRecipients: 1000,
    secrets: [],
    secretForms: (secret) => [secret],
    message: (sent) => sent.to,
    batch: () => 'batch',
    send: (to, { signal, httpAgent }) => {
      calls.push(to);
      return post(`${server.url}/${encodeURIComponent(to)}`, { signal, agent: httpAgent });
    },
    toError: (error) => new AuthmailError('network', String(error), { provider: 'p' }),
    ...overrides,
  };
  return { client, calls };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('createProviderTransport: maxInFlight', () => {
  it('keeps at most maxInFlight requests and connections open; the others wait their turn', async () => {
    const { client } = httpClient({ maxInFlight: 2 });
    const transport = createProviderTransport(client);
    const sending = Array.from({ length: 6 }, (_, index) =>
      transport.send({ ...message, to: `user${index}@b.test` }),
    );
    for (let answered = 0; answered < 6; answered++) {
      await vi.waitFor(() => expect(server.held).toHaveLength(Math.min(6, answered + 2)));
      expect(server.held.length - answered).toBeLessThanOrEqual(2);
      server.held[answered]?.answer(`id-${answered}`);
    }
    const receipts = await Promise.all(sending);
    expect(receipts.map((receipt) => receipt.messageId)).toEqual(
      Array.from({ length: 6 }, (_, index) => `id-${index}`),
    );
    expect(server.held.map((held) => held.path)).toEqual(
      Array.from({ length: 6 }, (_, index) => `/user${index}%40b.test`),
    );
    expect(server.peak).toBeLessThanOrEqual(2);
  });

  it("keeps an abandoned send's slot until its request has ended, when the client cannot cancel", async () => {
    // A client that ignores the signal: the caller is answered at once, but
    // the request, and its socket, live on until the provider answers.
    const { client, calls } = httpClient({ maxInFlight: 1 });
    const send = client.send;
    client.send = (to, context) => send(to, { ...context, signal: new AbortController().signal });
    const transport = createProviderTransport(client);
    const controller = new AbortController();
    const first = transport.send(message, { signal: controller.signal });
    await vi.waitFor(() => expect(server.held).toHaveLength(1));
    const reason = new Error('user left');
    controller.abort(reason);
    await expect(first).rejects.toBe(reason);

    const second = transport.send({ ...message, to: 'second@b.test' });
    await turn();
    expect(calls).toEqual(['a@b.test']);
    server.held[0]?.answer();
    await vi.waitFor(() => expect(server.held).toHaveLength(2));
    server.held[1]?.answer('id-2');
    await expect(second).resolves.toMatchObject({ messageId: 'id-2' });
    expect(server.peak).toBe(1);
  });

  it('cancels the request on abort (the server sees the connection close) and never sends a queued one', async () => {
    const { client, calls } = httpClient({ maxInFlight: 1 });
    const transport = createProviderTransport(client);
    const first = new AbortController();
    const queued = new AbortController();
    const running = transport.send(message, { signal: first.signal });
    const waiting = transport.send({ ...message, to: 'queued@b.test' }, { signal: queued.signal });
    await vi.waitFor(() => expect(server.held).toHaveLength(1));

    const queuedReason = new Error('user left while queued');
    queued.abort(queuedReason);
    await expect(waiting).rejects.toBe(queuedReason);
    const reason = new Error('user left');
    first.abort(reason);
    await expect(running).rejects.toBe(reason);
    await vi.waitFor(() => expect(server.held[0]?.closedByClient).toBe(true));

    // The slot is free again, and the queued send never reached the client.
    const third = transport.send({ ...message, to: 'third@b.test' });
    await vi.waitFor(() => expect(server.held).toHaveLength(2));
    server.held[1]?.answer('id-3');
    await expect(third).resolves.toMatchObject({ messageId: 'id-3' });
    expect(calls).toEqual(['a@b.test', 'third@b.test']);
  });

  it('cancels the request when the deadline passes: a retryable timeout, the connection closed', async () => {
    const { client } = httpClient({ timeoutMs: 100 });
    const transport = createProviderTransport(client);
    await expect(transport.send(message)).rejects.toMatchObject({
      code: 'timeout',
      retryable: true,
      provider: 'p',
    });
    await vi.waitFor(() => expect(server.held[0]?.closedByClient).toBe(true));
  });

  it('times out a send that waited too long for a slot, naming maxInFlight', async () => {
    const { client, calls } = httpClient({ maxInFlight: 1, timeoutMs: 100 });
    const send = client.send;
    client.send = (to, context) => send(to, { ...context, signal: new AbortController().signal });
    const transport = createProviderTransport(client);
    const sending = [transport.send(message), transport.send({ ...message, to: 'late@b.test' })];
    const [first, late] = await Promise.allSettled(sending);
    expect(first).toMatchObject({ status: 'rejected', reason: { code: 'timeout' } });
    expect(late).toMatchObject({
      status: 'rejected',
      reason: { code: 'timeout', retryable: true, details: { queued: true, maxInFlight: 1 } },
    });
    expect(calls).toEqual(['a@b.test']);
    server.held[0]?.answer();
  });
});
