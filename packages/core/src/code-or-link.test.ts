import { describe, expect, it } from 'vitest';
import { AuthmailError } from './errors.js';
import { variableSchemas } from './schemas/index.js';
import { codeOrLinkUsageTypes } from './usage-types.js';
import { assertVariables } from './variables.js';

const application = { id: 'app', name: 'Acme' };
const user = { id: 'u1' };

/** The message of the error `assertVariables` throws, or `accepted`. */
function verdict(usageType: (typeof codeOrLinkUsageTypes)[number], variables: unknown): string {
  try {
    assertVariables(usageType, variables);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof AuthmailError)) throw error;
    expect(error.code).toBe('invalid_variables');
    return error.message;
  }
}

describe('usage types that carry a code or a link', () => {
  for (const usageType of codeOrLinkUsageTypes) {
    const context = { application, user };
    it(`${usageType} takes a code, a link, or both, and says so when it has neither`, () => {
      expect(verdict(usageType, { ...context, code: '123456' })).toBe('accepted');
      expect(verdict(usageType, { ...context, link: 'https://acme.test/v?t=1' })).toBe('accepted');
      expect(verdict(usageType, { ...context, code: '1', link: 'https://acme.test/v' })).toBe(
        'accepted',
      );
      expect(verdict(usageType, context)).toBe(
        `Invalid variables for ${usageType}: (root): needs a \`code\` (a one-time code) or a \`link\` (a verification or sign-in link)`,
      );
      expect(variableSchemas[usageType].safeParse(context).success).toBe(false);
      expect(variableSchemas[usageType].safeParse({ ...context, link: 'x' }).success).toBe(true);
    });
  }

  it('lists in its details the paths of the closest branch, as its message does', () => {
    try {
      assertVariables('SignIn', { code: '1' });
      expect.unreachable('SignIn without an application was accepted');
    } catch (error) {
      expect((error as AuthmailError).details).toMatchObject({
        issues: [{ path: ['application'], message: expect.stringContaining('expected object') }],
      });
    }
  });

  it('names the field that is wrong, not the union, when a code or link is there', () => {
    expect(verdict('SignIn', { code: '1' })).toBe(
      'Invalid variables for SignIn: application: Invalid input: expected object, received undefined',
    );
    expect(verdict('SignIn', { link: '', application })).toBe(
      'Invalid variables for SignIn: link: the link must not be empty',
    );
    expect(verdict('BindMfa', { code: '', user })).toBe(
      'Invalid variables for BindMfa: code: the code must not be empty',
    );
  });

  it('takes how long the code or link lasts as whole minutes, up to a week', () => {
    expect(verdict('Generic', { code: '1', expiresInMinutes: 60 })).toBe('accepted');
    expect(verdict('Generic', { code: '1', expiresInMinutes: 1.5 })).toMatch(
      /^Invalid variables for Generic: expiresInMinutes: /,
    );
    expect(verdict('Generic', { code: '1', expiresInMinutes: 10_081 })).toMatch(/expiresInMinutes/);
  });
});
