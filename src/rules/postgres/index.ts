import type { AnyRule } from '../../core/rule.js';
import connectionLoggingOff from './connection-logging-off.js';
import hbaMd5 from './hba-md5.js';
import hbaNoSsl from './hba-no-ssl.js';
import hbaPasswordCleartext from './hba-password-cleartext.js';
import hbaTrust from './hba-trust.js';
import hbaWorldOpen from './hba-world-open.js';
import listenAllAddresses from './listen-all-addresses.js';
import passwordEncryptionMd5 from './password-encryption-md5.js';
import sslOff from './ssl-off.js';

export const rules: readonly AnyRule[] = [
  hbaTrust,
  hbaPasswordCleartext,
  hbaMd5,
  hbaWorldOpen,
  hbaNoSsl,
  sslOff,
  passwordEncryptionMd5,
  listenAllAddresses,
  connectionLoggingOff,
];
