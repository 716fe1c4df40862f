import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMailer } from '../mailer/create-mailer.js';
import { createMemoryTransport } from '../memory-transport.js';
import { renderEmail } from './render-email.js';
import { renderTemplate } from './render-template.js';

/** Any string, often full of markup, quotes and line breaks. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '`',
      '=',
      '/',
      ' ',
      '\r',
      '\n',
      'a',
      '&amp;',
      '\u2028',
    ),
  }),
);

/** Markup-significant characters that must never come from a value; `&` only as an entity. */
const unsafeInHtml = /[<>"'`=]|&(?!(?:amp|lt|gt|quot|#x27|#x60|#x3D);)/;

describe('HTML escaping', () => {
  it('never lets a value reach element text or a quoted attribute unescaped', () => {
    const pieces = ['<td title="', '" data-x=\'', "'>", '</td><td>', '</td>'];
    const template = `${pieces[0]}{{v}}${pieces[1]}{{#with o}}{{v}}{{/with}}${pieces[2]}{{v}}${pieces[3]}{{#each list}}{{this}}{{/each}}${pieces[4]}`;
    fc.assert(
      fc.property(hostile, (v) => {
        const rendered = renderTemplate(template, { v, o: { v }, list: [v] }, { format: 'html' });
        let rest = rendered;
        const values: string[] = [];
        for (const piece of pieces) {
          const at = rest.indexOf(piece);
          expect(at).toBeGreaterThanOrEqual(0);
          values.push(rest.slice(0, at));
          rest = rest.slice(at + piece.length);
        }
        expect(rest).toBe('');
        for (const value of values.slice(1)) expect(value).not.toMatch(unsafeInHtml);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('headers', () => {
  const template = {
    subject: '{{code}} is your code for {{application.name}}',
    content: '<p>{{code}}</p>',
    replyTo: 'Support {{user.name}} <help@acme.test>',
    sendFrom: '{{application.name}}',
  };

  it('never carry CR or LF after renderEmail, whatever the values', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (code, name, userName) => {
        const email = renderEmail(template, {
          code,
          application: { name },
          user: { name: userName },
        });
        for (const header of [email.subject, email.from, email.replyTo]) {
          expect(header).toBeDefined();
          expect(header).not.toMatch(/[\r\n]/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never carry CR or LF in what the mailer hands the transport', async () => {
    const transport = createMemoryTransport();
    const mailer = createMailer({
      transport,
      from: 'Acme <no-reply@acme.test>',
      deliveries: {
        Generic: { subject: template.subject, html: template.content, replyTo: template.replyTo },
      },
      validateVariables: false,
    });
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (code, name) => {
        await mailer.send({
          to: 'ann@example.com',
          usageType: 'Generic',
          variables: { code, application: { name } } as never,
        });
        const sent = transport.last();
        for (const header of [sent?.subject, sent?.from, sent?.replyTo]) {
          expect(header).not.toMatch(/[\r\n]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
