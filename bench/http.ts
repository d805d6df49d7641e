/**
 * HTTP load benchmark: starts `src/bin/http.ts` (Discord's HTTP interactions endpoint) on 127.0.0.1 with a
 * fresh Ed25519 key pair and a temporary data dir, then sends it signed `/ask` interactions at a fixed
 * rate (open loop) and prints latency, throughput, errors and the answered/abstained share.
 *
 *   npm run bench:http -- [--rate 200] [--seconds 10]
 *
 * Open loop: request i is due at start + i/rate whatever happened to earlier ones, and its latency is
 * counted from that due time, so a stalled server shows up as latency instead of silently lowering the
 * rate (coordinated omission). Latency from the moment a socket carried it is printed beside it.
 * Loopback only; nothing here reaches the network.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const HOST = '127.0.0.1';

/** Bounds on the load, so a typo cannot turn the bench into a long-running flood. */
const MAX_RATE = 2000;
const MAX_SECONDS = 60;
const WARMUP = { rate: 20, seconds: 1 };
/** Counted from a request's due time; keeps the drain after the load phase bounded too. */
const TIMEOUT_MS = 5_000;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;
const MAX_SOCKETS = 64;
const LAG_WARN_MS = 10;
/** Users the questions are spread over (the cooldown is also lifted, see startServer). */
const USERS = 1_000;

const ABSTAIN_PREFIX = "I couldn't find";
const COOLDOWN_PREFIX = "You're asking faster";

// ---------------------------------------------------------------------------------------------------
// Arguments

function readArgs(): { rate: number; seconds: number } {
  const { values } = parseArgs({ options: { rate: { type: 'string' }, seconds: { type: 'string' } }, strict: true });
  const num = (name: string, raw: string | undefined, fallback: number, max: number): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) {
      process.stderr.write(`--${name} must be a number above 0\n`);
      process.exit(2);
    }
    if (n > max) process.stderr.write(`--${name} ${n} is above the cap; using ${max}\n`);
    return Math.min(n, max);
  };
  return { rate: num('rate', values.rate, 200, MAX_RATE), seconds: num('seconds', values.seconds, 10, MAX_SECONDS) };
}

// ---------------------------------------------------------------------------------------------------
// Server

interface Server {
  proc: ChildProcess;
  port: number;
  /** Warn/error/fatal lines the server logged, with the last few kept for the report. */
  problems: { count: number; last: string[] };
  stop(): Promise<void>;
}

/** The raw 32-byte public key as hex, the form the developer portal shows and DISCORD_PUBLIC_KEY takes. */
function rawPublicKeyHex(publicKey: KeyObject): string {
  // SPKI DER of an Ed25519 key is a fixed 12-byte header followed by the raw key.
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
}

async function startServer(publicKeyHex: string, dir: string): Promise<Server> {
  // Run in the temp dir with a minimal env, so no developer `.env` changes what is measured.
  const proc = spawn(process.execPath, ['--import', TSX, path.join(ROOT, 'src/bin/http.ts')], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DISCORD_TOKEN: 'bench-token',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      HOST,
      PORT: '0',
      CONTENT_DIR: path.join(ROOT, 'content'),
      DATA_DIR: dir,
      // info: the port is only announced at info, and production logs one info line per question.
      LOG_LEVEL: 'info',
      // Lifted so every request is a real search, not a "please wait" reply.
      COOLDOWN_QUESTIONS: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A crashed or interrupted bench must not leave the server running.
  const killOnExit = () => proc.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stderr = '';
  proc.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const problems = { count: 0, last: [] as string[] };

  const port = await new Promise<number>((resolve, reject) => {
    let found = false;
    const timer = setTimeout(() => reject(new Error(`server did not announce its port within ${START_TIMEOUT_MS} ms\n${stderr}`)), START_TIMEOUT_MS);
    void exited.then(() => reject(new Error(`server exited before listening (code ${proc.exitCode})\n${stderr}`)));
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      // Cheap substring test: at thousands of lines per second, parsing each would load the bench.
      if (/"level":[456]0/.test(line)) {
        problems.count++;
        problems.last = [...problems.last, line.slice(0, 300)].slice(-3);
      }
      if (found || !line.includes('listening for interactions')) return;
      const record = JSON.parse(line) as { port?: unknown };
      if (typeof record.port !== 'number') return;
      found = true;
      clearTimeout(timer);
      resolve(record.port);
    });
  });

  return {
    proc,
    port,
    problems,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      process.off('exit', killOnExit);
    },
  };
}

/** CPU time a process has used, in ms (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Load

type Reply = 'answered' | 'abstained' | 'other';

interface Phase {
  requested: number;
  start: number;
  /** From the first due time to the last completion (or timeout). */
  wallMs: number;
  /** From the first due time to the last 200 response: the span throughput is measured over. */
  lastOkMs: number;
  ok: number;
  /** Latency of 200 responses from the due time, and from the moment a socket took the request. */
  fromDue: number[];
  fromSend: number[];
  /** How late the generator sent each request (its own health, not the server's). */
  sendLag: number[];
  errors: Map<string, number>;
  replies: Record<Reply, number>;
}

