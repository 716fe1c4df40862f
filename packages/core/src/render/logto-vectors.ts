/**
 * Logto's `replaceSendMessageHandlebars` vectors (connector-kit 5.1.0): the
 * template, the payload and what Logto renders. Numbers follow Logto's list.
 * Test data only; not exported from the package.
 */
export interface LogtoVector {
  id: number;
  template: string;
  payload: Record<string, unknown>;
  logto: string;
}

export const logtoVectors: LogtoVector[] = [
  {
    id: 1,
    template: 'Your verification code is {{code}}',
    payload: { code: '123456' },
    logto: 'Your verification code is 123456',
  },
  {
    id: 2,
    template: 'Your verification code is {{code}}',
    payload: {},
    logto: 'Your verification code is {{code}}',
  },
  {
    id: 3,
    template: 'Your verification code is {{code}} and {{foo}}',
    payload: { code: '123456', foo: 'bar' },
    logto: 'Your verification code is 123456 and bar',
  },
  {
    id: 4,
    template: 'Your verification code is {{code}} and {{foo}}',
    payload: { code: '123456' },
    logto: 'Your verification code is 123456 and {{foo}}',
  },
  {
    id: 5,
    template: 'Your verification code is {{     code }}',
    payload: { code: '123456' },
    logto: 'Your verification code is 123456',
  },
  {
    id: 6,
    template:
      'Your application name is {{application.name}}, {{ application.customData.foo }}, {{ application.customData.bar }}, {{ application.customData.baz.1 }}',
    payload: { application: { name: 'Logto', customData: { foo: 'foo', baz: [1, '2', null] } } },
    logto: 'Your application name is Logto, foo, , 2',
  },
  {
    id: 7,
    template: 'Your {{ application.name }} sign in verification code is {{ code }}',
    payload: { code: '123456' },
    logto: 'Your {{ application.name }} sign in verification code is 123456',
  },
  {
    id: 8,
    template: 'Your application name is {{application.name}}',
    payload: { application: {} },
    logto: 'Your application name is ',
  },
  {
    id: 9,
    template: 'Your logo is {{organization.branding.logoUrl}}',
    payload: { organization: { name: 'foo' } },
    logto: 'Your logo is ',
  },
  {
    id: 10,
    template: '{{ organization.branding.logoUrl }}',
    payload: { organization: { branding: { logoUrl: 'https://example.com/logo.png' } } },
    logto: 'https://example.com/logo.png',
  },
  { id: 11, template: '{{code}}', payload: { code: undefined }, logto: '' },
  { id: 12, template: '{{code}}', payload: { code: null }, logto: '' },
  {
    id: 13,
    template: '{{n}}|{{z}}|{{f}}|{{t}}',
    payload: { n: 42, z: 0, f: false, t: true },
    logto: '42|0|false|true',
  },
  { id: 14, template: '{{obj}}', payload: { obj: { a: 1 } }, logto: '[object Object]' },
  {
    id: 15,
    template: '{{arr}}',
    payload: { arr: [1, '2', null, undefined, { a: 1 }] },
    logto: '1,2,,,[object Object]',
  },
  { id: 16, template: '{{list.length}}', payload: { list: [1, 2, 3] }, logto: '3' },
  { id: 17, template: '{{code.length}}', payload: { code: '123456' }, logto: '' },
  {
    id: 18,
    template: '{{user-name}} {{ }} {{}} {{co de}}',
    payload: { 'user-name': 'x', co: 'y' },
    logto: '{{user-name}} {{ }} {{}} {{co de}}',
  },
  { id: 19, template: '{{{code}}}', payload: { code: '1' }, logto: '{1}' },
  {
    id: 20,
    template: '{{.code}} {{code.}} {{application..name}}',
    payload: { code: '1', application: { name: 'A' } },
    logto: '{{.code}}  ',
  },
  { id: 21, template: '{{a}}', payload: { a: '{{code}}', code: '1' }, logto: '{{code}}' },
  { id: 22, template: '{{a}}', payload: { a: '$& $1 $$' }, logto: '$& $1 $$' },
  {
    id: 23,
    template: '{{a}}',
    payload: { a: '<script>alert(1)</script> & "q"' },
    logto: '<script>alert(1)</script> & "q"',
  },
  {
    id: 24,
    template: '{{constructor}}',
    payload: {},
    logto: 'function Object() { [native code] }',
  },
  { id: 25, template: '{{toString}}', payload: {}, logto: 'function toString() { [native code] }' },
  { id: 26, template: '{{__proto__}}', payload: {}, logto: '[object Object]' },
  { id: 27, template: '{{user.constructor.name}}', payload: { user: {} }, logto: '' },
  { id: 28, template: '{{名前}}', payload: { 名前: 'x' }, logto: '{{名前}}' },
  { id: 29, template: '{{CODE}}', payload: { code: '1' }, logto: '{{CODE}}' },
  { id: 30, template: '{{\tcode\n}}', payload: { code: '1' }, logto: '1' },
  {
    id: 31,
    template: '{{locale}} {{uiLocales}}',
    payload: { locale: 'fr', uiLocales: 'fr-CA fr' },
    logto: 'fr fr-CA fr',
  },
  { id: 32, template: '{{code}}{{code}}', payload: { code: '7' }, logto: '77' },
  {
    id: 33,
    template: '{{user.profile.address.country}}',
    payload: { user: { profile: {} } },
    logto: '',
  },
  {
    id: 34,
    template: '{{user.primaryEmail}}',
    payload: { user: { primaryEmail: null } },
    logto: '',
  },
];
