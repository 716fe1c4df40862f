import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { closedPortUrl } from '../closed-port.js';
import { answersPing } from './ping.js';
import { findRedisServer } from './redis-binary.js';

/** Options of {@link startRedisServer}. */
export interface StartRedisServerOptions {
  /**
   * Keep data on disk in the server's temporary directory: an append-only
   * file written with `appendfsync always`, so every write Redis acknowledged
   * survives {@link RedisServer.restart}. Default `false`: nothing is written
   * to disk and a restart starts empty.
   */
  persistence?: boolean;
}

/** A `redis-server` the test started; see {@link startRedisServer}. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>`, for `connection` options and clients. */
  readonly url: string;
  /** Always `127.0.0.1`. */
  readonly host: string;
  readonly port: number;
  /**
   * Stops the server (SIGTERM, so it writes what it holds; SIGKILL after
   * 10 s) and removes its directory. Safe to call more than once.
   */
  stop(): Promise<void>;
  /**
   * Stops the server as {@link RedisServer.stop} does but keeps its directory,
   * then starts it again on the same port and directory and waits until it
   * answers `PING`. With `persistence`, it comes back with its data.
   */
  restart(): Promise<void>;
}

const host = '127.0.0.1';
/** How long a starting server has to answer PING. */
const startTimeoutMs = 10_000;
/** How long a stopping server has to exit after SIGTERM before it is killed. */
const stopTimeoutMs = 10_000;
/** Tries at a free port: another process can take the port between lookup and listen. */
const portAttempts = 3;
/** How much of the server's output a start failure quotes. */
const outputTailChars = 2000;

/**
 * Starts Debian's `redis-server` on a free port of 127.0.0.1, in a new
 * temporary directory (`--dir`), with no snapshots (`--save ''`) and, with
 * `persistence`, an append-only file fsynced on every write. Resolves once the
 * server answers `PING`. The process is killed and the directory removed if
 * the test process exits without {@link RedisServer.stop}. Nothing connects
 * to a Redis the machine already runs.
 *
 * @example
 * ```ts
 * const redis = await startRedisServer({ persistence: true });
 * // … createQueueTransport({ connection: redis.url }) …
 * await redis.restart(); // acknowledged jobs are still there
 * await redis.stop();
 * ```
 * @throws Error naming `apt-get install redis-server` and `.ci/run` when
 * `redis-server` is not installed, or quoting the server's output when it
 * does not start.
 */
export async function startRedisServer(
  options: StartRedisServerOptions = {},
): Promise<RedisServer> {
  const binary = findRedisServer();
  const dir = await mkdtemp(path.join(tmpdir(), 'authmail-redis-'));
  const persistence = options.persistence === true;
  let child: ChildProcess | undefined;
  const killOnExit = (): void => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  let port = 0;
  try {
    for (let attempt = 1; child === undefined; attempt++) {
      port = Number(new URL(await closedPortUrl()).port);
      child = await launch(binary, serverArguments(port, dir, persistence), attempt < portAttempts);
    }
  } catch (error) {
    process.off('exit', killOnExit);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  let stopped = false;
  const halt = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (running) await terminate(running);
  };
  return {
    url: `redis://${host}:${port}`,
    host,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await halt();
      process.off('exit', killOnExit);
      await rm(dir, { recursive: true, force: true });
    },
    async restart() {
      if (stopped) throw new Error('the Redis server was stopped; start a new one');
      await halt();
      child = await launch(binary, serverArguments(port, dir, persistence), false);
    },
  };
}

function serverArguments(port: number, dir: string, persistence: boolean): string[] {
  const durability = persistence
    ? ['--appendonly', 'yes', '--appendfsync', 'always']
    : ['--appendonly', 'no'];
  return [
    '--port',
    String(port),
    '--bind',
    host,
    '--dir',
    dir,
    '--save',
    '',
    ...durability,
    '--daemonize',
    'no',
    '--logfile',
    '',
  ];
}

/**
 * Spawns the server and waits for its PING. Resolves `undefined` when the
 * port was taken and `portMayBeTaken` allows another try.
 */
async function launch(
  binary: string,
  args: string[],
  portMayBeTaken: boolean,
): Promise<ChildProcess | undefined> {
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-outputTailChars);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let ended: string | undefined;
  child.once('exit', () => {
    ended = 'exited before answering PING';
  });
  child.once('error', (error) => {
    ended = `could not be started (${error.message})`;
  });
  const port = Number(args[args.indexOf('--port') + 1]);
  const deadline = Date.now() + startTimeoutMs;
  while (ended === undefined && Date.now() < deadline) {
    if (await answersPing(host, port)) return child;
    await sleep(20);
  }
  child.kill('SIGKILL');
  if (portMayBeTaken && output.includes('Address already in use')) return undefined;
  const why = ended ?? `did not answer PING within ${startTimeoutMs} ms`;
  throw new Error(`redis-server on port ${port} ${why}. Its output:\n${output}`);
}

/** SIGTERM (Redis flushes its append-only file and exits), then SIGKILL if it hangs. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
  await exit;
  clearTimeout(timer);
}
