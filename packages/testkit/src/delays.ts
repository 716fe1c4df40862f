/** Delayed answers a fake server is waiting on; see {@link createDelays}. */
export interface Delays {
  /** Resolves after `ms`, or rejects when {@link Delays.cancelAll} runs first. */
  wait(ms: number): Promise<void>;
  /** Abandons every pending wait (the server is closing). */
  cancelAll(): void;
}

/**
 * Keeps the timers of delayed answers in one set, so a server closing can
 * abandon them all, without adding a listener per delay to a shared signal
 * (which, past ten delays in flight, made Node print
 * `MaxListenersExceededWarning`).
 */
export function createDelays(): Delays {
  const pending = new Map<NodeJS.Timeout, (reason: Error) => void>();
  return {
    wait(ms) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(timer);
          resolve();
        }, ms);
        pending.set(timer, reject);
      });
    },
    cancelAll() {
      for (const [timer, reject] of pending) {
        clearTimeout(timer);
        reject(new Error('the fake API closed before the delayed answer'));
      }
      pending.clear();
    },
  };
}
