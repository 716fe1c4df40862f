import { z } from 'zod';

/**
 * The nine kinds of authentication email, with Logto's exact `TemplateType` names.
 *
 * `Generic` is the fallback every lookup ends with.
 */
export const usageTypes = [
  'SignIn',
  'Register',
  'ForgotPassword',
  'Generic',
  'OrganizationInvitation',
  'UserPermissionValidation',
  'BindNewIdentifier',
  'MfaVerification',
  'BindMfa',
] as const;

/** One of {@link usageTypes}. */
export type UsageType = (typeof usageTypes)[number];

/** Zod schema accepting exactly the names in {@link usageTypes}. */
export const usageTypeSchema = z.enum(usageTypes);

/** Whether `value` is one of the nine usage type names. */
export function isUsageType(value: unknown): value is UsageType {
  return usageTypeSchema.safeParse(value).success;
}
