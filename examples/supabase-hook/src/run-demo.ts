import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OutgoingEmail, Transport } from '@authmail/core';
import { toNodeHandler } from '@authmail/core/http';
import { createOutboxTransport } from '@authmail/outbox';
import { Webhook } from 'standardwebhooks';
import { createHook, demoSecret } from './hook.js';
import { samplePayloads } from './sample-payloads.js';

/** One email the demo sent. */
export interface DemoRow {
  action: string;
  status: number;
  usageType: string;
  language: string;
  to: string;
  subject: string;
}

/**
 * Serves the hook on 127.0.0.1, POSTs each sample payload to it signed as
 * Supabase signs it (Standard Webhooks, `v1,` stripped from the secret), and
 * reports every email that reached the outbox in `outboxDir`.
 */
export async function runDemo(outboxDir: string, secret = demoSecret): Promise<DemoRow[]> {
  const sent: OutgoingEmail[] = [];
  const transport = recording(createOutboxTransport({ dir: outboxDir }), sent);
  const server = createServer(toNodeHandler(createHook({ transport, secret })));
  await once(server.listen(0, '127.0.0.1'), 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signer = new Webhook(secret.replace(/^v1,/, ''));
  const rows: DemoRow[] = [];
  try {
    for (const { action, body } of samplePayloads()) {
      const before = sent.length;
      const answer = await fetch(url, { method: 'POST', body, headers: signed(signer, body) });
      rows.push(...sent.slice(before).map((message) => row(action, answer.status, message)));
    }
  } finally {
    server.close();
  }
  return rows;
}

/** The headers Supabase Auth sends with a hook call. */
function signed(signer: Webhook, body: string): Record<string, string> {
  const id = crypto.randomUUID();
  const now = new Date();
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': signer.sign(id, now, body),
  };
}

/** `transport`, keeping a copy of each message it delivered in `sent`. */
function recording(transport: Transport, sent: OutgoingEmail[]): Transport {
  return {
    name: transport.name,
    async send(message, options) {
      const receipt = await transport.send(message, options);
      sent.push(message);
      return receipt;
    },
  };
}

function row(action: string, status: number, message: OutgoingEmail): DemoRow {
  return {
    action,
    status,
    usageType: message.tags?.[0] ?? '',
    language: /<html lang="([^"]+)"/.exec(message.html ?? '')?.[1] ?? '',
    to: message.to,
    subject: message.subject,
  };
}
