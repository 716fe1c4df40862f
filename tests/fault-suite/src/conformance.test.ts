import { withFailover, withRetry } from '@authmail/core';
import { createMailgunTransport } from '@authmail/mailgun';
import { createResendTransport } from '@authmail/resend';
import { createSendGridTransport } from '@authmail/sendgrid';
import { createSmtpTransport } from '@authmail/smtp';
import {
  closedPortUrl,
  type Fault,
  startFakeMailgun,
  startFakeResend,
  startFakeSendGrid,
  startFakeSmtp,
} from '@authmail/testkit';
import {
  type ConformanceFake,
  describeTransportConformance,
  neutralFromMailgun,
  neutralFromResend,
  neutralFromSendGrid,
  neutralFromSmtp,
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

// Resend's retries carry the same Idempotency-Key: the wrapper must keep every error as is.
describeTransportConformance('withRetry(resend)', {
  start: async () => persistentFaults(await startFakeResend({ apiKey: 're_retry_0123456789' }), 4),
  createTransport: (_fake, { url: baseUrl, allowCustomUrl: allowCustomBaseUrl, ...options }) =>
    withRetry(createResendTransport({ ...options, baseUrl, allowCustomBaseUrl }), retry),
  neutral: neutralFromResend,
  templateName: 'sign-in-code',
  errorBody: (message) => ({ message }),
  // Resend answers a wrong key 403 invalid_api_key.
  http: { wrongKeyStatus: 403 },
});

const deadPort = Number(new URL(deadUrl).port);

describeTransportConformance('withFailover([dead smtp, smtp])', {
  start: async () => persistentFaults(await startFakeSmtp(), 4),
  createTransport: (fake, { apiKey, url: _url, allowCustomUrl: _allow, ...options }) => {
    const auth = { user: fake.user, pass: apiKey };
    return withFailover([
      createSmtpTransport({ ...options, host: fake.host, port: deadPort, auth }),
      withRetry(createSmtpTransport({ ...options, host: fake.host, port: fake.port, auth }), retry),
    ]);
  },
  neutral: neutralFromSmtp,
  providerTemplates: false,
});
