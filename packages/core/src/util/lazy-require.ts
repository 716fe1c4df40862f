import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/**
 * A module loaded on first use instead of at import time: html-to-text and
 * negotiator cost more to load than Handlebars does, and many processes never
 * need them (no HTML template without a text part, no Accept-Language).
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= requireFromHere(id) as T;
    return loaded;
  };
}
