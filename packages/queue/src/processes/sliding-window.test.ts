import { describe, expect, it } from 'vitest';
import { busiestWindow } from './sliding-window.js';

describe('busiestWindow', () => {
  it('counts the requests of the busiest window, wherever it starts', () => {
    // Fixed 1-second windows see 2 and 2; the window from 600 ms sees 4.
    expect(busiestWindow([600, 900, 1_050, 1_100, 2_500], 1_000)).toBe(4);
  });

  it('treats a window as half-open: a request exactly one duration later is the next window', () => {
    expect(busiestWindow([0, 1_000, 2_000], 1_000)).toBe(1);
    expect(busiestWindow([0, 999, 2_000], 1_000)).toBe(2);
  });

  it('takes timestamps in any order, and none', () => {
    expect(busiestWindow([3_000, 10, 20, 2_990], 100)).toBe(2);
    expect(busiestWindow([], 1_000)).toBe(0);
  });
});
