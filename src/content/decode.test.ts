import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

const utf16 = (text: string, endian: 'le' | 'be'): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
};

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(Buffer.from('Zürich ✓\n'))).toEqual({ text: 'Zürich ✓\n' });
    expect(decodeText(Buffer.from('\uFEFFZürich'))).toEqual({ text: 'Zürich' });
  });

  it('decodes UTF-16 files that start with a byte-order mark', () => {
    expect(decodeText(utf16('Title\r\n\r\nZürich café.\r\n', 'le'))).toEqual({ text: 'Title\r\n\r\nZürich café.\r\n' });
    expect(decodeText(utf16('Title\n\nZürich café.\n', 'be'))).toEqual({ text: 'Title\n\nZürich café.\n' });
  });

  it('refuses text that is not valid UTF-8, at the line of the first bad byte', () => {
    const latin1 = Buffer.concat([Buffer.from('Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]);
    expect(decodeText(latin1)).toEqual({ reason: expect.stringMatching(/^not valid UTF-8 text .*save the file as UTF-8$/), line: 3 });
  });

  it('says so when UTF-16 text has no byte-order mark', () => {
    expect(decodeText(Buffer.from('Title\n\nText.\n', 'utf16le'))).toEqual({ reason: 'UTF-16 text without a byte-order mark: save the file as UTF-8', line: 1 });
    expect(decodeText(Buffer.from('Title\n\nText.\n', 'utf16le').swap16())).toMatchObject({ reason: expect.stringMatching(/^UTF-16 text without/) });
  });

  it('refuses a binary file', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeText(png)).toMatchObject({ reason: expect.stringMatching(/not valid UTF-8/) });
    expect(decodeText(Buffer.from('GIF89a\n\0\0\x01'))).toEqual({ reason: 'a binary file, not text (it holds NUL characters)', line: 2 });
  });
});
