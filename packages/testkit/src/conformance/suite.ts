import type { Transport } from '@authmail/core';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { registerBatchChecks } from './batch-checks.js';
import { defaultTemplateName } from './cases.js';
import { createSuiteContext, wrongApiKey } from './context.js';
import { registerFaultChecks, registerSlowFaultChecks } from './fault-checks.js';
import type { ConformanceFake, ConformanceHarness } from './harness.js';
import { registerHttpChecks } from './http-checks.js';
import { registerMailerChecks } from './mailer-checks.js';
import { registerMessageChecks } from './message-checks.js';
import { registerPollutionChecks } from './pollution-checks.js';
import { registerReliabilityChecks } from './reliability-checks.js';
import { leakForms, watchConsoleForSecrets } from './secrets.js';

/**
 * Registers, with vitest, the behavioural checks every authmail `Transport` must pass against
 * its fake provider API, so a provider's own conformance file is a harness of a few lines:
 *
 * - wire fields: from, to, subject, text, html, reply-to, tags, headers and the correlation id
 *   arrive; Korean and emoji byte-exact; a provider template with its variables; variables
 *   nested too deep, cyclic or not JSON refused before any request; two transports kept apart;
 * - a batch of 2.5 times the transport's `capabilities.maxBatchRecipients` (core's default
 *   when it declares none) split into requests of the limit, the limit and half of it
 *   (skipped when the transport has no `sendBatch`);
 * - every fault class (4xx, 429, 5xx, non-JSON, no message id, dropped, slow) mapped to the
 *   same `AuthmailError` `code`, `retryable`, `status` and `provider`, through `send` and
 *   `sendBatch`, with nothing recorded;
 * - secrets: answers echoing every form of the key (its Base64 and the fake's
 *   `secretForms`) in bodies and headers, at every length a provider text is cut to, and a wrong key:
 *   no error, and no console line, shows any of them or 10 characters of one in a row;
 * - prototype pollution: variables with own `__proto__`, `constructor` and `prototype` keys
 *   pollute nothing and arrive;
 * - reliability: bad `timeoutMs` / `maxInFlight` / empty keys refused when created, an abort
 *   rejecting with its reason and closing the request, at most `maxInFlight` connections;
 * - through the provider's mailer (`harness.mailer`): hostile variables and a config parsed
 *   from hostile JSON pollute nothing, templates render no function source, a leaking answer
 *   shows no key, a config URL carrying the key is refused;
 * - HTTP only (`harness.http`): a closed port, an untrusted certificate and an unknown host as
 *   `network`; URLs carrying the key refused without showing it; the provider's own URLs
 *   accepted and look-alikes of them refused (SSRF). Skipped, saying why, without `http`.
 *
 * Call it at the top level of a test file; it starts the fake once (`beforeAll`), clears it
 * after each check and closes it at the end. Import it from `@authmail/testkit/conformance`
 * in a vitest test file (vitest runs test files as ES modules).
 *
 * @param name - names the `describe` block, e.g. `'mailgun'`.
 * @param harness - how to start the fake, build the transport and read what arrived.
 *
 * @example
 * ```ts
 * describeTransportConformance('mailgun', {
 *   start: () => startFakeMailgun({ apiKey: 'key-3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e', domains: ['mg.example.com'] }),
 *   createTransport: (_fake, { url, allowCustomUrl: allowCustomEndpoint, ...options }) =>
 *     createMailgunTransport({ ...options, domain: 'mg.example.com', endpoint: url, allowCustomEndpoint }),
 *   neutral: neutralFromMailgun,
 *   http: { officialUrls: ['https://api.mailgun.net', 'https://api.eu.mailgun.net'], urlOption: 'endpoint' },
 * });
 * ```
 */
export function describeTransportConformance<
  M extends { id: string },
  F extends ConformanceFake<M>,
>(name: string, harness: ConformanceHarness<M, F>): void {
  describe(`${name} transport conformance`, () => {
    let started: { fake: F; transport: Transport; secrets: readonly string[] } | undefined;
    const templateName = harness.templateName ?? defaultTemplateName;
    const context = createSuiteContext(name, harness, templateName, () => started);

    beforeAll(async () => {
      const fake = await harness.start();
      const secrets = [fake.apiKey, wrongApiKey].flatMap((key) =>
        leakForms(key, fake.secretForms(key)),
      );
      started = { fake, transport: context.createTransport(fake), secrets };
    });
    afterEach(() => started?.fake.clear());
    afterAll(() => started?.fake.close());
    watchConsoleForSecrets(context.secrets);

    registerMessageChecks(context);
    registerBatchChecks(context);
    registerFaultChecks(context);
    registerPollutionChecks(context);
    registerReliabilityChecks(context);
    registerHttpChecks(context);
    registerMailerChecks(context);
    // Last: a request sent after its deadline may still reach the fake once the check is over.
    registerSlowFaultChecks(context);
  });
}
