import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { MIMEType } from 'node:util';
import { labelToName, TextDecoder } from '@exodus/bytes/encoding.js';
import htmlEncodingSniffer from 'html-encoding-sniffer';
import ipaddr from 'ipaddr.js';

/**
 * Whether a feed may not reach `address` (IPv4 or IPv6) unless FEED_ALLOW_PRIVATE=true: anything but a
 * globally reachable unicast address in IANA's special-purpose registries (RFC 6890 and its updates, as
 * ipaddr.js's `range()` names them): loopback, private, link-local, unique-local, carrier-grade NAT,
 * unspecified, multicast, broadcast, reserved, documentation, benchmarking, Teredo. An IPv4 address inside
 * IPv6 is judged as IPv4: IPv4-mapped (`::ffff:127.0.0.1`), the NAT64 well-known prefix (`64:ff9b::/96`,
 * RFC 6052, which an IPv6-only host's DNS64 gives every IPv4-only site) and 6to4 (`2002::/16`, RFC 3056).
 * A string that is no IP address is refused.
 */
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  const ip = ipaddr.process(address);
  if (ip.kind() === 'ipv4') return ip.range() !== 'unicast';
  const v6 = ip as ipaddr.IPv6;
  const parts = v6.parts;
  const embedded = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  switch (v6.range()) {
    case 'unicast':
      return false;
    case 'rfc6052':
      // Only the well-known /96 embeds the address in the last 32 bits; 64:ff9b:1::/48 is for local use (RFC 8215).
      return parts.slice(2, 6).some((p) => p !== 0) || isPrivateAddress(embedded(parts[6]!, parts[7]!));
    case '6to4':
      return isPrivateAddress(embedded(parts[1]!, parts[2]!));
    default:
      return true;
  }
}

/**
 * Whether `url`'s host is, as written, a loopback, private or link-local address (an IP literal that
 * `isPrivateAddress` refuses, or `localhost` and its subdomains): one the reader would refuse without
 * `FEED_ALLOW_PRIVATE`, known without a DNS lookup. A name that resolves to such an address is refused
 * at fetch time instead.
 */
export function isPrivateHost(url: string): boolean {
  // A fully qualified name's final dot ("localhost.") names the same host.
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return isIP(host) !== 0 && isPrivateAddress(host);
}

/** A fetch refused or failed; `message` is the reason shown in logs and by check-feed. */
export class FetchError extends Error {}

export interface FetchOptions {
  /** Let the request reach loopback and private addresses (`FEED_ALLOW_PRIVATE`); default false. */
  allowPrivate?: boolean;
  /** Whole request, redirects included, in milliseconds. */
  timeoutMs: number;
  /** Largest body accepted, in bytes; a larger one is abandoned. */
  maxBytes: number;
  /** Validators from the last response, sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  /** Aborts the request early (the reader stopping). */
  signal?: AbortSignal;
}

export type FetchResult =
  | { status: 'not-modified' }
  /** `body` decoded as `decodeBody` says. */
  | { status: 'ok'; body: string; url: string; etag: string | null; lastModified: string | null };

/**
 * What a body's first bytes say of its own encoding: an XML document (it opens with an XML declaration,
 * XML 1.0 §4.3.3) names it there, or UTF-8 when the declaration names none or a UTF-16 one that reads as
 * ASCII; a feed without a declaration (`<rss`, `<feed`, `<rdf:RDF` first) and JSON (RFC 8259 §8.1) are
 * UTF-8; null for anything else, an HTML page, whose `<meta>` the HTML prescan reads.
 */
function selfDeclared(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  if (/^\s*[{[]/.test(head)) return 'UTF-8';
  const xml = /^<\?xml\s[^>]*?\?>/.exec(head);
  if (!xml) return /^\s*<(rss|feed|rdf:RDF)\b/.test(head) ? 'UTF-8' : null;
  const label = /\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(xml[0])?.[1];
  const name = label ? labelToName(label) : null;
  return name && !name.startsWith('UTF-16') ? name : 'UTF-8';
}

/**
 * A fetched feed's or page's text, decoded as a browser does (HTML standard, "encoding sniffing
 * algorithm"): by its byte-order mark, else the charset of its `contentType` header, else its own
 * declaration (an XML declaration's `encoding`; JSON is UTF-8; an HTML page's `<meta charset>` /
 * `http-equiv` in its first 1024 bytes), else UTF-8 (the encoding of XML, JSON and today's web). A
 * feed's `<meta>` inside its items' HTML is not its own: only a document without an XML declaration is
 * prescanned. Labels are read as the WHATWG Encoding Standard maps them (`iso-8859-1` and `us-ascii`
 * are windows-1252); a UTF-16 label in a declaration read as ASCII means UTF-8, as the HTML standard
 * says. Bytes invalid in the encoding become U+FFFD.
 * Sniffing: the `html-encoding-sniffer` package (the HTML standard's prescan, as jsdom runs it); decoding:
 * `@exodus/bytes` (the Encoding Standard's decoders: Node 20's own TextDecoder reads windows-1252's 0x80-0x9F
 * as C1 controls, so a Latin-1 page's euro sign and curly quotes would be lost).
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  let charset: string | undefined;
  try {
    charset = contentType ? new MIMEType(contentType).params.get('charset') ?? undefined : undefined;
  } catch {
    // An unparsable header names no charset.
  }
  const declared = selfDeclared(bytes);
  // The sniffer's `xml` mode is BOM, header, then `defaultEncoding`: no <meta> prescan.
  const encoding = htmlEncodingSniffer(bytes, { xml: declared !== null, transportLayerEncodingLabel: charset, defaultEncoding: declared ?? 'UTF-8' });
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    // "replacement" (ISO-2022-KR and the like) has no decoder: never a feed's encoding today.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const MAX_REDIRECTS = 5;

/**
 * GETs an http(s) URL with a timeout and a size cap, following up to 5 redirects. Every address the host
 * resolves to is checked when the connection is made (so a DNS answer cannot change between check and
 * connect), and each redirect target again. Rejects with a `FetchError` naming the reason: a refused
 * address, a status other than 200/304, a body over the cap, or the timeout.
 */
export async function fetchText(url: string, options: FetchOptions): Promise<FetchResult> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let target = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const res = await request(target, options, signal, timeout);
    if (res.redirect) {
      target = new URL(res.redirect, target).href;
      continue;
    }
    return res.result!;
  }
  throw new FetchError(`more than ${MAX_REDIRECTS} redirects`);
}

