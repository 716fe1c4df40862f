import { AuthmailError } from '@authmail/core';
import { parseConfig } from '@authmail/core/provider';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeLogtoFailure } from './failure.js';

describe('describeLogtoFailure', () => {
  it('keeps a provider failure’s code and status', () => {
    const error = new AuthmailError('unauthorized', 'Mailgun refused the API key (401)', {
      provider: 'mailgun',
      status: 401,
    });
    expect(describeLogtoFailure(error)).toEqual({
      code: 'unauthorized',
      message: 'Mailgun refused the API key (401)',
      status: 401,
      connectorCode: 'general',
      httpStatus: 500,
      retryAfterSeconds: undefined,
    });
  });

  it('reads an invalid config as path: message lines', () => {
    const schema = z.object({ apiKey: z.string(), from: z.string().min(3) });
    let error: unknown;
    try {
      parseConfig(schema, { from: 'x' }, 'connector config');
    } catch (caught) {
      error = caught;
    }
    expect(describeLogtoFailure(error)).toMatchObject({
      code: 'invalid_config',
      connectorCode: 'invalid_config',
      message:
        'apiKey: Invalid input: expected string, received undefined\nfrom: Too small: expected string to have >=3 characters',
    });
  });

  it('redacts the secrets it is given', () => {
    const error = new AuthmailError('provider_rejected', 'bad key key-4f2a9c in request');
    expect(describeLogtoFailure(error, { secrets: ['key-4f2a9c'] }).message).toBe(
      'bad key [redacted] in request',
    );
  });

  it('says only the fixed sentence about anything else', () => {
    const error = new Error("Cannot find module 'x'\nRequire stack:\n- /srv/app/index.js");
    expect(describeLogtoFailure(error, { unexpectedMessage: 'unexpected error in X' })).toEqual({
      code: 'unexpected',
      message: 'unexpected error in X',
      status: undefined,
      connectorCode: 'general',
      httpStatus: 500,
      retryAfterSeconds: undefined,
    });
  });

  it('rounds Retry-After up to whole seconds', () => {
    const error = new AuthmailError('rate_limited', 'slow down', { retryAfterMs: 100 });
    expect(describeLogtoFailure(error)).toMatchObject({
      connectorCode: 'rate_limit_exceeded',
      httpStatus: 429,
      retryAfterSeconds: 1,
    });
  });
});
