import type { IncomingMessage } from 'node:http';

/** Host names of this machine: the only ones a preview bound to loopback answers to. */
const loopbackNames: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `host` (as `--host` gives it) is this machine only. */
export function isLoopback(host: string): boolean {
  return loopbackNames.has(host) || host === '::1';
}

/**
 * Why a request must be refused, or `undefined`. A preview bound to
 * loopback answers only requests addressed to localhost, so a web page
 * cannot reach it through a DNS name of its own that points at 127.0.0.1;
 * and a request that changes something (a test send) must come from the
 * preview's own page, not another site.
 */
export function requestRefusal(
  request: IncomingMessage,
  loopbackOnly: boolean,
): string | undefined {
  const host = request.headers.host ?? '';
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  if (loopbackOnly && !loopbackNames.has(hostname)) {
    return `the preview answers to localhost only; open it at http://localhost${host.slice(hostname.length)}`;
  }
  const origin = request.headers.origin;
  if (request.method === 'POST' && origin !== undefined && origin !== `http://${host}`) {
    return 'the preview accepts changes from its own page only';
  }
  return undefined;
}
