import { describe, expect, it } from 'vitest';
import { renderEmail } from '../render/render-email.js';
import { builtinLanguages, builtinTemplateFor, builtinVariables } from './index.js';
import { fontStackOf, latinFonts } from './script-fonts.js';

/** The `font-family` of the card of a built-in email in `languageTag`. */
function cardFonts(languageTag: string): string {
  const template = builtinTemplateFor(languageTag, 'SignIn');
  if (!template) throw new Error(`no built-in ${languageTag}`);
  const { html } = renderEmail(template, builtinVariables(languageTag, { code: '1', user: {} }));
  return /class="am-card"[^>]*font-family:([^;"]+);/.exec(html ?? '')?.[1] ?? '';
}

describe('font stacks', () => {
  it.each([
    ['ar', "'Geeza Pro'"],
    ['fa-IR', "'Geeza Pro'"],
    ['th', 'Thonburi'],
    ['ja', "'Hiragino Sans'"],
    ['ko', "'Apple SD Gothic Neo'"],
    ['zh-CN', "'PingFang SC'"],
    ['zh-Hans', "'PingFang SC'"],
    ['zh-TW', "'PingFang TC'"],
    ['zh-Hant', "'PingFang TC'"],
    ['zh-HK', "'PingFang HK'"],
    ['zh-MO', "'PingFang HK'"],
  ])('%s starts with its script’s fonts (%s) and ends with the Latin stack', (tag, first) => {
    const stack = fontStackOf(tag);
    expect(stack.startsWith(`${first},`)).toBe(true);
    expect(stack.endsWith(`,${latinFonts}`)).toBe(true);
  });

  it('keeps Simplified and Traditional Chinese fonts apart', () => {
    expect(fontStackOf('zh-TW')).not.toMatch(/PingFang SC|YaHei/);
    expect(fontStackOf('zh-HK')).not.toMatch(/PingFang SC|YaHei/);
    expect(fontStackOf('zh-CN')).not.toMatch(/PingFang (TC|HK)|JhengHei/);
  });

  it('gives Latin, Cyrillic and Turkish text the Latin stack, ending in sans-serif', () => {
    for (const tag of ['en', 'de', 'ru', 'uk-UA', 'tr-TR', 'pl-PL', 'not a tag']) {
      expect(fontStackOf(tag)).toBe(latinFonts);
    }
    expect(latinFonts.endsWith(',sans-serif')).toBe(true);
  });

  it.each(builtinLanguages)('%s: the card is set in the language’s stack', (tag) => {
    expect(cardFonts(tag)).toBe(fontStackOf(tag));
    expect(cardFonts(tag)).not.toContain('"');
  });
});
