import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether a binary is on PATH (or in /usr/sbin). */
export function which(name: string): string | undefined {
  for (const dir of [...(process.env['PATH'] ?? '').split(':'), '/usr/sbin', '/usr/local/sbin']) {
    const p = join(dir, name);
    try {
      execFileSync('test', ['-x', p]);
      return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

export interface CertFiles {
  readonly dir: string;
  readonly key: string;
  readonly cert: string;
  keyPem(): Buffer;
  certPem(): Buffer;
  cleanup(): void;
}

/**
 * A self-signed certificate made with the openssl CLI for a test: `names` go into subjectAltName
 * (the first is also the CN).
 */
export function makeCertificate(
  names: readonly string[],
  opts: { days?: number; bits?: number; digest?: string } = {},
): CertFiles {
  const dir = mkdtempSync(join(tmpdir(), 'plumb-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const cfg = join(dir, 'req.cnf');
  writeFileSync(
    cfg,
    [
      '[req]',
      'distinguished_name = dn',
      'x509_extensions = ext',
      'prompt = no',
      '[dn]',
      `CN = ${names[0] ?? 'localhost'}`,
      '[ext]',
      `subjectAltName = ${names.map((n) => (/^[\d.]+$/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',')}`,
      '',
    ].join('\n'),
  );
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      `rsa:${opts.bits ?? 2048}`,
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      String(opts.days ?? 30),
      `-${opts.digest ?? 'sha256'}`,
      '-config',
      cfg,
    ],
    { stdio: 'ignore' },
  );
  return {
    dir,
    key,
    cert,
    keyPem: () => readFileSync(key),
    certPem: () => readFileSync(cert),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
