import { withFailover, withRetry } from '@authmail/core';
import { createMailgunTransport } from '@authmail/mailgun';
import { createSendGridTransport } from '@authmail/sendgrid';
import { closedPortUrl, type Fault, startFakeMailgun, startFakeSendGrid } from '@authmail/testkit';
import {
  type ConformanceFake,
  describeTransportConformance,
  neutralFromMailgun,
  neutralFromSendGrid,
} from '@authmail/testkit/conformance';

/**
 * The suite injects each fault once; a retrying wrapper would simply succeed on
 * its second attempt. To check that the wrappers keep every error's code and
 * retryability, faults here persist for every attempt.
 */
function persistentFaults<
  M extends { id: string },
  F extends ConformanceFake<M> & { fail(fault: Fault, options: { times: number }): void },
>(fake: F, attempts: number): F {
  return new Proxy(fake, {
    get(target, property, receiver) {
      if (property === 'fail') return (fault: Fault) => target.fail(fault, { times: attempts });
      return Reflect.get(target, property, receiver);
    },
  });
}

const retry = { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 };
const domain = 'mg.example.com';

describeTransportConformance('withRetry(mailgun)', {
  start: async () =>
    persistentFaults(await startFakeMailgun({ apiKey: 'key-retry', domains: [domain] }), 4),
  createTransport: (fake, { apiKey = fake.apiKey, url = fake.url, timeoutMs, maxInFlight }) =>
    withRetry(
      createMailgunTransport({
        apiKey,
        domain,
        endpoint: url,
        allowCustomEndpoint: true,
        timeoutMs,
        maxInFlight,
      }),
      retry,
    ),
  neutral: neutralFromMailgun,
  http: {},
});

const deadUrl = await closedPortUrl();

describeTransportConformance('withFailover([dead sendgrid, sendgrid])', {
  start: async () => persistentFaults(await startFakeSendGrid({ apiKey: 'SG.failover' }), 4),
  createTransport: (fake, { apiKey = fake.apiKey, url = fake.url, timeoutMs, maxInFlight }) => {
    const options = { apiKey, allowCustomBaseUrl: true, timeoutMs, maxInFlight };
    return withFailover([
      createSendGridTransport({ ...options, baseUrl: deadUrl }),
      withRetry(createSendGridTransport({ ...options, baseUrl: url }), retry),
    ]);
  },
  neutral: neutralFromSendGrid,
  http: {},
});
