import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokedAs } from './invocation.js';

describe('invokedAs', () => {
  it('names the compiled file that was run, else the npm script', () => {
    expect(invokedAs('ask', path.resolve('dist/cli.js'))).toBe('node dist/cli.js');
    expect(invokedAs('report', '/opt/bot/dist/bin/report.js')).toBe('node /opt/bot/dist/bin/report.js');
    expect(invokedAs('ask', path.resolve('src/bin/ask.ts'))).toBe('npm run ask --');
  });
});
