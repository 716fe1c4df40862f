import { describe, expect, it } from 'vitest';
import {
  check,
  cleanSignInBody,
  projectPerTest,
  templateFile,
  writeFiles,
} from './check-fixtures.js';

const dir = projectPerTest();

/** Checks `templates/en/<UsageType>.html` holding `body`; the lines of `rule`. */
async function findingsOf(rule: string, files: Record<string, string>): Promise<string[]> {
  await writeFiles(dir(), files);
  const { lines } = await check(dir());
  return lines.filter((line) => line.split('  ')[1] === rule);
}

const signIn = (body: string) => ({ 'templates/en/SignIn.html': templateFile(body) });

describe('a clean template', () => {
  it('has no findings and exits 0', async () => {
    await writeFiles(dir(), signIn(cleanSignInBody));
    const run = await check(dir());
    expect(run.lines).toEqual([]);
    expect(run.stdout).toContain('✔ 1 template checked, no problems');
    expect(run.code).toBe(0);
  });
});

describe('syntax', () => {
  it('points at the end of a template that leaves a block open, at its line in the file', async () => {
    const lines = await findingsOf(
      'syntax',
      signIn('<p>{{code}}</p>\n<p>{{#if link}}<a href="{{link}}">go</a></p>'),
    );
    expect(lines).toEqual([
      'templates/en/SignIn.html:11:8  syntax  the template ends inside a block: a {{/…}} is missing',
    ]);
  });

  it('reports broken front matter without hiding the other files’ findings', async () => {
    const lines = await findingsOf('syntax', {
      'templates/de/SignIn.html': '---\nsubject Anmelden\n---\n<p>{{code}}</p>\n',
      'templates/en/SignIn.html': templateFile('<p>{{code}} {{inviter.name}}</p>'),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^templates\/de\/SignIn\.html:2:1 {2}syntax {2}expected `key: value`/);
    const { lines: all } = await check(dir());
    expect(
      all.some((line) => line.startsWith('templates/en/SignIn.html:8:13  unknown-variable')),
    ).toBe(true);
  });

  it('finds nothing in a template that parses', async () => {
    expect(await findingsOf('syntax', signIn(cleanSignInBody))).toEqual([]);
  });
});

describe('layout', () => {
  it('names a file the templates folder cannot hold', async () => {
    const lines = await findingsOf('layout', {
      ...signIn(cleanSignInBody),
      'templates/en/Sign-In.html': templateFile(cleanSignInBody),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^templates\/en\/Sign-In\.html {2}layout {2}a template file is named by its usage type/,
    );
  });
});

describe('unknown-variable', () => {
  it('is an error for a root the usage type does not have, with a "did you mean"', async () => {
    const body =
      '<p>{{code}} {{inviter.name}}</p>\n<p>{{aplication.name}}</p>\n{{#if aplication}}x{{/if}}';
    const lines = await findingsOf('unknown-variable', signIn(body));
    expect(lines).toEqual([
      'templates/en/SignIn.html:8:13  unknown-variable  {{inviter.name}}: "inviter" is not a variable of SignIn (the email would show the placeholder as written); its variables are locale, uiLocales, expiresInMinutes, application, organization, code, link.',
      'templates/en/SignIn.html:9:4  unknown-variable  {{aplication.name}}: "aplication" is not a variable of SignIn (the email would show the placeholder as written); did you mean application.name?',
      'templates/en/SignIn.html:10:1  unknown-variable  {{#if aplication}}: "aplication" is not a variable of SignIn (the email would show the placeholder as written); did you mean application?',
    ]);
  });

  it('checks the subject at its place in the front matter', async () => {
    const lines = await findingsOf('unknown-variable', {
      'templates/en/SignIn.html': templateFile(cleanSignInBody, 'Code for {{aplication.name}}'),
    });
    expect(lines.map((line) => line.split('  ')[0])).toEqual(['templates/en/SignIn.html:2:19']);
  });

  it('is a warning for an unknown member of a known object', async () => {
    const lines = await findingsOf(
      'unknown-variable',
      signIn(`${cleanSignInBody}\n<p>{{application.nmae}}</p>`),
    );
    expect(lines).toEqual([
      'templates/en/SignIn.html:10:4  unknown-variable  warning: {{application.nmae}}: application has no "nmae" in the SignIn schema (it renders empty unless your payload adds it); did you mean application.name?',
    ]);
  });

  it('knows {{link}} in SignIn, paths inside #with, and @index', async () => {
    const body = `${cleanSignInBody}\n{{#with application}}<p>{{name}} {{this.id}}</p>{{/with}}\n{{#each application.branding}}{{@key}}{{/each}}`;
    expect(await findingsOf('unknown-variable', signIn(body))).toEqual([]);
  });

  it('does not check a usage type of your own, which gets a warning instead', async () => {
    await writeFiles(dir(), {
      'templates/en/Receipt.html': templateFile('<p>{{amount}}</p>', 'Receipt'),
    });
    const { lines, code } = await check(dir());
    expect(lines).toEqual([
      'templates/en/Receipt.html:4:1  unknown-usage-type  warning: "Receipt" is not a built-in usage type, so its variables are not checked: if it is one of your own, ignore this; if not, name the file after one (SignIn, Register, ForgotPassword, Generic, OrganizationInvitation…).',
    ]);
    expect(code).toBe(0);
  });
});

describe('missing-essential', () => {
  it('is an error for a code-or-link usage type that prints neither', async () => {
    const lines = await findingsOf(
      'missing-essential',
      signIn('<p>Welcome to {{application.name}}</p>'),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^templates\/en\/SignIn\.html:4:1 {2}missing-essential {2}SignIn prints neither \{\{code\}\} nor \{\{link\}\}/,
    );
    expect(lines[0]).toContain("Logto's docs require {{code}}");
  });

  it('takes {{link}} alone for a code-or-link usage type', async () => {
    expect(await findingsOf('missing-essential', signIn('<a href="{{link}}">Sign in</a>'))).toEqual(
      [],
    );
  });

  it('requires {{link}} in an invitation, and takes it', async () => {
    const without = await findingsOf('missing-essential', {
      'templates/en/OrganizationInvitation.html': templateFile(
        '<p>Join {{organization.name}}</p>',
        'Join',
      ),
    });
    expect(without).toHaveLength(1);
    expect(without[0]).toContain('OrganizationInvitation never prints {{link}}');
    await writeFiles(dir(), {
      'templates/en/OrganizationInvitation.html': templateFile(
        '<a href="{{link}}">Join</a>',
        'Join',
      ),
    });
    const { lines } = await check(dir());
    expect(lines.filter((line) => line.includes('missing-essential'))).toEqual([]);
  });
});

describe('unsafe', () => {
  it('flags a placeholder in an attribute name, raw HTML in a URL attribute and a plain http link', async () => {
    const body = `${cleanSignInBody}\n<td {{attribute}}="1">x</td>\n<a href="{{{link}}}">raw</a>\n<img src="http://cdn.acme.test/logo.png" alt="logo">`;
    const lines = await findingsOf('unsafe', signIn(body));
    expect(lines.map((line) => line.split('  ').slice(0, 2).join('  '))).toEqual([
      'templates/en/SignIn.html:10:5  unsafe',
      'templates/en/SignIn.html:11:10  unsafe',
      'templates/en/SignIn.html:12:11  unsafe',
    ]);
    expect(lines[0]).toContain('{{attribute}} is where a tag or attribute name goes');
    expect(lines[1]).toContain('{{{link}}} in href skips the URL check');
    expect(lines[2]).toContain('<img src="http://cdn.acme.test/logo.png"> is not https');
  });

  it('reports the attribute-name placeholder under unsafe, not syntax', async () => {
    await writeFiles(dir(), signIn(`${cleanSignInBody}\n<td {{attribute}}="1">x</td>`));
    const { lines } = await check(dir());
    expect(lines.filter((line) => line.includes('  syntax  '))).toEqual([]);
  });

  it('leaves https, mailto, tel, anchor and relative links and escaped URL placeholders alone', async () => {
    const body = `${cleanSignInBody}\n<a href="mailto:help@acme.test">m</a> <a href="tel:+4930123">t</a> <a href="#top">a</a> <a href="/help">r</a> <img src="{{application.branding.logoUrl}}" alt="">`;
    expect(await findingsOf('unsafe', signIn(body))).toEqual([]);
  });
});

describe('size', () => {
  it('is an error for a template over the template limit', async () => {
    const lines = await findingsOf(
      'size',
      signIn(`${cleanSignInBody}<p>${'a'.repeat(260 * 1024)}</p>`),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^templates\/en\/SignIn\.html:4:1 {2}size {2}content is 260\.\d KB, over the template limit of 256\.0 KB/,
    );
  });

  it('is an error for an email whose rendered HTML Gmail would clip', async () => {
    const lines = await findingsOf(
      'size',
      signIn(`${cleanSignInBody}<p>${'a'.repeat(110 * 1024)}</p>`),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("over Gmail's 102 KB clipping limit");
  });

  it('finds nothing in an email well under both', async () => {
    expect(
      await findingsOf('size', signIn(`${cleanSignInBody}<p>${'a'.repeat(90 * 1024)}</p>`)),
    ).toEqual([]);
  });
});

describe('html', () => {
  it('points at unclosed and misnested elements where they are in the file', async () => {
    const lines = await findingsOf('html', signIn(`${cleanSignInBody}\n<div><b>bold</div>`));
    expect(lines[0]).toBe(
      "templates/en/SignIn.html:10:7  html  Unclosed element '<b>' (close-order)",
    );
  });

  it('reads an {{else}} branch’s alternative opening tag as one element', async () => {
    const body = `${cleanSignInBody}\n<table><tr>{{#if link}}<td class="wide">{{else}}<td>{{/if}}x</td></tr></table>`;
    expect(await findingsOf('html', signIn(body))).toEqual([]);
  });
});

describe('coverage', () => {
  it('warns about a usage type one language has and another lacks', async () => {
    await writeFiles(dir(), {
      'templates/en/SignIn.html': templateFile(cleanSignInBody),
      'templates/en/ForgotPassword.html': templateFile(cleanSignInBody),
      'templates/de/SignIn.html': templateFile(cleanSignInBody),
    });
    const { lines, code } = await check(dir());
    expect(lines).toEqual([
      "templates/de/ForgotPassword.html  coverage  warning: ForgotPassword has a template in en but not in de: add de/ForgotPassword.html, or de readers get another language's or the built-in email.",
    ]);
    expect(code).toBe(0);
  });

  it('finds nothing when every language has the same usage types', async () => {
    await writeFiles(dir(), {
      'templates/en/SignIn.html': templateFile(cleanSignInBody),
      'templates/de/SignIn.html': templateFile(cleanSignInBody),
    });
    expect((await check(dir())).lines).toEqual([]);
  });
});
