import type { UsageType } from '../usage-types.js';
import type { VariablesOf } from '../variables.js';
import { variablePathsOf } from './variable-paths.js';

/** Options for {@link sampleVariables}. */
export interface SampleVariablesOptions {
  /**
   * What a usage type that carries a code or a link (SignIn, Register…)
   * gets: a six-digit `code` (default) or a verification `link`. Usage types
   * that need a link (OrganizationInvitation, Invite) get one either way.
   */
  proof?: 'code' | 'link';
}

const application = {
  id: 'app_acme_notes',
  name: 'Acme Notes',
  branding: { logoUrl: 'https://acme.example/logo.png' },
};

/**
 * A realistic value for every variable a built-in usage type lists, by
 * name. A required variable missing here fails the samples' test, so a new
 * variable gets its value when it is added.
 */
const realisticValues: Readonly<Record<string, unknown>> = {
  code: '482913',
  link: 'https://acme.example/auth/verify?token=q7Zr2xVb9LkP',
  expiresInMinutes: 10,
  application,
  organization: { id: 'org_acme_research', name: 'Acme Research' },
  user: {
    id: 'user_ann_lee',
    name: 'Ann Lee',
    username: 'annlee',
    primaryEmail: 'ann.lee@example.com',
  },
  inviter: { id: 'user_ben_ortiz', name: 'Ben Ortiz', primaryEmail: 'ben.ortiz@example.com' },
  time: '2026-11-22T14:05:00Z',
  device: 'Firefox on Windows',
  ip: '203.0.113.7',
  location: 'Berlin, Germany',
  provider: 'GitHub',
  factorType: 'totp',
  oldEmail: 'ann.lee@example.com',
  newEmail: 'ann@lee.example',
  oldPhone: '+49 30 1234567',
  newPhone: '+49 30 7654321',
};

/** Set from the request's language by the mailer: a sample leaves them out. */
const requestVariables: ReadonlySet<string> = new Set(['locale', 'uiLocales']);

/** A usage type that takes a code or a link lists both, neither required: a sample carries one. */
const proofs: ReadonlySet<string> = new Set(['code', 'link']);

/**
 * Realistic variables for a built-in usage type, generated from its schema:
 * every variable the schema lists gets a value a real email would carry
 * (Acme Notes, Ann Lee, a six-digit code, an https logo URL, an ISO time, a
 * device and place…), except `locale` and `uiLocales`, which the mailer
 * sets. Each call returns a fresh copy that passes the usage type's own
 * check. For previews, tests and `authmail check`.
 *
 * @example
 * ```ts
 * import { sampleVariables } from '@authmail/core/tooling';
 * sampleVariables('SignIn').code; // '482913'
 * sampleVariables('SignIn', { proof: 'link' }).link; // 'https://acme.example/auth/verify?…'
 * ```
 */
export function sampleVariables<T extends UsageType>(
  usageType: T,
  options: SampleVariablesOptions = {},
): VariablesOf<T> {
  const proof = options.proof ?? 'code';
  const sample: Record<string, unknown> = {};
  for (const { path: name, required } of variablePathsOf(usageType)) {
    if (name.includes('.') || requestVariables.has(name)) continue;
    if (proofs.has(name) && name !== proof && !required) continue;
    if (!Object.hasOwn(realisticValues, name)) continue;
    sample[name] = structuredClone(realisticValues[name]);
  }
  return sample as VariablesOf<T>;
}
