import { checkVariables, shapeCheck, type VariablesCheck } from './check-variables.js';
import { extend, type Fields, type ObjectShape, object, type UnknownKeys } from './shape/object.js';
import { isoDateTime, string, wholeNumber } from './shape/primitives.js';
import type { Shape, ShapeInput } from './shape/shape.js';
import type { StandardSchemaV1 } from './shape/standard-schema.js';
import { union } from './shape/union.js';
import { nullish, optional } from './shape/wrappers.js';
import type {
  CustomUsageTypes,
  NoCustomUsageTypes,
  UsageType,
  UsageTypeDefinition,
} from './usage-types.js';

// One description of each usage type's variables: the mailer checks with it
// directly, and `@authmail/core/schemas` builds the public zod schemas from it.

const optionalText = nullish(string());

/** Logo and favicon URLs, as Logto stores an application's or organization's branding. */
export const brandingShape = object(
  {
    logoUrl: optionalText,
    darkLogoUrl: optionalText,
    favicon: optionalText,
    darkFavicon: optionalText,
  },
  'loose',
);

/** The application a user signs in to. Only `id` and `name` are required. */
export const applicationInfoShape = object(
  {
    id: string(),
    name: string(),
    displayName: optionalText,
    branding: nullish(brandingShape),
  },
  'loose',
);

/** The organization an email is sent on behalf of. Only `id` and `name` are required. */
export const organizationInfoShape = object(
  {
    id: string(),
    name: string(),
    branding: nullish(brandingShape),
  },
  'loose',
);

const optionalString = optional(string());

const addressShape = object(
  {
    formatted: optionalString,
    streetAddress: optionalString,
    locality: optionalString,
    region: optionalString,
    postalCode: optionalString,
    country: optionalString,
  },
  'loose',
);

/** A user's OIDC-style profile, every field optional. */
export const userProfileShape = object(
  {
    familyName: optionalString,
    givenName: optionalString,
    middleName: optionalString,
    nickname: optionalString,
    preferredUsername: optionalString,
    profile: optionalString,
    website: optionalString,
    gender: optionalString,
    birthdate: optionalString,
    zoneinfo: optionalString,
    locale: optionalString,
    address: optional(addressShape),
  },
  'loose',
);

/** The user an email concerns, or the inviter. Only `id` is required. */
export const userInfoShape = object(
  {
    id: string(),
    avatar: optionalText,
    name: optionalText,
    username: optionalText,
    primaryEmail: optionalText,
    primaryPhone: optionalText,
    profile: nullish(userProfileShape),
  },
  'loose',
);

/** Application context, as in Logto's `ApplicationInfo`. */
export type ApplicationInfo = ShapeInput<typeof applicationInfoShape>;
/** Organization context, as in Logto's `OrganizationInfo`. */
export type OrganizationInfo = ShapeInput<typeof organizationInfoShape>;
/** User context, as in Logto's `UserInfo`. */
export type UserInfo = ShapeInput<typeof userInfoShape>;

const baseVariables = object(
  {
    /** The resolved language tag, e.g. `en-US`. */
    locale: optionalString,
    /** The raw OIDC `ui_locales` value, space separated. */
    uiLocales: optionalString,
  },
  'loose',
);

const code = string({ minLength: 1, tooShort: 'the code must not be empty' });
const link = string({ minLength: 1, tooShort: 'the link must not be empty' });

/** What a value with neither `code` nor `link` is told. */
function missingCodeAndLink(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code, link } = value as { code?: unknown; link?: unknown };
  return code === undefined && link === undefined
    ? 'needs a `code` (a one-time code) or a `link` (a verification or sign-in link)'
    : undefined;
}

/**
 * `base` carrying a one-time `code` or, instead, a `link` (the frameworks'
 * verification and magic links): at least one of the two, typed as a union
 * so that leaving out both fails to compile. Built-in templates show the
 * code when there is one, else a button for the link.
 */
function codeOrLink<F extends Fields, M extends UnknownKeys>(base: ObjectShape<F, M>) {
  return union(
    [extend(base, { code, link: optional(link) }), extend(base, { link, code: optional(code) })],
    missingCodeAndLink,
  );
}

