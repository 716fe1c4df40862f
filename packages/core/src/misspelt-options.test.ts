import { describe, expect, it } from 'vitest';
import { createMailer } from './mailer/create-mailer.js';
import { createMemoryTransport } from './memory-transport.js';
import { withFailover } from './reliability/failover.js';
import { withRetry } from './reliability/retry.js';

// A misspelt option must fail where it is given, naming the key and the
// option it most likely meant, instead of being ignored.

const transport = createMemoryTransport();
const from = 'Acme <no-reply@acme.test>';

describe.each([
  ['createMailer', () => createMailer({ transport, from, builtin: true } as never), 'builtins'],
  ['createMemoryTransport', () => createMemoryTransport({ nmae: 'x' } as never), 'name'],
  ['withRetry', () => withRetry(transport, { maxAtempts: 2 } as never), 'maxAttempts'],
  ['withFailover', () => withFailover([transport], { coolDownMs: 5 } as never), 'cooldownMs'],
] as const)('%s', (_name, create, meant) => {
  it(`refuses the key, suggesting \`${meant}\``, () => {
    expect(create).toThrow(
      expect.objectContaining({
        name: 'AuthmailError',
        code: 'invalid_config',
        retryable: false,
        message: expect.stringContaining(`not an option; did you mean \`${meant}\`?`),
      }),
    );
  });
});
