import {
  bodiesAroundEveryCut,
  echoOf,
  expectSecretFreeError,
  leakForms,
} from '@authmail/testkit/conformance';
import { describe, expect, it } from 'vitest';
import { sendGridError } from './errors.js';

const apiKey = 'SG.secret-7d41c0ffee9a8b7c.6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a';
/** How the key travels to SendGrid: `Authorization: Bearer <key>`. */
const wireForms = [`Bearer ${apiKey}`];

/** What @sendgrid/client rejects with for an answer whose body is not JSON. */
const responseError = (status: number, body: string) => ({
  code: status,
  message: 'Internal Server Error',
  response: { headers: { 'x-ratelimit-limit': body }, body },
});

describe('no cut ever leaves part of the key: answers of every length', () => {
  it('non-JSON bodies and headers of 0 to 2,000 characters, the key at every offset', () => {
    let checked = 0;
    for (const body of bodiesAroundEveryCut(echoOf(apiKey, wireForms))) {
      for (const status of [429, 500]) {
        const error = sendGridError(responseError(status, body), apiKey);
        expectSecretFreeError(error, leakForms(apiKey, wireForms), { log: false });
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3000);
  });
});
