import { readFileSync } from 'node:fs';

const fixtures = new URL('../fixtures/', import.meta.url);

/** The sign-in email of `fixtures/`: about 3 KB of HTML with plain `{{path}}` placeholders. */
export interface SignInFixture {
  subject: string;
  html: string;
  variables: Record<string, unknown>;
}

/** Reads `fixtures/sign-in.html` and its subject and variables from `fixtures/sign-in.json`. */
export function loadSignIn(): SignInFixture {
  const html = readFileSync(new URL('sign-in.html', fixtures), 'utf8');
  const { subject, variables } = JSON.parse(
    readFileSync(new URL('sign-in.json', fixtures), 'utf8'),
  ) as { subject: string; variables: Record<string, unknown> };
  return { subject, html, variables };
}

/**
 * The fixture's HTML made distinct by a number in its heading (so their text
 * parts differ too): `count` templates from number `first`.
 */
export function distinctTemplates(html: string, first: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    html.replace('<h1>', `<h1>#${first + index} `),
  );
}

/** The bench package's directory, where bare specifiers of child processes resolve. */
export const benchDir = new URL('..', import.meta.url);
