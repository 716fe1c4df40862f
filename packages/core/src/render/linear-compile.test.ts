import { describe, expect, it } from 'vitest';
import { clearTemplateCache, compileTemplate } from './render-template.js';
import { compileWork } from './work-meter.js';

/** `unit` repeated to about `size` characters, between `prefix` and `suffix`. */
const fill = (size: number, unit: string, prefix = '', suffix = '') =>
  prefix + unit.repeat(Math.floor((size - prefix.length - suffix.length) / unit.length)) + suffix;

/** Shapes that made a pass of the compiler quadratic, or could. */
const shapes: Record<string, (size: number) => string> = {
  'unclosed {{': (size) => fill(size, '{{'),
  'unclosed {{a': (size) => fill(size, '{{a'),
  'escaped \\{{': (size) => fill(size, '\\{{'),
  'numeric segments': (size) => fill(size, '{{a.1}}'),
  'long comments': (size) => fill(size, '{{!-- x --}}'),
  'a long comment': (size) => fill(size, ' }} -', '{{!--', '--}}'),
  'a URL split by comments': (size) => fill(size, 'x{{!c}}', '<a href="', '">'),
  'a URL of character references': (size) => fill(size, '&amp;{{v}}', '<a href="', '">'),
  'a URL of blocks': (size) => fill(size, '{{#if a}}y{{else}}y{{/if}}', '<a href="', '">'),
  'a URL of open slots': (size) => fill(size, '{{#if x}}{{a}}{{/if}}', '<a href="', '">'),
  'nested blocks in a URL': (size) =>
    fill(size, `${'{{#if a}}'.repeat(60)}{{a}}${'{{/if}}'.repeat(60)}`, '<a href="', '">'),
  'a long attribute name': (size) => fill(size, 'a', '<p ', '{{#if x}}{{/if}}>'),
  'many attributes': (size) => fill(size, 'b=c ', '<a ', '>'),
  'a comment of dashes': (size) => fill(size, '-', '<!--'),
  'a run of <': (size) => fill(size, '<'),
  'text after an unquoted start': (size) => fill(size, 'x ', '<a title={{t}} '),
  blocks: (size) => fill(size, '{{#if a}}x{{/if}}'),
  'each over links': (size) => fill(size, '{{#each l}}<a href="{{this}}">x</a>{{/each}}'),
  'block tags with spaces': (size) => fill(size, '{{     ', '', '}}'),
  'a syntax error at the end': (size) => fill(size, '\n', '', '{{.}}'),
};

function workFor(source: string): number {
  clearTemplateCache();
  const before = compileWork.characters;
  try {
    compileTemplate(source, { format: 'html' });
  } catch {
    // Refused templates must be refused in linear time too.
  }
  return compileWork.characters - before;
}

describe('compiling reads a template a bounded number of times, whatever its shape', () => {
  it.each(Object.entries(shapes))('%s', (_, shape) => {
    const small = shape(16_384);
    const large = shape(65_536);
    const smallWork = workFor(small);
    const largeWork = workFor(large);
    expect(smallWork).toBeGreaterThan(0);
    // At most 16 characters read per character of template, for either size…
    expect(largeWork).toBeLessThanOrEqual(16 * large.length);
    // …and four times the template, about four times the work (quadratic would be sixteen).
    expect(largeWork / smallWork).toBeLessThan(5);
  });
});
