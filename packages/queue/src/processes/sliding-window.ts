/**
 * The most timestamps (ms, any order) that fall in one window
 * `[t, t + durationMs)`, over every `t`: what a provider counting requests
 * in a sliding window of `durationMs` would see at its busiest. The busiest
 * window can always be moved to start at a request, so only those starts
 * are tried.
 */
export function busiestWindow(timestamps: readonly number[], durationMs: number): number {
  const sorted = [...timestamps].sort((a, b) => a - b);
  let busiest = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[last] ?? 0) - (sorted[first] ?? 0) >= durationMs) first++;
    busiest = Math.max(busiest, last - first + 1);
  }
  return busiest;
}
