import { CLOSING_PUNCTUATION, MAX_QUESTION_LENGTH } from '../content/faq-markers.js';
import { cut } from '../text.js';
import { hasWords } from '../question.js';
import { PRIVATE_QUESTION, type Report } from './build.js';

export const NO_QUESTIONS = 'No questions recorded yet: the report lists what members asked the bot in Discord, not questions asked with npm run ask.';

/** A rate as a whole percentage, or a dash when nothing was asked. */
export const percent = (r: number | null): string => (r === null ? '—' : `${Math.round(r * 100)}%`);

/** Columns padded to their widest cell, for a terminal. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function renderText(report: Report): string {
  if (report.questions === 0) return NO_QUESTIONS;
  const out = [
    `FAQ report — last ${report.days} day(s), generated ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Questions: ${report.questions}   answered: ${report.answered}   not answered: ${report.abstained}`,
    `Answer rate: ${percent(report.answerRate.last7)} over the last 7 days, ${percent(report.answerRate.last30)} over the last 30 days`,
    '',
    'Top unanswered questions (near-duplicates counted together)',
    report.gaps.length ? table(['#', 'asked', 'question'], report.gaps.map((g, i) => [String(i + 1), String(g.count), cut(g.question, 70)])) : '  none — every question found an answer',
    '',
    'Answers marked "Not helpful"',
    report.unhelpful.length
      ? table(['not helpful', 'helpful', 'answer'], report.unhelpful.map((u) => [String(u.notHelpful), String(u.helpful), cut(u.title, 90)]))
      : '  none',
  ];
  return out.join('\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A day as the chart's axis labels it: "Nov 29". */
const dayLabel = (date: string): string => new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * The answer rate per day as an inline SVG bar chart, with its axes labelled: the share answered (0, 50 and
 * 100%, with grid lines) and the dates (the first and last day, and about six between).
 */
function rateChart(daily: Report['daily']): string {
  const width = 720;
  const height = 200;
  const left = 44;
  const bottom = 24;
  const top = 8;
  const plot = height - bottom - top;
  const bar = (width - left) / Math.max(1, daily.length);
  const y = (rate: number) => top + plot * (1 - rate);
  const grid = [0, 0.5, 1]
    .map((r) => `<line class="grid" x1="${left}" x2="${width}" y1="${y(r)}" y2="${y(r)}"/><text class="axis" x="${left - 6}" y="${y(r) + 4}" text-anchor="end">${percent(r)}</text>`)
    .join('');
  const every = Math.max(1, Math.ceil(daily.length / 7));
  const last = daily.length - 1;
  // The last day's label ends at the right edge, so it is never cut off; a label too close to it is left out.
  const dateLabel = (date: string, i: number) =>
    i === last && last > 0
      ? `<text class="axis" x="${width - 2}" y="${height - 6}" text-anchor="end">${dayLabel(date)}</text>`
      : `<text class="axis" x="${(left + (i + 0.5) * bar).toFixed(1)}" y="${height - 6}" text-anchor="middle">${dayLabel(date)}</text>`;
  const dates = daily.map((d, i) => ((i % every === 0 && last - i >= every / 2) || i === last ? dateLabel(d.date, i) : '')).join('');
  const bars = daily
    .map((d, i) => {
      const h = d.rate === null ? 0 : Math.max(2, d.rate * plot);
      const title = `${d.date}: ${percent(d.rate)} of ${d.questions} answered`;
      return `<rect class="bar" x="${(left + i * bar + 1).toFixed(1)}" y="${(top + plot - h).toFixed(1)}" width="${Math.max(1, bar - 2).toFixed(1)}" height="${h.toFixed(1)}" data-date="${d.date}"><title>${escapeHtml(title)}</title></rect>`;
    })
    .join('');
  return `<svg id="answer-rate" role="img" aria-label="Share of questions answered per day" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${grid}${bars}${dates}</svg>`;
}

