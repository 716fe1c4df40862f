import { knownLocale } from '../language/likely-subtags.js';

/**
 * The font stacks of the built-in emails, by the script the language is
 * written in. Each goes into a double-quoted `style` attribute, so font names
 * are single-quoted.
 *
 * Mail clients load no web fonts we could rely on (Gmail and Outlook on
 * Windows load none), so every stack names fonts the reader's system already
 * has, the script's own first, and ends in the Latin stack and `sans-serif`:
 *
 * - Apple Mail (macOS, iOS) and Gmail on Apple devices find the Apple names:
 *   Geeza Pro (Arabic), Thonburi (Thai), Hiragino (Japanese), Apple SD Gothic
 *   Neo (Korean), PingFang SC / TC / HK (Chinese). Apple's names come first
 *   because macOS also ships Tahoma, which would otherwise win for Arabic.
 * - Outlook and Gmail on Windows find the Windows names: Segoe UI and Tahoma
 *   (Arabic and Persian), Leelawadee UI (Thai, Windows 10+; Leelawadee and
 *   Tahoma before it), Yu Gothic and Meiryo (Japanese; Yu Gothic Medium first,
 *   as its Regular renders too light), Malgun Gothic (Korean), Microsoft YaHei
 *   (Simplified) and Microsoft JhengHei (Traditional). Outlook goes down a
 *   stack of installed fonts; it falls back to Times New Roman only when the
 *   email declares a web font, which these never do.
 * - Gmail on Android (and other Android clients) know none of these names:
 *   `sans-serif` leads to Android's Noto fonts, which cover every script here.
 *   Han characters read differently in Japanese and in Simplified or
 *   Traditional Chinese; the system picks the right Noto CJK face by the
 *   `lang` the layout sets on its content (Gmail drops `<html lang>`).
 *
 * Latin, Cyrillic and Turkish text needs no stack of its own: Segoe UI,
 * Roboto, Helvetica and Arial cover them.
 */
export const latinFonts =
  "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

/** The fonts of each script (ISO 15924 code, as `Intl.Locale#maximize` gives it), put before {@link latinFonts}. */
const fontsByScript: Readonly<Record<string, string>> = {
  Arab: "'Geeza Pro','Segoe UI',Tahoma,Arial",
  Thai: "Thonburi,'Leelawadee UI',Leelawadee,Tahoma",
  Jpan: "'Hiragino Sans','Hiragino Kaku Gothic ProN','Yu Gothic Medium','Yu Gothic',Meiryo",
  Kore: "'Apple SD Gothic Neo','Malgun Gothic'",
  Hans: "'PingFang SC','Hiragino Sans GB','Microsoft YaHei'",
  Hant: "'PingFang TC','Microsoft JhengHei'",
};

/** Traditional Chinese as written in Hong Kong and Macao: PingFang's Hong Kong forms first. */
const hongKongFonts = "'PingFang HK','PingFang TC','Microsoft JhengHei'";

/**
 * The `font-family` value for text in `languageTag`: the fonts of its
 * script (`zh-TW` → Traditional, `zh-HK` → Hong Kong forms, `ar` and
 * `fa-IR` → Arabic script), then {@link latinFonts}.
 */
export function fontStackOf(languageTag: string): string {
  const locale = knownLocale(languageTag)?.maximized;
  const isHongKong = locale?.script === 'Hant' && ['HK', 'MO'].includes(locale.region ?? '');
  const scriptFonts = isHongKong ? hongKongFonts : fontsByScript[locale?.script ?? ''];
  return scriptFonts === undefined ? latinFonts : `${scriptFonts},${latinFonts}`;
}
