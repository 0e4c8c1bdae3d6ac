import type { AnyRule } from '../../core/rule.js';
import djangoAllowedHostsWildcard from './django-allowed-hosts-wildcard.js';
import djangoDebugEnabled from './django-debug-enabled.js';
import djangoHardcodedSecretKey from './django-hardcoded-secret-key.js';
import djangoHstsDisabled from './django-hsts-disabled.js';
import djangoInsecureCookies from './django-insecure-cookies.js';
import djangoSslRedirectDisabled from './django-ssl-redirect-disabled.js';
import springActuatorExposed from './spring-actuator-exposed.js';
import springH2ConsoleEnabled from './spring-h2-console-enabled.js';
import springShowValuesAlways from './spring-show-values-always.js';
import springShutdownEndpointEnabled from './spring-shutdown-endpoint-enabled.js';
import springSslDisabled from './spring-ssl-disabled.js';

export const rules: readonly AnyRule[] = [
  djangoDebugEnabled,
  djangoHardcodedSecretKey,
  djangoAllowedHostsWildcard,
  djangoInsecureCookies,
  djangoSslRedirectDisabled,
  djangoHstsDisabled,
  springActuatorExposed,
  springShutdownEndpointEnabled,
  springShowValuesAlways,
  springSslDisabled,
  springH2ConsoleEnabled,
];
