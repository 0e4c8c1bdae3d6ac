import type { FileKindHandler } from '../types.js';
import { parsePostgresConf } from './parse-postgres-conf.js';

/** conf.d style directories under a PostgreSQL configuration tree. */
const PG_CONF_DIR = /(?:^|\/)(?:postgresql|postgres|pgsql)[^/]*\/(?:[^/]+\/)*conf\.d\/[^/]+\.conf$/i;

function isFragmentPath(path: string, base: string): boolean {
  return base === 'postgresql.auto.conf' || PG_CONF_DIR.test(path);
}

export function isPostgresConfPath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base === 'postgresql.conf' || isFragmentPath(path, base);
}

/** Parameters only postgresql.conf has (`name = ` at a line start); two of them make a sniff. */
const PG_ONLY =
  /^[ \t]*#?[ \t]*(?:listen_addresses|shared_buffers|max_wal_size|wal_level|hba_file|ident_file|log_line_prefix|effective_cache_size|password_encryption|checkpoint_completion_target|max_connections|datestyle|lc_messages|default_text_search_config)[ \t]*=/gim;

export const postgresConfHandler: FileKindHandler = {
  kind: 'postgresql-conf',
  label: 'postgresql.conf',
  comments: ['#'],
  byName: (path) => isPostgresConfPath(path),
  byContent(text) {
    const seen = new Set<string>();
    for (const m of text.slice(0, 200_000).matchAll(PG_ONLY)) {
      seen.add(m[0].replace(/[#=\s]/g, '').toLowerCase());
      if (seen.size >= 2) return true;
    }
    return false;
  },
  parse(file, io) {
    const base = file.path.slice(file.path.lastIndexOf('/') + 1);
    const { document, diagnostics } = parsePostgresConf(
      file,
      io,
      isPostgresConfPath,
      isFragmentPath(file.path, base),
    );
    return { documents: [document], diagnostics };
  },
};
