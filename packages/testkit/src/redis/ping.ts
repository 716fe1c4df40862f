import { connect } from 'node:net';

/** How long one PING may take before it counts as unanswered. */
const pingTimeoutMs = 1000;

/**
 * Whether a Redis server answers `PING` with `+PONG` on `host:port`, spoken
 * in plain RESP so the harness needs no Redis client.
 */
export function answersPing(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let answer = '';
    const finish = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(pingTimeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) finish(answer.startsWith('+PONG'));
    });
  });
}
