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

describe('negotiateLanguage with the languages of Logto’s sign-in experience', () => {
  const logtoLanguages = [
    'en',
    'ko',
    'ja',
    'zh-CN',
    'de',
    'fr',
    'es',
    'pt-BR',
    'ar',
    'fa-IR',
    'tr-TR',
    'ru',
    'uk-UA',
    'pl-PL',
    'cs',
    'it',
    'pt-PT',
    'th',
    'zh-TW',
    'zh-HK',
  ];
  const pick = (locale: string, available = logtoLanguages) =>
    negotiateLanguage({ locale }, available, 'en');
  /** Checks the tag each requested tag gets, as `{ requested: served }`. */
  const expectPicks = (picks: Record<string, string>, available = logtoLanguages) => {
    for (const [requested, served] of Object.entries(picks))
      expect(pick(requested, available), requested).toBe(served);
  };

  it('serves Traditional Chinese the Traditional catalog of its region, never Simplified', () => {
    expectPicks({
      'zh-TW': 'zh-TW',
      'zh-Hant': 'zh-TW',
      'zh-Hant-TW': 'zh-TW',
      'zh-HK': 'zh-HK',
      'zh-Hant-HK': 'zh-HK',
      'zh-MO': 'zh-HK',
      'zh-Hant-MO': 'zh-HK',
    });
  });

  it('finds the regional catalog whatever order the languages come in', () => {
    const reversed = [...logtoLanguages].reverse();
    expectPicks({ 'zh-Hant': 'zh-TW', 'zh-MO': 'zh-HK', pt: 'pt-BR' }, reversed);
  });

  it('takes the other Traditional catalog before any Simplified one', () => {
    expect(pick('zh-HK', ['en', 'zh-CN', 'zh-TW'])).toBe('zh-TW');
    expect(pick('zh-Hant', ['en', 'zh-CN', 'zh-HK'])).toBe('zh-HK');
  });

  it('never serves Traditional Chinese a Simplified template, even one tagged zh', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-HK']) {
      expect(pick(tag, ['en', 'zh', 'zh-CN', 'zh-SG'])).toBe('en');
    }
  });

  it('serves Simplified Chinese zh-CN', () => {
    expectPicks({ zh: 'zh-CN', 'zh-Hans': 'zh-CN', 'zh-SG': 'zh-CN', 'zh-Hans-SG': 'zh-CN' });
    expect(pick('zh-Hans-SG', ['en', 'zh-TW', 'zh-HK', 'zh-CN'])).toBe('zh-CN');
  });

  it('prefers pt-BR for Portuguese, pt-PT where CLDR derives the variety from Portugal’s', () => {
    expectPicks({ pt: 'pt-BR', 'pt-BR': 'pt-BR', 'pt-PT': 'pt-PT' });
    for (const tag of ['pt-AO', 'pt-MZ', 'pt-CV', 'pt-GW', 'pt-ST', 'pt-TL', 'pt-MO', 'pt-CH']) {
      expect(pick(tag)).toBe('pt-PT');
    }
    expect(pick('pt-PT', ['en', 'pt-BR'])).toBe('pt-BR');
  });

  it('finds the regional catalog of a bare language', () => {
    expectPicks({ fa: 'fa-IR', pl: 'pl-PL', tr: 'tr-TR', uk: 'uk-UA' });
  });

  it('falls back from a region to the base language', () => {
    expectPicks({
      'ar-EG': 'ar',
      'ar-SA': 'ar',
      'ru-UA': 'ru',
      'cs-CZ': 'cs',
      'it-CH': 'it',
      'th-TH': 'th',
      'fa-AF': 'fa-IR',
    });
    expect(pick('de-CH', ['en', 'de-DE', 'de'])).toBe('de');
  });

  it('prefers the same region, then the bare language, over another region', () => {
    expect(pick('de-AT', ['en', 'de-DE', 'de-AT', 'de'])).toBe('de-AT');
    expect(pick('es-MX', ['en', 'es-ES', 'es'])).toBe('es');
    expect(pick('es-MX', ['en', 'es-ES'])).toBe('es-ES');
  });

  it('does not serve a language in another script', () => {
    expect(pick('sr-Latn', ['en', 'sr'])).toBe('en');
    expect(pick('sr', ['en', 'sr-Latn'])).toBe('en');
  });

  it('negotiates Accept-Language the same way', () => {
    expect(
      negotiateLanguages({ acceptLanguage: 'zh-Hant-HK, zh;q=0.8, en;q=0.5' }, logtoLanguages),
    ).toEqual(['zh-HK', 'zh-CN', 'en']);
  });
});
