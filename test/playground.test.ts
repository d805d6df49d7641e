/**
 * The playground in a real browser: Debian's Chromium, headless, driven by playwright-core, against the
 * page of `startPlayground` (the bot's real interactions endpoint behind the local stand-in for Discord).
 * Every state is saved as a screenshot under test-results/playground/.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from '../src/playground/server.js';
import { runScript } from './run-script.js';
import { tempDir } from './temp-dir.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.resolve('test-results/playground');
const WAIT = { timeout: 15_000 };
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the playground browser tests: ${CHROMIUM} is missing (apt-get install chromium).`);

let contentDir: string;
let userDataDir: string;
let playground: Playground;
let browser: BrowserContext;
let page: Page;
/** Every URL the page requested, and those that were not on 127.0.0.1 (aborted). */
const requested: string[] = [];
const outside: string[] = [];

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
const box = () => page.locator('#box');
/** Types a line into the message box and sends it with Enter, once no suggestion list is open. */
async function send(text: string) {
  await box().fill(text);
  await page.locator('#suggestions').waitFor({ state: 'hidden', ...WAIT });
  await box().press('Enter');
}
const lastMessage = () => page.locator('#messages > li.message').last();

describe.skipIf(!hasChromium)('the playground in a browser', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    contentDir = tempDir('faq-bot-playground-content-');
    cpSync(path.resolve('content'), contentDir, { recursive: true });
    // More questions than the default cooldown (5 per 30 s) allows one member: these tests ask about eight.
    playground = await startPlayground({ port: 0, env: { CONTENT_DIR: contentDir, LOG_LEVEL: 'silent', COOLDOWN_QUESTIONS: '100' } });
    userDataDir = tempDir('faq-bot-chromium-');
    // A fresh profile (--user-data-dir) each run, which playwright takes as launchPersistentContext's first argument.
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 860 },
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      requested.push(url.href);
      if (url.hostname === '127.0.0.1') await route.continue();
      else {
        outside.push(url.href);
        await route.abort();
      }
    });
    await page.goto(playground.url);
    await page.locator('body[data-connected="true"]').waitFor(WAIT);
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
  });

  it('answers /ask with the embed and its Source quote, signed and sent to the real endpoint', async () => {
    await send('/ask What is Mythos?');
    const embed = lastMessage().locator('.embed');
    await embed.locator('.field-value').waitFor(WAIT);
    expect(await lastMessage().locator('.invoked').innerText()).toContain('/ask');
    expect(await embed.locator('.embed-title').innerText()).toBe('What is Mythos and how does it differ from standard Claude?');
    expect(await embed.locator('.field-name').first().innerText()).toBe('Source');
    // The seed's quote is this answer's own text, so it is shown once, with its source.
    expect(await embed.locator('.embed-description').innerText()).toContain("Mythos is Anthropic's most capable AI model");
    expect(await embed.locator('.field-value').innerText()).toMatch(/^— Anthropic Deploys Offensive AI/);
    expect(await embed.locator('.embed-footer').innerText()).toMatch(/^Confidence \d+%$/);
    expect(await lastMessage().getAttribute('class')).not.toContain('ephemeral');
    expect(playground.standIn.lastCommand).toMatchObject({ type: 2, data: { name: 'ask', options: [{ name: 'question', value: 'What is Mythos?' }] } });
    await shot('1-ask-answer');
  });

  it('suggests FAQ questions as /faq is typed, and answers the one chosen with the keyboard', async () => {
    await box().fill('/faq wat is');
    const first = page.locator('#suggestions li').first();
    await first.waitFor(WAIT);
    const chosen = await first.locator('.label').innerText();
    expect(chosen).toMatch(/^What /);
    await shot('2-faq-suggestions');
    await box().press('Enter'); // picks the highlighted suggestion
    await page.locator('#suggestions').waitFor({ state: 'hidden', ...WAIT });
    expect(await box().inputValue()).toBe(`/faq ${chosen}`);
    await box().press('Enter'); // sends
    // The /ask test before showed this entry already: wait for the message /faq invoked, not any with its title.
    const invokedFaq = page.locator('#messages > li.message', { has: page.locator('.invoked', { hasText: '/faq' }) });
    await invokedFaq.locator('.embed-title', { hasText: chosen }).last().waitFor(WAIT);
    // The bot got the entry's key from the choice, not the text shown.
    const options = (playground.standIn.lastCommand as { data: { options: { value: string }[] } }).data.options;
    expect(options[0]!.value).toMatch(/#faq-\d+$/);
    await shot('2-faq-answer');
  });

  it('suggests article titles for /summary, and shows a message typed without a command', async () => {
    await box().fill('/summary nsa');
    await page.locator('#suggestions li', { hasText: 'Anthropic Deploys Offensive AI at NSA' }).waitFor(WAIT);
    await box().press('Escape');
    await page.locator('#suggestions').waitFor({ state: 'hidden', ...WAIT });
    await send('Hello @everyone, what does the bot know?');
    await page.locator('#messages li.from-member', { hasText: 'Hello @everyone' }).waitFor(WAIT);
  });

  it('keeps what the member types while the line before is on its way, gives a refused line back or quotes it, and drops stale suggestions', async () => {
    // The page's own send(), called as Enter calls it, so the next line is typed before the reply comes:
    // the reply used to clear the box after the member's message showed, and the next line was lost.
    const typedMeanwhile = await page.evaluate(async () => {
      const w = { box: document.querySelector<HTMLInputElement>('#box')!, send: (window as unknown as { send: () => Promise<void> }).send };
      w.box.value = 'Is anyone around?';
      const sending = w.send();
      w.box.value = 'And who runs this server';
      await sending;
      return w.box.value;
    });
    expect(typedMeanwhile).toBe('And who runs this server');
    await page.locator('#messages li.from-member', { hasText: 'Is anyone around?' }).waitFor(WAIT);
    // A line the bot refuses comes back to be mended; where another has been started or sent since, a
    // notice in the channel quotes it, and the hint stays the one of what is being typed.
    const refused = await page.evaluate(async () => {
      const w = { box: document.querySelector<HTMLInputElement>('#box')!, send: (window as unknown as { send: () => Promise<void> }).send };
      w.box.value = '/feeds';
      await w.send();
      const back = w.box.value;
      w.box.value = '/feeds';
      const sending = w.send();
      w.box.value = '/help';
      await sending;
      const typed = w.box.value;
      // Two refused lines on their way at once: the last comes back, the first is quoted.
      w.box.value = '/feeds';
      const first = w.send();
      w.box.value = '/ask';
      await Promise.all([first, w.send()]);
      return [back, typed, w.box.value];
    });
    expect(refused).toEqual(['/feeds', '/help', '/ask']);
    expect(await page.locator('#hint').innerText()).toMatch(/^\/ask /);
    const notices = page.locator('#messages li.notice', { hasText: 'Not sent: “/feeds”: /feeds needs a subcommand: add, remove or list.' });
    await expect.poll(() => notices.count()).toBe(2);
    // Suggestions asked for before a line was sent are stale once it is: they never open under the empty box.
    const stale = await page.evaluate(async () => {
      const w = window as unknown as { update: () => Promise<void>; send: () => Promise<void> };
      const box = document.querySelector<HTMLInputElement>('#box')!;
      box.value = '/summary nsa';
      const suggesting = w.update();
      await w.send();
      await suggesting;
      return [box.value, document.querySelector<HTMLElement>('#suggestions')!.hidden];
    });
    expect(stale).toEqual(['', true]);
    await box().fill('');
  });

  it('answers a member\'s message from its "Answer from FAQ" context menu, as a reply to it', async () => {
    await send('Can someone tell me what Mythos is?');
    const asked = page.locator('#messages li.from-member', { hasText: 'what Mythos is' }).last();
    await asked.getByRole('button', { name: 'Apps › Answer from FAQ' }).click();
    // Earlier tests showed this entry already: wait for the answer that repeats the member's question.
    const reply = page.locator('#messages > li.message', { has: page.locator('.content', { hasText: 'Q: Can someone tell me what Mythos is?' }) });
    await reply.locator('.embed-title', { hasText: 'What is Mythos' }).last().waitFor(WAIT);
    expect(playground.standIn.lastCommand).toMatchObject({ data: { name: 'Answer from FAQ' } });
    await shot('3-context-menu');
  });

  it('shows an out-of-scope question the private no-answer, marked "Only you can see this", whose buttons answer', async () => {
    await send('/ask Where can I try the new model?');
    const reply = page.locator('#messages li.ephemeral', { hasText: "I couldn't find that" });
    await reply.waitFor(WAIT);
    expect(await reply.locator('.ephemeral-note').innerText()).toContain('Only you can see this');
    await shot('3-no-answer');
    // A "Did you mean" button answers that question, privately.
    const didYouMean = reply.getByRole('button', { name: /^Did you mean: / }).first();
    const question = (await didYouMean.innerText()).replace(/^Did you mean: /, '').replace(/…$/, '');
    await didYouMean.click();
    await page.locator('#messages li.ephemeral .embed-title', { hasText: question }).waitFor(WAIT);
    await shot('3-did-you-mean');
  });

  it('acknowledges a feedback button click privately', async () => {
    const answer = page.locator('#messages li.message', { hasText: 'What is Mythos?' }).first();
    await answer.getByRole('button', { name: 'Helpful', exact: false }).first().click();
    const thanks = page.locator('#messages li.ephemeral', { hasText: 'glad it helped' });
    await thanks.waitFor(WAIT);
    await shot('4-feedback');
  });

  it('previews a summary post and answers from the "Ask about this article" form', async () => {
    const article = page.locator('#panel li.article').first();
    await article.locator('summary').click();
    await article.getByRole('button', { name: 'Preview summary post' }).click();
    const card = lastMessage();
    const ask = card.getByRole('button', { name: 'Ask about this article' });
    await ask.waitFor(WAIT);
    expect(await card.locator('.embed-fields').innerText()).toContain('Questions this article answers');
    await ask.click();
    const form = page.locator('dialog#modal[open] form');
    await form.waitFor(WAIT);
    await form.locator('input').fill('Who reported the story?');
    await shot('5-ask-about-article-form');
    await form.locator('input').press('Enter');
    // An earlier private answer has a Source field too: wait for the one that repeats this question.
    await page.locator('#messages li.ephemeral', { has: page.locator('.content', { hasText: 'Who reported the story?' }) }).locator('.embed .field-value').waitFor(WAIT);
    await shot('5-ask-about-article-answer');
  });

  it('runs commands with subcommands, each with its own options, offering the subcommands as Discord does', async () => {
    await box().fill('/feeds ');
    await page.locator('#suggestions li', { hasText: '/feeds remove' }).waitFor(WAIT);
    expect(await page.locator('#hint').innerText()).toContain('subcommands: add, remove, list');
    await send('/feeds remove url: https://news.example/feed.xml');
    await lastMessage().locator('.content', { hasText: 'I do not read a feed at' }).waitFor(WAIT);
    expect(playground.standIn.lastCommand).toMatchObject({ data: { name: 'feeds', options: [{ name: 'remove', type: 1, options: [{ name: 'url', value: 'https://news.example/feed.xml' }] }] } });
    await box().fill('/feeds li');
    await page.locator('#suggestions li', { hasText: '/feeds list' }).waitFor(WAIT);
    await box().press('Enter'); // picks the subcommand
    await page.locator('#suggestions').waitFor({ state: 'hidden', ...WAIT });
    await box().press('Enter');
    await lastMessage().locator('.content', { hasText: 'I read no feed.' }).waitFor(WAIT);
    await box().fill('/feeds ');
    await page.locator('#suggestions li', { hasText: '/feeds add' }).waitFor(WAIT);
    await box().press('Escape');
    await page.locator('#suggestions').waitFor({ state: 'hidden', ...WAIT });
    await box().press('Enter');
    await page.locator('#hint.error', { hasText: '/feeds needs a subcommand: add, remove or list.' }).waitFor(WAIT);
    await box().fill('');
  });

  it("sets the interaction's locale from the language picker, and the bot answers in that language", async () => {
    await page.locator('#locale').selectOption('de');
    await box().fill('/help');
    await page.locator('#suggestions li', { hasText: '/help' }).waitFor(WAIT);
    await box().press('Enter'); // picks the command, as in Discord
    await page.locator('#suggestions').waitFor({ state: 'hidden', ...WAIT });
    await box().press('Enter');
    // The bot answers in the picked language.
    await lastMessage().locator('.embed-title', { hasText: 'Wobei ich helfen kann' }).waitFor(WAIT);
    expect(playground.standIn.lastCommand).toMatchObject({ locale: 'de', data: { name: 'help' } });
    await page.locator('#locale').selectOption('en-US');
  });

  it("explains the answer asked in the picked language, with the locale the bot answered with", async () => {
    await page.locator('#locale').selectOption('de');
    await send('/ask Was ist Mythos?');
    await page.locator('#messages li.message', { hasText: 'Was ist Mythos?' }).locator('.embed').waitFor(WAIT);
    await page.locator('#debug-toggle').check();
    const debug = page.locator('#debug');
    await debug.locator('dd', { hasText: 'Was ist Mythos?' }).waitFor(WAIT);
    // Without the locale, "ist" reads as a topic the articles miss: 0.31, abstained, while the bot answered.
    expect(await debug.locator('dd', { hasText: 'FAQ:' }).count()).toBe(1);
    expect(await debug.locator('.confidence').innerText()).toBe('1.00');
    await page.locator('#debug-toggle').uncheck();
    await page.locator('#locale').selectOption('en-US');
  });

  it('shows the last answer\'s confidence and candidates behind the debug toggle', async () => {
    await send('/ask Why does Anthropic call for a pause?');
    await page.locator('#messages li.message', { hasText: 'Why does Anthropic call for a pause?' }).locator('.embed').waitFor(WAIT);
    await page.locator('#debug-toggle').check();
    const debug = page.locator('#debug');
    await debug.locator('dd', { hasText: 'Why does Anthropic call for a pause?' }).waitFor(WAIT);
    expect(await debug.locator('.confidence').innerText()).toMatch(/^\d\.\d\d/);
    expect(await debug.locator('dd ol li').count()).toBeGreaterThan(0);
    expect(await debug.locator('dd ol li').first().innerText()).toMatch(/score \d+\.\d\d, confidence \d\.\d\d/);
    expect(await debug.locator('dd.legend').innerText()).toContain('Ranked by score');
    expect(await debug.locator('dd.read').innerText()).toBe('anthropic, call, pause');
    expect(await debug.locator('dd.set-aside').innerText()).toBe('Read as English (en); left out: why, does, for, a');
    await shot('6-debug');
    await page.locator('#debug-toggle').uncheck();
  });

  it('lists a content file with an error in the side panel with its path:line, without a reload', async () => {
    const file = path.join(contentDir, 'broken.md');
    writeFileSync(file, '# A broken article\n\nSome text.\n\n## FAQ\n\n### Is this answered?\n');
    const issue = page.locator('#panel .issue.error', { hasText: 'broken.md:7' });
    await issue.waitFor({ timeout: 30_000 });
    expect(await issue.innerText()).toContain('FAQ question has no answer');
    await shot('7-content-error');
  });

  it('is readable at 360 px wide, with nothing scrolling sideways', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect((await page.locator('#box').boundingBox())!.width).toBeGreaterThan(250);
    await shot('8-narrow');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('made no request that left 127.0.0.1', () => {
    expect(requested.length).toBeGreaterThan(3);
    expect(outside).toEqual([]);
    // The bot's own REST calls go to the stand-in on 127.0.0.1 (DISCORD_API_URL), which served every one.
    expect(playground.standIn.unhandled).toEqual([]);
  });
});

