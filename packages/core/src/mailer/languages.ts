import type { LanguagePreferences } from '../language/negotiate.js';
import type { LanguageRequest } from './types.js';

/** The request's languages, falling back to Logto's `locale` / `uiLocales` in the variables. */
export function languagePreferences(
  request: LanguageRequest,
  variables: Record<string, unknown>,
): LanguagePreferences {
  const fromVariables = (key: 'locale' | 'uiLocales') =>
    typeof variables[key] === 'string' ? (variables[key] as string) : undefined;
  return {
    locale: request.locale ?? fromVariables('locale'),
    uiLocales: request.uiLocales ?? fromVariables('uiLocales'),
    acceptLanguage: request.acceptLanguage,
  };
}
