import { loadZod } from '#lazy-modules';
import type { Shape, ZodModule, ZodOf } from './shape.js';

/** Built schemas by zod module (ESM and CommonJS zod are two), then by shape. */
const built = new WeakMap<ZodModule, WeakMap<Shape, unknown>>();

/**
 * The zod schema equivalent to `shape`: it accepts and rejects what the
 * shape does, with the same messages. Built once per shape and zod module,
 * then reused. Without `z`, zod is loaded now (the first call pays for it).
 *
 * @example
 * ```ts
 * const guard = toZod(mailgunConfigShape);
 * guard.safeParse(config).success;
 * ```
 */
export function toZod<S extends Shape>(shape: S, z: ZodModule = loadZod()): ZodOf<S> {
  let schemas = built.get(z);
  if (schemas === undefined) {
    schemas = new WeakMap();
    built.set(z, schemas);
  }
  let schema = schemas.get(shape);
  if (schema === undefined) {
    schema = shape.build(z);
    schemas.set(shape, schema);
  }
  return schema as ZodOf<S>;
}
