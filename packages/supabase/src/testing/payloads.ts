import type { SendEmailHookPayload, SupabaseEmailActionType } from '../payload.js';

/** The Auth API URL Supabase puts in `site_url`. */
export const siteUrl = 'https://abcdefghijklmnop.supabase.co/auth/v1';

/** What a test changes in a payload. */
export interface PayloadChanges {
  user?: Partial<SendEmailHookPayload['user']>;
  email_data?: Partial<SendEmailHookPayload['email_data']>;
  metadata?: unknown;
}

/**
 * A Send Email Hook payload as Supabase Auth builds it: its user object and
 * every `email_data` field, the unused ones as empty strings (Go's zero value).
 */
export function payloadFor(
  action: SupabaseEmailActionType,
  changes: PayloadChanges = {},
): SendEmailHookPayload {
  return {
    metadata: {
      uuid: '0f5d2a2e-59f4-4f55-9d47-1c3c5a0f9d10',
      time: '2026-03-02T09:15:27.123456789Z',
      name: 'send-email',
      ip_address: '203.0.113.9',
      ...(changes.metadata as object | undefined),
    },
    user: {
      id: '8484b834-f29e-4af2-bf42-80644d154f76',
      aud: 'authenticated',
      role: 'authenticated',
      email: 'ann@example.com',
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: { locale: 'de', full_name: 'Ann Example' },
      identities: [],
      created_at: '2026-03-01T10:00:00Z',
      updated_at: '2026-03-02T09:15:27Z',
      is_anonymous: false,
      ...changes.user,
    },
    email_data: {
      token: '305805',
      token_hash: 'pkce_7d5b7b1964cf5d388340a7f04f1dbb5eeb6c7b52ef8270e1737a58d0',
      redirect_to: 'https://app.example.com/welcome?from=email',
      email_action_type: action,
      site_url: siteUrl,
      token_new: '',
      token_hash_new: '',
      old_email: '',
      old_phone: '',
      provider: '',
      factor_type: '',
      ...changes.email_data,
    },
  };
}
