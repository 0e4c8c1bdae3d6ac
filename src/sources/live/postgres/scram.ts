import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';

/** SCRAM-SHA-256 (RFC 5802/7677) as PostgreSQL speaks it; also builds stored verifiers for ALTER ROLE. */

const hmac = (key: Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();
const sha256 = (data: Buffer): Buffer => createHash('sha256').update(data).digest();

function xor(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) ^ (b[i] as number);
  return out;
}

export interface ScramClient {
  readonly firstMessage: string;
  /** Answers the server-first message; throws if it is malformed or the nonce was tampered with. */
  finalMessage(serverFirst: string): string;
  /** Checks the server's signature (mutual authentication). */
  verifyServer(serverFinal: string): boolean;
}

/** PostgreSQL ignores the SCRAM user name (it uses the startup one), so it defaults to empty. */
export function scramClient(
  password: string,
  nonce = randomBytes(18).toString('base64'),
  username = '',
): ScramClient {
  const firstBare = `n=${username},r=${nonce}`;
  let expectedServerSignature = '';
  return {
    firstMessage: `n,,${firstBare}`,
    finalMessage(serverFirst) {
      const attrs = new Map(serverFirst.split(',').map((p) => [p.slice(0, 1), p.slice(2)] as const));
      const serverNonce = attrs.get('r') ?? '';
      const salt = Buffer.from(attrs.get('s') ?? '', 'base64');
      const iterations = Number(attrs.get('i'));
      if (
        !serverNonce.startsWith(nonce) ||
        salt.length === 0 ||
        !Number.isInteger(iterations) ||
        iterations < 1 ||
        iterations > 10_000_000
      ) {
        throw new Error('malformed SCRAM server-first message');
      }
      const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
      const clientKey = hmac(salted, 'Client Key');
      const withoutProof = `c=biws,r=${serverNonce}`;
      const authMessage = `${firstBare},${serverFirst},${withoutProof}`;
      const proof = xor(clientKey, hmac(sha256(clientKey), authMessage));
      expectedServerSignature = hmac(hmac(salted, 'Server Key'), authMessage).toString('base64');
      return `${withoutProof},p=${proof.toString('base64')}`;
    },
    verifyServer(serverFinal) {
      return expectedServerSignature !== '' && serverFinal.trim() === `v=${expectedServerSignature}`;
    },
  };
}

/**
 * The verifier PostgreSQL stores for a SCRAM-SHA-256 password. Sending this to ALTER ROLE keeps the
 * plaintext out of the wire and out of the server's statement log.
 */
export function scramVerifier(password: string, iterations = 4096, salt = randomBytes(16)): string {
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const storedKey = sha256(hmac(salted, 'Client Key'));
  const serverKey = hmac(salted, 'Server Key');
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** The legacy md5 response: "md5" + md5(md5(password + user) + salt). */
export function md5Response(user: string, password: string, salt: Buffer): string {
  const inner = createHash('md5')
    .update(password + user)
    .digest('hex');
  return `md5${createHash('md5')
    .update(Buffer.concat([Buffer.from(inner), salt]))
    .digest('hex')}`;
}
