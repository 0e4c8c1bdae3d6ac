import type { FileKindHandler } from '../types.js';
import { parsePgHba } from './parse-pg-hba.js';

const isHbaName = (base: string) => base === 'pg_hba.conf';

/** A record line: connection type, then (for host types) an address, then a known method. */
const HBA_RECORD =
  /^[ \t]*(?:local|host|hostssl|hostnossl|hostgssenc|hostnogssenc)[ \t]+\S+[ \t]+\S+[ \t]+(?:\S+[ \t]+){0,2}(?:trust|reject|scram-sha-256|md5|password|gss|sspi|ident|peer|ldap|radius|cert|pam|bsd|oauth)\b/im;

export const pgHbaHandler: FileKindHandler = {
  kind: 'pg-hba',
  label: 'pg_hba.conf',
  comments: ['#'],
  byName: (_path, base) => isHbaName(base),
  byContent: (text) => HBA_RECORD.test(text.slice(0, 200_000)),
  parse(file, io) {
    const { document, diagnostics } = parsePgHba(
      file,
      io,
      (path, text) =>
        isHbaName(path.slice(path.lastIndexOf('/') + 1)) || HBA_RECORD.test(text.slice(0, 200_000)),
    );
    return { documents: [document], diagnostics };
  },
};
