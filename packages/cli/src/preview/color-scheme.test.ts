import { describe, expect, it } from 'vitest';
import { withColorScheme } from './color-scheme.js';

const email = [
  '<style>',
  'body { background: #fff; }',
  '@media (prefers-color-scheme: dark) { body { background: #111; } }',
  '@media screen and ( Prefers-Color-Scheme : LIGHT ) { p { color: #000; } }',
  '</style>',
  '<link rel="stylesheet" media="(prefers-color-scheme: dark)" href="dark.css">',
  '<p>Your code</p>',
].join('\n');

describe('withColorScheme', () => {
  it('makes the dark rules apply and the light ones not in the dark frame', () => {
    const dark = withColorScheme(email, 'dark');
    expect(dark).toContain('@media (min-width: 0px) { body { background: #111; } }');
    expect(dark).toContain('@media screen and (max-width: 0px) { p { color: #000; } }');
    expect(dark).toContain('media="(min-width: 0px)"');
    expect(dark).not.toMatch(/prefers-color-scheme/i);
  });

  it('pins the light frame to light whatever the browser prefers', () => {
    const light = withColorScheme(email, 'light');
    expect(light).toContain('@media (max-width: 0px) { body { background: #111; } }');
    expect(light).toContain('@media screen and (min-width: 0px) { p { color: #000; } }');
  });

  it('leaves an email without colour-scheme queries as it is', () => {
    const plain = '<p style="color:#111">Hello (dark) world</p>';
    expect(withColorScheme(plain, 'dark')).toBe(plain);
  });
});
