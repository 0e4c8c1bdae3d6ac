import type { LiveDocumentBase } from '../types.js';

export interface CookieFacts {
  readonly name: string;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  /** SameSite attribute as sent (Strict, Lax, None), absent when not set. */
  readonly sameSite?: string;
}

export interface HttpResponseFacts {
  readonly url: string;
  readonly status: number;
  /** Header names lowercased; repeated headers keep every value. */
  readonly headers: Readonly<Record<string, readonly string[]>>;
}

export interface ExposedPath {
  readonly path: string;
  readonly status: number;
  /** What in the body proved it (e.g. `[core] section`), never the content itself. */
  readonly evidence: string;
}

/** Observed HTTP(S) facts for one endpoint. Undefined means "not observed", never "no". */
export interface HttpLiveDocument extends LiveDocumentBase {
  readonly kind: 'http-live';
  readonly scheme: 'http' | 'https';
  /** Hostname used in the Host header (the target's name, or its address). */
  readonly hostname: string;
  /** Response to `GET /` after following in-scope redirects. */
  readonly response?: HttpResponseFacts;
  readonly redirects: readonly { readonly url: string; readonly status: number; readonly location: string }[];
  /** Cookies set anywhere along the redirect chain of `GET /`. */
  readonly cookies: readonly CookieFacts[];
  /** CORS headers answered to `Origin: <cors.origin>`. */
  readonly cors?: {
    readonly origin: string;
    readonly allowOrigin?: string;
    readonly allowCredentials: boolean;
  };
  /** For http://: the first answer redirects to https:// on the same host. */
  readonly redirectsToHttps?: boolean;
  /** For http://: an HTTPS listener answers on the same host. */
  readonly httpsAvailable?: boolean;
  readonly traceEnabled?: boolean;
  /** The body of `/` is an auto-generated directory index. */
  readonly directoryListing?: boolean;
  /** Sensitive paths were checked (false when skipped or when the soft-404 guard made it unreliable). */
  readonly pathsChecked: boolean;
  readonly exposedPaths: readonly ExposedPath[];
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'http-live': HttpLiveDocument;
  }
}
