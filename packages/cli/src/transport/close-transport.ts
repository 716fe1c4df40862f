import type { Transport } from '@authmail/core';

/** Closes a transport's pooled connections (SMTP's), when it has any, so the process can exit. */
export function closeTransport(transport: Transport): void {
  const close = (transport as { close?: unknown }).close;
  if (typeof close === 'function') close.call(transport);
}
