import { describe, expect, it } from 'vitest';
import { templateMarkup } from './index.js';

describe('templateMarkup', () => {
  it('keeps every character at its place: placeholders as x, block tags and comments as spaces', () => {
    const text = '<p>{{#if code}}{{code}}{{/if}}</p>\n{{!-- note --}}<a href="{{{link}}}">é</a>';
    const markup = templateMarkup(text, 'T');
    const spaces = (count: number) => ' '.repeat(count);
    expect(markup).toBe(
      `<p>${spaces(12)}xxxxxxxx${spaces(7)}</p>\n${spaces(15)}<a href="xxxxxxxxxx">é</a>`,
    );
    expect(markup.length).toBe(text.length);
  });

  it('keeps only the first branch of a block, so alternative opening tags read as one', () => {
    const text = '{{#if dark}}<td class="a">{{else}}\n<td class="b">{{/if}}x</td>';
    expect(templateMarkup(text, 'T')).toBe(
      '            <td class="a">        \n                     x</td>',
    );
  });

  it('throws the renderer’s syntax error for a template that does not parse', () => {
    expect(() => templateMarkup('{{#if code}}', 'T')).toThrow(/line 1/);
  });
});
