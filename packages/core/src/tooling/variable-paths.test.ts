import { describe, expect, it } from 'vitest';
import { usageTypes } from '../usage-types.js';
import { assertVariables } from '../variables.js';
import { variablePathsOf } from './index.js';

function known(usageType: Parameters<typeof variablePathsOf>[0]): Map<string, string> {
  return new Map(
    variablePathsOf(usageType).map(({ path, required, kind }) => [
      path,
      `${required ? 'required' : 'optional'} ${kind}`,
    ]),
  );
}

describe('variablePathsOf', () => {
  it('lists roots and nested members of a code-or-link usage type, neither code nor link required', () => {
    const paths = known('SignIn');
    expect(paths.get('code')).toBe('optional value');
    expect(paths.get('link')).toBe('optional value');
    expect(paths.get('application')).toBe('required object');
    expect(paths.get('application.name')).toBe('required value');
    expect(paths.get('application.branding.logoUrl')).toBe('optional value');
    expect(paths.get('organization.name')).toBe('optional value');
    for (const root of ['locale', 'uiLocales', 'expiresInMinutes'])
      expect(paths.has(root)).toBe(true);
    expect(paths.has('inviter')).toBe(false);
  });

  it('marks a link required where the usage type always carries one', () => {
    const paths = known('OrganizationInvitation');
    expect(paths.get('link')).toBe('required value');
    expect(paths.get('inviter.name')).toBe('optional value');
    expect(paths.get('organization.id')).toBe('required value');
    expect(paths.has('code')).toBe(false);
  });

  it('lists a member below an optional parent as optional', () => {
    const paths = known('Invite');
    expect(paths.get('application')).toBe('optional object');
    expect(paths.get('application.id')).toBe('optional value');
  });

  it('agrees with the schema: variables holding just the required paths pass its check', () => {
    for (const usageType of usageTypes) {
      const variables: Record<string, unknown> = {};
      for (const { path, required, kind } of variablePathsOf(usageType)) {
        if (!required) continue;
        const steps = path.split('.');
        let at = variables;
        for (const step of steps.slice(0, -1)) at = at[step] as Record<string, unknown>;
        at[steps.at(-1) ?? ''] = kind === 'object' ? {} : valueFor(path);
      }
      if (!('link' in variables) && !('code' in variables) && known(usageType).has('code')) {
        variables.code = '123456';
      }
      expect(() => assertVariables(usageType, variables), usageType).not.toThrow();
    }
  });
});

function valueFor(path: string): string {
  return path === 'time' ? '2026-11-22T14:05:00Z' : 'x';
}
