import { spawn } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { defaultMaxInFlight } from '@authmail/core/provider';
import { closedPortUrl } from '@authmail/testkit';
import { type Figure, ratio } from './figure.js';
import { benchDir } from './fixture.js';
import { round } from './stats.js';

/** Concurrent sends fired at a provider that accepts connections and never answers. */
const sends = 5_000;
/** The transports' `timeoutMs`: every send ends within it, queue wait included. */
const timeoutMs = 1_500;

/** A TCP server that reads every request and never answers, counting its connections. */
async function startDeadProvider() {
  const sockets = new Set<Socket>();
  let peak = 0;
  let total = 0;
  const server = createServer((socket) => {
    sockets.add(socket);
    total += 1;
    peak = Math.max(peak, sockets.size);
    socket.resume();
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ peak, total }),
    reset: () => {
      peak = sockets.size;
      total = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

// Runs in a fresh process (plain ESM on the built packages, resolved from bench/),
// so its resident memory is the sends' alone.
const childSource = `
import { createMailgunTransport } from '@authmail/mailgun';
import { createSendGridTransport } from '@authmail/sendgrid';
const { provider, url, closedUrl, sends, timeoutMs } = JSON.parse(process.argv[1]);
const build = (target) => provider === 'mailgun'
  ? createMailgunTransport({ apiKey: 'key-dead', domain: 'mg.dead.test', endpoint: target, allowCustomEndpoint: true, timeoutMs })
  : createSendGridTransport({ apiKey: 'SG.dead', baseUrl: target, allowCustomBaseUrl: true, timeoutMs });
const message = { to: 'ann@example.com', from: 'Acme <no-reply@acme.test>', subject: 'Your code', text: 'Code 482913', html: '<p>Code <b>482913</b></p>' };
await build(closedUrl).send(message).catch(() => undefined); // loads every code path first
globalThis.gc(); globalThis.gc();
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
const transport = build(url);
const outcomes = await Promise.allSettled(Array.from({ length: sends }, () => transport.send(message)));
peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(sample);
const codes = {};
for (const outcome of outcomes) {
  const code = outcome.status === 'fulfilled' ? 'delivered' : outcome.reason?.code ?? 'other';
  codes[code] = (codes[code] ?? 0) + 1;
}
process.send({ baseline, peak, codes });
`;

interface ChildReport {
  baseline: number;
  peak: number;
  codes: Record<string, number>;
}

function runSends(provider: string, url: string, closedUrl: string): Promise<ChildReport> {
  const input = JSON.stringify({ provider, url, closedUrl, sends, timeoutMs });
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--input-type=module', '-e', childSource, input],
    {
      cwd: fileURLToPath(benchDir),
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (report) => resolve(report as ChildReport));
    child.once('exit', (code) => reject(new Error(`dead-provider child exited (${code})`)));
  });
}

/**
 * RSS growth and sockets for 5,000 concurrent sends through each provider
 * transport (default `maxInFlight`) while the provider accepts connections
 * and never answers: the growth of the sending process's resident memory
 * over its baseline, and the most connections the provider saw open at once.
 */
export async function deadProviderFigures(): Promise<Figure[]> {
  const server = await startDeadProvider();
  const closedUrl = await closedPortUrl();
  const figures: Figure[] = [];
  try {
    for (const [provider, name] of [
      ['mailgun', 'Mailgun'],
      ['sendgrid', 'SendGrid'],
    ] as const) {
      server.reset();
      const report = await runSends(provider, server.url, closedUrl);
      const { peak, total } = server.counts();
      const growthMb = round((report.peak - report.baseline) / 1024 / 1024);
      const outcomes = Object.entries(report.codes)
        .map(([code, count]) => `${count} ${code}`)
        .join(', ');
      const note = `${sends} sends at once, timeoutMs ${timeoutMs}, maxInFlight ${defaultMaxInFlight}: ${outcomes}; ${total} connections opened in all`;
      figures.push(
        {
          id: `dead.${provider}.rss`,
          group: 'send',
          label: `dead provider, ${name}: RSS growth for ${sends.toLocaleString('en')} concurrent sends`,
          unit: 'MB',
          ours: growthMb,
          peers: {},
          ratios: [ratio('RSS growth in MB', growthMb, { atMost: 100 })],
          note,
        },
        {
          id: `dead.${provider}.sockets`,
          group: 'send',
          label: `dead provider, ${name}: connections open at once`,
          unit: 'sockets',
          ours: peak,
          peers: {},
          ratios: [ratio('peak ÷ maxInFlight', round(peak / defaultMaxInFlight), { atMost: 1 })],
          note,
        },
      );
    }
  } finally {
    await server.close();
  }
  return figures;
}

// `tsx src/dead-provider.ts` measures this figure alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.env.NO_PROXY = '127.0.0.1,localhost';
  process.env.no_proxy = '127.0.0.1,localhost';
  for (const figure of await deadProviderFigures()) {
    process.stdout.write(`${figure.label}: ${figure.ours} ${figure.unit} (${figure.note})\n`);
  }
}
