import { createServer } from 'node:net';

/**
 * A `http://127.0.0.1:<port>` URL nothing listens on: connecting to it is
 * refused (`ECONNREFUSED`). The port is one the system just handed out and
 * took back, so nothing else is likely to be listening on it.
 *
 * @example
 * ```ts
 * const transport = createMailgunTransport({ apiKey, domain, endpoint: await closedPortUrl(), allowCustomEndpoint: true });
 * ```
 */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
  return `http://127.0.0.1:${port}`;
}
