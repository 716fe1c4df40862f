import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answersPing } from './ping.js';
import { findRedisServer } from './redis-binary.js';
import { type RedisServer, startRedisServer } from './redis-server.js';

/** Sends one inline command and resolves with the first `count` lines of the reply. */
function replyLines(server: RedisServer, command: string, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: server.host, port: server.port });
    let reply = '';
    socket.once('error', reject);
    socket.once('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      const lines = reply.split('\r\n');
      if (lines.length <= count) return;
      socket.destroy();
      resolve(lines.slice(0, count));
    });
  });
}

describe('startRedisServer', () => {
  const started: RedisServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.stop()));
  });

  it('serves on a free loopback port until stopped, then removes its directory', async () => {
    const server = await startRedisServer();
    started.push(server);
    expect(server.url).toBe(`redis://127.0.0.1:${server.port}`);
    // *2, $3, dir, $<length>, <path>
    const folder = (await replyLines(server, 'CONFIG GET dir', 5))[4] ?? '';
    expect(folder).toContain('authmail-redis-');
    expect(existsSync(folder)).toBe(true);
    await server.stop();
    await server.stop();
    expect(await answersPing(server.host, server.port)).toBe(false);
    expect(existsSync(folder)).toBe(false);
  });

  it('keeps acknowledged writes across a restart with persistence on', async () => {
    const server = await startRedisServer({ persistence: true });
    started.push(server);
    expect(await replyLines(server, 'SET greeting hello', 1)).toEqual(['+OK']);
    await server.restart();
    expect(await replyLines(server, 'GET greeting', 2)).toEqual(['$5', 'hello']);
  });

  it('starts empty after a restart without persistence', async () => {
    const server = await startRedisServer();
    started.push(server);
    expect(await replyLines(server, 'SET greeting hello', 1)).toEqual(['+OK']);
    await server.restart();
    expect(await replyLines(server, 'GET greeting', 1)).toEqual(['$-1']);
  });

  it('names the Debian package and .ci/run when redis-server is missing', () => {
    expect(() => findRedisServer(['/nonexistent-folder'])).toThrow(
      /apt-get install redis-server.*\.ci\/run/,
    );
  });
});
