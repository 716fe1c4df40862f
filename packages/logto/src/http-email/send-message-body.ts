import { z } from 'zod';

/** One bare address, as Logto sends it: no display name, no list. */
const oneAddress = /^[^\s@<>",;]+@[^\s@<>",;]+$/;

/**
 * What Logto's HTTP email connector POSTs: `{ to, type, payload, ip? }`.
 * `type` is Logto's `TemplateType`; `payload` holds `code` or `link`,
 * `locale`, `uiLocales` and the context (`application`, `organization`,
 * `user`, `inviter`), and may hold anything else.
 */
export const sendMessageBodySchema = z.object({
  to: z.string().max(320).regex(oneAddress, 'must be one email address'),
  type: z.string().min(1).max(64),
  payload: z.looseObject({
    code: z.string().optional(),
    link: z.string().optional(),
    locale: z.string().optional(),
    uiLocales: z.string().optional(),
  }),
  ip: z.string().optional(),
});

/** A validated {@link sendMessageBodySchema} body. */
export type SendMessageBody = z.output<typeof sendMessageBodySchema>;
