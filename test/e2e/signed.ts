import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { request } from 'node:http';

/** An application key pair as the developer portal would show it: the public key as 64 hex characters. */
export function applicationKeys(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
  return { publicKeyHex, privateKey };
}

export interface SignedResponse {
  status: number;
  body: unknown;
}

/**
 * POSTs `body` to the interactions endpoint as Discord does: Ed25519 over timestamp + raw body. Options
 * tamper with it for the tests: another key, another timestamp, headers left out.
 */
export function postSigned(
  port: number,
  body: string | Buffer,
  privateKey: KeyObject,
  options: { timestamp?: number; omit?: 'signature' | 'timestamp'; signBody?: string | Buffer } = {},
): Promise<SignedResponse> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const payload = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const signed = options.signBody === undefined ? payload : Buffer.from(options.signBody);
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), signed]), privateKey).toString('hex');
  const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': payload.length };
  if (options.omit !== 'signature') headers['x-signature-ed25519'] = signature;
  if (options.omit !== 'timestamp') headers['x-signature-timestamp'] = timestamp;
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers }, (res) => {
      answered = true;
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    // A connection the server closes after it answered is no error; one it closes unanswered is.
    req.on('error', (err) => (answered ? undefined : reject(err)));
    req.end(payload);
  });
}