/** How many minutes a code or link stays valid; built-in templates say 10 when it is left out. */
const expiresInMinutes = optional(wholeNumber({ min: 1, max: 10_080 }));

const codeBase = extend(baseVariables, { expiresInMinutes });

const applicationCode = codeOrLink(
  extend(codeBase, {
    application: applicationInfoShape,
    organization: optional(organizationInfoShape),
  }),
);

const userCode = codeOrLink(
  extend(codeBase, {
    user: userInfoShape,
    application: optional(applicationInfoShape),
  }),
);

const userNotice = extend(baseVariables, {
  user: userInfoShape,
  application: optional(applicationInfoShape),
});

/**
 * When something happened: an ISO 8601 date-time with `Z` or an offset
 * (`2026-11-22T14:05:00Z`), as JSON and webhooks carry it; from a `Date`,
 * pass `date.toISOString()`. Built-in templates show it in words of their
 * language, in UTC.
 */
const time = isoDateTime(
  'must be an ISO 8601 date-time with Z or an offset, e.g. 2026-11-22T14:05:00Z',
);

const timedNotice = extend(userNotice, { time });

/** A sign-in method linked or unlinked: the provider's name, e.g. `Google`. */
const identityNotice = extend(timedNotice, { provider: optionalText });

/** A two-step verification method added or removed: its kind, e.g. `totp` or `phone`. */
const mfaNotice = extend(timedNotice, { factorType: optionalText });

/**
 * The variables of each usage type, described once: the mailer checks them
 * with these, and `variableSchemas` in `@authmail/core/schemas` is built
 * from them.
 *
 * Every shape accepts extra keys (Logto's payload is open) and `locale` / `uiLocales`.
 */
export const variableShapes = {
  SignIn: applicationCode,
  Register: applicationCode,
  ForgotPassword: applicationCode,
  MfaVerification: applicationCode,
  Generic: codeOrLink(codeBase),
  OrganizationInvitation: extend(baseVariables, {
    link,
    organization: organizationInfoShape,
    inviter: optional(userInfoShape),
  }),
  UserPermissionValidation: userCode,
  BindNewIdentifier: userCode,
  BindMfa: userCode,
  DeleteAccount: userCode,
  Invite: extend(baseVariables, {
    link,
    application: optional(applicationInfoShape),
    inviter: optional(userInfoShape),
    expiresInMinutes,
  }),
  Welcome: userNotice,
  PasswordChanged: timedNotice,
  NewDeviceSignIn: extend(timedNotice, {
    /** The device or browser, e.g. `Firefox on Windows`. */
    device: optionalText,
    /** The IP address the sign-in came from. */
    ip: optionalText,
    /** Where the sign-in came from, e.g. `Berlin, Germany`. */
    location: optionalText,
  }),
  EmailChanged: extend(timedNotice, { oldEmail: optionalText, newEmail: optionalText }),
  PhoneChanged: extend(timedNotice, { oldPhone: optionalText, newPhone: optionalText }),
  IdentityLinked: identityNotice,
  IdentityUnlinked: identityNotice,
  MfaFactorEnrolled: mfaNotice,
  MfaFactorUnenrolled: mfaNotice,
} as const satisfies Record<UsageType, Shape>;

/**
 * The variables a usage type's templates receive, inferred from
 * {@link variableShapes}, or for a usage type of your own from its schema
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
  ? ShapeInput<(typeof variableShapes)[T]>
  : T extends keyof C
    ? CustomVariables<C[T]>
    : never;

/** The variables of one entry of a {@link CustomUsageTypes} map. */
type CustomVariables<D> =
  D extends UsageTypeDefinition<infer S>
    ? StandardSchemaV1.InferInput<S>
    : D extends StandardSchemaV1
      ? StandardSchemaV1.InferInput<D>
      : never;

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
  return checkVariables(builtinChecks[usageType], usageType, variables) as VariablesOf<T>;
}

/** The check of each built-in usage type's variables. */
export const builtinChecks = Object.fromEntries(
  Object.entries(variableShapes).map(([usageType, shape]) => [usageType, shapeCheck(shape)]),
) as Record<UsageType, VariablesCheck>;
