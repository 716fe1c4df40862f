import { oneOf } from './shape/primitives.js';
import type { StandardSchemaV1 } from './shape/standard-schema.js';

/**
 * Logto's nine `TemplateType` names. Each of them falls back to `Generic`'s
 * template when its own is missing, as in Logto.
 */
export const logtoUsageTypes = [
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

/**
 * Every kind of authentication email authmail knows: Logto's nine
 * `TemplateType` names, then those the auth frameworks send beyond them
 * (`DeleteAccount` with a code or a link, `Invite` to create an account)
 * and the security notices (`Welcome`, `PasswordChanged`, `NewDeviceSignIn`,
 * `EmailChanged`, `PhoneChanged`, `IdentityLinked`, `IdentityUnlinked`,
 * `MfaFactorEnrolled`, `MfaFactorUnenrolled`). Only Logto's nine fall back
 * to `Generic`. Each has a variable schema and built-in templates; a mailer
 * can add your own with `createMailer({ usageTypes })`.
 */
export const usageTypes = [
  ...logtoUsageTypes,
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
] as const;

/**
 * The usage types that carry a one-time code or, instead, a link (a
 * verification URL, a magic link): their variables need `code` or `link`,
 * and their built-in templates show the code in a box or a button for the link.
 */
export const codeOrLinkUsageTypes = [
  'SignIn',
  'Register',
  'ForgotPassword',
  'Generic',
  'UserPermissionValidation',
  'BindNewIdentifier',
  'MfaVerification',
  'BindMfa',
  'DeleteAccount',
] as const satisfies readonly (typeof usageTypes)[number][];

/** One of {@link codeOrLinkUsageTypes}. */
export type CodeOrLinkUsageType = (typeof codeOrLinkUsageTypes)[number];

/**
 * The schema of the variables of a usage type of your own: any Standard
 * Schema (https://standardschema.dev) that answers at once, such as a zod 4,
 * Valibot or ArkType schema, for an object.
 */
export type VariablesSchema = StandardSchemaV1<Record<string, unknown>, Record<string, unknown>>;

/**
 * A usage type of your own, in full: the schema of its variables and, when
 * it may borrow `Generic`'s template, `fallback: 'Generic'`.
 */
export interface UsageTypeDefinition<S extends VariablesSchema = VariablesSchema> {
  /** Checks the variables of every send; they are sent as given, not as parsed. */
  schema: S;
  /**
   * `'Generic'`: when no template exists for this usage type, use `Generic`'s
   * (store, deliveries, built-ins). Without it, a missing template is
   * `template_not_found`.
   */
  fallback?: 'Generic';
}

/**
 * Usage types of your own, for `createMailer({ usageTypes })`: each name (a
 * letter, then letters, digits or `_`; not a built-in name) maps to the
 * schema of its variables (zod or any other Standard Schema), or to a
 * {@link UsageTypeDefinition}.
 *
 * @example
 * ```ts
 * const myUsageTypes = {
 *   Invoice: z.object({ amount: z.string() }),
 *   LoginApproval: { schema: z.object({ code: z.string() }), fallback: 'Generic' },
 * } satisfies CustomUsageTypes;
 * ```
 */
export type CustomUsageTypes = Record<string, VariablesSchema | UsageTypeDefinition>;

/** No usage types of your own: the default of every type that takes a {@link CustomUsageTypes}. */
export type NoCustomUsageTypes = Record<never, never>;

/**
 * One of {@link usageTypes}; given your {@link CustomUsageTypes} map, also one
 * of its names.
 */
export type UsageType<C extends CustomUsageTypes = NoCustomUsageTypes> =
  | (typeof usageTypes)[number]
  | (keyof C & string);

/** Exactly the names in {@link usageTypes}. */
export const usageTypeShape = oneOf(usageTypes);

/** Whether `value` is one of the built-in names in {@link usageTypes}. */
export function isUsageType(value: unknown): value is UsageType {
  return (usageTypes as readonly unknown[]).includes(value);
}

/** Whether `usageType` is one of Logto's nine, which fall back to `Generic`. */
export function isLogtoUsageType(usageType: string): boolean {
  return (logtoUsageTypes as readonly string[]).includes(usageType);
}
