import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** What `worker.mjs` reads from `AUTHMAIL_WORKER_CONFIG`. */
export interface WorkerConfig {
  redisUrl: string;
  queueName: string;
  /** The fake provider API the worker sends to. */
  provider: { name: 'sendgrid' | 'resend'; url: string; apiKey: string };
  concurrency: number;
  limiter?: { max: number; duration: number };
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** Print a line when each send begins and when the provider accepts it. */
  log: boolean;
}

/** A `worker.mjs` process and what it has printed so far. */
export interface WorkerProcess {
  /** Correlation ids (= job ids) whose send to the provider began. */
  readonly started: ReadonlySet<string>;
  /** Correlation ids the provider accepted. */
  readonly sent: ReadonlySet<string>;
  /** Resolves once the worker takes jobs; rejects if it exits first. */
  readonly ready: Promise<void>;
  /** SIGKILL: no chance to finish anything. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the worker finishes its jobs in flight and exits; rejects unless it exits with 0. */
  stop(): Promise<void>;
}

const script = fileURLToPath(new URL('worker.mjs', import.meta.url));

interface Line {
  event: 'ready' | 'start' | 'sent' | 'closed';
  id?: string;
}

/** The environment of a worker: this one's, without loaders (vitest's, a debugger's). */
function workerEnv(config: WorkerConfig): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _options, ...env } = process.env;
  return { ...env, AUTHMAIL_WORKER_CONFIG: JSON.stringify(config) };
}

/** Starts `worker.mjs` with `process.execPath`, following its JSON lines. */
export function startWorkerProcess(config: WorkerConfig): WorkerProcess {
  const child = spawn(process.execPath, [script], {
    env: workerEnv(config),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // 'close' comes after the last line printed has been read.
  const closed = once(child, 'close');
  const started = new Set<string>();
  const sent = new Set<string>();
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const ready = new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (text) => {
      const line = JSON.parse(text) as Line;
      if (line.event === 'ready') resolve();
      if (line.event === 'start' && line.id) started.add(line.id);
      if (line.event === 'sent' && line.id) sent.add(line.id);
    });
    child.once('exit', (code, signal) =>
      reject(new Error(`worker.mjs exited (${code ?? signal}) before it was ready: ${stderr}`)),
    );
  });
  return {
    started,
    sent,
    ready,
    async kill() {
      child.kill('SIGKILL');
      await closed;
    },
    async stop() {
      child.kill('SIGTERM');
      await closed;
      if (child.exitCode !== 0) {
        throw new Error(`worker.mjs exited (${child.exitCode ?? child.signalCode}): ${stderr}`);
      }
    },
  };
}
