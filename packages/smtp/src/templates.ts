import type { Deliveries, Delivery, UsageType } from '@authmail/core';
import {
  compileDelivery,
  type RefinementIssue,
  reportThrown,
  requireTemplatesFor,
  type ShapeOutput,
  shapes,
  templatePart,
  usageTypeShape,
} from '@authmail/core/provider';

/** Usage types Logto's SMTP connector requires a template for. */
export const requiredSmtpUsageTypes: readonly UsageType[] = [
  'Register',
  'SignIn',
  'ForgotPassword',
  'Generic',
];

const templateFields = shapes.object({
  usageType: usageTypeShape,
  contentType: shapes.oneOf(['text/plain', 'text/html']),
  subject: shapes.string(),
  content: shapes.string(),
});

/** One template of an SMTP config, as parsed. */
export type SmtpTemplate = ShapeOutput<typeof templateFields>;

/** One template as a delivery: its HTML or plain-text `content`, with the config's `replyTo`. */
export function deliveryFromTemplate(template: SmtpTemplate, replyTo?: string): Delivery {
  const common = { subject: template.subject, ...(replyTo === undefined ? {} : { replyTo }) };
  if (template.contentType === 'text/html') return { ...common, html: template.content };
  return { ...common, text: template.content, contentType: 'text/plain' };
}

/** Logto's SMTP templates as authmail deliveries; the first template of a usage type wins. */
export function deliveriesFromTemplates(templates: SmtpTemplate[], replyTo?: string): Deliveries {
  const deliveries: Deliveries = {};
  for (const template of templates) {
    deliveries[template.usageType] ??= deliveryFromTemplate(template, replyTo);
  }
  return deliveries;
}

/** Reports what the mailer would throw for one template: parts that do not compile. */
function checkSmtpTemplate(template: SmtpTemplate, report: (issue: RefinementIssue) => void): void {
  reportThrown(
    report,
    (error) => {
      const part = templatePart(error);
      if (part === undefined) return [];
      return [part === 'text' || part === 'html' ? 'content' : part];
    },
    () => compileDelivery(template.usageType, deliveryFromTemplate(template)),
  );
}

/**
 * The templates of an SMTP config (Logto's `{ usageType, contentType,
 * subject, content }`): Register, SignIn, ForgotPassword and Generic are
 * required, and each template's parts must compile (the issue names the
 * line and the column).
 */
export const smtpTemplatesShape = shapes.refine(
  shapes.array(shapes.refine(templateFields, checkSmtpTemplate)),
  requireTemplatesFor(requiredSmtpUsageTypes),
);
