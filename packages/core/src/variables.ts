import { z } from 'zod';
import { describeIssues } from './config.js';
import { AuthmailError } from './errors.js';
import type { UsageType } from './usage-types.js';

const optionalText = z.string().nullish();

/** Logo and favicon URLs, as Logto stores an application's or organization's branding. */
export const brandingSchema = z.looseObject({
  logoUrl: optionalText,
  darkLogoUrl: optionalText,
  favicon: optionalText,
  darkFavicon: optionalText,
});

/** The application a user signs in to. Only `id` and `name` are required. */
export const applicationInfoSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  displayName: optionalText,
  branding: brandingSchema.nullish(),
});

/** The organization an email is sent on behalf of. Only `id` and `name` are required. */
export const organizationInfoSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  branding: brandingSchema.nullish(),
});

const addressSchema = z.looseObject({
  formatted: z.string().optional(),
  streetAddress: z.string().optional(),
  locality: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
});

/** A user's OIDC-style profile, every field optional. */
export const userProfileSchema = z.looseObject({
  familyName: z.string().optional(),
  givenName: z.string().optional(),
  middleName: z.string().optional(),
  nickname: z.string().optional(),
  preferredUsername: z.string().optional(),
  profile: z.string().optional(),
  website: z.string().optional(),
  gender: z.string().optional(),
  birthdate: z.string().optional(),
  zoneinfo: z.string().optional(),
  locale: z.string().optional(),
  address: addressSchema.optional(),
});

/** The user an email concerns, or the inviter. Only `id` is required. */
export const userInfoSchema = z.looseObject({
  id: z.string(),
  avatar: optionalText,
  name: optionalText,
  username: optionalText,
  primaryEmail: optionalText,
  primaryPhone: optionalText,
  profile: userProfileSchema.nullish(),
});

/** Application context, as in Logto's `ApplicationInfo`. */
export type ApplicationInfo = z.input<typeof applicationInfoSchema>;
/** Organization context, as in Logto's `OrganizationInfo`. */
export type OrganizationInfo = z.input<typeof organizationInfoSchema>;
/** User context, as in Logto's `UserInfo`. */
export type UserInfo = z.input<typeof userInfoSchema>;

const baseVariablesSchema = z.looseObject({
  /** The resolved language tag, e.g. `en-US`. */
  locale: z.string().optional(),
  /** The raw OIDC `ui_locales` value, space separated. */
  uiLocales: z.string().optional(),
});

const code = z.string().min(1, 'the code must not be empty');

const applicationCodeSchema = baseVariablesSchema.extend({
  code,
  application: applicationInfoSchema,
  organization: organizationInfoSchema.optional(),
});

const userCodeSchema = baseVariablesSchema.extend({
  code,
  user: userInfoSchema,
  application: applicationInfoSchema.optional(),
});

/**
 * One zod schema per usage type, checking the variables its templates use.
 *
 * Every schema accepts extra keys (Logto's payload is open) and `locale` / `uiLocales`.
 */
export const variableSchemas = {
  SignIn: applicationCodeSchema,
  Register: applicationCodeSchema,
  ForgotPassword: applicationCodeSchema,
  MfaVerification: applicationCodeSchema,
  Generic: baseVariablesSchema.extend({ code }),
  OrganizationInvitation: baseVariablesSchema.extend({
    link: z.string().min(1, 'the link must not be empty'),
    organization: organizationInfoSchema,
    inviter: userInfoSchema.optional(),
  }),
  UserPermissionValidation: userCodeSchema,
  BindNewIdentifier: userCodeSchema,
  BindMfa: userCodeSchema,
} as const satisfies Record<UsageType, z.ZodType>;

/**
 * The variables a usage type's templates receive, inferred from {@link variableSchemas}.
 *
 * @example
 * ```ts
 * const variables: VariablesOf<'OrganizationInvitation'> = {
 *   link: 'https://example.com/invite/abc',
 *   organization: { id: 'org_1', name: 'Acme' },
 * };
 * ```
 */
export type VariablesOf<T extends UsageType> = z.input<(typeof variableSchemas)[T]>;

/** Variables of any usage type: an open record. */
export type TemplateVariables = Record<string, unknown>;

/**
 * Checks `variables` against the usage type's schema.
 *
 * @returns the variables, unchanged (extra keys kept).
 * @throws AuthmailError `invalid_variables`, naming every path that failed.
 */
export function assertVariables<T extends UsageType>(
  usageType: T,
  variables: unknown,
): VariablesOf<T> {
  const result = variableSchemas[usageType].safeParse(variables);
  if (result.success) return variables as VariablesOf<T>;
  const problems = describeIssues(result.error.issues);
  throw new AuthmailError(
    'invalid_variables',
    `Invalid variables for ${usageType}: ${problems.join('; ')}`,
    { details: { usageType, issues: result.error.issues } },
  );
}
