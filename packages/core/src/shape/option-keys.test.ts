import { describe, expect, it } from 'vitest';
import { checkOptionKeys, closestKey, editDistance } from './option-keys.js';

const known = ['transport', 'from', 'deliveries', 'templates', 'defaultLanguage', 'builtins'];

describe('checkOptionKeys', () => {
  it.each([
    ['builtin', 'builtins'],
    ['defaultLangauge', 'defaultLanguage'],
    ['DefaultLanguage', 'defaultLanguage'],
    ['form', 'from'],
    ['template', 'templates'],
    ['delivery', undefined],
    ['apiKey', undefined],
  ])('suggests for %j: %j', (key, meant) => {
    expect(closestKey(key, known)).toBe(meant);
  });

  it('names each unknown key with invalid_config, and the key it likely meant', () => {
    expect(() =>
      checkOptionKeys({ from: 'a', builtin: true, colour: 'red' }, known, 'mailer options'),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        retryable: false,
        message:
          'Invalid mailer options: builtin: not an option; did you mean `builtins`?; colour: not an option (the options are transport, from, deliveries, templates, defaultLanguage, builtins)',
        details: expect.objectContaining({ unknownKeys: ['builtin', 'colour'] }),
      }),
    );
  });

  it('names nested options by their path, and quotes keys that are not names', () => {
    expect(() =>
      checkOptionKeys({ clik: true }, ['clicks', 'opens'], 'Mailgun options', 'tracking'),
    ).toThrow('Invalid Mailgun options: tracking.clik: not an option; did you mean `clicks`?');
    expect(() => checkOptionKeys({ 'a b\n': 1 }, known, 'options')).toThrow(
      /^Invalid options: "a b\\n": /,
    );
  });

  it('accepts known keys, leaves non-objects to the shape, and ignores an own __proto__', () => {
    expect(() => checkOptionKeys({ from: 'a', builtins: true }, known, 'x')).not.toThrow();
    expect(() => checkOptionKeys(undefined, known, 'x')).not.toThrow();
    expect(() => checkOptionKeys('text', known, 'x')).not.toThrow();
    expect(() => checkOptionKeys(JSON.parse('{"__proto__": {}}'), known, 'x')).not.toThrow();
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'acb', 1],
    ['builtin', 'builtins', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
