import { describe, expect, it } from 'vitest';
import { codeOrLinkUsageTypes, usageTypes } from '../usage-types.js';
import { assertVariables } from '../variables.js';
import { sampleVariables } from './index.js';

const codeOrLink: ReadonlySet<string> = new Set(codeOrLinkUsageTypes);

describe('sampleVariables', () => {
  it.each(usageTypes)(
    'gives %s variables its own check accepts, with a code or a link',
    (usageType) => {
      for (const proof of ['code', 'link'] as const) {
        const sample = sampleVariables(usageType, { proof });
        expect(() => assertVariables(usageType, sample)).not.toThrow();
        expect(sample).not.toHaveProperty('locale');
        expect(sample).not.toHaveProperty('uiLocales');
      }
    },
  );

  it.each(codeOrLinkUsageTypes)(
    'gives %s a six-digit code by default, a link when asked',
    (usageType) => {
      const withCode: Record<string, unknown> = sampleVariables(usageType);
      expect(withCode.code).toMatch(/^\d{6}$/);
      expect(withCode).not.toHaveProperty('link');
      const withLink: Record<string, unknown> = sampleVariables(usageType, { proof: 'link' });
      expect(withLink.link).toMatch(/^https:\/\//);
      expect(withLink).not.toHaveProperty('code');
    },
  );

  it('gives the link-only usage types their link even when a code is asked for', () => {
    for (const usageType of usageTypes.filter((name) => !codeOrLink.has(name))) {
      const sample: Record<string, unknown> = sampleVariables(usageType);
      expect(sample).not.toHaveProperty('code');
    }
    expect(sampleVariables('OrganizationInvitation').link).toMatch(/^https:\/\//);
    expect(sampleVariables('Invite', { proof: 'code' }).link).toMatch(/^https:\/\//);
  });

  it('fills every variable with a realistic value', () => {
    const signIn = sampleVariables('SignIn');
    expect(signIn.application.name).toBe('Acme Notes');
    expect(signIn.application.branding?.logoUrl).toMatch(/^https:\/\/.+\.png$/);
    expect(signIn.organization?.name).toMatch(/^Acme /);
    expect(signIn.expiresInMinutes).toBe(10);
    expect(sampleVariables('DeleteAccount').user.name).toBe('Ann Lee');
    expect(sampleVariables('OrganizationInvitation').inviter?.name).toBeTruthy();
    const device = sampleVariables('NewDeviceSignIn');
    expect(new Date(device.time).toISOString()).toBe(device.time.replace('Z', '.000Z'));
    expect([device.device, device.ip, device.location]).toEqual([
      'Firefox on Windows',
      '203.0.113.7',
      'Berlin, Germany',
    ]);
    const email = sampleVariables('EmailChanged');
    expect(email.oldEmail).toContain('@');
    expect(email.newEmail).toContain('@');
    expect(email.newEmail).not.toBe(email.oldEmail);
    expect(sampleVariables('PhoneChanged').newPhone).toMatch(/^\+\d/);
    expect(sampleVariables('IdentityLinked').provider).toBe('GitHub');
    expect(sampleVariables('MfaFactorUnenrolled').factorType).toBe('totp');
  });

  it('returns a fresh copy each time', () => {
    const first = sampleVariables('SignIn');
    first.application.name = 'Changed';
    expect(sampleVariables('SignIn').application.name).toBe('Acme Notes');
  });
});
