/** What a sample payload varies: the action, the user's language, and the tokens. */
interface Sample {
  action: string;
  locale: string;
  user?: Record<string, unknown>;
  emailData?: Record<string, unknown>;
}

const samples: Sample[] = [
  { action: 'signup', locale: 'de' },
  { action: 'recovery', locale: 'fr' },
  { action: 'magiclink', locale: 'ja' },
  {
    action: 'email_change',
    locale: 'en',
    user: { new_email: 'minjun.new@example.com' },
    // Secure email change: Supabase names the hashes against their addresses.
    emailData: { token_new: '482913', token_hash_new: 'pkce_current_4f1dbb5e' },
  },
];

/**
 * Send Email Hook payloads as Supabase Auth POSTs them (its documented
 * example, one per sample): a user whose `user_metadata.locale` is the
 * sample's language, and `email_data` with every field, unused ones empty.
 */
export function samplePayloads(): { action: string; body: string }[] {
  return samples.map(({ action, locale, user, emailData }) => ({
    action,
    body: JSON.stringify({
      user: {
        id: '8484b834-f29e-4af2-bf42-80644d154f76',
        aud: 'authenticated',
        role: 'authenticated',
        email: 'minjun@example.com',
        phone: '',
        user_metadata: { locale, full_name: 'Minjun Kim' },
        ...user,
      },
      email_data: {
        token: '305805',
        token_hash: 'pkce_7d5b7b1964cf5d388340a7f04f1dbb5e',
        redirect_to: 'http://localhost:3000/welcome',
        email_action_type: action,
        site_url: 'https://abcdefghijklmnop.supabase.co/auth/v1',
        token_new: '',
        token_hash_new: '',
        ...emailData,
      },
    }),
  }));
}
