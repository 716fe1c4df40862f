/** The longest expiry an email states: a week, as the usage types allow. */
const maxMinutes = 10_080;

/**
 * Whole minutes from `now` until `expires`, rounded up and kept within
 * 1 to 10,080 (what `expiresInMinutes` allows); `undefined` when `expires`
 * is not a date.
 */
export function minutesUntil(expires: Date, now: number): number | undefined {
  const milliseconds = expires.getTime() - now;
  if (!Number.isFinite(milliseconds)) return undefined;
  return Math.min(maxMinutes, Math.max(1, Math.ceil(milliseconds / 60_000)));
}
