import type { Deliveries, Delivery } from '../deliveries.js';
import { type AuthmailError, isAuthmailError } from '../errors.js';
import { prepareDelivery } from '../mailer/choose-template.js';
import type { RefinementIssue } from '../shape/wrappers.js';

/** Where a failed check's issue goes: a fixed path, or one read from the error. */
export type IssuePath = PropertyKey[] | ((error: AuthmailError) => PropertyKey[]);

/**
 * Runs `check`, one of the checks the factories make at creation, and
 * reports the {@link AuthmailError} it throws as an issue at `where` (in a
 * shape's `refine`), so a config is rejected when it is parsed for what the
 * factory would reject later. A message
 * that starts with the field's name loses it, as the path names the field
 * (`endpoint: must be https on …`).
 *
 * @returns what `check` returned, or `undefined` when it failed.
 */
export function reportThrown<T>(
  report: (issue: RefinementIssue) => void,
  where: IssuePath,
  check: () => T,
): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!isAuthmailError(error)) throw error;
    const path = typeof where === 'function' ? where(error) : where;
    const field = `${path.map(String).join('.')} `;
    const message = error.message.startsWith(field)
      ? error.message.slice(field.length)
      : error.message;
    report({ path, message });
    return undefined;
  }
}

/**
 * Compiles one delivery exactly as `createMailer` does when it is created.
 *
 * @throws AuthmailError `template_syntax` naming `deliveries.<usageType>.<part>`,
 * line and column; `invalid_config` over the template limits.
 */
export function compileDelivery(usageType: string, delivery: Delivery): void {
  prepareDelivery(delivery, `deliveries.${usageType}`);
}

/** The part of a template a `template_syntax` error names (`subject`, `content`, …). */
export function templatePart(error: AuthmailError): string | undefined {
  const template = (error.details as { template?: unknown } | undefined)?.template;
  return typeof template === 'string' ? template.slice(template.lastIndexOf('.') + 1) : undefined;
}

/**
 * Reports, for each of `deliveries`, what `createMailer` would throw when
 * compiling it, at the delivery field the error is about:
 * `deliveries.<usageType>.html` or `.text` for a body (the mailer calls an
 * HTML body `content` and its plain-text part, given or derived, `text`; a
 * plain-text delivery's body is `text`), or the part's own name (`subject`…).
 *
 * @example
 * ```ts
 * reportDeliveryTemplates(config.deliveries, report);
 * ```
 */
export function reportDeliveryTemplates(
  deliveries: Deliveries,
  report: (issue: RefinementIssue) => void,
): void {
  for (const [usageType, delivery] of Object.entries(deliveries)) {
    if (!delivery) continue;
    reportThrown(
      report,
      (error) => ['deliveries', usageType, ...deliveryField(delivery, error)],
      () => compileDelivery(usageType, delivery),
    );
  }
}

/** The delivery field a template error is about (see {@link reportDeliveryTemplates}). */
function deliveryField(delivery: Delivery, error: AuthmailError): string[] {
  const part = templatePart(error);
  if (part === undefined) return [];
  if (part !== 'content' && part !== 'text') return [part];
  const fromHtml = 'html' in delivery && (part === 'content' || delivery.text === undefined);
  return [fromHtml ? 'html' : 'text'];
}

/**
 * A check for a Logto connector's `templates[]` that requires a template for
 * each of `usageTypes`, reported in the words of Logto's own connectors:
 * `Template with UsageType (SignIn, Generic) should be provided!`.
 *
 * @example
 * ```ts
 * const templatesShape = shapes.refine(shapes.array(templateShape), requireTemplatesFor(['SignIn']));
 * ```
 */
export function requireTemplatesFor(
  usageTypes: readonly string[],
): (templates: readonly { usageType: string }[], report: (issue: RefinementIssue) => void) => void {
  return (templates, report) => {
    const present = new Set(templates.map(({ usageType }) => usageType));
    const missing = usageTypes.filter((usageType) => !present.has(usageType));
    if (missing.length > 0) {
      report({ message: `Template with UsageType (${missing.join(', ')}) should be provided!` });
    }
  };
}
