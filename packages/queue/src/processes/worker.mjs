// One mail worker in a process of its own, as a deployment runs it: the
// multi-process tests (and the bench) start several with `process.execPath`.
// Plain ESM on the BUILT package (`@authmail/queue` resolves to this
// package's dist through its own `exports`) and a provider's package.
//
// Configuration: the JSON in AUTHMAIL_WORKER_CONFIG (see `WorkerConfig` in
// worker-process.ts). Output: one JSON line per event on stdout:
//   {"event":"ready"}             the worker is taking jobs
//   {"event":"start","id":"…"}    a job's send to the provider begins
//   {"event":"sent","id":"…"}     the provider accepted it
//   {"event":"closed"}            SIGTERM: jobs in flight finished, none taken since
// (`start` and `sent` only with `"log": true`.) The id is the message's
// correlation id, which is also its job id.
import { startMailWorker } from '@authmail/queue';

const config = JSON.parse(process.env.AUTHMAIL_WORKER_CONFIG ?? '{}');

const print = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function providerTransport({ name, url, apiKey }) {
  const target = { apiKey, baseUrl: url, allowCustomBaseUrl: true };
  if (name === 'sendgrid') {
    const { createSendGridTransport } = await import('@authmail/sendgrid');
    return createSendGridTransport(target);
  }
  if (name === 'resend') {
    const { createResendTransport } = await import('@authmail/resend');
    return createResendTransport(target);
  }
  throw new Error(`AUTHMAIL_WORKER_CONFIG: provider.name must be sendgrid or resend, not ${name}`);
}

/** The provider's transport, printing when each send begins and when it is accepted. */
function logged(transport) {
  return {
    name: transport.name,
    capabilities: transport.capabilities,
    async send(message, options) {
      print({ event: 'start', id: message.correlationId });
      const receipt = await transport.send(message, options);
      print({ event: 'sent', id: message.correlationId });
      return receipt;
    },
  };
}

const provider = await providerTransport(config.provider);
const stop = new AbortController();
process.once('SIGTERM', () => stop.abort());

const worker = await startMailWorker({
  connection: config.redisUrl,
  queueName: config.queueName,
  transport: config.log ? logged(provider) : provider,
  concurrency: config.concurrency,
  ...(config.limiter ? { limiter: config.limiter } : {}),
  ...(config.lockDurationMs ? { lockDurationMs: config.lockDurationMs } : {}),
  ...(config.stalledIntervalMs ? { stalledIntervalMs: config.stalledIntervalMs } : {}),
  signal: stop.signal,
});
print({ event: 'ready' });
await worker.closed;
print({ event: 'closed' });
// The provider transport keeps idle keep-alive sockets: exit rather than wait for them.
process.exit(0);
