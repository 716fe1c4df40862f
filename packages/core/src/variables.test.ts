import { describe, expect, it } from 'vitest';
import { AuthmailError } from './errors.js';
import { usageTypeSchema, variableSchemas } from './schemas/index.js';
import { isUsageType, usageTypes } from './usage-types.js';
import { assertVariables, variableShapes } from './variables.js';

describe('usage types', () => {
  it("has Logto's nine names, then the frameworks' and the security notices", () => {
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
      'DeleteAccount',
      'Invite',
      'Welcome',
      'PasswordChanged',
      'NewDeviceSignIn',
      'EmailChanged',
      'PhoneChanged',
      'IdentityLinked',
      'IdentityUnlinked',
      'MfaFactorEnrolled',
      'MfaFactorUnenrolled',
    ]);
    expect(isUsageType('NewDeviceSignIn')).toBe(true);
    expect(isUsageType('Test')).toBe(false);
    expect(usageTypeSchema.safeParse('Test').success).toBe(false);
    expect(Object.keys(variableShapes).sort()).toEqual([...usageTypes].sort());
    expect(Object.keys(variableSchemas).sort()).toEqual([...usageTypes].sort());
  });
});

describe('Welcome, PasswordChanged and NewDeviceSignIn', () => {
  const user = { id: 'u1' };

  it('need the user, and the time for the two security notices', () => {
    expect(() => assertVariables('Welcome', {})).toThrow(/Invalid variables for Welcome: user: /);
    expect(() => assertVariables('PasswordChanged', { user })).toThrow(/time: /);
    expect(() => assertVariables('NewDeviceSignIn', { user })).toThrow(/time: /);
  });

  it('take the time as an ISO 8601 date-time with a zone', () => {
    for (const time of ['2026-11-22T14:05:00Z', '2026-11-22T23:05:00.120+09:00'])
      expect(() => assertVariables('PasswordChanged', { user, time })).not.toThrow();
    for (const time of ['2026-11-22T14:05:00', '22/11/2026', 1_795_000_000_000])
      expect(() => assertVariables('PasswordChanged', { user, time })).toThrow(
        /time: must be an ISO 8601 date-time with Z or an offset/,
      );
  });

  it('take device, ip and location as optional, nullable text', () => {
    const time = '2026-11-22T14:05:00Z';
    const variables = { user, time, device: 'Firefox on Windows', ip: null, location: undefined };
    expect(assertVariables('NewDeviceSignIn', variables)).toBe(variables);
    expect(() => assertVariables('NewDeviceSignIn', { user, time, ip: 7 })).toThrow(/ip: /);
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
