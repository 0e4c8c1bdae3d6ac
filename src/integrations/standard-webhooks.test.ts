import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './standard-webhooks.js';

describe('Standard Webhooks', () => {
  // The example from the Standard Webhooks specification's reference libraries.
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const ts = 1614265330;
  const body = '{"test": 2432232314}';

  it('signs base64(HMAC-SHA256(id.timestamp.body)) with the whsec_ key decoded', () => {
    expect(signWebhook(secret, id, ts, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verifies, rejects a tampered body, a wrong key and a stale timestamp', () => {
    const headers = {
      'webhook-id': id,
      'webhook-timestamp': String(ts),
      'webhook-signature': `v1,bogus ${signWebhook(secret, id, ts, body)}`,
    };
    expect(verifyWebhook(secret, headers, body, { nowSec: ts })).toEqual({ ok: true });
    expect(verifyWebhook(secret, headers, `${body} `, { nowSec: ts }).ok).toBe(false);
    expect(verifyWebhook('whsec_AAAAAAAAAAAAAAAAAAAAAAAA', headers, body, { nowSec: ts }).ok).toBe(false);
    expect(verifyWebhook(secret, headers, body, { nowSec: ts + 3600 })).toEqual({
      ok: false,
      reason: 'timestamp outside tolerance',
    });
  });
});
