import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contentDeliveryShape,
  deliveriesShape,
  deliveryShape,
  plainTextDeliveryShape,
  templateDeliveryShape,
} from '../deliveries.js';
import { providerOptionFields } from '../provider/provider-options.js';
import * as schemas from '../schemas/index.js';
import { object } from '../shape/object.js';
import { usageTypeShape, usageTypes } from '../usage-types.js';
import {
  applicationInfoShape,
  brandingShape,
  organizationInfoShape,
  userInfoShape,
  userProfileShape,
  variableShapes,
} from '../variables.js';
import { describeIssues } from '../zod-issues.js';
import { checkShape, describeShapeIssues } from './check.js';
import type { Shape } from './shape.js';
import { toZod } from './to-zod.js';

// The differential test of the one-source-of-truth promise: for every
// description, the shape's own check and the zod schema built from it (the
// public one in `@authmail/core/schemas`) accept and refuse the same values,
// and report the same `path: message` lines.

const application = { id: 'app_1', name: 'Acme', displayName: null, branding: { logoUrl: 'x' } };
const organization = { id: 'org_1', name: 'Org', branding: null };
const user = {
  id: 'u1',
  name: null,
  primaryEmail: 'ann@example.com',
  profile: { givenName: 'Ann', address: { country: 'DE' } },
};
const time = '2026-11-22T14:05:00Z';

/** Values each description accepts: the seeds the mutations start from. */
const seeds: Record<string, unknown[]> = {
  SignIn: [
    { code: '1', application },
    { code: '123456', application, organization, locale: 'de' },
    { link: 'https://acme.test/v?t=1', application, expiresInMinutes: 60 },
    { code: '1', link: 'https://acme.test/v', application },
  ],
  Generic: [
    { code: '1' },
    { code: '9', uiLocales: 'de en', extra: [1] },
    { link: 'https://acme.test/v' },
  ],
  OrganizationInvitation: [{ link: 'https://acme.test/i', organization, inviter: user }],
  BindMfa: [
    { code: '1', user },
    { code: '2', user, application },
    { link: 'https://acme.test/v', user, expiresInMinutes: 5 },
  ],
  Invite: [{ link: 'https://acme.test/i' }, { link: 'x', application, inviter: user }],
  EmailChanged: [{ user, time, oldEmail: 'a@b.c', newEmail: null }],
  PhoneChanged: [{ user, time, oldPhone: '+1', newPhone: '+2' }],
  IdentityLinked: [{ user, time, provider: 'GitHub' }],
  IdentityUnlinked: [{ user, time }],
  MfaFactorEnrolled: [{ user, time, factorType: 'totp', application }],
  MfaFactorUnenrolled: [{ user, time }],
  Welcome: [{ user }],
  PasswordChanged: [{ user, time }],
  NewDeviceSignIn: [{ user, time, device: 'Firefox', ip: null, location: undefined }],
  branding: [{}, { logoUrl: 'a', darkFavicon: null }],
  application: [application],
  organization: [organization],
  user: [user],
  profile: [{}, user.profile],
  content: [
    { html: '<p>{{code}}</p>', subject: 's' },
    { html: '', text: 't', replyTo: 'r' },
  ],
  template: [{ template: 't', variables: { a: 1 }, versionByLanguage: true }],
  plainText: [{ text: 'x', contentType: 'text/plain', replyTo: 'r' }],
  deliveries: [{ SignIn: { html: 'x' }, Generic: { template: 't' } }, {}],
  usageType: ['SignIn', 'NewDeviceSignIn'],
  providerOptions: [{}, { timeoutMs: 1, maxInFlight: 10_000 }],
};

