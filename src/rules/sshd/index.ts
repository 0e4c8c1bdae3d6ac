import type { AnyRule } from '../../core/rule.js';
import allowTcpForwarding from './allow-tcp-forwarding.js';
import clientAliveInterval from './client-alive-interval.js';
import hostbasedAuthentication from './hostbased-authentication.js';
import ignoreRhosts from './ignore-rhosts.js';
import logLevel from './log-level.js';
import loginGraceTime from './login-grace-time.js';
import maxAuthTries from './max-auth-tries.js';
import passwordAuthentication from './password-authentication.js';
import permitEmptyPasswords from './permit-empty-passwords.js';
import permitRootLogin from './permit-root-login.js';
import permitUserEnvironment from './permit-user-environment.js';
import protocol from './protocol.js';
import weakCiphers from './weak-ciphers.js';
import weakKex from './weak-kex.js';
import weakMacs from './weak-macs.js';
import x11Forwarding from './x11-forwarding.js';

export const rules: readonly AnyRule[] = [
  permitRootLogin,
  passwordAuthentication,
  permitEmptyPasswords,
  maxAuthTries,
  x11Forwarding,
  weakCiphers,
  weakMacs,
  weakKex,
  hostbasedAuthentication,
  ignoreRhosts,
  permitUserEnvironment,
  loginGraceTime,
  clientAliveInterval,
  allowTcpForwarding,
  logLevel,
  protocol,
];
