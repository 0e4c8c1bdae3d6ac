import type { AnyRule } from '../../core/rule.js';
import httpClickjacking from './http-clickjacking.js';
import httpCors from './http-cors.js';
import httpCsp from './http-csp.js';
import httpDirectoryListing from './http-directory-listing.js';
import httpExposedSensitivePath from './http-exposed-sensitive-path.js';
import httpHsts from './http-hsts.js';
import httpInsecureCookie from './http-insecure-cookie.js';
import httpNoHttpsRedirect from './http-no-https-redirect.js';
import httpNosniff from './http-nosniff.js';
import httpReferrerPolicy from './http-referrer-policy.js';
import httpTraceEnabled from './http-trace-enabled.js';
import httpVersionDisclosure from './http-version-disclosure.js';
import sshNoAuth from './ssh-no-auth.js';
import sshPasswordAuth from './ssh-password-auth.js';
import sshProtocolV1 from './ssh-protocol-v1.js';
import sshWeakCipher from './ssh-weak-cipher.js';
import sshWeakHostKey from './ssh-weak-host-key.js';
import sshWeakKex from './ssh-weak-kex.js';
import sshWeakMac from './ssh-weak-mac.js';
import tlsCbcOnly from './tls-cbc-only.js';
import tlsCertificateExpired from './tls-certificate-expired.js';
import tlsCertificateExpiring from './tls-certificate-expiring.js';
import tlsCertificateNameMismatch from './tls-certificate-name-mismatch.js';
import tlsCertificateNotYetValid from './tls-certificate-not-yet-valid.js';
import tlsCertificateUntrusted from './tls-certificate-untrusted.js';
import tlsLegacyProtocol from './tls-legacy-protocol.js';
import tlsSha1Signature from './tls-sha1-signature.js';
import tlsWeakCipher from './tls-weak-cipher.js';
import tlsWeakKey from './tls-weak-key.js';

/** Rules over live network documents: HTTP(S) (`http-live`), TLS (`tls-live`) and SSH (`ssh-live`). */
export const rules: readonly AnyRule[] = [
  httpClickjacking,
  httpCors,
  httpCsp,
  httpDirectoryListing,
  httpExposedSensitivePath,
  httpHsts,
  httpInsecureCookie,
  httpNoHttpsRedirect,
  httpNosniff,
  httpReferrerPolicy,
  httpTraceEnabled,
  httpVersionDisclosure,
  sshNoAuth,
  sshPasswordAuth,
  sshProtocolV1,
  sshWeakCipher,
  sshWeakHostKey,
  sshWeakKex,
  sshWeakMac,
  tlsCbcOnly,
  tlsCertificateExpired,
  tlsCertificateExpiring,
  tlsCertificateNameMismatch,
  tlsCertificateNotYetValid,
  tlsCertificateUntrusted,
  tlsLegacyProtocol,
  tlsSha1Signature,
  tlsWeakCipher,
  tlsWeakKey,
];
