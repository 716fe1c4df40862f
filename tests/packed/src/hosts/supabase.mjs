// Runs inside the user project (outside the workspace, clean environment):
// the installed @authmail/supabase hook, called as an Edge Function would
// call it (a Fetch Request, no server), with a payload signed the way
// Supabase Auth signs it (standardwebhooks, the secret's `v1,` stripped).
// Prints one JSON line; exits 1 when anything is not as expected.
import { createMailer, createMemoryTransport } from '@authmail/core';
import { createSendEmailHook } from '@authmail/supabase';
import { Webhook } from 'standardwebhooks';

const secret = `v1,whsec_${Buffer.from('authmail packed supabase secret!').toString('base64')}`;
const siteUrl = 'https://abcdefghijklmnop.supabase.co/auth/v1';
const tokenHash = 'pkce_7d5b7b1964cf5d388340a7f04f1dbb5e';
const transport = createMemoryTransport();
const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
const hook = createSendEmailHook({ mailer, secret });

const body = JSON.stringify({
  user: { id: 'user-1', email: 'ann@example.com', user_metadata: { locale: 'de' } },
  email_data: {
    token: '305805',
    token_hash: tokenHash,
    redirect_to: 'https://app.example.com/welcome',
    email_action_type: 'signup',
    site_url: siteUrl,
    token_new: '',
    token_hash_new: '',
  },
});

/** A POST to the hook, signed with `signature` (Supabase's, unless forged). */
function post(signature) {
  const id = 'msg_packed_1';
  const now = new Date();
  const signed = new Webhook(secret.slice('v1,'.length)).sign(id, now, body);
  return new Request('https://functions.example/send-email', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': signature ?? signed,
    },
  });
}

const answer = await hook(post());
const message = transport.last();
const forged = await hook(post(`v1,${Buffer.alloc(32, 1).toString('base64')}`));
const expectedLink = `${siteUrl}/verify?token=${tokenHash}&type=signup&redirect_to=${encodeURIComponent('https://app.example.com/welcome')}`;

const results = {
  status: answer.status,
  usageType: message?.tags?.[0],
  language: /<html lang="([^"]+)"/.exec(message?.html ?? '')?.[1],
  link: message?.text?.includes(expectedLink) ?? false,
  forgedStatus: forged.status,
  emails: transport.messages.length,
};
console.log(JSON.stringify(results));

const expected = {
  status: 200,
  usageType: 'Register',
  language: 'de',
  link: true,
  forgedStatus: 401,
  emails: 1,
};
const mismatched = Object.keys(expected).filter((key) => results[key] !== expected[key]);
if (mismatched.length > 0) {
  console.error(`supabase host: unexpected ${mismatched.join(', ')}`);
  process.exitCode = 1;
}