/** Every description with its public zod schema, and the seeds it starts from. */
const described: [string, Shape, unknown, unknown[]][] = [
  ...usageTypes.map((usageType): [string, Shape, unknown, unknown[]] => [
    `variables of ${usageType}`,
    variableShapes[usageType],
    schemas.variableSchemas[usageType],
    seeds[usageType] ?? seedsFor(usageType),
  ]),
  ['branding', brandingShape, schemas.brandingSchema, seeds.branding ?? []],
  ['application', applicationInfoShape, schemas.applicationInfoSchema, seeds.application ?? []],
  ['organization', organizationInfoShape, schemas.organizationInfoSchema, seeds.organization ?? []],
  ['user', userInfoShape, schemas.userInfoSchema, seeds.user ?? []],
  ['user profile', userProfileShape, schemas.userProfileSchema, seeds.profile ?? []],
  [
    'delivery',
    deliveryShape,
    schemas.deliverySchema,
    [...(seeds.content ?? []), ...(seeds.template ?? []), ...(seeds.plainText ?? [])],
  ],
  ['content delivery', contentDeliveryShape, schemas.contentDeliverySchema, seeds.content ?? []],
  [
    'template delivery',
    templateDeliveryShape,
    schemas.templateDeliverySchema,
    seeds.template ?? [],
  ],
  [
    'plain-text delivery',
    plainTextDeliveryShape,
    schemas.plainTextDeliverySchema,
    seeds.plainText ?? [],
  ],
  ['deliveries', deliveriesShape, schemas.deliveriesSchema, seeds.deliveries ?? []],
  ['usage type', usageTypeShape, schemas.usageTypeSchema, seeds.usageType ?? []],
  [
    'provider options',
    object(providerOptionFields),
    toZod(object(providerOptionFields)),
    seeds.providerOptions ?? [],
  ],
];

function seedsFor(usageType: string): unknown[] {
  if (['Register', 'ForgotPassword', 'MfaVerification'].includes(usageType)) {
    return seeds.SignIn ?? [];
  }
  return seeds.BindMfa ?? [];
}

/** Every key the descriptions know, and some they do not. */
const keys = fc.constantFrom(
  ...[
    ...Object.keys({ ...application, ...organization, ...user, ...user.profile }),
    ...['code', 'link', 'time', 'device', 'ip', 'inviter', 'locale', 'uiLocales', 'logoUrl'],
    ...['expiresInMinutes', 'provider', 'factorType', 'oldEmail', 'newEmail'],
    ...['html', 'text', 'subject', 'template', 'variables', 'contentType', 'replyTo'],
    ...['versionByLanguage', 'timeoutMs', 'maxInFlight', 'extra', '__proto__', 'constructor'],
    ...usageTypes,
  ],
);

/** Leaves that sit on the edges of the rules: empty strings, date-times nearly right, NaN. */
const leaf = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    'text/plain',
    'htmlonly',
    'SignIn',
    time,
    '2026-11-22T23:05:00.120+09:00',
    '2024-02-29T10:00:00-05:30',
    '2026-02-29T10:00:00Z',
    '2026-11-22T14:05:00',
    '2026-11-22T14:05Z',
    '2026-11-22t14:05:00z',
    '2026-11-22T24:00:00Z',
    '2026-11-22T14:05:00+1:00',
    0,
    1,
    -1,
    1.5,
    10_000,
    10_001,
    2_147_483_647,
    2_147_483_648,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    null,
    undefined,
  ),
  fc.string({ maxLength: 4 }),
  fc.integer(),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
);

const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
})).value;

/** A change at one place of a seed: a key dropped, replaced or added. */
interface Mutation {
  readonly steps: number[];
  readonly action: 'delete' | 'set';
  readonly key: string;
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  steps: fc.array(fc.nat(), { maxLength: 3 }),
  action: fc.constantFrom('delete', 'set'),
  key: keys,
  value,
});

