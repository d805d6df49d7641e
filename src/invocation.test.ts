import path from 'node:path';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { argumentsError, invokedAs } from './invocation.js';

describe('invokedAs', () => {
  it('names the compiled file that was run, else the npm script', () => {
    expect(invokedAs('ask', path.resolve('dist/cli.js'))).toBe('node dist/cli.js');
    expect(invokedAs('report', '/opt/bot/dist/bin/report.js')).toBe('node /opt/bot/dist/bin/report.js');
    expect(invokedAs('ask', path.resolve('src/bin/ask.ts'))).toBe('npm run ask --');
  });
});

describe('argumentsError', () => {
  const refusal = (args: string[], allowPositionals: boolean): unknown => {
    try {
      parseArgs({ args, allowPositionals, options: { content: { type: 'string' } } });
    } catch (err) {
      return err;
    }
    throw new Error('parseArgs accepted the arguments');
  };

  it('shows, for an unknown option where a question may be typed, the whole command with balanced quotes', () => {
    const sentence = argumentsError(refusal(['--bogus', 'x'], true), 'ask', { questions: true });
    expect(sentence).toBe(`Unknown option '--bogus'. A question that starts with "-" goes after "--", as in: ${invokedAs('ask')} -- "--bogus"`);
    expect(sentence.split('"').length % 2).toBe(1);
  });

  it("keeps Node's own sentence for other refusals, ending in a full stop", () => {
    expect(argumentsError(refusal(['--bogus'], false), 'report')).toBe("Unknown option '--bogus'.");
    expect(argumentsError(refusal(['--content'], false), 'report')).toBe("Option '--content <value>' argument missing.");
  });
});
