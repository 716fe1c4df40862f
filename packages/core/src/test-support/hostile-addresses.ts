import fc from 'fast-check';

/** The characters and words address tricks are made of. */
const trick = fc.constantFrom(
  ...[',', ';', ':', '\r\n', '\n', '\r', '\u0000', '\t', '\u2028', '<', '>', '"', '\\', '@'],
  ...[' ', '.', '(', ')', 'Bcc: ', ', eve@evil.test', 'é', '😀', '\u202e'],
);

/** Up to three tricks or short strings of any characters. */
const noise = fc
  .array(fc.oneof(trick, fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(''));

/** `clean` as it is, most of the time, else with noise before or after it. */
const spoiled = (clean: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(clean) },
    { weight: 1, arbitrary: noise.map((text) => `${text}${clean}`) },
    { weight: 1, arbitrary: noise.map((text) => `${clean}${text}`) },
  );

const mailbox = fc
  .tuple(
    fc.oneof(fc.constant(''), spoiled('Ann'), spoiled('"Doe, Ann"'), spoiled('"Ann \\"A\\""')),
    spoiled('ann.lee+tag'),
    spoiled('example.org'),
  )
  .map(([name, local, domain]) => (name ? `${name} <${local}@${domain}>` : `${local}@${domain}`));

/**
 * Hostile values for an address field: mailboxes with commas, semicolons,
 * CR/LF, angle brackets, quotes, unicode and `@` in odd places, two
 * mailboxes joined by a trick, and plain noise.
 */
export const hostileAddress: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: mailbox },
  { weight: 1, arbitrary: fc.tuple(mailbox, trick, mailbox).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: noise },
);
