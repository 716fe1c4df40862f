import { z } from 'zod';
import { checkVariables } from './check-variables.js';
import type {
  CustomUsageTypes,
  NoCustomUsageTypes,
  UsageType,
  UsageTypeDefinition,
} from './usage-types.js';

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

const userNoticeSchema = baseVariablesSchema.extend({
  user: userInfoSchema,
  application: applicationInfoSchema.optional(),
});

/**
 * When something happened: an ISO 8601 date-time with `Z` or an offset
 * (`2026-11-22T14:05:00Z`), as JSON and webhooks carry it; from a `Date`,
 * pass `date.toISOString()`. Built-in templates show it in words of their
 * language, in UTC.
 */
const time = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time with Z or an offset, e.g. 2026-11-22T14:05:00Z',
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
  Welcome: userNoticeSchema,
  PasswordChanged: userNoticeSchema.extend({ time }),
  NewDeviceSignIn: userNoticeSchema.extend({
    time,
    /** The device or browser, e.g. `Firefox on Windows`. */
    device: optionalText,
    /** The IP address the sign-in came from. */
    ip: optionalText,
    /** Where the sign-in came from, e.g. `Berlin, Germany`. */
    location: optionalText,
  }),
} as const satisfies Record<UsageType, z.ZodType>;

/**
 * The variables a usage type's templates receive, inferred from
 * {@link variableSchemas}, or for a usage type of your own from its schema
 * in your {@link CustomUsageTypes} map `C`.
 *
 * @example
 * ```ts
 * const variables: VariablesOf<'OrganizationInvitation'> = {
 *   link: 'https://example.com/invite/abc',
 *   organization: { id: 'org_1', name: 'Acme' },
 * };
 * const invoice: VariablesOf<'Invoice', typeof myUsageTypes> = { amount: '12.00 EUR' };
 * ```
 */
export type VariablesOf<
  T extends UsageType<C>,
  C extends CustomUsageTypes = NoCustomUsageTypes,
> = T extends UsageType
  ? z.input<(typeof variableSchemas)[T]>
  : T extends keyof C
    ? CustomVariables<C[T]>
    : never;

/** The variables of one entry of a {@link CustomUsageTypes} map. */
type CustomVariables<D> =
  D extends UsageTypeDefinition<infer S> ? z.input<S> : D extends z.ZodType ? z.input<D> : never;

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
  return checkVariables(variableSchemas[usageType], usageType, variables) as VariablesOf<T>;
}
