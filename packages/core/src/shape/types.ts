// The types a provider package describes its options with, in one place.

export type { ShapeCheck } from './check.js';
export type { Fields, ObjectShape, UnknownKeys, ZodObjectOf } from './object.js';
export type { StringRules } from './primitives.js';
export type {
  CheckContext,
  Shape,
  ShapeInput,
  ShapeIssue,
  ShapeOutput,
  ZodModule,
  ZodOf,
} from './shape.js';
export type { StandardSchemaV1 } from './standard-schema.js';
export type { RefinementIssue } from './wrappers.js';
