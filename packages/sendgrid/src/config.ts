import {
  createMailer,
  type Deliveries,
  type Delivery,
  formatAddress,
  type Mailer,
  type MailerOptions,
  parseConfig,
  type Transport,
  type UsageType,
  usageTypeSchema,
} from '@authmail/core';
import { z } from 'zod';
import { assertDynamicTemplateId } from './mail-data.js';
import { sendGridTrackingSchema } from './options.js';
import { createSendGridTransport } from './transport.js';

/** Usage types Logto's SendGrid connector requires a template for. */
export const requiredSendGridUsageTypes: readonly UsageType[] = [
  'Register',
  'SignIn',
  'ForgotPassword',
  'Generic',
];

/** One template of Logto's SendGrid config, plus authmail's optional `replyTo` and `templateId`. */
export const sendGridTemplateSchema = z.object({
  usageType: usageTypeSchema,
  type: z.enum(['text/plain', 'text/html']),
  subject: z.string(),
  content: z.string(),
  /** Reply-To header (a template), which Logto's connector cannot send. */
  replyTo: z.string().optional(),
  /** Send through this dynamic template (`d-…`) instead of `content`. */
  templateId: z.string().optional(),
});

/**
 * Logto's SendGrid connector config, accepted unchanged (`apiKey`,
 * `fromEmail`, `fromName?`, `templates[]`, with Register, SignIn,
 * ForgotPassword and Generic required), plus authmail's optional `replyTo`
 * and `templateId` per template, `baseUrl`, `allowCustomBaseUrl`, `timeoutMs`
 * and `tracking`.
 */
export const sendGridConfigSchema = z.object({
  apiKey: z.string(),
  fromEmail: z.string(),
  fromName: z.string().optional(),
  templates: z.array(sendGridTemplateSchema).superRefine((templates, context) => {
    const present = new Set(templates.map(({ usageType }) => usageType));
    const missing = requiredSendGridUsageTypes.filter((usageType) => !present.has(usageType));
    if (missing.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `Template with UsageType (${missing.join(', ')}) should be provided!`,
      });
    }
  }),
  baseUrl: z.string().optional(),
  allowCustomBaseUrl: z.boolean().optional(),
  timeoutMs: z.number().int().positive().optional(),
  tracking: sendGridTrackingSchema.optional(),
});

/** Logto's SendGrid connector config. */
export type SendGridConfig = z.input<typeof sendGridConfigSchema>;

/** Options of {@link createSendGridMailer}: `createMailer`'s, plus a transport to use instead. */
export type SendGridMailerOptions = Omit<MailerOptions, 'transport' | 'from' | 'deliveries'> & {
  /** Replaces the transport built from the config (to wrap it with retries, or point it elsewhere). */
  transport?: Transport;
};

/**
 * A mailer from a Logto SendGrid connector config: its templates become the
 * deliveries (a `templateId` one sends the dynamic template), the sender is
 * `fromName <fromEmail>`.
 *
 * @throws AuthmailError `invalid_config` naming the field or the missing usage types.
 */
export function createSendGridMailer(
  config: SendGridConfig,
  options: SendGridMailerOptions = {},
): Mailer {
  const parsed = parseConfig(sendGridConfigSchema, config, 'SendGrid config');
  const { transport, ...mailerOptions } = options;
  return createMailer({
    ...mailerOptions,
    transport:
      transport ??
      createSendGridTransport({
        apiKey: parsed.apiKey,
        ...(parsed.baseUrl === undefined ? {} : { baseUrl: parsed.baseUrl }),
        ...(parsed.allowCustomBaseUrl === undefined
          ? {}
          : { allowCustomBaseUrl: parsed.allowCustomBaseUrl }),
        ...(parsed.timeoutMs === undefined ? {} : { timeoutMs: parsed.timeoutMs }),
        ...(parsed.tracking === undefined ? {} : { tracking: parsed.tracking }),
      }),
    from: formatAddress({
      email: parsed.fromEmail,
      ...(parsed.fromName ? { name: parsed.fromName } : {}),
    }),
    deliveries: deliveriesFromTemplates(parsed.templates),
  });
}

/** Logto's SendGrid templates as authmail deliveries; the first template of a usage type wins. */
export function deliveriesFromTemplates(
  templates: z.output<typeof sendGridTemplateSchema>[],
): Deliveries {
  const deliveries: Deliveries = {};
  for (const [index, template] of templates.entries()) {
    if (deliveries[template.usageType]) continue;
    deliveries[template.usageType] = deliveryFromTemplate(template, index);
  }
  return deliveries;
}

function deliveryFromTemplate(
  template: z.output<typeof sendGridTemplateSchema>,
  index: number,
): Delivery {
  const replyTo = template.replyTo === undefined ? {} : { replyTo: template.replyTo };
  if (template.templateId !== undefined) {
    assertDynamicTemplateId(template.templateId, `templates.${index}.templateId`);
    return { template: template.templateId, subject: template.subject, ...replyTo };
  }
  if (template.type === 'text/html')
    return { subject: template.subject, html: template.content, ...replyTo };
  return {
    subject: template.subject,
    text: template.content,
    contentType: 'text/plain',
    ...replyTo,
  };
}