/** One self-contained page (inline CSS and SVG, no scripts or downloads) an editor can open anywhere. */
export function renderHtml(report: Report): string {
  const gapRows = report.gaps
    .map((g) => `<tr><td class="num">${g.count}</td><td>${escapeHtml(g.question)}${g.variants.length ? `<div class="variants">also: ${g.variants.slice(0, 3).map(escapeHtml).join(' · ')}</div>` : ''}</td><td>${g.lastAsked.slice(0, 10)}</td></tr>`)
    .join('');
  const unhelpfulRows = report.unhelpful
    .map((u) => `<tr><td class="num">${u.notHelpful}</td><td class="num">${u.helpful}</td><td>${escapeHtml(u.title)}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FAQ report</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:780px;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
.figures{display:flex;gap:2rem}.figures b{display:block;font-size:1.6rem}
svg{background:#f6f7f9;border-radius:6px}.bar{fill:#5865f2}.grid{stroke:#d5d8dc}.axis{font-size:11px;fill:#555}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e3e5e8;vertical-align:top}
.num{text-align:right;width:4rem}.variants{color:#666;font-size:.85em}
</style></head><body>
<h1>FAQ report — last ${report.days} day(s)</h1>
<p>Generated ${escapeHtml(report.generatedAt.slice(0, 16).replace('T', ' '))} UTC.</p>
<div class="figures"><div><b>${report.questions}</b>questions</div><div><b>${percent(report.answerRate.last7)}</b>answered, last 7 days</div><div><b>${percent(report.answerRate.last30)}</b>answered, last 30 days</div></div>
<h2>Share of questions answered per day</h2>
${rateChart(report.daily)}
<h2>Questions our articles did not answer</h2>
<table id="gaps"><thead><tr><th class="num">asked</th><th>question</th><th>last asked</th></tr></thead><tbody>${gapRows || '<tr><td colspan="3">None: every question found an answer.</td></tr>'}</tbody></table>
<h2>Answers marked “Not helpful”</h2>
<table id="unhelpful"><thead><tr><th class="num">not helpful</th><th class="num">helpful</th><th>answer</th></tr></thead><tbody>${unhelpfulRows || '<tr><td colspan="3">None.</td></tr>'}</tbody></table>
</body></html>
`;
}

/** The gaps a FAQ stub asks: those with words of their own (not the private questions' placeholder). */
export const stubQuestions = (report: Report): Report['gaps'] => report.gaps.filter((g) => g.question !== PRIVATE_QUESTION && hasWords(g.question));

/**
 * A member's question as an FAQ question the validator accepts (`isQuestion`): one line, capitalised, its
 * closing punctuation replaced by `?`, and a question longer than `MAX_QUESTION_LENGTH` cut at a word
 * (with `…`) to fit with its `?`.
 */
export function stubQuestion(question: string): string {
  const q = cut(question.replace(/\s+/g, ' ').trim().replace(CLOSING_PUNCTUATION, ''), MAX_QUESTION_LENGTH - 1, { atWord: true });
  return `${q.charAt(0).toUpperCase()}${q.slice(1)}?`;
}

/**
 * A Markdown FAQ stub with one empty `###` question per unanswered cluster, for an editor to fill in and
 * drop into the content directory (the validator reports each empty answer until it is written).
 */
export function renderStub(report: Report): string {
  const questions = stubQuestions(report);
  const lines = ['---', 'title: Questions members asked', `date: ${report.generatedAt.slice(0, 10)}`, '---', '', '# Questions members asked', '', '## FAQ', ''];
  for (const g of questions) {
    lines.push(`### ${stubQuestion(g.question)}`, '', `<!-- asked ${g.count} time(s)${g.variants.length ? `; also as: ${g.variants.slice(0, 3).join(' | ').replace(/--/g, '—')}` : ''} -->`, '');
  }
  return `${lines.join('\n')}\n`;
}
