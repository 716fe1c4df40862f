import { describe, expect, it } from 'vitest';
import { canonicalTag, negotiateLanguage, negotiateLanguages } from './negotiate.js';

describe('negotiateLanguage', () => {
  const available = ['en', 'de', 'ko', 'ja', 'pt-BR', 'zh-CN'];

  it('takes locale first, then uiLocales, then Accept-Language', () => {
    expect(
      negotiateLanguages({ locale: 'ko', uiLocales: 'ja de', acceptLanguage: 'en' }, available),
    ).toEqual(['ko', 'ja', 'de', 'en']);
  });

  it('orders Accept-Language by q', () => {
    expect(negotiateLanguage({ acceptLanguage: 'ko;q=0.5, ja' }, available, 'en')).toBe('ja');
  });

  it('ignores q=0 and the wildcard', () => {
    expect(negotiateLanguage({ acceptLanguage: 'ja;q=0, *' }, available, 'en')).toBe('en');
  });

  it('falls back from a region to its base language', () => {
    expect(negotiateLanguage({ locale: 'de-DE' }, available, 'en')).toBe('de');
  });

  it('matches case-insensitively and accepts underscores', () => {
    expect(negotiateLanguage({ locale: 'PT_br' }, available, 'en')).toBe('pt-BR');
    expect(negotiateLanguage({ locale: 'ZH-cn' }, available, 'en')).toBe('zh-CN');
  });

  it('finds a regional tag for a bare language only when one exists', () => {
    expect(negotiateLanguage({ locale: 'pt' }, available, 'en')).toBe('pt-BR');
    expect(negotiateLanguage({ locale: 'pt' }, ['en', 'de'], 'en')).toBe('en');
  });

  it('does not cross scripts', () => {
    expect(negotiateLanguage({ locale: 'zh-TW' }, available, 'en')).toBe('en');
  });

  it('returns the default when nothing matches or nothing is asked', () => {
    expect(negotiateLanguage({ locale: 'fr' }, available, 'en')).toBe('en');
    expect(negotiateLanguage({}, available, 'en')).toBe('en');
  });

  it('skips tags that are not BCP 47', () => {
    expect(negotiateLanguage({ locale: '!!', uiLocales: '  ko ' }, available, 'en')).toBe('ko');
    expect(canonicalTag('not a tag')).toBeUndefined();
  });
});
