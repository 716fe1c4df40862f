import { afterEach, expect, it } from 'vitest';
import { plainEmail } from './cases.js';
import type { SuiteContext } from './context.js';
import type { ConformanceFake } from './harness.js';

/**
 * Variables with own `__proto__`, `constructor` and `prototype` keys at every level, as
 * `JSON.parse` makes them from a hostile request body.
 */
export const hostileVariables = (index: number): Record<string, unknown> =>
  JSON.parse(`{
    "code": "48291${index}",
    "link": "https://example.com/i/${index}",
    "organization": { "id": "o", "name": "Acme", "__proto__": { "polluted": "yes" } },
    "__proto__": { "polluted": "yes" },
    "constructor": { "prototype": { "polluted": "yes" } },
    "prototype": { "polluted": "yes" },
    "nested": { "__proto__": { "polluted": "yes" }, "deeper": { "__proto__": null } }
  }`);

/** Fails when anything reached `Object.prototype`. */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
}

/**
 * Registers the prototype-pollution check: hostile template and recipient variables are sent
 * as data, through `send` and `sendBatch`, and pollute nothing.
 */
export function registerPollutionChecks<M extends { id: string }, F extends ConformanceFake<M>>(
  context: SuiteContext<M, F>,
): void {
  const { harness, current, received, templateName } = context;
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('sends variables with own __proto__, constructor and prototype keys as data, polluting nothing', async (test) => {
    // Without provider templates, variables reach the provider only rendered: the mailer checks.
    if (harness.providerTemplates === false) return test.skip('the provider stores no templates');
    const { transport } = current();
    await transport.send({
      ...plainEmail,
      providerTemplate: { name: templateName, variables: hostileVariables(0), locale: 'en' },
    });
    expectNoPollution();
    expect(received()).toMatchObject([{ template: { variables: { code: '482910' } } }]);
    const sendBatch = transport.sendBatch?.bind(transport);
    if (sendBatch === undefined) return;
    const recipients = [1, 2].map((index) => ({
      to: `user${index}@example.org`,
      variables: hostileVariables(index),
    }));
    await sendBatch({
      ...plainEmail,
      providerTemplate: { name: templateName, variables: {} },
      recipients,
    });
    expectNoPollution();
    expect(received()[1]?.recipients).toMatchObject([
      { variables: { link: 'https://example.com/i/1' } },
      { variables: { link: 'https://example.com/i/2' } },
    ]);
  });
}
