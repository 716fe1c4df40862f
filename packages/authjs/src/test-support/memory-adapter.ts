import type { Adapter, AdapterSession, AdapterUser, VerificationToken } from '@auth/core/adapters';

/** An Auth.js adapter over plain maps, with the maps open for tests to read. */
export interface MemoryAdapter extends Adapter {
  readonly users: Map<string, AdapterUser>;
  readonly sessions: Map<string, AdapterSession>;
  /** Hashed tokens, keyed by `identifier token`. */
  readonly verificationTokens: Map<string, VerificationToken>;
}

const tokenKey = ({ identifier, token }: { identifier: string; token: string }) =>
  `${identifier} ${token}`;

/**
 * What Auth.js's email sign-in with database sessions calls: verification
 * tokens, users by id and email, and sessions.
 */
export function createMemoryAdapter(): MemoryAdapter {
  const users = new Map<string, AdapterUser>();
  const sessions = new Map<string, AdapterSession>();
  const verificationTokens = new Map<string, VerificationToken>();
  const userByEmail = (email: string) =>
    [...users.values()].find((user) => user.email === email) ?? null;
  return {
    users,
    sessions,
    verificationTokens,
    createUser(user) {
      users.set(user.id, user);
      return user;
    },
    getUser: (id) => users.get(id) ?? null,
    getUserByEmail: userByEmail,
    updateUser(changes) {
      const user = { ...(users.get(changes.id) as AdapterUser), ...changes };
      users.set(user.id, user);
      return user;
    },
    createSession(session) {
      sessions.set(session.sessionToken, session);
      return session;
    },
    getSessionAndUser(sessionToken) {
      const session = sessions.get(sessionToken);
      const user = session && users.get(session.userId);
      return session && user ? { session, user } : null;
    },
    updateSession(changes) {
      const session = sessions.get(changes.sessionToken);
      if (!session) return null;
      const updated = { ...session, ...changes };
      sessions.set(updated.sessionToken, updated);
      return updated;
    },
    deleteSession(sessionToken) {
      const session = sessions.get(sessionToken) ?? null;
      sessions.delete(sessionToken);
      return session;
    },
    createVerificationToken(token) {
      verificationTokens.set(tokenKey(token), token);
      return token;
    },
    useVerificationToken(params) {
      const token = verificationTokens.get(tokenKey(params)) ?? null;
      verificationTokens.delete(tokenKey(params));
      return token;
    },
  };
}
