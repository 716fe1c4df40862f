import { type UsageType, usageTypeSchema } from '@authmail/core';
import { z } from 'zod';
import { checkSendGridTemplate } from './config-checks.js';

/** Usage types Logto's SendGrid connector requires a template for. */
export const requiredSendGridUsageTypes: readonly UsageType[] = [
  'Register',
  'SignIn',
  'ForgotPassword',
  'Generic',
];

const templateShape = z.object({
  usageType: usageTypeSchema,
  type: z.enum(['text/plain', 'text/html']),
  subject: z.string(),
  content: z.string(),
  /** Reply-To header (a template), which Logto's connector cannot send. */
  replyTo: z.string().optional(),
  /** Send through this dynamic template (`d-…`) instead of `content`. */
  templateId: z.string().optional(),
});

/** One template of a SendGrid config, as parsed. */
export type SendGridTemplate = z.output<typeof templateShape>;

/**
 * One template of Logto's SendGrid config, plus authmail's optional `replyTo`
 * and `templateId`. It rejects what the mailer would: a `templateId` that
 * does not start with `d-`, and a `subject`, `content` or `replyTo` that does
 * not compile (the issue names the line and the column).
 */
export const sendGridTemplateSchema = templateShape.superRefine(checkSendGridTemplate);

/** The templates of a SendGrid config: Register, SignIn, ForgotPassword and Generic are required. */
export const sendGridTemplatesSchema = z
  .array(sendGridTemplateSchema)
  .superRefine((templates, context) => {
    const present = new Set(templates.map(({ usageType }) => usageType));
    const missing = requiredSendGridUsageTypes.filter((usageType) => !present.has(usageType));
    if (missing.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `Template with UsageType (${missing.join(', ')}) should be provided!`,
      });
    }
  });
