import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutgoingEmail } from '@authmail/core';
import { HtmlValidate } from 'html-validate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxTransport, indexFileName } from './index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'authmail-index-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const email = (subject: string): OutgoingEmail => ({
  to: 'ann@example.com',
  from: 'Acme <no-reply@acme.test>',
  subject,
  text: 'Code 482913',
});

const index = () => readFile(join(dir, indexFileName), 'utf8');

/** The checks that catch an unclosed or misplaced element, so an append can never break the page. */
const validator = new HtmlValidate({
  rules: {
    'close-order': 'error',
    'close-attr': 'error',
    'element-permitted-content': 'error',
    'element-permitted-parent': 'error',
    'element-required-content': 'error',
    'no-dup-id': 'error',
    'unrecognized-char-ref': 'error',
  },
});

describe('the outbox index page', () => {
  it('is a well-formed document after every append', async () => {
    const transport = createOutboxTransport({ dir });
    for (const subject of ['first', 'second <b>&</b>', 'third']) {
      await transport.send(email(subject));
      const report = await validator.validateString(await index());
      // `</body>` and `</html>` are optional in HTML (rows are appended after
      // the last one would go), but html-validate reports them still.
      const problems = report.results
        .flatMap((result) => result.messages)
        .filter((problem) => !/^Unclosed element '<(html|body)>'$/.test(problem.message));
      expect(problems).toEqual([]);
    }
    expect((await index()).match(/class="row message"/g)).toHaveLength(3);
  });

  it('rebuilds a page of the older format once from the records, then appends', async () => {
    const transport = createOutboxTransport({ dir });
    await transport.send(email('kept from before'));
    await writeFile(
      join(dir, indexFileName),
      '<!doctype html><table><tr><td>old</td></tr></table>',
    );

    await createOutboxTransport({ dir }).send(email('after the upgrade'));
    const page = await index();
    expect(page).not.toContain('<table>');
    expect(page.indexOf('kept from before')).toBeLessThan(page.indexOf('after the upgrade'));
  });

  it('starts again with its header when index.html was deleted', async () => {
    const transport = createOutboxTransport({ dir });
    await transport.send(email('one'));
    await rm(join(dir, indexFileName));
    await transport.send(email('two'));
    const page = await index();
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('two');
  });
});
