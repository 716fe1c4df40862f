import type { CustomUsageTypes, Mailer } from '@authmail/core';
import type { NoCustomUsageTypes } from '@authmail/core/provider';
import {
  createProviderMailer,
  deliveriesShape,
  type ProviderMailerOptions,
  type ShapeInput,
  type ShapeOutput,
  shapes,
} from '@authmail/core/provider';
import { checkPostmarkConfig } from './config-checks.js';
import { type PostmarkTransportOptions, postmarkTransportOptionsShape } from './options.js';
import { deliveriesFromTemplates, postmarkTemplatesShape } from './templates.js';
import { createPostmarkTransport } from './transport.js';

/**
 * Logto's Postmark connector config, described once: `createPostmarkMailer`
 * checks a config with it, and {@link postmarkConfigSchema} is built from it.
 */
const postmarkConfigShape = shapes.refine(
  shapes.extend(postmarkTransportOptionsShape, {
    fromEmail: shapes.string(),
    templates: postmarkTemplatesShape,
    /** authmail's own deliveries (as in the Mailgun config): they win over `templates`. */
    deliveries: shapes.optional(deliveriesShape),
  }),
  checkPostmarkConfig,
);

/**
 * Logto's Postmark connector config, accepted unchanged (`serverToken`,
 * `fromEmail`, `templates[]` of `{ usageType, templateAlias }`, with
 * Register, SignIn, ForgotPassword and Generic required), plus authmail's
 * optional `baseUrl`, `allowCustomBaseUrl`, `messageStream`, `timeoutMs`,
 * `maxInFlight`, `tracking` and `deliveries` (content of your own for some
 * usage types, winning over their templates). Keys it does not know are
 * dropped, as Logto's own guard drops them, so a stored config with an old
 * key keeps working.
 *
 * It rejects at parse time (when Logto saves a config, `configGuard.safeParse`)
 * everything `createPostmarkMailer` would reject later, with the same checks:
 * the transport's options (a `baseUrl` off `https://api.postmarkapp.com`
 * without `allowCustomBaseUrl`, an empty `serverToken`), a `fromEmail` that is
 * not `address` or `Name <address>`, an empty `templateAlias`, and
 * deliveries that do not compile. Issues name the field by their path and
 * never hold the token.
 *
 * A zod 4 schema, built (and zod loaded) on first use: importing the
 * package costs nothing for it.
 */
export const postmarkConfigSchema = shapes.lazyZodSchema(postmarkConfigShape);

/** Logto's Postmark connector config. */
export type PostmarkConfig = ShapeInput<typeof postmarkConfigShape>;

/**
 * Options of {@link createPostmarkMailer}: `createMailer`'s (your own `usageTypes`
 * included), plus a transport to use instead.
 */
export type PostmarkMailerOptions<C extends CustomUsageTypes = NoCustomUsageTypes> =
  ProviderMailerOptions<C>;

const postmarkMailer = {
  provider: 'Postmark',
  configShape: postmarkConfigShape,
  mailerParts: (config: ShapeOutput<typeof postmarkConfigShape>) => {
    const { fromEmail, templates, deliveries, ...transportOptions } = config;
    return {
      transportOptions,
      from: fromEmail,
      deliveries: { ...deliveriesFromTemplates(templates), ...deliveries },
    };
  },
  createTransport: createPostmarkTransport,
};

/**
 * A mailer from a Logto Postmark connector config: each template sends the
 * Postmark template its `templateAlias` names, with the variables as its
 * `TemplateModel` (Logto's payload), from `fromEmail`.
 *
 * @example
 * ```ts
 * const mailer = createPostmarkMailer(logtoConfig);
 * await mailer.send({ to, usageType: 'SignIn', variables });
 * ```
 * @throws AuthmailError `invalid_config` naming each failing field or the
 * missing usage types, and each option that is not one.
 */
export function createPostmarkMailer<C extends CustomUsageTypes = NoCustomUsageTypes>(
  config: PostmarkConfig,
  options: PostmarkMailerOptions<C> = {},
): Mailer<C> {
  return createProviderMailer<typeof postmarkConfigShape, PostmarkTransportOptions, C>(
    postmarkMailer,
    config,
    options,
  );
}
