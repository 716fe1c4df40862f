/**
 * @authmail/core/schemas: zod schemas of the variables of every usage type
 * and of Logto's delivery config, for code that validates or documents them
 * itself (a webhook's payload, a config form, JSON Schema). They are built
 * from the same descriptions the mailer checks with, so they accept and
 * refuse exactly what the mailer does, with the same messages. This entry
 * loads zod; `@authmail/core` itself never does.
 *
 * @example
 * ```ts
 * import { variableSchemas } from '@authmail/core/schemas';
 * const result = variableSchemas.OrganizationInvitation.safeParse(payload);
 * ```
 *
 * @module
 */

import * as z from 'zod';
import {
  contentDeliveryShape,
  deliveriesShape,
  deliveryShape,
  plainTextDeliveryShape,
  templateDeliveryShape,
} from '../deliveries.js';
import type { ZodOf } from '../shape/shape.js';
import { toZod } from '../shape/to-zod.js';
import { type UsageType, usageTypeShape, usageTypes } from '../usage-types.js';
import {
  applicationInfoShape,
  brandingShape,
  organizationInfoShape,
  userInfoShape,
  userProfileShape,
  variableShapes,
} from '../variables.js';

/** Logo and favicon URLs, as Logto stores an application's or organization's branding. */
export const brandingSchema = toZod(brandingShape, z);
/** The application a user signs in to. Only `id` and `name` are required. */
export const applicationInfoSchema = toZod(applicationInfoShape, z);
/** The organization an email is sent on behalf of. Only `id` and `name` are required. */
export const organizationInfoSchema = toZod(organizationInfoShape, z);
/** A user's OIDC-style profile, every field optional. */
export const userProfileSchema = toZod(userProfileShape, z);
/** The user an email concerns, or the inviter. Only `id` is required. */
export const userInfoSchema = toZod(userInfoShape, z);

/** The zod schema of each usage type's variables. */
export type VariableSchemas = { readonly [T in UsageType]: ZodOf<(typeof variableShapes)[T]> };

/**
 * One zod schema per usage type, checking the variables its templates use.
 *
 * Every schema accepts extra keys (Logto's payload is open) and `locale` / `uiLocales`.
 */
export const variableSchemas = Object.fromEntries(
  usageTypes.map((usageType) => [usageType, toZod(variableShapes[usageType], z)]),
) as VariableSchemas;

/** Zod schema accepting exactly the names in `usageTypes`. */
export const usageTypeSchema = toZod(usageTypeShape, z);

/** A delivery with its own content: Logto's raw delivery config. */
export const contentDeliverySchema = toZod(contentDeliveryShape, z);
/** A plain-text-only delivery (SendGrid's `text/plain` templates); `contentType` must say so. */
export const plainTextDeliverySchema = toZod(plainTextDeliveryShape, z);
/** A delivery through a template stored at the provider (Mailgun template, SendGrid dynamic template). */
export const templateDeliverySchema = toZod(templateDeliveryShape, z);
/** One usage type's delivery: own content or a provider template. */
export const deliverySchema = toZod(deliveryShape, z);

/**
 * Logto's `deliveries` config: a delivery per usage type, any subset of them.
 *
 * @example
 * ```ts
 * deliveriesSchema.parse({
 *   SignIn: { subject: 'Your code', html: '<p>{{code}}</p>' },
 *   Generic: { template: 'auth-code', variables: { product: 'Acme' } },
 * });
 * ```
 */
export const deliveriesSchema = toZod(deliveriesShape, z);
