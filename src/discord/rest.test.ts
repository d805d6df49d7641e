import { describe, expect, it } from 'vitest';
import { tagKey } from './rest.js';

describe('tagKey', () => {
  it('reads a forum tag name as members do: case, emoji and spacing aside', () => {
    expect(tagKey('✅ Solved')).toBe(tagKey('solved'));
    expect(tagKey('  Gelöst!  ')).toBe('gelöst');
  });

  it("keeps a script's combining marks, which tell its names apart", () => {
    expect(tagKey('हल हो गया')).not.toBe(tagKey('हाल हो गया'));
    expect(tagKey('✅ हल हो गया')).toBe('हल हो गया');
    expect(tagKey('แก้แล้ว')).not.toBe(tagKey('แกแลว'));
  });
});
