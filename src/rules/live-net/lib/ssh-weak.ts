/**
 * Weak SSH algorithm lists, written for plumb from public guidance (RFC 9142 for key exchange,
 * RFC 8758 for RC4, RFC 8332 for SHA-1 RSA signatures, the OpenSSH release notes, Mozilla's OpenSSH
 * guidelines, ssh-audit's published policy). Each entry says why; severity 'low' marks algorithms
 * still shipped by default that are discouraged but not practically broken.
 */
export interface WeakAlgorithm {
  readonly match: RegExp;
  readonly reason: string;
  readonly severity: 'medium' | 'low';
}

export const WEAK_KEX: readonly WeakAlgorithm[] = [
  {
    match: /^diffie-hellman-group1-sha1$/,
    reason: '1024-bit group with SHA-1 (Logjam range)',
    severity: 'medium',
  },
  {
    match: /^diffie-hellman-group14-sha1$/,
    reason: 'SHA-1 exchange hash (RFC 9142: SHOULD NOT)',
    severity: 'medium',
  },
  { match: /^diffie-hellman-group-exchange-sha1$/, reason: 'SHA-1 exchange hash', severity: 'medium' },
  { match: /^rsa1024-sha1$/, reason: '1024-bit RSA key exchange with SHA-1', severity: 'medium' },
  { match: /^gss-.*-sha1-/, reason: 'SHA-1 GSSAPI key exchange', severity: 'medium' },
  {
    match: /^ecdh-sha2-1\.3\.132\.0\.1$|^ecdh-sha2-nistp192$|^ecdh-sha2-nistb163$/,
    reason: 'curve below 224 bits',
    severity: 'medium',
  },
];

export const WEAK_CIPHERS: readonly WeakAlgorithm[] = [
  { match: /^none$/, reason: 'no encryption', severity: 'medium' },
  { match: /^arcfour/, reason: 'RC4 (RFC 8758 prohibits it)', severity: 'medium' },
  {
    match: /^(3des|des|blowfish|cast128|idea|twofish\d*|serpent\d*)-cbc|^des(-cbc@ssh\.com)?$/,
    reason: '64-bit block or obsolete CBC cipher',
    severity: 'medium',
  },
  {
    match: /^(aes(128|192|256)-cbc|rijndael-cbc@lysator\.liu\.se)$/,
    reason: 'CBC mode (plaintext-recovery attacks on SSH CBC, CVE-2008-5161)',
    severity: 'medium',
  },
];

export const WEAK_MACS: readonly WeakAlgorithm[] = [
  { match: /^none$/, reason: 'no integrity protection', severity: 'medium' },
  { match: /md5/, reason: 'MD5', severity: 'medium' },
  { match: /-96(-etm@openssh\.com)?$/, reason: 'truncated 96-bit tag', severity: 'medium' },
  { match: /ripemd160/, reason: 'RIPEMD-160, removed from OpenSSH', severity: 'medium' },
  { match: /^hmac-sha1(-etm@openssh\.com)?$/, reason: 'SHA-1', severity: 'low' },
  { match: /^umac-64/, reason: '64-bit tag', severity: 'low' },
];

export const WEAK_HOST_KEYS: readonly WeakAlgorithm[] = [
  {
    match: /^ssh-dss(-cert-v01@openssh\.com)?$/,
    reason: 'DSA (1024-bit, removed from OpenSSH)',
    severity: 'medium',
  },
  {
    match: /^ssh-rsa(-cert-v01@openssh\.com)?$/,
    reason: 'RSA signatures with SHA-1 (disabled by default since OpenSSH 8.8)',
    severity: 'medium',
  },
];

export function weakOf(
  offered: readonly string[],
  list: readonly WeakAlgorithm[],
): { name: string; weak: WeakAlgorithm }[] {
  const out: { name: string; weak: WeakAlgorithm }[] = [];
  for (const name of offered) {
    const weak = list.find((w) => w.match.test(name));
    if (weak) out.push({ name, weak });
  }
  return out;
}
