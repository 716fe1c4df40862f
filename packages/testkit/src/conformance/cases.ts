import type { AuthmailErrorCode, OutgoingEmail } from '@authmail/core';
import type { Fault, JsonValue } from '../fault.js';

/** The template name the suite sends unless the harness names another. */
export const defaultTemplateName = 'd-0123456789abcdef0123456789abcdef';

/** A message with every plain field set; display names on both addresses. */
export const plainEmail: OutgoingEmail = {
  from: 'Acme <no-reply@example.com>',
  to: 'Alice Doe <alice@example.org>',
  subject: 'Your sign-in code',
  text: 'Your code is 123456.',
  html: '<p>Your code is <b>123456</b>.</p>',
};

/** Korean and emoji in the subject, the bodies and a display name. */
export const unicodeEmail: OutgoingEmail = {
  from: 'Acme <no-reply@example.com>',
  to: '김민지 <minji@example.org>',
  subject: '인증 코드 🔐 123456 안내',
  text: '안녕하세요, 민지님 👋 코드: 123456 ✅',
  html: '<p>안녕하세요, 민지님 👋</p><p>코드: <b>123456</b> ✅</p>',
};

/** The error a transport must reject with for one kind of failure. */
export interface ExpectedError {
  code: AuthmailErrorCode;
  retryable: boolean;
  /** The HTTP status, for failures the provider answered (checked for HTTP transports only). */
  status?: number;
}

/** What an answer can echo back: the API key, and every form of it joined (see `echoOf`). */
export interface Leak {
  key: string;
  echo: string;
}

/** A fault the fake injects and the error it must become. */
export interface FaultCase extends ExpectedError {
  title: string;
  /**
   * The fault, echoing the fake's key where a provider or a proxy could; refusals are worded
   * with `errorBody`, the provider's own.
   */
  fault(leak: Leak, errorBody: ErrorBody): Fault;
  /** The transport's `timeoutMs` for this case; the transport's default when absent. */
  timeoutMs?: number;
  /** Whether the fake records the message anyway (a slow answer still delivers). */
  delivers?: boolean;
}

/** The provider's explanation of a refusal, which the error's message keeps. */
export const refusalReason = 'The from address does not match a verified sender';

/**
 * The body of a provider answer refusing a request with `message` (about `field`, if any),
 * worded as the provider's client reads the reason: see `ConformanceHarness.errorBody`.
 */
export type ErrorBody = (message: string, field?: string | null) => JsonValue;

/** The default {@link ErrorBody}: one Mailgun's (`message`) and SendGrid's (`errors[]`) clients both read. */
export const defaultErrorBody: ErrorBody = (message, field = null) => ({
  message,
  errors: [{ message, field, help: message }],
});

/** An error body echoing the key in every member a client reads. */
const keyed = ({ key, echo }: Leak, errorBody: ErrorBody) =>
  errorBody(echo, `personalizations.${key}`);

/**
 * Faults injected into an otherwise good send, each answer echoing every form of the API key
 * wherever a provider or a proxy could: body, error fields, headers. None may record a message
 * (but the slow answer), and no error may show the key.
 */
export const faultCases: readonly FaultCase[] = [
  {
    title: '400 echoing the key',
    fault: (leak, errorBody) => ({ status: 400, body: keyed(leak, errorBody) }),
    code: 'provider_rejected',
    retryable: false,
    status: 400,
  },
  {
    title: '401 echoing the key as text',
    fault: ({ echo }) => ({ status: 401, body: echo }),
    code: 'unauthorized',
    retryable: false,
    status: 401,
  },
  {
    title: '403',
    fault: ({ key }, errorBody) => ({
      status: 403,
      body: errorBody(`Domain not allowed for ${key}`, 'from'),
    }),
    code: 'unauthorized',
    retryable: false,
    status: 403,
  },
  {
    title: '404 echoing the key',
    fault: (leak, errorBody) => ({ status: 404, body: keyed(leak, errorBody) }),
    code: 'provider_rejected',
    retryable: false,
    status: 404,
  },
  {
    title: '413',
    fault: (_leak, errorBody) => ({ status: 413, body: errorBody('request entity too large') }),
    code: 'provider_rejected',
    retryable: false,
    status: 413,
  },
  {
    title: '429 with Retry-After and rate-limit headers echoing the key',
    fault: (leak, errorBody) => ({
      status: 429,
      body: keyed(leak, errorBody),
      headers: {
        'Retry-After': '1',
        'X-RateLimit-Limit': leak.key,
        'X-RateLimit-Reset': leak.echo,
      },
    }),
    code: 'rate_limited',
    retryable: true,
    status: 429,
  },
  {
    title: '500 HTML echoing the key',
    fault: ({ echo }) => ({ status: 500, body: `<html>${echo}</html>` }),
    code: 'provider_unavailable',
    retryable: true,
    status: 500,
  },
  {
    title: '502 without a body',
    fault: () => ({ status: 502 }),
    code: 'provider_unavailable',
    retryable: true,
    status: 502,
  },
  {
    title: '503',
    fault: (leak, errorBody) => ({ status: 503, body: keyed(leak, errorBody) }),
    code: 'provider_unavailable',
    retryable: true,
    status: 503,
  },
  {
    title: 'a non-JSON 500 echoing the key',
    fault: ({ echo }) => ({ nonJson: true, status: 500, body: echo }),
    code: 'provider_unavailable',
    retryable: true,
    status: 500,
  },
  {
    title: 'a non-JSON 200 echoing the key',
    fault: ({ echo }) => ({ nonJson: true, body: `<html>${echo}</html>` }),
    code: 'provider_unavailable',
    retryable: true,
  },
  {
    title: 'a 200 without a message id, echoing the key',
    fault: ({ echo }) => ({ status: 200, body: { message: echo } }),
    code: 'provider_unavailable',
    retryable: true,
  },
  {
    title: 'a dropped connection',
    fault: () => ({ drop: true }),
    code: 'network',
    retryable: true,
  },
  {
    // 50× the timeout: the answer cannot win the race, however loaded the machine.
    title: 'an answer slower than timeoutMs',
    fault: () => ({ delayMs: 5_000 }),
    code: 'timeout',
    retryable: true,
    timeoutMs: 100,
    delivers: true,
  },
];

/** Body lengths around where providers cut the texts they keep (200, 500, 1,000 characters). */
export const cutLengths = [
  0, 150, 199, 200, 201, 250, 480, 499, 500, 501, 520, 999, 1000, 1001, 1500, 2000,
];
