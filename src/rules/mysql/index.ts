import type { AnyRule } from '../../core/rule.js';
import bindAllInterfaces from './bind-all-interfaces.js';
import clientPassword from './client-password.js';
import localInfile from './local-infile.js';
import logRaw from './log-raw.js';
import oldPasswords from './old-passwords.js';
import requireSecureTransport from './require-secure-transport.js';
import secureFilePrivEmpty from './secure-file-priv-empty.js';
import skipGrantTables from './skip-grant-tables.js';
import symbolicLinks from './symbolic-links.js';

export const rules: readonly AnyRule[] = [
  skipGrantTables,
  localInfile,
  secureFilePrivEmpty,
  bindAllInterfaces,
  requireSecureTransport,
  clientPassword,
  symbolicLinks,
  oldPasswords,
  logRaw,
];
