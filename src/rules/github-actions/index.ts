import type { AnyRule } from '../../core/rule.js';
import checkoutPersistCredentials from './checkout-persist-credentials.js';
import curlPipeShell from './curl-pipe-shell.js';
import expressionInjection from './expression-injection.js';
import missingPermissions from './missing-permissions.js';
import secretEcho from './secret-echo.js';
import secretsInherit from './secrets-inherit.js';
import selfHostedRunner from './self-hosted-runner.js';
import unpinnedAction from './unpinned-action.js';
import unsecureCommands from './unsecure-commands.js';
import untrustedCheckout from './untrusted-checkout.js';
import writeAllPermissions from './write-all-permissions.js';

export const rules: readonly AnyRule[] = [
  untrustedCheckout,
  expressionInjection,
  writeAllPermissions,
  missingPermissions,
  unpinnedAction,
  selfHostedRunner,
  checkoutPersistCredentials,
  secretsInherit,
  unsecureCommands,
  curlPipeShell,
  secretEcho,
];
