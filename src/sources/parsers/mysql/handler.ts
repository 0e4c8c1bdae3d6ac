import type { FileKindHandler } from '../types.js';
import { parseMysql } from './parse-mysql.js';

/** Top-level option files: the whole server configuration starts here. */
const ROOT_NAMES = new Set(['my.cnf', 'my.ini', 'mariadb.cnf', '.my.cnf']);
/** A directory on the path that says "MySQL/MariaDB configuration". */
const MYSQL_DIR = /(?:^|\/)(?:[^/]*mysql[^/]*|[^/]*mariadb[^/]*|my\.cnf\.d)\//i;
/** Other tools use .cnf too (OpenSSL). */
const NOT_MYSQL = new Set(['openssl.cnf', 'ca.cnf', 'req.cnf']);

export function isMysqlPath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (ROOT_NAMES.has(base)) return true;
  if (!/\.cnf$/i.test(base) || NOT_MYSQL.has(base.toLowerCase())) return false;
  return (
    MYSQL_DIR.test(path) || /^(?:mysqld?|mariadbd?|mysql-server|mariadb-server)[-_.]?[^/]*\.cnf$/i.test(base)
  );
}

const SERVER_GROUP =
  /^[ \t]*\[(?:mysqld|mariadb|mariadbd|mysqld_safe|client-mariadb|mysqldump)\][ \t]*(?:[#;].*)?$/im;

export const mysqlHandler: FileKindHandler = {
  kind: 'mysql',
  label: 'MySQL/MariaDB my.cnf',
  comments: ['#', ';'],
  byName: (path) => isMysqlPath(path),
  byContent: (text, base) => /\.(?:cnf|ini)$/i.test(base) && SERVER_GROUP.test(text.slice(0, 200_000)),
  parse(file, io) {
    const base = file.path.slice(file.path.lastIndexOf('/') + 1);
    const { document, diagnostics } = parseMysql(
      file,
      io,
      (path, text) =>
        isMysqlPath(path) || mysqlHandler.byContent?.(text, path.slice(path.lastIndexOf('/') + 1)) === true,
      {
        fragment: !ROOT_NAMES.has(base),
        userFile: base === '.my.cnf',
      },
    );
    return { documents: [document], diagnostics };
  },
};