describe('npm run playground', () => {
  it('prints the address it serves on, deletes its data folder when stopped, and refuses a bad PLAYGROUND_PORT with exit 2', async () => {
    const bad = runScript('src/bin/playground.ts', { PLAYGROUND_PORT: 'eighty', CONTENT_DIR: path.resolve('content') });
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toContain('PLAYGROUND_PORT must be a port number');

    // Its own temporary folder, to see the store the playground makes there for the run, and deletes.
    const tmp = tempDir('faq-bot-playground-tmp-');
    const dataDirs = () => readdirSync(tmp).filter((name) => name.startsWith('faq-bot-playground-'));
    const run = runScript('src/bin/playground.ts', { PLAYGROUND_PORT: '0', CONTENT_DIR: path.resolve('content'), LOG_LEVEL: 'silent', TMPDIR: tmp });
    try {
      // Resolves on the line that names the address; the test's timeout bounds the wait.
      const address = await new Promise<string>((resolve, reject) => {
        const check = () => {
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(run.stdout());
          if (!found) return;
          run.proc.stdout!.off('data', check);
          resolve(found[0]);
        };
        run.proc.stdout!.on('data', check);
        void run.exited.then(() => reject(new Error(`the playground exited: ${run.output()}`)));
      });
      const res = await fetch(address);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('FAQ bot playground');
      expect(dataDirs()).toHaveLength(1);
    } finally {
      expect(await run.stop()).toBe(0);
    }
    expect(dataDirs()).toEqual([]);
  });
});
