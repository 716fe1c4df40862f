import type { Deliveries, UsageType } from '@authmail/core';
import {
  requireTemplatesFor,
  type ShapeOutput,
  shapes,
  usageTypeShape,
} from '@authmail/core/provider';

/** Usage types Logto's Postmark connector requires a template for. */
export const requiredPostmarkUsageTypes: readonly UsageType[] = [
  'Register',
  'SignIn',
  'ForgotPassword',
  'Generic',
];

const templateFields = shapes.object({
  usageType: usageTypeShape,
  /** The alias (or numeric id) of a template stored at Postmark. */
  templateAlias: shapes.string({ minLength: 1, tooShort: 'the template alias must not be empty' }),
});

/** One template of a Postmark config, as parsed. */
export type PostmarkTemplate = ShapeOutput<typeof templateFields>;

/** The templates of a Postmark config: Register, SignIn, ForgotPassword and Generic are required. */
export const postmarkTemplatesShape = shapes.refine(
  shapes.array(templateFields),
  requireTemplatesFor(requiredPostmarkUsageTypes),
);

/**
 * Logto's Postmark templates as authmail deliveries, each a template stored
 * at Postmark (`template: templateAlias`), sent through `/email/withTemplate`
 * with the variables as its `TemplateModel`, as Logto sends its payload; the
 * first template of a usage type wins.
 */
export function deliveriesFromTemplates(templates: readonly PostmarkTemplate[]): Deliveries {
  const deliveries: Deliveries = {};
  for (const { usageType, templateAlias } of templates) {
    deliveries[usageType] ??= { template: templateAlias };
  }
  return deliveries;
}
