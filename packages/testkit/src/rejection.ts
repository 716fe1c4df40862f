/**
 * The reason `promise` rejects with; throws when it resolves instead, so a
 * test that expects a failure fails when there is none.
 *
 * @example
 * ```ts
 * const error = await rejectionOf(transport.send(message));
 * expect(error).toMatchObject({ code: 'unauthorized' });
 * ```
 */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
