import { DeliveryError } from './delivery-error.js';

export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

const MAX_BODY = 64 * 1024;

/** Seconds or an HTTP date, as milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

async function readLimited(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY) {
      await reader.cancel();
      break;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One HTTP request with a hard timeout; network failures and timeouts are retryable. */
export async function httpRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs: number },
): Promise<HttpResponse> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? 'POST',
      headers: init.headers ?? {},
      ...(init.body !== undefined ? { body: init.body } : {}),
      signal: AbortSignal.timeout(init.timeoutMs),
      redirect: 'manual',
    });
  } catch (e) {
    const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError')
      throw new DeliveryError(`timed out after ${init.timeoutMs}ms`, { retryable: true });
    const cause = err.cause?.code ?? err.cause?.message ?? err.message ?? 'unknown';
    throw new DeliveryError(`network error: ${cause}`, { retryable: true });
  }
  let text: string;
  try {
    text = await readLimited(res);
  } catch (e) {
    const err = e as { name?: string; message?: string };
    if (err.name === 'TimeoutError' || err.name === 'AbortError')
      throw new DeliveryError(`timed out after ${init.timeoutMs}ms reading the response`, {
        retryable: true,
      });
    throw new DeliveryError(`network error reading the response: ${err.message ?? ''}`, { retryable: true });
  }
  return { status: res.status, headers: res.headers, text };
}

/**
 * Throws unless 2xx. 408, 425, 429 and 5xx are worth retrying (honouring Retry-After); other
 * statuses mean the request itself is wrong and retrying cannot help.
 */
export function ensureOk(res: HttpResponse, what: string, now: number): void {
  if (res.status >= 200 && res.status < 300) return;
  const snippet = res.text.replace(/\s+/g, ' ').trim().slice(0, 200);
  const retryable = res.status === 408 || res.status === 425 || res.status === 429 || res.status >= 500;
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now);
  throw new DeliveryError(`${what}: HTTP ${res.status}${snippet ? ` ${snippet}` : ''}`, {
    retryable,
    status: res.status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}
