import type { AnyRule } from '../../core/rule.js';
import addInsteadOfCopy from './add-instead-of-copy.js';
import addRemoteUrl from './add-remote-url.js';
import aptListsNotCleaned from './apt-lists-not-cleaned.js';
import aptNoInstallRecommends from './apt-no-install-recommends.js';
import baseImageDigest from './base-image-digest.js';
import baseImageUnpinned from './base-image-unpinned.js';
import chmodWorldWritable from './chmod-world-writable.js';
import curlPipeShell from './curl-pipe-shell.js';
import insecureDownload from './insecure-download.js';
import missingHealthcheck from './missing-healthcheck.js';
import packageUpgrade from './package-upgrade.js';
import packageVerificationDisabled from './package-verification-disabled.js';
import runAsRoot from './run-as-root.js';
import secretFileCopied from './secret-file-copied.js';
import secretInEnv from './secret-in-env.js';
import sshPortExposed from './ssh-port-exposed.js';
import sudoInRun from './sudo-in-run.js';

export const rules: readonly AnyRule[] = [
  addInsteadOfCopy,
  addRemoteUrl,
  aptListsNotCleaned,
  aptNoInstallRecommends,
  baseImageDigest,
  baseImageUnpinned,
  chmodWorldWritable,
  curlPipeShell,
  insecureDownload,
  missingHealthcheck,
  packageUpgrade,
  packageVerificationDisabled,
  runAsRoot,
  secretFileCopied,
  secretInEnv,
  sshPortExposed,
  sudoInRun,
];
