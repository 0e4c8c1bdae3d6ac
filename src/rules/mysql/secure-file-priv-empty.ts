import { defineRule } from '../../core/rule.js';
import { at, lastServerOption } from './lib/mycnf-facts.js';

export default defineRule({
  id: 'mysql/secure-file-priv-empty',
  kind: 'mysql',
  severity: 'medium',
  title: 'MySQL file import/export is not limited to a directory',
  why: 'An empty secure_file_priv lets any account with the FILE privilege read every file the server can read (LOAD DATA INFILE, LOAD_FILE) and write new files anywhere it can write (SELECT ... INTO OUTFILE), for example a web shell into a web root. A dedicated directory contains the damage.',
  fix: 'Point secure_file_priv at a dedicated directory owned by the mysql user (e.g. `secure_file_priv = /var/lib/mysql-files`), or set it to NULL to disable file import/export.',
  verify:
    "Restart, then run `SHOW GLOBAL VARIABLES LIKE 'secure_file_priv';`: it must show the directory (or NULL), and `SELECT LOAD_FILE('/etc/hostname');` must return NULL.",
  references: [
    'CWE-552',
    'https://dev.mysql.com/doc/refman/8.0/en/server-system-variables.html#sysvar_secure_file_priv',
  ],
  fixable: 'suggestion',
  options: {
    directory: {
      description: 'Directory for file import/export (or NULL to disable it), e.g. `/var/lib/mysql-files`.',
    },
  },
  check(doc, ctx) {
    const o = lastServerOption(doc, 'secure_file_priv');
    const valueRange = o?.valueRange;
    if (!o?.reportable || !valueRange || o.value !== '') return;
    ctx.report({
      ...at(o, o.range),
      message: `${o.rawName} is empty in [${o.group}]: FILE privilege reaches every file the server can access`,
      path: `${o.group}/secure_file_priv`,
      suggest: {
        question: 'Which directory should be the only place for file import/export (or NULL to disable)?',
        option: 'directory',
        placeholder: '/var/lib/mysql-files',
        edits: (e, value) => {
          const v = value.trim();
          if (
            v === '' ||
            /["'#\r\n]/.test(v) ||
            (!v.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(v) && v.toUpperCase() !== 'NULL')
          ) {
            return null;
          }
          const q = o.quoted ? (o.rawValue?.[0] ?? '"') : /\s/.test(v) ? '"' : '';
          return e.replace(valueRange, `${q}${v}${q}`);
        },
      },
    });
  },
});
