/**
 * The production path, as a supervisor runs it: `npm run build`, then `node dist/bin/<entry>.js` (no
 * tsx) against the loopback emulator. SIGTERM closes the gateway or HTTP server and exits 0, for the bot,
 * the HTTP endpoint and the shard manager. The built bot also shows the dead ends a member can reach: an
 * unknown command, button or form over both transports, and a replayed HTTP request. The compiled CLI
 * (`node dist/cli.js`) answers as `npm run ask` does.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_LONGER_AVAILABLE } from '../../src/discord/dispatch.js';
import { TOKEN } from './bot-process.js';
import { childEnv } from '../run-script.js';
import { tempDir } from '../temp-dir.js';
import { DiscordEmulator, type SentInteraction } from './emulator.js';
import { applicationKeys, postSigned } from './signed.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTENT = path.join(ROOT, 'content');
const GUILD = '1200000000000000001';
const CHANNEL = '1300000000000000001';
const EPHEMERAL = 1 << 6;
/** Generous: a build and process starts on a loaded 2-core machine. */
const BOUND_MS = 60_000;

const emu = new DiscordEmulator({ guilds: [{ id: GUILD, name: 'Readers', channels: [{ id: CHANNEL, name: 'faq' }] }], maxConcurrency: 16 });
const keys = applicationKeys();
const started: Built[] = [];

interface Built {
  proc: ChildProcess;
  logs: Record<string, unknown>[];
  output: () => string;
  waitForLog(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  exitCode: Promise<number | null>;
}

/** `node dist/bin/<entry>.js` in an empty working directory, with `childEnv(env)` only. */
function startBuilt(entry: string, env: Record<string, string>): Built {
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist/bin', `${entry}.js`)], {
    cwd: tempDir('faq-bot-run-'),
    env: childEnv({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emu.restBase, CONTENT_DIR: CONTENT, DATA_DIR: tempDir('faq-bot-data-'), LOG_LEVEL: 'debug', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let text = '';
  const wake = new Set<() => void>();
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    text += `${line}\n`;
    if (line.startsWith('{')) logs.push(JSON.parse(line) as Record<string, unknown>);
    for (const w of wake) w();
  });
  proc.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exitCode = once(proc, 'exit').then(([code]) => code as number | null);
  const built: Built = {
    proc,
    logs,
    output: () => text,
    exitCode,
    waitForLog: (match) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = logs.find(match);
          if (found) done(() => resolve(found));
        };
        const timer = setTimeout(() => done(() => reject(new Error(`${entry}: no matching log line within ${BOUND_MS} ms:\n${text.slice(-3000)}`))), BOUND_MS);
        const gone = () => done(() => reject(new Error(`${entry} exited before the log line:\n${text.slice(-3000)}`)));
        const done = (settle: () => void) => {
          clearTimeout(timer);
          wake.delete(check);
          proc.off('exit', gone);
          settle();
        };
        wake.add(check);
        proc.once('exit', gone);
        check();
      }),
  };
  started.push(built);
  return built;
}

/** Sends SIGTERM and resolves with the exit code, once the process has exited. */
async function terminate(built: Built): Promise<number | null> {
  built.proc.kill('SIGTERM');
  return built.exitCode;
}

let bot: Built;
let http: Built;
let port = 0;

beforeAll(async () => {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, `npm run build failed:\n${build.stdout}${build.stderr}`).toBe(0);
  await emu.start();
  bot = startBuilt('bot', {});
  http = startBuilt('http', { DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: '0' });
  await bot.waitForLog((l) => l.msg === 'ready');
  port = Number((await http.waitForLog((l) => l.msg === 'listening for interactions')).port);
}, 4 * BOUND_MS);

afterAll(async () => {
  for (const b of started) if (b.proc.exitCode === null && b.proc.signalCode === null) b.proc.kill('SIGKILL');
  await emu.stop();
});

const member = { guildId: GUILD, channelId: CHANNEL, userId: '1400000000000000001' };
type Data = { content?: string; flags?: number };

