import { describe, expect, it } from 'vitest';
import { closedPortUrl } from '../closed-port.js';
import { plainEmail } from './cases.js';
import { creationErrorOf, type SuiteContext } from './context.js';
import type { ConformanceFake, ConformanceTransportOptions } from './harness.js';
import { officialUrlSpellings, refusedProviderUrls } from './provider-urls.js';
import { expectSecretFreeError } from './secrets.js';
import { startSelfSignedServer } from './self-signed-server.js';

/** A host that never resolves (RFC 6761 reserves `.invalid`). */
const unknownHost = 'http://authmail-conformance.invalid';

const notHttp = 'the harness has no `http`: the transport does not speak HTTP to a URL';
const noOfficialUrls = 'the harness names no `http.officialUrls`';
const network = { code: 'network', retryable: true } as const;

/**
 * Registers the checks that need an HTTP transport aimed at a URL of the suite's choosing:
 * failures below HTTP are `network`, a URL carrying the key is refused without showing it, and
 * the provider's host rule keeps look-alike hosts out (SSRF). Each is skipped, saying why,
 * when the harness does not provide what it needs.
 */
export function registerHttpChecks<M extends { id: string }, F extends ConformanceFake<M>>(
  context: SuiteContext<M, F>,
): void {
  const { harness, current, received, secrets, expectFailure } = context;
  const http = harness.http;
  const officialUrls = http?.officialUrls ?? [];
  const create = (options: Partial<ConformanceTransportOptions>) =>
    context.createTransport(current().fake, options);
  /** Creating a transport with `options` must throw `invalid_config`, showing no key. */
  const expectRefused = (options: Partial<ConformanceTransportOptions>) => {
    const error = creationErrorOf(() => create(options));
    const message = http?.urlOption
      ? expect.stringMatching(new RegExp(`^${http.urlOption}\\b`))
      : expect.any(String);
    expect(error, JSON.stringify(options.url)).toMatchObject({ code: 'invalid_config', message });
    expectSecretFreeError(error, secrets(), { log: false });
  };

  describe('over HTTP', () => {
    it('maps a refused connection (closed port) to network (retryable), recording nothing', async (test) => {
      if (http === undefined) return test.skip(notHttp);
      const transport = create({ url: await closedPortUrl() });
      const error = await expectFailure(transport.send(plainEmail), transport, network);
      expect((error as Error).message).toContain('ECONNREFUSED');
      expect(received()).toEqual([]);
    });

    it('maps an untrusted (self-signed) TLS certificate to network (retryable), sending nothing', async (test) => {
      if (http === undefined) return test.skip(notHttp);
      const server = await startSelfSignedServer();
      if (typeof server === 'string') return test.skip(server);
      try {
        const transport = create({ url: server.url });
        await expectFailure(transport.send(plainEmail), transport, network);
        expect(server.requests).toBe(0);
      } finally {
        await server.close();
      }
    });

    it('maps an unknown host (DNS) to network (retryable)', async (test) => {
      if (http === undefined) return test.skip(notHttp);
      const transport = create({ url: unknownHost, timeoutMs: 30_000 });
      await expectFailure(transport.send(plainEmail), transport, network);
    }, 45_000);

    it('refuses URLs with credentials, a query or a fragment even when custom URLs are allowed, showing no key', (test) => {
      if (http === undefined) return test.skip(notHttp);
      const { fake } = current();
      const { host } = new URL(fake.url);
      for (const url of [
        `http://api:${fake.apiKey}@${host}`,
        `${fake.url}/?key=${fake.apiKey}`,
        `${fake.url}/#${fake.apiKey}`,
        'javascript:alert(1)',
      ]) {
        expectRefused({ url });
      }
      for (const official of officialUrls) {
        const { host: officialHost } = new URL(official);
        expectRefused({ url: `https://api:${fake.apiKey}@${officialHost}`, allowCustomUrl: false });
        expectRefused({ url: `https://evil.test/?k=${fake.apiKey}`, allowCustomUrl: false });
      }
    });

    it('accepts its own URLs in every spelling without custom URLs allowed', (test) => {
      if (officialUrls.length === 0) return test.skip(http ? noOfficialUrls : notHttp);
      for (const url of officialUrlSpellings(officialUrls)) {
        expect(() => create({ url, allowCustomUrl: false }), url).not.toThrow();
      }
    });

    const refused = [...refusedProviderUrls(officialUrls), ...(http?.refusedUrls ?? [])];
    it.for(refused)('refuses %j without custom URLs allowed (SSRF)', (url, test) => {
      if (officialUrls.length === 0) return test.skip(http ? noOfficialUrls : notHttp);
      expectRefused({ url, allowCustomUrl: false });
    });
  });
}
