import {
  bodiesAroundEveryCut,
  echoOf,
  expectSecretFreeError,
  leakForms,
} from '@authmail/testkit/conformance';
import { describe, expect, it } from 'vitest';
import { sesError, sesSecretForms } from './errors.js';

const secretAccessKey = 'ses-secret-7d41c0ffee9a8b7c6d5e4f3a2b1c0d9e';
const wireForms = sesSecretForms(secretAccessKey);

/** What the AWS SDK rejects with for a named SES error whose message echoes `text`. */
const namedError = (status: number, text: string) =>
  Object.assign(new Error(text), {
    name: 'MessageRejected',
    $fault: 'client',
    $metadata: { httpStatusCode: status, requestId: text },
  });

describe('no cut ever leaves part of the secret: SES messages of every length', () => {
  it('messages of 0 to 2,000 characters, the secret at every offset', () => {
    let checked = 0;
    for (const body of bodiesAroundEveryCut(echoOf(secretAccessKey, wireForms))) {
      for (const status of [400, 500]) {
        const error = sesError(namedError(status, body), [secretAccessKey]);
        expectSecretFreeError(error, leakForms(secretAccessKey, wireForms), { log: false });
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3000);
  });
});

describe('failures below HTTP', () => {
  it.each([
    ['ECONNRESET', 'network'],
    ['ETIMEDOUT', 'timeout'],
  ])('maps %s to %s', (code, expected) => {
    const error = Object.assign(new Error(`socket ${code}`), { code });
    expect(sesError(error, [secretAccessKey])).toMatchObject({ code: expected, retryable: true });
  });

  it('maps the credential chain finding nothing to unauthorized', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    });
    expect(sesError(error, [])).toMatchObject({ code: 'unauthorized', retryable: false });
  });
});