/** `seed`, deep-copied, with each mutation applied at the place its steps lead to. */
function mutate(seed: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(seed);
  if (typeof copy !== 'object' || copy === null)
    return mutations.length > 0 ? mutations[0]?.value : copy;
  for (const { steps, action, key, value: replacement } of mutations) {
    let target = copy as Record<string, unknown>;
    for (const step of steps) {
      const children = Object.values(target).filter((child) => typeof child === 'object' && child);
      if (children.length === 0) break;
      target = children[step % children.length] as Record<string, unknown>;
    }
    const known = Object.keys(target);
    const name =
      known.length > 0 && steps.length % 2 === 0
        ? (known[steps.length % known.length] ?? key)
        : key;
    if (action === 'delete') delete target[name];
    else
      Object.defineProperty(target, name, {
        value: replacement,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy;
}

interface ZodLike {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: Parameters<typeof describeIssues>[0] };
  };
}

/** zod's verdict, or `undefined` where zod itself throws (a class name with no text form). */
function zodVerdict(schema: unknown, input: unknown) {
  try {
    const result = (schema as ZodLike).safeParse(input);
    return {
      passes: result.success,
      lines: result.error ? describeIssues(result.error.issues) : [],
    };
  } catch {
    return undefined;
  }
}

/** What the shape and the zod schema say of `input`: pass or fail, and the lines. */
function verdicts(shape: Shape, schema: unknown, input: unknown) {
  const fast = checkShape(shape, input);
  const zod = zodVerdict(schema, input);
  fc.pre(zod !== undefined);
  return {
    fast: { passes: fast.issues.length === 0, lines: describeShapeIssues(fast.issues) },
    zod,
  };
}

describe.each(described)('%s: the shape and its zod schema', (_, shape, schema, seedValues) => {
  it('accept every seed', () => {
    for (const seed of seedValues) {
      expect(verdicts(shape, schema, seed)).toEqual({
        fast: { passes: true, lines: [] },
        zod: { passes: true, lines: [] },
      });
    }
  });

  it('agree on seeds changed at random places, with the same lines', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seedValues),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (seed, mutations) => {
          const { fast, zod } = verdicts(shape, schema, mutate(seed, mutations));
          expect(fast).toEqual(zod);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agree on any value at all, with the same lines', () => {
    fc.assert(
      fc.property(value, (input) => {
        const { fast, zod } = verdicts(shape, schema, input);
        expect(fast).toEqual(zod);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the ISO date-time rule and zod's iso.datetime({ offset: true })", () => {
  const shape = variableShapes.PasswordChanged;
  const schema = schemas.variableSchemas.PasswordChanged;
  /** A real instant's date and time, with its separator, fraction and zone varied, and now and then one character changed. */
  const dateTime = fc
    .record({
      instant: fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('2200-01-01') }),
      separator: fc.constantFrom('T', 'T', 'T', 't', ' '),
      fraction: fc.constantFrom('', '', '.5', '.123', '.', '.1234567'),
      zone: fc.constantFrom(
        'Z',
        'Z',
        '+01:00',
        '-05:30',
        '+23:59',
        '',
        'z',
        '+1:00',
        '+24:00',
        '+14:60',
        '+0100',
      ),
      typo: fc.option(fc.tuple(fc.nat(), fc.constantFrom(...'0123456789:-T. Zz+')), { freq: 3 }),
    })
    .map(({ instant, separator, fraction, zone, typo }) => {
      const [date, time] = instant.toISOString().slice(0, 19).split('T') as [string, string];
      const text = `${date}${separator}${time}${fraction}${zone}`;
      if (typo === null) return text;
      const [at, character] = typo;
      const index = at % text.length;
      return text.slice(0, index) + character + text.slice(index + 1);
    });

  it('accept and refuse the same strings', () => {
    fc.assert(
      fc.property(dateTime, (time) => {
        const { fast, zod } = verdicts(shape, schema, { user: { id: 'u' }, time });
        expect(fast).toEqual(zod);
      }),
      { numRuns: 2000 },
    );
  });

  it('accept leap days and refuse the 29th of February otherwise', () => {
    for (const [time, passes] of [
      ['2024-02-29T00:00:00Z', true],
      ['2000-02-29T00:00:00Z', true],
      ['1900-02-29T00:00:00Z', false],
      ['2026-02-29T00:00:00Z', false],
      ['2026-04-31T00:00:00Z', false],
    ] as const) {
      const { fast, zod } = verdicts(shape, schema, { user: { id: 'u' }, time });
      expect([fast.passes, zod.passes]).toEqual([passes, passes]);
    }
  });
});
