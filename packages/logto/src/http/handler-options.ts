import type { Mailer } from '@authmail/core';
import { z } from 'zod';
import type { ErrorReporter } from './report.js';

/** The options both handlers take besides their secret, as zod checks them. */
export const handlerOptionsShape = {
  mailer: z.custom<Mailer>(
    (value) => typeof (value as { send?: unknown } | undefined)?.send === 'function',
    'must be a mailer (createMailer)',
  ),
  maxBodyBytes: z.number().int().positive().optional(),
  onError: z.custom<ErrorReporter>((value) => typeof value === 'function').optional(),
};
