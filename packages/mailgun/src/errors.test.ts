import {
  bodiesAroundEveryCut,
  echoOf,
  expectSecretFreeError,
  leakForms,
} from '@authmail/testkit/conformance';
import { describe, expect, it } from 'vitest';
import { mailgunError, missingIdError } from './errors.js';

const apiKey = 'key-secret-7d41c0ffee9a8b7c6d5e4f3a2b1c0d9e';
/** How the key travels to Mailgun: Basic auth `api:<key>`. */
const wireForms = [Buffer.from(`api:${apiKey}`).toString('base64')];
const echo = echoOf(apiKey, wireForms);

/** What mailgun.js rejects with for an answer whose body is not JSON. */
const apiError = (status: number, body: string) => ({
  type: 'MailgunAPIError',
  status,
  message: 'Internal Server Error',
  details: body,
});

describe('no cut ever leaves part of the key: answers of every length', () => {
  it('bodies of 0 to 2,000 characters, the key at every offset', () => {
    let checked = 0;
    for (const body of bodiesAroundEveryCut(echo)) {
      for (const error of [
        mailgunError(apiError(500, body), apiKey),
        mailgunError(new Error(body), apiKey),
        missingIdError({ message: body }, apiKey),
      ]) {
        expectSecretFreeError(error, leakForms(apiKey, wireForms), { log: false });
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3000);
  });
});
