import { z } from 'zod';
import { usageTypeSchema } from './usage-types.js';

const needsBody =
  'a delivery needs "html" (its own content) or "template" (a template stored at the provider), or "text" with contentType "text/plain"';

/** A delivery with its own content: Logto's raw delivery config. */
export const contentDeliverySchema = z.object({
  subject: z.string().optional(),
  html: z.string(),
  text: z.string().optional(),
  replyTo: z.string().optional(),
});

/** A plain-text-only delivery (SendGrid's `text/plain` templates); `contentType` must say so. */
export const plainTextDeliverySchema = z.object({
  subject: z.string().optional(),
  text: z.string(),
  contentType: z.literal('text/plain'),
  replyTo: z.string().optional(),
});

/** A delivery through a template stored at the provider (Mailgun template, SendGrid dynamic template). */
export const templateDeliverySchema = z.object({
  subject: z.string().optional(),
  template: z.string().min(1, 'the template name must not be empty'),
  variables: z.record(z.string(), z.unknown()).optional(),
  replyTo: z.string().optional(),
  /** Ask the provider for the template version named after the resolved language (Mailgun `t:version`). */
  versionByLanguage: z.boolean().optional(),
});

/** One usage type's delivery: own content or a provider template. */
export const deliverySchema = z.union(
  [contentDeliverySchema, templateDeliverySchema, plainTextDeliverySchema],
  {
    error: (issue) => (hasBodyKey(issue.input) ? undefined : needsBody),
  },
);

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
export const deliveriesSchema = z.partialRecord(usageTypeSchema, deliverySchema);

/** A delivery with its own content. */
export type ContentDelivery = z.infer<typeof contentDeliverySchema>;
/** A plain-text-only delivery. */
export type PlainTextDelivery = z.infer<typeof plainTextDeliverySchema>;
/** A delivery through a provider-side template. */
export type TemplateDelivery = z.infer<typeof templateDeliverySchema>;
/** Either kind of delivery. */
export type Delivery = z.infer<typeof deliverySchema>;
/** Deliveries keyed by usage type. */
export type Deliveries = z.infer<typeof deliveriesSchema>;

/** Whether a delivery names a provider-side template. */
export function isTemplateDelivery(delivery: Delivery): delivery is TemplateDelivery {
  return 'template' in delivery;
}

function hasBodyKey(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  return 'html' in input || 'template' in input || 'contentType' in input;
}
