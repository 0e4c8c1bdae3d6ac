import type { AnyRule } from '../../core/rule.js';
import adminCommandsEnabled from './admin-commands-enabled.js';
import bindAllInterfaces from './bind-all-interfaces.js';
import dangerousCommands from './dangerous-commands.js';
import defaultUserNopass from './default-user-nopass.js';
import noAuthentication from './no-authentication.js';
import protectedModeDisabled from './protected-mode-disabled.js';
import tlsNotConfigured from './tls-not-configured.js';
import weakPassword from './weak-password.js';

export const rules: readonly AnyRule[] = [
  noAuthentication,
  defaultUserNopass,
  protectedModeDisabled,
  bindAllInterfaces,
  dangerousCommands,
  adminCommandsEnabled,
  weakPassword,
  tlsNotConfigured,
];