interface Load {
  port: number;
  agent: http.Agent;
  privateKey: KeyObject;
  questions: string[];
}

let sequence = 0;
const APP_ID = '1100000000000000001';
const GUILD_ID = '1100000000000000002';
const CHANNEL_ID = '1100000000000000003';
const COMMAND_ID = '1100000000000000004';

function askPayload(n: number, question: string) {
  const user = String(1200000000000000000n + BigInt(n % USERS));
  return {
    id: String(1300000000000000000n + BigInt(n)),
    application_id: APP_ID,
    type: 2,
    token: `bench-${n}-${randomBytes(6).toString('hex')}`,
    version: 1,
    guild_id: GUILD_ID,
    channel: { id: CHANNEL_ID, type: 0 },
    channel_id: CHANNEL_ID,
    member: { user: { id: user, username: `bench${n % USERS}` }, permissions: '0', roles: [] },
    data: { id: COMMAND_ID, name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] },
    locale: 'en-US',
    entitlements: [],
  };
}

function classify(body: string): Reply | string {
  let parsed: { type?: unknown; data?: { embeds?: unknown[]; content?: unknown } };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return 'body not JSON';
  }
  if (parsed.type !== 4) return `response type ${String(parsed.type)}`;
  if (parsed.data?.embeds?.length) return 'answered';
  const content = typeof parsed.data?.content === 'string' ? parsed.data.content : '';
  if (content.startsWith(ABSTAIN_PREFIX)) return 'abstained';
  if (content.startsWith(COOLDOWN_PREFIX)) return 'cooldown reply';
  return 'other';
}

/** Sends one signed /ask; resolves once it is counted in `phase` (response, error or timeout). */
function send(load: Load, phase: Phase, due: number): Promise<void> {
  const n = sequence++;
  const body = Buffer.from(JSON.stringify(askPayload(n, load.questions[n % load.questions.length]!)));
  // Signed as it is sent, not prepared ahead: signing is part of the per-request cost, as for Discord.
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), body]), load.privateKey).toString('hex');
  return new Promise((resolve) => {
    let sentAt = performance.now();
    let done = false;
    const finish = (error: string | null, reply?: Reply) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const end = performance.now();
      phase.wallMs = Math.max(phase.wallMs, end - phase.start);
      if (error) phase.errors.set(error, (phase.errors.get(error) ?? 0) + 1);
      else {
        phase.ok++;
        phase.lastOkMs = end - phase.start;
        phase.fromDue.push(end - due);
        phase.fromSend.push(end - sentAt);
        phase.replies[reply!]++;
      }
      resolve();
    };
    const req = http.request({
      host: HOST,
      port: load.port,
      method: 'POST',
      path: '/',
      agent: load.agent,
      headers: {
        'content-type': 'application/json',
        'content-length': body.length,
        'x-signature-ed25519': signature,
        'x-signature-timestamp': timestamp,
      },
    });
    // The agent hands out a socket when one is free: time before that is client-side queueing.
    req.once('socket', () => (sentAt = performance.now()));
    const timer = setTimeout(() => {
      finish('timeout');
      req.destroy();
    }, Math.max(0, due + TIMEOUT_MS - performance.now()));
    req.on('error', (err: NodeJS.ErrnoException) => finish(err.code ?? err.message));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (err: NodeJS.ErrnoException) => finish(err.code ?? err.message));
      res.on('end', () => {
        if (res.statusCode !== 200) return finish(`HTTP ${res.statusCode}`);
        const kind = classify(Buffer.concat(chunks).toString('utf8'));
        if (kind === 'answered' || kind === 'abstained' || kind === 'other') finish(null, kind);
        else finish(kind);
      });
    });
    req.end(body);
  });
}

/** Sends rate × seconds requests, each at its due time, and waits for every one to be counted. */
async function run(load: Load, rate: number, seconds: number): Promise<Phase> {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const start = performance.now() + 5;
  const phase: Phase = {
    requested: total,
    start,
    wallMs: 0,
    lastOkMs: 0,
    ok: 0,
    fromDue: [],
    fromSend: [],
    sendLag: [],
    errors: new Map(),
    replies: { answered: 0, abstained: 0, other: 0 },
  };
  const pending: Promise<void>[] = [];
  await new Promise<void>((resolve) => {
    let next = 0;
    // Timers fire at ~1 ms granularity, so each tick sends every request that has come due.
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        const due = start + next * interval;
        phase.sendLag.push(now - due);
        pending.push(send(load, phase, due));
        next++;
      }
      if (next >= total) return resolve();
      setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
    };
    tick();
  });
  await Promise.all(pending);
  return phase;
}

