import { onAbort } from './abort.js';

/** Gives back a slot taken with {@link Slots.acquire}; calling it twice gives back one slot. */
export type ReleaseSlot = () => void;

/** A bound on work in flight, with a first-come, first-served queue behind it. */
export interface Slots {
  /**
   * Resolves with a release function once a slot is free. Rejects with
   * `signal.reason` when the signal aborts first; the waiter leaves the
   * queue, so an abandoned send never runs.
   */
  acquire(signal: AbortSignal): Promise<ReleaseSlot>;
  /** Slots in use now. */
  readonly inUse: number;
  /** Callers waiting for a slot now. */
  readonly waiting: number;
  /** Grants waiting callers their slots, if `blocked` no longer holds them back. */
  wake(): void;
}

interface Waiter {
  grant(release: ReleaseSlot): void;
}

/**
 * Creates {@link Slots} with `size` slots. While `blocked()` says so (the
 * sockets of finished sends are still closing, say), no slot is granted even
 * when one is free: call `wake()` when that changes.
 */
export function createSlots(size: number, blocked: () => boolean = () => false): Slots {
  let inUse = 0;
  // A Set keeps insertion order and removes a waiter from anywhere in O(1).
  const queue = new Set<Waiter>();

  const grantWaiting = () => {
    while (inUse < size && queue.size > 0 && !blocked()) {
      const next = queue.values().next().value as Waiter;
      queue.delete(next);
      inUse += 1;
      next.grant(releaser());
    }
  };
  const release = () => {
    inUse -= 1;
    grantWaiting();
  };
  const releaser = (): ReleaseSlot => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  return {
    get inUse() {
      return inUse;
    },
    get waiting() {
      return queue.size;
    },
    wake: grantWaiting,
    acquire(signal) {
      if (signal.aborted) return Promise.reject(signal.reason);
      if (inUse < size && queue.size === 0 && !blocked()) {
        inUse += 1;
        return Promise.resolve(releaser());
      }
      return new Promise<ReleaseSlot>((resolve, reject) => {
        const waiter: Waiter = {
          grant: (granted) => {
            stopListening();
            resolve(granted);
          },
        };
        const stopListening = onAbort(signal, () => {
          queue.delete(waiter);
          reject(signal.reason);
        });
        queue.add(waiter);
      });
    },
  };
}
