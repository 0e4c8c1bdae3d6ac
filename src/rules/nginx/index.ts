import type { AnyRule } from '../../core/rule.js';
import aliasTraversal from './alias-traversal.js';
import autoindex from './autoindex.js';
import clientMaxBodySize from './client-max-body-size.js';
import httpWithoutRedirect from './http-without-redirect.js';
import missingHsts from './missing-hsts.js';
import missingSecurityHeaders from './missing-security-headers.js';
import serverTokens from './server-tokens.js';
import sslProtocols from './ssl-protocols.js';
import userRoot from './user-root.js';
import weakSslCiphers from './weak-ssl-ciphers.js';

export const rules: readonly AnyRule[] = [
  serverTokens,
  sslProtocols,
  weakSslCiphers,
  autoindex,
  missingHsts,
  missingSecurityHeaders,
  httpWithoutRedirect,
  userRoot,
  aliasTraversal,
  clientMaxBodySize,
];