/** The URL as an http(s) URL, or a `FetchError`. */
export function httpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(`${url} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FetchError(`${url} is not an http(s) URL`);
  return parsed;
}

function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, opts: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const refused = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (refused) return callback(new FetchError(`${hostname} resolves to ${refused.address}, a private or loopback address: set FEED_ALLOW_PRIVATE=true to allow it`), '');
      if ((opts as { all?: boolean }).all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function request(url: string, options: FetchOptions, signal: AbortSignal, timeout: AbortSignal): Promise<{ redirect?: string; result?: FetchResult }> {
  const parsed = httpUrl(url);
  const allowPrivate = options.allowPrivate ?? false;
  // An IP literal skips the lookup, so it is checked here.
  const literal = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(literal) && isPrivateAddress(literal))
    return Promise.reject(new FetchError(`${parsed.host} is a private or loopback address: set FEED_ALLOW_PRIVATE=true to allow it`));
  const headers: Record<string, string> = { 'user-agent': 'faq-bot feed reader', accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml, text/xml, application/json, text/html;q=0.9, */*;q=0.8' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return new Promise((resolve, reject) => {
    const fail = (err: unknown) => reject(err instanceof FetchError ? err : new FetchError(timeout.aborted ? `no complete answer within ${options.timeoutMs / 1000} s` : signal.aborted ? 'stopped' : plainReason(String((err as Error).message ?? err))));
    const req = (parsed.protocol === 'https:' ? https : http).get(parsed, { headers, signal, lookup: guardedLookup(allowPrivate) as never }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
        res.resume();
        return resolve({ redirect: res.headers.location });
      }
      if (status === 304) {
        res.resume();
        return resolve({ result: { status: 'not-modified' } });
      }
      if (status !== 200) {
        res.resume();
        return reject(new FetchError(`HTTP ${status}`));
      }
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > options.maxBytes) {
        res.destroy();
        return reject(new FetchError(`the response is ${declared} bytes, more than the ${options.maxBytes} accepted`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          res.destroy();
          reject(new FetchError(`the response is larger than the ${options.maxBytes} bytes accepted`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('end', () => {
        const header = (name: string) => (typeof res.headers[name] === 'string' ? (res.headers[name] as string) : null);
        resolve({ result: { status: 'ok', body: decodeBody(Buffer.concat(chunks), header('content-type')), url, etag: header('etag'), lastModified: header('last-modified') } });
      });
    });
    req.on('error', fail);
  });
}

/** Node's words for a failed connection or lookup, by error code, said plainly; `at` is the address (host:port) or host name Node names, if any. */
const NETWORK_ERRORS: Record<string, (at: string) => string> = {
  ECONNREFUSED: (at) => `nothing answers at ${at} (connection refused)`,
  ECONNRESET: () => 'the server closed the connection before answering (connection reset)',
  ETIMEDOUT: (at) => `${at} does not answer (connection timed out)`,
  EHOSTUNREACH: (at) => `${at} cannot be reached from this machine (host unreachable)`,
  ENETUNREACH: (at) => `${at} cannot be reached from this machine (network unreachable)`,
  ENOTFOUND: (at) => `${at} is not a known host name (DNS lookup found no address)`,
  EAI_AGAIN: (at) => `${at} could not be looked up now (DNS lookup failed; try again later)`,
};

/**
 * Node's network errors (`connect ECONNREFUSED 127.0.0.1:1`, `getaddrinfo ENOTFOUND example.invalid`, `socket
 * hang up`) said plainly, for the log, `/feeds list` and check-feed; another message as given.
 */
function plainReason(message: string): string {
  if (message === 'socket hang up') return NETWORK_ERRORS.ECONNRESET!('');
  const [, code = '', at = 'the server'] = /^(?:connect|getaddrinfo|read|write) (E[A-Z_]+)(?: (\S+))?$/.exec(message) ?? [];
  return NETWORK_ERRORS[code]?.(at) ?? message;
}
