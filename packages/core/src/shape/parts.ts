import type { Shape } from './shape.js';

/** The shapes each wrapper or union is made of; objects list theirs in `fields`. */
const madeOf = new WeakMap<Shape, readonly Shape[]>();

/**
 * Records that `shape` is made of `parts` (an optional's inner shape, a
 * union's branches) and returns it, for tools that read shapes
 * ({@link shapeParts}); checking never looks here.
 */
export function withParts<S extends Shape>(shape: S, parts: readonly Shape[]): S {
  madeOf.set(shape, parts);
  return shape;
}

/**
 * The shapes `shape` is made of: an `optional` or `nullish` shape's inner
 * shape, a union's branches; none for anything else.
 */
export function shapeParts(shape: Shape): readonly Shape[] {
  return madeOf.get(shape) ?? [];
}
