import { checkShape, describeShapeIssues, parseOptions } from './check.js';
import { array, dictionary, partialRecord } from './collections.js';
import { lazyZodSchema } from './lazy-schema.js';
import { extend, object } from './object.js';
import {
  anything,
  boolean,
  custom,
  isoDateTime,
  literal,
  oneOf,
  string,
  wholeNumber,
} from './primitives.js';
import { toZod } from './to-zod.js';
import { union } from './union.js';
import { nullish, optional, refine } from './wrappers.js';

/**
 * Shapes, for a provider package to describe its options and config once:
 * `shapes.parseOptions` checks a value with no dependency loaded, and
 * `shapes.lazyZodSchema` gives the equivalent zod schema, built on first use.
 *
 * @example
 * ```ts
 * const optionsShape = shapes.object({
 *   apiKey: shapes.string({ minLength: 1, tooShort: 'the API key must not be empty' }),
 *   ...providerOptionFields,
 * });
 * const options = shapes.parseOptions(optionsShape, given, 'Postmark options');
 * ```
 */
export const shapes = {
  anything,
  array,
  boolean,
  checkShape,
  custom,
  describeShapeIssues,
  dictionary,
  extend,
  isoDateTime,
  lazyZodSchema,
  literal,
  nullish,
  object,
  oneOf,
  optional,
  parseOptions,
  partialRecord,
  refine,
  string,
  toZod,
  union,
  wholeNumber,
} as const;
