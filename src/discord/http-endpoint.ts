import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType, type APIInteraction, type APIInteractionResponse } from 'discord.js';
import { describeError, type Logger } from '../log.js';

/** Discord's request bodies are small; anything larger is refused before it is read. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * How much more of a refused body is read and dropped so that its sender gets the 413 (see
 * `refuseTooLarge`); past it the connection is closed unanswered.
 */
const DRAIN_LIMIT_BYTES = 8 * MAX_BODY_BYTES;
/** A signed request older (or further in the future) than this is a replay, refused. */
export const MAX_SKEW_SECONDS = 5 * 60;

/** DER prefix that wraps a raw 32-byte Ed25519 public key as SPKI, the form node:crypto imports. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** Whether `signature` (hex) is the application's Ed25519 signature of timestamp + body. */
export function verifySignature(key: KeyObject, signature: string, timestamp: string, body: Buffer): boolean {
  if (!/^[0-9a-f]{128}$/i.test(signature)) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
}

export interface EndpointOptions {
  /** The application's public key, hex, from the developer portal. */
  publicKey: string;
  log: Logger;
  /** Handles one verified interaction; `respond` sends the HTTP response (the interaction's first reply). */
  handle(raw: APIInteraction, respond: (response: APIInteractionResponse) => Promise<void>): Promise<void>;
  now?: () => number;
}

/** Sends `body` as JSON with `status`, unless a response went out already. */
function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Answers 413 to a body over MAX_BODY_BYTES once the rest of it is read and dropped: a connection closed
 * with the body unread is reset, and a reset makes the client drop the answer it has not read yet (over a
 * socket between two processes, 41 of 300 requests of 1 MiB lost their 413 so, and the HTTP test waited for
 * one in vain); and Node reads no more of a request once its response is out. Past DRAIN_LIMIT_BYTES more,
 * the connection is closed unanswered: a client that keeps sending is not read for ever.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  // Its end may have been parsed with the chunk that went over the limit, and its 'end' event gone by.
  if (req.complete) return send(res, 413, { error: 'body too large' });
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DRAIN_LIMIT_BYTES) req.socket.destroy();
  });
  req.on('end', () => send(res, 413, { error: 'body too large' }));
  req.resume();
}

/** Reads the body up to the limit; null when it is larger (the rest is then left to `refuseTooLarge`). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Interaction ids this replica has handled, until their signed timestamp leaves the window in which a
 * replay would still pass the signature check. Only Discord can sign, so the set grows with real traffic
 * (five minutes of it), never with an attacker's.
 */
class SeenIds {
  private readonly until = new Map<string, number>();

  /** Records `id`; false when it was already recorded and is still inside its window. */
  add(id: string, timestampSeconds: number, nowMs: number): boolean {
    // Ids arrive roughly in timestamp order, so the expired ones sit at the front.
    for (const [old, expiry] of this.until) {
      if (expiry > nowMs) break;
      this.until.delete(old);
    }
    if (this.until.has(id)) return false;
    this.until.set(id, (timestampSeconds + MAX_SKEW_SECONDS) * 1000);
    return true;
  }
}

/**
 * Discord's HTTP interactions endpoint. Every request is checked before anything else: size (413),
 * signature and timestamp (401; Discord probes endpoints with bad signatures and drops those that accept
 * them), JSON (400), a second delivery of an interaction id this replica already handled (409: a replayed
 * request would otherwise answer, post or vote twice). A PING gets a PONG; anything else goes to `handle`,
 * whose first reply is the HTTP response. Keeps no state beyond those ids: any number of replicas can
 * serve one application.
 */
export function createInteractionsServer(options: EndpointOptions): Server {
  const key = publicKeyFromHex(options.publicKey);
  const now = options.now ?? Date.now;
  const seen = new SeenIds();
  return createServer((req, res) => {
    void (async () => {
      if (req.method === 'GET' && req.url === '/healthz') return send(res, 200, { ok: true });
      if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_BODY_BYTES) return refuseTooLarge(req, res);
      const body = await readBody(req, MAX_BODY_BYTES);
      if (!body) return refuseTooLarge(req, res);

      const signature = req.headers['x-signature-ed25519'];
      const timestamp = req.headers['x-signature-timestamp'];
      if (typeof signature !== 'string' || typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) {
        return send(res, 401, { error: 'missing signature' });
      }
      if (Math.abs(now() / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return send(res, 401, { error: 'stale timestamp' });
      if (!verifySignature(key, signature, timestamp, body)) return send(res, 401, { error: 'invalid signature' });

      let raw: APIInteraction;
      try {
        raw = JSON.parse(body.toString('utf8')) as APIInteraction;
      } catch {
        return send(res, 400, { error: 'body is not JSON' });
      }
      if (typeof raw !== 'object' || raw === null || typeof raw.id !== 'string') return send(res, 400, { error: 'body is not an interaction' });
      if (raw.type === InteractionType.Ping) return send(res, 200, { type: InteractionResponseType.Pong });
      if (!seen.add(String(raw.id), Number(timestamp), now())) {
        options.log.warn({ interaction: raw.id }, 'ignored a second delivery of the same interaction');
        return send(res, 409, { error: 'interaction already received' });
      }

      await options.handle(raw, async (response) => send(res, 200, response));
      // An interaction type the bot does not handle: tell Discord rather than let it time out.
      send(res, 400, { error: 'unhandled interaction' });
    })().catch((err: unknown) => {
      options.log.error({ err: describeError(err) }, 'interactions endpoint failed');
      send(res, 500, { error: 'internal error' });
    });
  });
}