// ---------------------------------------------------------------------------------------------------
// Report

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (v: number) => (Number.isNaN(v) ? '-' : v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(1)} ms`);
const pct = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(1)}%` : '-');

function latencyRow(values: number[]): string {
  const list = [...values].sort((a, b) => a - b);
  return ['p50', 'p90', 'p99'].map((p) => `${p} ${ms(percentile(list, Number(p.slice(1))))}`).join('  ') + `  max ${ms(list.at(-1) ?? NaN)}`;
}

function printReport(
  args: { rate: number; seconds: number },
  phase: Phase,
  extra: { serverCpu: number | null; benchCpu: number; loadBefore: number; loadAfter: number; problems: Server['problems'] },
): void {
  const errors = [...phase.errors].sort((a, b) => b[1] - a[1]);
  const failed = errors.reduce((s, [, n]) => s + n, 0);
  const okS = phase.lastOkMs / 1000;
  const lag99 = percentile([...phase.sendLag].sort((a, b) => a - b), 99);
  const rows: [string, string][] = [
    ['requested rate', `${args.rate} rps for ${args.seconds} s (${phase.requested} requests)`],
    ['achieved throughput', `${okS ? (phase.ok / okS).toFixed(1) : '0'} responses/s (${phase.ok} ok in ${okS.toFixed(2)} s)`],
    ['latency from due time', latencyRow(phase.fromDue)],
    ['latency from send', latencyRow(phase.fromSend)],
    ['generator send lag', latencyRow(phase.sendLag)],
    ['errors', failed ? `${failed} (${pct(failed, phase.requested)}): ${errors.map(([k, n]) => `${k} ${n}`).join(', ')}` : 'none'],
    [
      'replies (of ok)',
      `answered ${phase.replies.answered} (${pct(phase.replies.answered, phase.ok)}), abstained ${phase.replies.abstained} (${pct(phase.replies.abstained, phase.ok)})` +
        (phase.replies.other ? `, other ${phase.replies.other}` : ''),
    ],
    ['server CPU', extra.serverCpu === null ? 'n/a' : `${((extra.serverCpu / phase.wallMs) * 100).toFixed(0)}% of one core`],
    ['bench CPU', `${((extra.benchCpu / phase.wallMs) * 100).toFixed(0)}% of one core`],
    ['machine', `${cpus().length} CPUs, load average ${extra.loadBefore.toFixed(2)} before, ${extra.loadAfter.toFixed(2)} after (shared with the bench)`],
    ['server warn/error logs', String(extra.problems.count)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('');
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  for (const line of extra.problems.last) console.log(`  ${line}`);
  // Latency from due time includes the generator's own lateness; past a few ms it is no longer the server's alone.
  if (lag99 > LAG_WARN_MS) console.log(`\nnote: the generator sent late (p99 ${ms(lag99)}): the CPU is contended, so part of the latency is the bench's.`);
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const args = readArgs();
  const questions = readFileSync(path.join(ROOT, 'test/fixtures/questions.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { question: string }).question);
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const dir = mkdtempSync(path.join(tmpdir(), 'faq-bot-bench-http-'));
  const loadBefore = loadavg()[0]!;
  let server: Server | null = null;
  const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  let cleaning: Promise<void> | null = null;
  const cleanup = () =>
    (cleaning ??= (async () => {
      agent.destroy();
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    })());
  // Interrupted: stop the server and remove the temp dir before going (a server not yet announced is
  // killed by the exit hook in startServer).
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => void cleanup().finally(() => process.exit(code)));
  }
  try {
    server = await startServer(rawPublicKeyHex(publicKey), dir);
    console.log(`server on http://${HOST}:${server.port} (pid ${server.proc.pid}); ${questions.length} questions; warm-up ${WARMUP.seconds} s at ${WARMUP.rate} rps`);
    const load: Load = { port: server.port, agent, privateKey, questions };
    const warm = await run(load, Math.min(WARMUP.rate, args.rate), WARMUP.seconds);
    if (warm.ok === 0) throw new Error(`warm-up got no answer: ${[...warm.errors].map(([k, n]) => `${k} ${n}`).join(', ')}`);

    console.log(`load: ${args.rate} rps for ${args.seconds} s…`);
    const serverCpu0 = cpuMs(server.proc.pid);
    const benchCpu0 = process.cpuUsage();
    const phase = await run(load, args.rate, args.seconds);
    const serverCpu1 = cpuMs(server.proc.pid);
    const benchCpu = process.cpuUsage(benchCpu0);
    printReport(args, phase, {
      serverCpu: serverCpu0 !== null && serverCpu1 !== null ? serverCpu1 - serverCpu0 : null,
      benchCpu: (benchCpu.user + benchCpu.system) / 1000,
      loadBefore,
      loadAfter: loadavg()[0]!,
      problems: server.problems,
    });
  } finally {
    await cleanup();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:http failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
