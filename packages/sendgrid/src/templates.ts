import type { UsageType } from '@authmail/core';
import {
  requireTemplatesFor,
  type ShapeOutput,
  shapes,
  usageTypeShape,
} from '@authmail/core/provider';
import { checkSendGridTemplate } from './config-checks.js';

/** Usage types Logto's SendGrid connector requires a template for. */
export const requiredSendGridUsageTypes: readonly UsageType[] = [
  'Register',
  'SignIn',
  'ForgotPassword',
  'Generic',
];

const templateFields = shapes.object({
  usageType: usageTypeShape,
  type: shapes.oneOf(['text/plain', 'text/html']),
  subject: shapes.string(),
  content: shapes.string(),
  /** Reply-To header (a template), which Logto's connector cannot send. */
  replyTo: shapes.optional(shapes.string()),
  /** Send through this dynamic template (`d-…`) instead of `content`. */
  templateId: shapes.optional(shapes.string()),
});

/** One template of a SendGrid config, as parsed. */
export type SendGridTemplate = ShapeOutput<typeof templateFields>;

/**
 * One template of Logto's SendGrid config, plus authmail's optional `replyTo`
 * and `templateId`. It rejects what the mailer would: a `templateId` that
 * does not start with `d-`, and a `subject`, `content` or `replyTo` that does
 * not compile (the issue names the line and the column).
 */
export const sendGridTemplateShape = shapes.refine(templateFields, checkSendGridTemplate);

/** The templates of a SendGrid config: Register, SignIn, ForgotPassword and Generic are required. */
export const sendGridTemplatesShape = shapes.refine(
  shapes.array(sendGridTemplateShape),
  requireTemplatesFor(requiredSendGridUsageTypes),
);
