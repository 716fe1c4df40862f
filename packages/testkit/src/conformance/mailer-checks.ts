import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../rejection.js';
import { creationErrorOf, type SuiteContext } from './context.js';
import type { ConformanceFake, ConformanceMailer, MailerConformance } from './harness.js';
import { expectNoPollution, hostileVariables } from './pollution-checks.js';
import { echoOf, expectSecretFreeError } from './secrets.js';

/** Templates that reach for the prototype chain; they must render no function source. */
const prototypeTemplate = {
  subject: '{{constructor}}',
  html: '<p>{{__proto__.constructor}} {{constructor.constructor}} {{code}}</p>',
};

const noMailer = 'the harness has no `mailer`';

/** A member that would pollute `Object.prototype` if a config reader followed it. */
const protoMember = '"__proto__":{"polluted":"yes"}';
const constructorMember = '"constructor":{"prototype":{"polluted":"yes"}}';

/**
 * `value` as JSON with `members` added to every object, so that `JSON.parse` gives each
 * object those own keys, as a hostile config file does.
 */
function hostileJson(value: unknown, members: readonly string[]): string {
  if (Array.isArray(value)) return `[${value.map((item) => hostileJson(item, members)).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const own = Object.entries(value).map(
    ([key, item]) => `${JSON.stringify(key)}:${hostileJson(item, members)}`,
  );
  return `{${[...members, ...own].join(',')}}`;
}

/**
 * Registers the checks of the provider's mailer from a config (`harness.mailer`): hostile
 * variables and a hostile config pollute nothing, templates render no function source, a
 * leaking answer shows no key, and a URL carrying the key is refused. Skipped, saying why,
 * without `mailer`.
 */
export function registerMailerChecks<M extends { id: string }, F extends ConformanceFake<M>>(
  context: SuiteContext<M, F>,
): void {
  const { harness, current, received, secrets, errorBody } = context;
  const mailerOf = (
    mailer: MailerConformance<F>,
    config = mailer.config(current().fake, prototypeTemplate),
  ) => mailer.create(config);

  describe('through the mailer', () => {
    it('sends hostile variables as data, rendering no function source and polluting nothing', async (test) => {
      const { mailer } = harness;
      if (mailer === undefined) return test.skip(noMailer);
      const sender = mailerOf(mailer);
      await sender.send({
        to: 'ann@example.org',
        usageType: 'Generic',
        variables: hostileVariables(0),
      });
      const [sent, ...more] = received();
      expect(more).toEqual([]);
      expect(`${sent?.subject} ${sent?.html}`).toContain('[object Object]');
      expect(`${sent?.subject} ${sent?.html}`).not.toMatch(/function|native code/);
      const recipients = [1, 2].map((index) => ({
        to: `user${index}@example.org`,
        variables: hostileVariables(index),
      }));
      const results = await sender.sendMany({ usageType: 'OrganizationInvitation', recipients });
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
      const links = [1, 2].map((index) => `https://example.com/i/${index}`);
      if (harness.providerTemplates === false) {
        // One message per recipient, in any order: each shows that recipient's own link.
        const invitations = received().slice(1);
        expect(invitations).toHaveLength(2);
        links.forEach((link, index) => {
          const sent = invitations.find(({ to }) => to.includes(`user${index + 1}@example.org`));
          expect(sent?.html).toContain(link);
        });
      } else {
        expect(
          received()
            .flatMap((message) => message.recipients)
            .slice(1),
        ).toMatchObject(links.map((link) => ({ variables: { link } })));
      }
      expectNoPollution();
    });

    it('sends with a config whose every object has an own __proto__ key, polluting nothing', async (test) => {
      const { mailer } = harness;
      if (mailer === undefined) return test.skip(noMailer);
      const json = hostileJson(mailer.config(current().fake, prototypeTemplate), [protoMember]);
      const sender = mailerOf(mailer, JSON.parse(json));
      expectNoPollution();
      await sender.send({ to: 'ann@example.org', usageType: 'Generic', variables: { code: '1' } });
      expect(received()).toHaveLength(1);
      expectNoPollution();
    });

    it('refuses (invalid_config) or ignores constructor keys in every object of a config, polluting nothing', async (test) => {
      const { mailer } = harness;
      if (mailer === undefined) return test.skip(noMailer);
      const members = [protoMember, constructorMember];
      const json = hostileJson(mailer.config(current().fake, prototypeTemplate), members);
      let sender: ConformanceMailer | undefined;
      try {
        sender = mailerOf(mailer, JSON.parse(json));
      } catch (error) {
        expect(error).toMatchObject({ name: 'AuthmailError', code: 'invalid_config' });
      }
      expectNoPollution();
      await sender?.send({ to: 'ann@example.org', usageType: 'Generic', variables: { code: '1' } });
      expectNoPollution();
    });

    it('shows no form of the key when the provider echoes it back', async (test) => {
      const { mailer } = harness;
      if (mailer === undefined) return test.skip(noMailer);
      const { fake } = current();
      fake.fail({
        status: 401,
        body: errorBody(echoOf(fake.apiKey, fake.secretForms(fake.apiKey))),
      });
      const sending = mailerOf(mailer).send({
        to: 'ann@example.org',
        usageType: 'Generic',
        variables: { code: '1' },
      });
      expectSecretFreeError(await rejectionOf(sending), secrets());
    });

    it('refuses a config whose URL carries the key, showing no key', (test) => {
      const { mailer, http } = harness;
      if (mailer === undefined) return test.skip(noMailer);
      if (http?.urlOption === undefined) return test.skip('the harness names no `http.urlOption`');
      const { fake } = current();
      const config = mailer.config(fake, prototypeTemplate);
      config[http.urlOption] = `http://api:${fake.apiKey}@${new URL(fake.url).host}`;
      const error = creationErrorOf(() => mailerOf(mailer, config));
      expect(error).toMatchObject({ name: 'AuthmailError', code: 'invalid_config' });
      expectSecretFreeError(error, secrets(), { log: false });
    });
  });
}
