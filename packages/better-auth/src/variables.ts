import type { ApplicationInfo, OrganizationInfo, UserInfo } from '@authmail/core';
import type { Endpoint } from './endpoint.js';

/** The fields of a better-auth user the emails use. */
export interface BetterAuthUser {
  id: string;
  email: string;
  name?: string | null;
  image?: string | null;
}

/**
 * A better-auth user as authmail's `user`: `id`, `name`, `email` as
 * `primaryEmail`, `image` as `avatar`. Nothing else is copied, so fields a
 * plugin adds to the user (two-factor secrets among them) never reach a
 * template or a provider.
 */
export function authmailUser(user: BetterAuthUser): UserInfo {
  return { id: user.id, name: user.name, primaryEmail: user.email, avatar: user.image };
}

/** A better-auth organization as authmail's `organization`, its `logo` as the logo. */
export function authmailOrganization(organization: {
  id: string;
  name: string;
  logo?: string | null;
}): OrganizationInfo {
  return {
    id: organization.id,
    name: organization.name,
    branding: { logoUrl: organization.logo },
  };
}

/** better-auth's name for an app that sets no `appName`. */
const betterAuthDefaultName = 'Better Auth';

/** The `application` option, else better-auth's `appName`. */
export function applicationFor(
  configured: ApplicationInfo | undefined,
  endpoint: Endpoint | undefined,
): ApplicationInfo {
  if (configured) return configured;
  const name = endpoint?.context.appName ?? betterAuthDefaultName;
  return { id: name, name };
}
