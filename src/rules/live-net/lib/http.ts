import type { HttpLiveDocument } from '../../../sources/live/http/http-document.js';

/** First value of a response header (names are lowercased by the probe). */
export function header(doc: HttpLiveDocument, name: string): string | undefined {
  return doc.response?.headers[name.toLowerCase()]?.[0];
}

/** Every value of a header, joined as one comma list (how HTTP combines repeated headers). */
export function headerAll(doc: HttpLiveDocument, name: string): string | undefined {
  const list = doc.response?.headers[name.toLowerCase()];
  return list && list.length > 0 ? list.join(', ') : undefined;
}

/** The final `GET /` answer is an HTML page (where browser-side protections apply). */
export function isHtmlPage(doc: HttpLiveDocument): boolean {
  if (!doc.response || doc.response.status < 200 || doc.response.status > 299) return false;
  return /^\s*(text\/html|application\/xhtml\+xml)/i.test(header(doc, 'content-type') ?? '');
}

/** CSP directives as a map of name -> source list (from every enforced CSP header). */
export function cspDirectives(doc: HttpLiveDocument): Map<string, string[]> | undefined {
  const list = doc.response?.headers['content-security-policy'];
  if (!list || list.length === 0) return undefined;
  const out = new Map<string, string[]>();
  for (const policy of list) {
    for (const part of policy.split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), values);
    }
  }
  return out;
}
