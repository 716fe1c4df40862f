import type { Deliveries, Delivery, UsageType } from '@authmail/core';
import {
  requireTemplatesFor,
  type ShapeOutput,
  shapes,
  usageTypeShape,
} from '@authmail/core/provider';
import { checkSesTemplate } from './config-checks.js';

/** Usage types Logto's AWS SES connector requires a template for. */
export const requiredSesUsageTypes: readonly UsageType[] = [
  'Register',
  'SignIn',
  'ForgotPassword',
  'Generic',
];

const templateFields = shapes.object({
  usageType: usageTypeShape,
  subject: shapes.string(),
  /** The HTML body, with `{{code}}` and the other variables. */
  content: shapes.string(),
  /** Reply-To header (a template), which Logto's connector cannot send. */
  replyTo: shapes.optional(shapes.string()),
  /** Send this stored SES template (`CreateEmailTemplate`) instead of `subject` and `content`. */
  templateName: shapes.optional(shapes.string()),
});

/** One template of an SES config, as parsed. */
export type SesTemplate = ShapeOutput<typeof templateFields>;

/**
 * One template of Logto's AWS SES config (`usageType`, `subject`, HTML
 * `content`), plus authmail's optional `replyTo` and `templateName`. It
 * rejects what the mailer would: a `subject`, `content` or `replyTo` that
 * does not compile (the issue names the line and the column).
 */
const sesTemplateShape = shapes.refine(templateFields, checkSesTemplate);

/** The templates of an SES config: Register, SignIn, ForgotPassword and Generic are required. */
export const sesTemplatesShape = shapes.refine(
  shapes.array(sesTemplateShape),
  requireTemplatesFor(requiredSesUsageTypes),
);

/** Logto's SES templates as authmail deliveries; the first template of a usage type wins, as in Logto. */
export function deliveriesFromTemplates(templates: readonly SesTemplate[]): Deliveries {
  const deliveries: Deliveries = {};
  for (const template of templates) {
    deliveries[template.usageType] ??= deliveryFromTemplate(template);
  }
  return deliveries;
}

/** One template as a delivery: a stored SES template (`templateName`), or its HTML `content`. */
export function deliveryFromTemplate(template: SesTemplate): Delivery {
  const replyTo = template.replyTo === undefined ? {} : { replyTo: template.replyTo };
  if (template.templateName) {
    return { template: template.templateName, subject: template.subject, ...replyTo };
  }
  return { subject: template.subject, html: template.content, ...replyTo };
}
