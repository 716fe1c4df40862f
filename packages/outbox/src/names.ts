import { randomBytes } from 'node:crypto';

/** Longest subject slug kept in a file name. */
const maxSlugLength = 48;

/**
 * The base name shared by a message's files:
 * `2026-11-22T02-15-06-123Z-1a2b3c-your-sign-in-code`.
 *
 * It sorts by time, is unique (6 random hex digits), and holds only ASCII
 * letters, digits and `-`, so it is safe on Windows and in URLs. A subject
 * with no ASCII letters or digits gives the slug `message`.
 */
export function messageBaseName(time: Date, subject: string): string {
  const stamp = time.toISOString().replace(/[:.]/g, '-');
  return `${stamp}-${randomBytes(3).toString('hex')}-${slugify(subject)}`;
}

/** Lower-case ASCII words of `text` joined by `-`, at most {@link maxSlugLength} characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxSlugLength)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'message' : slug;
}

/** Whether `name` looks like a file name this outbox wrote (no path, no scheme). */
export function isOutboxFileName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name);
}
