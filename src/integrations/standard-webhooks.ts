import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com/): HMAC-SHA256 over
 * `${id}.${timestamp}.${body}`, sent as `webhook-signature: v1,<base64>`. A `whsec_` secret is
 * base64 after the prefix; any other secret is used as its UTF-8 bytes.
 */
export function secretKey(secret: string): Buffer {
  return secret.startsWith('whsec_') ? Buffer.from(secret.slice(6), 'base64') : Buffer.from(secret, 'utf8');
}

export function signWebhook(secret: string, id: string, timestampSec: number, body: string): string {
  const mac = createHmac('sha256', secretKey(secret))
    .update(`${id}.${timestampSec}.${body}`)
    .digest('base64');
  return `v1,${mac}`;
}

export function webhookHeaders(secret: string | undefined, id: string, timestampSec: number, body: string) {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestampSec),
    ...(secret ? { 'webhook-signature': signWebhook(secret, id, timestampSec, body) } : {}),
  };
}

export type VerifyResult = { ok: true } | { ok: false; reason: string };

/**
 * Verifies a received webhook: one of the space-separated `v1,` signatures must match and the
 * timestamp must be within `toleranceSec` (default 5 minutes) of `nowSec`.
 */
export function verifyWebhook(
  secret: string,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  body: string,
  options: { nowSec?: number; toleranceSec?: number } = {},
): VerifyResult {
  const one = (k: string) => {
    const v = headers[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const id = one('webhook-id');
  const ts = one('webhook-timestamp');
  const sigs = one('webhook-signature');
  if (!id || !ts || !sigs)
    return { ok: false, reason: 'missing webhook-id, webhook-timestamp or webhook-signature' };
  const t = Number(ts);
  if (!Number.isInteger(t)) return { ok: false, reason: 'bad timestamp' };
  const now = options.nowSec ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - t) > (options.toleranceSec ?? 300))
    return { ok: false, reason: 'timestamp outside tolerance' };
  const expected = Buffer.from(signWebhook(secret, id, t, body).slice(3), 'base64');
  for (const s of sigs.split(' ')) {
    const [version, value] = s.split(',', 2);
    if (version !== 'v1' || !value) continue;
    const got = Buffer.from(value, 'base64');
    if (got.length === expected.length && timingSafeEqual(got, expected)) return { ok: true };
  }
  return { ok: false, reason: 'no matching signature' };
}
