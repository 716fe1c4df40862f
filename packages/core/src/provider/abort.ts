/** Callbacks waiting on each caller's signal, behind one `abort` listener per signal. */
const waiting = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `listener` once when `signal` aborts, and returns a function that
 * stops waiting. However many sends share one caller's signal, the signal
 * gets a single `abort` listener (so Node never warns of a listener leak);
 * the callbacks hang off it and are dropped as each send finishes.
 */
export function onAbort(signal: AbortSignal, listener: () => void): () => void {
  if (signal.aborted) {
    let wanted = true;
    queueMicrotask(() => wanted && listener());
    return () => {
      wanted = false;
    };
  }
  let listeners = waiting.get(signal);
  if (listeners === undefined) {
    const created = new Set<() => void>();
    listeners = created;
    waiting.set(signal, created);
    signal.addEventListener(
      'abort',
      () => {
        waiting.delete(signal);
        for (const callback of created) callback();
      },
      { once: true },
    );
  }
  const own = () => listener();
  listeners.add(own);
  const current = listeners;
  return () => {
    current.delete(own);
  };
}

/**
 * Settles like `promise`, or rejects with `signal.reason` as soon as the
 * signal aborts, whichever comes first.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const stop = onAbort(signal, () => reject(signal.reason));
    promise.then(
      (value) => {
        stop();
        resolve(value);
      },
      (error: unknown) => {
        stop();
        reject(error);
      },
    );
  });
}