describe('dead ends', () => {
  const retired: [string, () => SentInteraction][] = [
    ['a command', () => emu.slash('retired-command', {}, member)],
    ['a button', () => emu.button('retired-button:1', member)],
    ['a form', () => emu.modalSubmit('retired-form:1', { question: 'anything' }, member)],
  ];
  for (const [what, send] of retired) {
    it(`answers ${what} the bot no longer has privately, over the gateway and over HTTP`, async () => {
      const sent = send();
      const overGateway = ((await sent.callback(BOUND_MS)).body as { data: Data }).data;
      const overHttp = await postSigned(port, JSON.stringify(sent.payload), keys.privateKey);
      expect(overHttp.status).toBe(200);
      for (const data of [overGateway, (overHttp.body as { data: Data }).data]) {
        expect(data.content).toBe(NO_LONGER_AVAILABLE);
        expect(data.flags! & EPHEMERAL).toBe(EPHEMERAL);
      }
    });
  }

  it('handles a replayed signed HTTP request once, and answers the replay 409', async () => {
    const sent = emu.slash('ask', { question: 'What is Mythos?' }, { ...member, userId: '1400000000000000002' });
    const body = JSON.stringify(sent.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await postSigned(port, body, keys.privateKey, { timestamp });
    const replay = await postSigned(port, body, keys.privateKey, { timestamp });
    expect(first.status).toBe(200);
    expect(replay.status).toBe(409);
    await http.waitForLog((l) => l.msg === 'ignored a second delivery of the same interaction' && l.interaction === sent.id);
    expect(http.logs.filter((l) => l.event === 'question' && l.interaction === sent.id)).toHaveLength(1);
  });
});

describe('SIGTERM', () => {
  it('closes the gateway bot cleanly and exits 0', async () => {
    expect(await terminate(bot)).toBe(0);
    expect(bot.logs.some((l) => l.msg === 'closed cleanly')).toBe(true);
    expect(bot.output()).not.toContain(TOKEN);
  });

  it('closes the HTTP endpoint cleanly and exits 0', async () => {
    expect(await terminate(http)).toBe(0);
    expect(http.logs.some((l) => l.msg === 'closed cleanly')).toBe(true);
  });

  it('stops every shard of the sharded bot and exits 0', async () => {
    const manager = startBuilt('sharded', { SHARD_COUNT: '2' });
    await manager.waitForLog((l) => l.msg === 'all shards ready');
    expect(await terminate(manager)).toBe(0);
    expect(manager.logs.find((l) => l.msg === 'all shards stopped')).toMatchObject({ code: 0 });
    // Each shard process closed its own gateway and store (their logs reach the manager's output).
    expect(manager.logs.filter((l) => l.msg === 'closed cleanly')).toHaveLength(2);
  }, 2 * BOUND_MS);
});

/** `node dist/<entry>` run to its end in an empty working directory, with `childEnv(env)` only. */
async function runBuilt(entry: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist', entry), ...args], { cwd: tempDir('faq-bot-run-'), env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  proc.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(proc, 'close')) as [number | null];
  return { code, stdout, stderr };
}

describe('the compiled CLI', () => {
  it('answers from the articles with node dist/cli.js, as dist/bin/ask.js does', async () => {
    const text = await runBuilt('cli.js', ['What is Mythos?'], { CONTENT_DIR: CONTENT });
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toMatch(/^Matched: What is Mythos and how does it differ from standard Claude\?$/m);
    expect(text.stdout).toContain("Mythos is Anthropic's most capable AI model");
    const json = await runBuilt('cli.js', ['--json', '--content', CONTENT, 'Who reported the NSA story?'], {});
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ kind: expect.any(String), source: { id: 'anthropic-nsa-offensive-ai-global-pause' } });
    expect(await runBuilt('bin/ask.js', ['--json', '--content', CONTENT, 'Who reported the NSA story?'], {})).toEqual(json);
  }, 2 * BOUND_MS);
});
