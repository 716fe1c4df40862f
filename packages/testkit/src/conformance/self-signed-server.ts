import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** An https server on 127.0.0.1 whose certificate no client trusts. */
export interface SelfSignedServer {
  /** `https://127.0.0.1:<port>` */
  url: string;
  /** Requests that got through the TLS handshake (none should). */
  readonly requests: number;
  close(): Promise<void>;
}

/**
 * A fresh self-signed certificate for 127.0.0.1, valid for a day, made by the
 * `openssl` command (Node cannot create X.509 certificates), or the reason it
 * could not be made.
 */
export async function selfSignedCertificate(): Promise<{ key: Buffer; cert: Buffer } | string> {
  const dir = await mkdtemp(join(tmpdir(), 'authmail-tls-'));
  try {
    await run(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1'],
        ...['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      ],
      { timeout: 20_000 },
    );
    const [key, cert] = await Promise.all(
      ['key.pem', 'cert.pem'].map((name) => readFile(join(dir, name))),
    );
    return { key: key as Buffer, cert: cert as Buffer };
  } catch (error) {
    return `no self-signed certificate: the openssl command failed (${(error as Error).message.split('\n')[0]})`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Starts an https server on 127.0.0.1 with a self-signed certificate, or
 * returns why it cannot (no `openssl` on the PATH), for the conformance
 * check that a certificate failure is `network` (retryable).
 */
export async function startSelfSignedServer(): Promise<SelfSignedServer | string> {
  const certificate = await selfSignedCertificate();
  if (typeof certificate === 'string') return certificate;
  let requests = 0;
  const server = createServer(certificate, (_request, response) => {
    requests += 1;
    response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
