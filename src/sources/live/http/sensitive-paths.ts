/** Paths that must never be served, each with a content signature so a soft-404 page never counts. */
export interface SensitivePath {
  readonly path: string;
  readonly what: string;
  /** Returns the evidence string when the body really is that file. */
  readonly match: (body: Buffer) => string | undefined;
  readonly severity: 'critical' | 'high' | 'medium';
}

const text = (b: Buffer) => b.subarray(0, 16 * 1024).toString('latin1');
const looksHtml = (s: string) => /^\s*<(!doctype|html|head|body)/i.test(s);

export const SENSITIVE_PATHS: readonly SensitivePath[] = [
  {
    path: '/.git/config',
    what: 'Git repository metadata (the whole source history can be downloaded)',
    severity: 'high',
    match: (b) => (/^\s*\[core\]/m.test(text(b)) && !looksHtml(text(b)) ? '[core] section' : undefined),
  },
  {
    path: '/.env',
    what: 'environment file (usually database passwords and API keys)',
    severity: 'critical',
    match: (b) => {
      const s = text(b);
      if (looksHtml(s)) return undefined;
      const lines = s.split(/\r?\n/).filter((l) => /^\s*(export\s+)?[A-Z][A-Z0-9_]{1,}\s*=/.test(l));
      return lines.length >= 2 ? `${lines.length} KEY=value lines` : undefined;
    },
  },
  {
    path: '/server-status',
    what: 'Apache mod_status page (client IPs, requested URLs)',
    severity: 'medium',
    match: (b) =>
      /Apache Server Status for|Server uptime:/i.test(text(b)) ? 'Apache server status page' : undefined,
  },
  {
    path: '/actuator/env',
    what: 'Spring Boot environment endpoint (configuration, often secrets)',
    severity: 'high',
    match: (b) => (/"propertySources"\s*:/.test(text(b)) ? '"propertySources" JSON' : undefined),
  },
  {
    path: '/actuator/heapdump',
    what: 'Spring Boot heap dump (memory contents: sessions, passwords, keys)',
    severity: 'critical',
    match: (b) =>
      b.subarray(0, 12).toString('latin1') === 'JAVA PROFILE' ||
      b.subarray(0, 4).equals(Buffer.from('1f8b0800', 'hex'))
        ? 'HPROF heap dump header'
        : undefined,
  },
  {
    path: '/backup.zip',
    what: 'backup archive',
    severity: 'high',
    match: (b) =>
      b.subarray(0, 4).equals(Buffer.from('504b0304', 'hex')) ? 'ZIP local file header' : undefined,
  },
  {
    path: '/.DS_Store',
    what: 'macOS folder index (lists file names in the directory)',
    severity: 'medium',
    match: (b) =>
      b.subarray(0, 8).equals(Buffer.from('0000000142756431', 'hex')) ? 'DS_Store "Bud1" header' : undefined,
  },
  {
    path: '/phpinfo.php',
    what: 'phpinfo() page (versions, paths, environment variables)',
    severity: 'medium',
    match: (b) =>
      /<title>phpinfo\(\)<\/title>|PHP Version \d/i.test(text(b)) ? 'phpinfo() output' : undefined,
  },
  {
    path: '/.htpasswd',
    what: 'Apache password file (crackable hashes)',
    severity: 'high',
    match: (b) => {
      const s = text(b);
      return !looksHtml(s) && /^[^:\s<]+:(\$apr1\$|\$2[aby]\$|\{SHA\}|\$5\$|\$6\$)/m.test(s)
        ? 'user:hash lines'
        : undefined;
    },
  },
  {
    path: '/.aws/credentials',
    what: 'AWS credentials file',
    severity: 'critical',
    match: (b) => (/^\s*aws_access_key_id\s*=/m.test(text(b)) ? 'aws_access_key_id entry' : undefined),
  },
];
