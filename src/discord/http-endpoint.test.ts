import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType, InteractionType } from 'discord.js';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationKeys, postSigned } from '../../test/e2e/signed.js';
import { createInteractionsServer, MAX_BODY_BYTES } from './http-endpoint.js';

const keys = applicationKeys();
const handled: string[] = [];
const server = createInteractionsServer({
  publicKey: keys.publicKeyHex,
  log: pino({ level: 'silent' }),
  async handle(raw, respond) {
    handled.push(raw.id);
    await respond({ type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'ok' } });
  },
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const command = (id: string) => JSON.stringify({ id, application_id: '1', type: InteractionType.ApplicationCommand, token: 't', version: 1, data: { name: 'ask' } });

describe('the interactions endpoint, in-process', () => {
  it('handles each interaction id once: a replay within the signature window gets 409', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await postSigned(port, command('501'), keys.privateKey, { timestamp })).status).toBe(200);
    expect((await postSigned(port, command('501'), keys.privateKey, { timestamp })).status).toBe(409);
    expect((await postSigned(port, command('501'), keys.privateKey)).status).toBe(409);
    expect((await postSigned(port, command('502'), keys.privateKey, { timestamp })).status).toBe(200);
    expect(handled).toEqual(['501', '502']);
  });

  it('answers 413 to a body over the limit, declared or streamed, and reads the rest so that its sender gets the answer', async () => {
    for (let i = 0; i < 5; i++) expect(await postSigned(port, Buffer.alloc(MAX_BODY_BYTES + 1, 0x20), keys.privateKey)).toEqual({ status: 413, body: { error: 'body too large' } });
    expect((await streamed(2 * MAX_BODY_BYTES)).status).toBe(413);
  });

  it('closes the connection of a sender that goes on past the drain limit, unanswered', async () => {
    const { status, sent } = await streamed(64 * MAX_BODY_BYTES);
    expect(status).toBe(0);
    expect(sent).toBeLessThan(32 * MAX_BODY_BYTES);
  });

  it('answers signed JSON that is not an interaction with 400', async () => {
    for (const body of ['null', '"text"', '{"type":2}']) {
      expect(await postSigned(port, body, keys.privateKey)).toEqual({ status: 400, body: { error: 'body is not an interaction' } });
    }
  });
});

/**
 * POSTs `bytes` of spaces without a content-length (chunked), a MiB at a time while the server reads them,
 * and resolves with the status it answered and how many bytes were written before it closed the connection
 * or the body ended.
 */
function streamed(bytes: number): Promise<{ status: number; sent: number }> {
  return new Promise((resolve) => {
    let status = 0;
    let sent = 0;
    const chunk = Buffer.alloc(MAX_BODY_BYTES, 0x20);
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'content-type': 'application/json' } }, (res) => {
      status = res.statusCode ?? 0;
      res.resume();
    });
    const done = () => resolve({ status, sent });
    req.on('error', done);
    req.on('close', done);
    const write = (): void => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}
