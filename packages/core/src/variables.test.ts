import { describe, expect, it } from 'vitest';
import { AuthmailError } from './errors.js';
import { usageTypeSchema, usageTypes } from './usage-types.js';
import { assertVariables, variableSchemas } from './variables.js';

describe('usage types', () => {
  it("has Logto's nine names", () => {
    expect(usageTypes).toEqual([
      'SignIn',
      'Register',
      'ForgotPassword',
      'Generic',
      'OrganizationInvitation',
      'UserPermissionValidation',
      'BindNewIdentifier',
      'MfaVerification',
      'BindMfa',
    ]);
    expect(usageTypeSchema.safeParse('Test').success).toBe(false);
    expect(Object.keys(variableSchemas).sort()).toEqual([...usageTypes].sort());
  });
});

describe('assertVariables', () => {
  it('rejects an invitation without link, naming the path', () => {
    const attempt = () =>
      assertVariables('OrganizationInvitation', { organization: { id: 'o', name: 'Acme' } });
    expect(attempt).toThrow(AuthmailError);
    expect(attempt).toThrow(/Invalid variables for OrganizationInvitation: link: /);
    try {
      attempt();
    } catch (error) {
      expect((error as AuthmailError).code).toBe('invalid_variables');
    }
  });

  it('names nested paths', () => {
    expect(() => assertVariables('SignIn', { code: '1', application: { id: 'a' } })).toThrow(
      /application\.name: /,
    );
  });

  it("accepts Logto's nullable user fields and extra keys, unchanged", () => {
    const variables = {
      code: '123456',
      user: { id: 'u1', name: null, primaryEmail: null, avatar: null, profile: {} },
      custom: { nested: true },
    };
    expect(assertVariables('BindMfa', variables)).toBe(variables);
  });

  it('requires only identity on the context objects', () => {
    expect(() =>
      assertVariables('Register', {
        code: '1',
        application: { id: 'a', name: 'App' },
        organization: { id: 'o', name: 'Org' },
      }),
    ).not.toThrow();
    expect(() => assertVariables('UserPermissionValidation', { code: '1', user: {} })).toThrow(
      /user\.id/,
    );
  });
});
