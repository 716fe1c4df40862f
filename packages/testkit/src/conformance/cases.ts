import type { AuthmailErrorCode, OutgoingEmail } from '@authmail/core';
import type { Fault } from '../fault.js';

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
  /** The HTTP status, for failures the provider answered. */
  status?: number;
}

/** A fault the fake injects and the error it must become. */
export interface FaultCase extends ExpectedError {
  title: string;
  fault: Fault;
}

/** An error body both Mailgun (`message`) and SendGrid (`errors[]`) clients read. */
const errorBody = (message: string) => ({
  message,
  errors: [{ message, field: null, help: null }],
});

/** Faults injected into an otherwise good send; none of them may record a message. */
export const faultCases: FaultCase[] = [
  {
    title: '429',
    fault: { status: 429, body: errorBody('Too many requests') },
    code: 'rate_limited',
    retryable: true,
    status: 429,
  },
  {
    title: '500',
    fault: { status: 500, body: errorBody('Internal server error') },
    code: 'provider_unavailable',
    retryable: true,
    status: 500,
  },
  {
    title: '503',
    fault: { status: 503, body: errorBody('Service unavailable') },
    code: 'provider_unavailable',
    retryable: true,
    status: 503,
  },
  {
    title: '400',
    fault: { status: 400, body: errorBody('bad') },
    code: 'provider_rejected',
    retryable: false,
    status: 400,
  },
  { title: 'a dropped connection', fault: { drop: true }, code: 'network', retryable: true },
];
