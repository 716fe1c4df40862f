import {
  type ConfigData,
  HtmlValidate,
  type ResolvedConfig,
  StaticConfigLoader,
} from 'html-validate';

/**
 * Email HTML is not web HTML: presentation tables, inline styles and `<style>`
 * in the head are how mail clients render reliably, so those rules are off.
 * For the built-ins' tests; not exported from the package.
 */
const emailRules: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off',
    'prefer-native-element': 'off',
    'no-deprecated-attr': 'off',
    'attribute-allowed-values': 'off',
    'long-title': 'off',
    'wcag/h63': 'off',
  },
};

/**
 * Resolves the configuration once: html-validate otherwise resolves it for
 * every document, which costs five times the validation itself (the tests
 * validate hundreds of emails).
 */
class ResolvedOnce extends StaticConfigLoader {
  private resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;

  override getConfigFor(
    handle: string,
    configOverride?: ConfigData,
  ): ResolvedConfig | Promise<ResolvedConfig> {
    this.resolved ??= super.getConfigFor(handle, configOverride);
    return this.resolved;
  }
}

const validator = new HtmlValidate(new ResolvedOnce(emailRules));

/** What html-validate finds wrong with an email's HTML, as `rule: message` lines; none when valid. */
export function emailHtmlProblems(html: string): string[] {
  return validator
    .validateStringSync(html)
    .results.flatMap((result) =>
      result.messages.map(({ ruleId, message }) => `${ruleId}: ${message}`),
    );
}
