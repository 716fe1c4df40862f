import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AuthmailError, isAuthmailError } from './errors.js';

describe('AuthmailError', () => {
  it('derives retryable from the code', () => {
    expect(new AuthmailError('rate_limited', 'slow down').retryable).toBe(true);
    expect(new AuthmailError('provider_unavailable', '503').retryable).toBe(true);
    expect(new AuthmailError('timeout', 't').retryable).toBe(true);
    expect(new AuthmailError('network', 'n').retryable).toBe(true);
    expect(new AuthmailError('provider_rejected', 'no').retryable).toBe(false);
    expect(new AuthmailError('unauthorized', 'no').retryable).toBe(false);
  });

  it('shows only its documented fields when inspected or serialised', () => {
    const error = new AuthmailError('unauthorized', 'Forbidden', {
      provider: 'mailgun',
      status: 401,
      details: { message: 'Forbidden' },
    });
    Object.assign(error, { cause: { headers: { Authorization: 'Basic c2VjcmV0' } } });
    expect(inspect(error)).not.toContain('c2VjcmV0');
    expect(JSON.stringify(error)).not.toContain('c2VjcmV0');
    expect(inspect(error)).toContain('unauthorized');
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ code: 'unauthorized', status: 401 });
  });

  it('is recognised by code', () => {
    const error = new AuthmailError('timeout', 't');
    expect(isAuthmailError(error, 'timeout', 'network')).toBe(true);
    expect(isAuthmailError(error, 'network')).toBe(false);
    expect(isAuthmailError(new Error('x'))).toBe(false);
  });
});
