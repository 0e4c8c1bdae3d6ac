/** Why a delivery did not go through, and whether trying again can help. */
export class DeliveryError extends Error {
  readonly retryable: boolean;
  readonly status: number | undefined;
  /** The receiver asked us to wait this long (HTTP 429/503 Retry-After). */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: { retryable: boolean; status?: number; retryAfterMs?: number }) {
    super(message);
    this.name = 'DeliveryError';
    this.retryable = options.retryable;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Any thrown value as a DeliveryError (unknown errors are assumed transient). */
export function asDeliveryError(e: unknown): DeliveryError {
  if (e instanceof DeliveryError) return e;
  const err = e as { message?: string; code?: string };
  return new DeliveryError(err?.message ?? String(e), { retryable: true });
}
