import type { AnyRule } from '../../core/rule.js';
import dangerousCapabilities from './dangerous-capabilities.js';
import databaseAuthDisabled from './database-auth-disabled.js';
import dockerSocket from './docker-socket.js';
import exposedDatastorePort from './exposed-datastore-port.js';
import hostNamespaces from './host-namespaces.js';
import hostNetwork from './host-network.js';
import imageLatest from './image-latest.js';
import noNewPrivileges from './no-new-privileges.js';
import privileged from './privileged.js';
import readOnlyRootfs from './read-only-rootfs.js';
import secretInEnvironment from './secret-in-environment.js';
import sensitiveHostMount from './sensitive-host-mount.js';
import unconfinedSecurityOpt from './unconfined-security-opt.js';

export const rules: readonly AnyRule[] = [
  privileged,
  dockerSocket,
  databaseAuthDisabled,
  hostNetwork,
  hostNamespaces,
  sensitiveHostMount,
  dangerousCapabilities,
  unconfinedSecurityOpt,
  secretInEnvironment,
  exposedDatastorePort,
  imageLatest,
  noNewPrivileges,
  readOnlyRootfs,
];
