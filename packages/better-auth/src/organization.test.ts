import { expect, it } from 'vitest';
import { createTestAuth, german, signedInUser } from './testing/test-auth.js';

// The organization plugin of real better-auth: an invitation arrives in
// German as OrganizationInvitation, linking where `invitationUrl` says, and
// the invitation id in the link lets the invitee join.

it('sends the invitation as OrganizationInvitation in German, and its link lets the invitee join', async () => {
  const testAuth = createTestAuth();
  const ownerCookie = await signedInUser(testAuth, {
    email: 'olga@example.com',
    name: 'Olga Owner',
  });
  const organization = await testAuth.auth.api.createOrganization({
    body: { name: 'Acme Robotics', slug: 'acme-robotics', logo: 'https://acme.test/logo.png' },
    headers: german({ cookie: ownerCookie }),
  });
  const invitation = await testAuth.auth.api.createInvitation({
    body: { email: 'bob@example.com', role: 'member', organizationId: organization?.id ?? '' },
    headers: german({ cookie: ownerCookie }),
  });

  const message = testAuth.transport.last();
  const link = `https://acme.test/accept-invitation/${invitation.id}`;
  expect(message).toMatchObject({ to: 'bob@example.com', tags: ['OrganizationInvitation'] });
  expect(message?.text).toContain(link);
  expect(message?.text).toContain('Acme Robotics');
  expect(message?.text).toContain('Olga Owner');
  expect(testAuth.sent.at(-1)?.result.languageTag).toBe('de');
  expect(testAuth.sent.at(-1)?.request.variables).toEqual({
    link,
    organization: {
      id: organization?.id,
      name: 'Acme Robotics',
      branding: { logoUrl: 'https://acme.test/logo.png' },
    },
    inviter: {
      id: testAuth.db.user?.[0]?.id,
      name: 'Olga Owner',
      primaryEmail: 'olga@example.com',
    },
  });

  const bobCookie = await signedInUser(testAuth, { email: 'bob@example.com', name: 'Bob' });
  const invitationId = link.split('/').at(-1) ?? '';
  await testAuth.auth.api.acceptInvitation({
    body: { invitationId },
    headers: new Headers({ cookie: bobCookie }),
  });
  const members = await testAuth.auth.api.listMembers({
    query: { organizationId: organization?.id },
    headers: new Headers({ cookie: ownerCookie }),
  });
  expect(members.members.map((member) => member.user.email).sort()).toEqual([
    'bob@example.com',
    'olga@example.com',
  ]);
});

it('sends no invitation without `invitationUrl`, and better-auth logs the error naming the option', async () => {
  const testAuth = createTestAuth({ emails: { invitationUrl: undefined } });
  const cookie = await signedInUser(testAuth, { email: 'olga@example.com', name: 'Olga Owner' });
  const organization = await testAuth.auth.api.createOrganization({
    body: { name: 'Acme Robotics', slug: 'acme-robotics' },
    headers: new Headers({ cookie }),
  });
  testAuth.transport.clear();
  await testAuth.auth.api.createInvitation({
    body: { email: 'bob@example.com', role: 'member', organizationId: organization?.id ?? '' },
    headers: new Headers({ cookie }),
  });

  expect(testAuth.transport.messages).toEqual([]);
  const errors = testAuth.logged
    .filter((line) => line.level === 'error')
    .flatMap((line) => line.args);
  expect(errors).toContainEqual(
    expect.objectContaining({
      code: 'invalid_config',
      message: expect.stringContaining('invitationUrl:'),
    }),
  );
});
