import { describe, expect, it } from 'vitest';
import { usageTypes } from '../usage-types.js';
import { emailHtmlProblems } from './email-html-validator.js';
import { builtinLanguages } from './index.js';
import { emailVariants, renderBuiltin } from './language-samples.js';

// Apart from languages.test.ts so that the two run side by side: validating
// about 600 emails is most of the time either takes.
describe('every built-in language', () => {
  for (const languageTag of builtinLanguages) {
    for (const usageType of usageTypes) {
      it(`${languageTag}/${usageType} is valid HTML, with a code and with a link`, () => {
        for (const { proof, variables } of emailVariants(usageType)) {
          const { html } = renderBuiltin(languageTag, usageType, variables);
          expect(emailHtmlProblems(html), proof).toEqual([]);
        }
      });
    }
  }
});
