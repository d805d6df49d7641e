/**
 * Scale-out: two HTTP replicas sharing one PostgreSQL and one content directory. Summaries go out
 * exactly once per (article, channel), and when the poster dies another replica takes over.
 * Needs TEST_DATABASE_URL (.ci/run starts a throwaway PostgreSQL); skipped with a message without it.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS, PROCESS_WAIT_MS, runScript, type RunningScript } from '../run-script.js';
import { TOKEN } from './bot-process.js';
import { tempDir } from '../temp-dir.js';
import { DiscordEmulator } from './emulator.js';
import { applicationKeys } from './signed.js';

const PG_URL = process.env.TEST_DATABASE_URL;
const GUILD = '1200000000000000001';
const NEWS = '1300000000000000002';
const ARTICLES = 20;

const emu = new DiscordEmulator({ guilds: [{ id: GUILD, name: 'Readers', channels: [{ id: NEWS, name: 'news' }] }] });
const replicas: RunningScript[] = [];
let schema = '';

async function admin<Row extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

type Post = { nonce?: string; enforce_nonce?: boolean; embeds?: { title?: string }[] };
/** Messages the emulator created in NEWS, by title: a POST repeating an earlier nonce creates none. */
function messagesByTitle(): Map<string, number> {
  const nonces = new Map<string, Set<string>>();
  for (const r of emu.requests) {
    if (r.method !== 'POST' || r.path !== `/channels/${NEWS}/messages` || r.status !== 200) continue;
    const body = r.body as Post;
    const title = body.embeds?.[0]?.title ?? '';
    if (!nonces.has(title)) nonces.set(title, new Set());
    nonces.get(title)!.add(body.enforce_nonce ? body.nonce! : randomBytes(8).toString('hex'));
  }
  return new Map([...nonces].map(([title, set]) => [title, set.size]));
}

/** Polls `check` until it holds; the bound is a safety net against a hang, not a speed requirement. */
async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = PROCESS_WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!PG_URL)('two HTTP replicas on one PostgreSQL', () => {
  let content: string;

  beforeAll(async () => {
    content = tempDir('faq-bot-content-');
    await emu.start();
    schema = `r_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE SCHEMA ${schema}`);
    copyFileSync(path.resolve('content/anthropic-nsa-offensive-ai-global-pause.txt'), path.join(content, 'seed.txt'));
    const env = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_PUBLIC_KEY: applicationKeys().publicKeyHex,
      DISCORD_API_URL: emu.restBase,
      DATABASE_URL: `${PG_URL}${PG_URL!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      PORT: '0',
      CONTENT_DIR: content,
      SUMMARY_CHANNEL_IDS: NEWS,
      LOG_LEVEL: 'debug',
    };
    for (let i = 0; i < 2; i++) {
      const replica = runScript('src/bin/http.ts', { ...env, DATA_DIR: tempDir('faq-bot-data-') });
      replicas.push(replica);
    }
    await Promise.all(replicas.map((r) => r.waitForLog((l) => l.msg === 'listening for interactions')));
  }, PROCESS_TEST_MS);

  afterAll(async () => {
    for (const r of replicas) await r.stop('SIGKILL');
    await emu.stop();
    if (schema) await admin(`DROP SCHEMA ${schema} CASCADE`);
  }, PROCESS_TEST_MS);

  it('posts each new article once, and another replica takes over when the poster dies', async () => {
    await until(() => messagesByTitle().size === 1, 'the seed to be posted');
    // The poster's log line may reach us after its post does: wait for it rather than race it.
    const isPoster = (r: RunningScript) => r.logs().some((l) => l.msg === 'this process now posts summaries');
    await until(() => replicas.some(isPoster), 'a replica to take the poster role');
    const posterIndex = replicas.findIndex(isPoster);
    const poster = replicas[posterIndex]!;
    const other = replicas[1 - posterIndex]!;

    for (let i = 1; i <= ARTICLES; i++) {
      writeFileSync(path.join(content, `news-${i}.md`), `---\ndate: 2026-11-${String(i).padStart(2, '0')}\n---\n# Scale-out article ${i}\n\nBody of article number ${i}, about topic ${i}.\n`);
    }
    // Kill the poster mid-run: once some of the new articles are out, before all are.
    await until(() => messagesByTitle().size >= 4, 'the first new posts');
    poster.proc.kill('SIGKILL');
    await poster.exited;

    // Settled once the ledger holds every post as delivered: only pending posts are ever sent. A post the
    // poster sent but did not record before it died is resent by the other replica with the same nonce.
    const ledger = () => admin<{ status: string; count: string }>(`SELECT status, count(*) AS count FROM ${schema}.posts WHERE channel_id = $1 GROUP BY status`, [NEWS]);
    await until(async () => JSON.stringify(await ledger()) === JSON.stringify([{ status: 'delivered', count: String(ARTICLES + 1) }]), 'every post to be recorded as delivered');
    await until(() => isPoster(other), 'the other replica to take over');
    const counts = messagesByTitle();
    for (let i = 1; i <= ARTICLES; i++) expect(counts.get(`Scale-out article ${i}`), `article ${i}`).toBe(1);
    expect(counts.get('Anthropic Deploys Offensive AI at NSA While Calling for a Global Pause')).toBe(1);
    expect(counts.size).toBe(ARTICLES + 1);
    for (const r of emu.requests.filter((q) => q.path === `/channels/${NEWS}/messages`)) expect((r.body as Post).enforce_nonce).toBe(true);
  }, PROCESS_TEST_MS);
});

if (!PG_URL) console.warn('Replica tests skipped: set TEST_DATABASE_URL (as .ci/run does) to run them against a real PostgreSQL.');
