import { describe, expect, it } from 'vitest';
import { minutesUntil } from './expiry.js';

describe('minutesUntil', () => {
  const now = Date.UTC(2030, 0, 1, 12, 0, 0);
  const after = (milliseconds: number) => new Date(now + milliseconds);

  it.each([
    { milliseconds: 15 * 60_000, minutes: 15 },
    { milliseconds: 15 * 60_000 - 3, minutes: 15 },
    { milliseconds: 15 * 60_000 + 1, minutes: 16 },
    { milliseconds: 59_000, minutes: 1 },
    { milliseconds: 0, minutes: 1 },
    { milliseconds: -60_000, minutes: 1 },
    { milliseconds: 7 * 24 * 60 * 60_000, minutes: 10_080 },
    { milliseconds: 30 * 24 * 60 * 60_000, minutes: 10_080 },
  ])(
    'rounds $milliseconds ms up to $minutes whole minutes, within 1..10080',
    ({ milliseconds, minutes }) => {
      expect(minutesUntil(after(milliseconds), now)).toBe(minutes);
    },
  );

  it('gives nothing for a date that is not one', () => {
    expect(minutesUntil(new Date('not a date'), now)).toBeUndefined();
  });
});
