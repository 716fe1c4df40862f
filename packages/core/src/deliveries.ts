import { dictionary, partialRecord } from './shape/collections.js';
import { object } from './shape/object.js';
import { boolean, literal, string } from './shape/primitives.js';
import type { ShapeOutput } from './shape/shape.js';
import { union } from './shape/union.js';
import { optional } from './shape/wrappers.js';
import { usageTypes } from './usage-types.js';

// One description of Logto's delivery config: the mailer and the provider
// config factories check with it directly, and `@authmail/core/schemas`
// builds the public zod schemas from it.

const needsBody =
  'a delivery needs "html" (its own content) or "template" (a template stored at the provider), or "text" with contentType "text/plain"';

const optionalString = optional(string());

/** A delivery with its own content: Logto's raw delivery config. */
export const contentDeliveryShape = object({
  subject: optionalString,
  html: string(),
  text: optionalString,
  replyTo: optionalString,
});

/** A plain-text-only delivery (SendGrid's `text/plain` templates); `contentType` must say so. */
export const plainTextDeliveryShape = object({
  subject: optionalString,
  text: string(),
  contentType: literal('text/plain'),
  replyTo: optionalString,
});

/** A delivery through a template stored at the provider (Mailgun template, SendGrid dynamic template). */
export const templateDeliveryShape = object({
  subject: optionalString,
  template: string({ minLength: 1, tooShort: 'the template name must not be empty' }),
  variables: optional(dictionary()),
  replyTo: optionalString,
  /** Ask the provider for the template version named after the resolved language (Mailgun `t:version`). */
  versionByLanguage: optional(boolean()),
});

/** One usage type's delivery: own content or a provider template. */
export const deliveryShape = union(
  [contentDeliveryShape, templateDeliveryShape, plainTextDeliveryShape],
  (value) => (hasBodyKey(value) ? undefined : needsBody),
);

/** Deliveries keyed by one of `names` (a mailer's usage types), any subset of them. */
export function deliveriesShapeFor<const K extends readonly [string, ...string[]]>(names: K) {
  return partialRecord(names, deliveryShape);
}

/** Logto's `deliveries` config: a delivery per usage type, any subset of them. */
export const deliveriesShape = deliveriesShapeFor(usageTypes);

/** A delivery with its own content. */
export type ContentDelivery = ShapeOutput<typeof contentDeliveryShape>;
/** A plain-text-only delivery. */
export type PlainTextDelivery = ShapeOutput<typeof plainTextDeliveryShape>;
/** A delivery through a provider-side template. */
export type TemplateDelivery = ShapeOutput<typeof templateDeliveryShape>;
/** Either kind of delivery. */
export type Delivery = ShapeOutput<typeof deliveryShape>;
/** Deliveries keyed by usage type. */
export type Deliveries = ShapeOutput<typeof deliveriesShape>;

/** Whether a delivery names a provider-side template. */
export function isTemplateDelivery(delivery: Delivery): delivery is TemplateDelivery {
  return 'template' in delivery;
}

function hasBodyKey(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  return 'html' in input || 'template' in input || 'contentType' in input;
}
