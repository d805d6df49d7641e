import type { AddressInfo } from 'node:net';
import { InteractionResponseType, InteractionType } from 'discord.js';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationKeys, postSigned } from '../../test/e2e/signed.js';
import { createInteractionsServer } from './http-endpoint.js';

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

  it('answers signed JSON that is not an interaction with 400', async () => {
    for (const body of ['null', '"text"', '{"type":2}']) {
      expect(await postSigned(port, body, keys.privateKey)).toEqual({ status: 400, body: { error: 'body is not an interaction' } });
    }
  });
});
