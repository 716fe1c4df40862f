import type { Shape, ZodOf } from './shape.js';
import { toZod } from './to-zod.js';

/**
 * The zod schema of `shape` as a value that costs nothing until used: zod
 * is loaded and the schema built on the first property read (`safeParse`,
 * `extend`, `shape`…), and every read after that goes to the built schema.
 * A provider package exports its config schema this way, so importing the
 * package never loads zod.
 *
 * Methods are bound to the built schema, and `instanceof`, `in` and
 * `Object.keys` see it too, so the value works wherever a zod schema does
 * (inside `z.object`, `z.discriminatedUnion`, as Logto's `configGuard`).
 *
 * @example
 * ```ts
 * export const postmarkConfigSchema = lazyZodSchema(postmarkConfigShape);
 * postmarkConfigSchema.safeParse(config); // loads zod now
 * ```
 */
export function lazyZodSchema<S extends Shape>(shape: S): ZodOf<S> {
  let built: object | undefined;
  const schema = (): object => {
    built ??= toZod(shape) as object;
    return built;
  };
  const boundMethods = new Map<PropertyKey, { method: unknown; bound: unknown }>();
  const handler: ProxyHandler<object> = {
    get(_, key) {
      const target = schema();
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      const known = boundMethods.get(key);
      if (known?.method === value) return known.bound;
      const bound: unknown = value.bind(target);
      boundMethods.set(key, { method: value, bound });
      return bound;
    },
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor(_, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      // Reported as configurable: the proxy's own (empty) target must not be bound by it.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
  };
  return new Proxy({}, handler) as ZodOf<S>;
}
