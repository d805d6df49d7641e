import { describe, expect, it } from 'vitest';
import { softBreaks, unwrapSoftBreaks } from './soft-breaks.js';

describe('unwrapSoftBreaks', () => {
  it('joins a paragraph wrapped at a column into one line', () => {
    expect(unwrapSoftBreaks('To get accurate pace, calibrate your\nstride length in Settings. Health Connect is built\ninto Android 14.')).toBe(
      'To get accurate pace, calibrate your stride length in Settings. Health Connect is built into Android 14.',
    );
    expect(unwrapSoftBreaks('one\r\ntwo')).toBe('one two');
  });

  it('keeps blank lines, and a list item on its line with its continuation joined to it', () => {
    expect(unwrapSoftBreaks('You need:\n- a phone with\n  Android 14\n- a watch\n\n1. Open Settings\n2) Tap\n   Calibrate')).toBe(
      'You need:\n- a phone with Android 14\n- a watch\n\n1. Open Settings\n2) Tap Calibrate',
    );
  });

  it('keeps a hard break as a line break, without its spaces or backslash', () => {
    expect(unwrapSoftBreaks('Stridely Ltd.  \n12 Harbour Road\\\nDublin')).toBe('Stridely Ltd.\n12 Harbour Road\nDublin');
  });

  it('keeps quotes, headings, fenced code and tables as written', () => {
    expect(unwrapSoftBreaks('> first\n> second')).toBe('> first\n> second');
    expect(unwrapSoftBreaks('Steps\n#### Android\nOpen the app')).toBe('Steps\n#### Android\nOpen the app');
    expect(unwrapSoftBreaks('Run\n```\nnpm ci\nnpm start\n```\nthen wait')).toBe('Run\n```\nnpm ci\nnpm start\n```\nthen wait');
    expect(unwrapSoftBreaks('Plan | Price\n--- | ---\nPlus | $9.99\n\nPrices\ninclude VAT.')).toBe('Plan | Price\n--- | ---\nPlus | $9.99\n\nPrices include VAT.');
    expect(unwrapSoftBreaks('| Plan |\n|---|\n| Plus |')).toBe('| Plan |\n|---|\n| Plus |');
  });

  it('reads a number or dash inside a sentence as no list item', () => {
    expect(unwrapSoftBreaks('It costs\n$5 a month, or\n50 a year -\nless than most.')).toBe('It costs $5 a month, or 50 a year - less than most.');
  });
});

describe('softBreaks', () => {
  it('gives the offsets of each soft line ending, \r\n whole, and none of a hard break, a list item or fenced code', () => {
    const text = 'calibrate your\r\nstride length  \nin Settings\n- a watch\n```\nnpm ci \\\nnpm start\n```';
    expect(softBreaks(text)).toEqual([14, 16]);
    expect(softBreaks('one line')).toEqual([]);
  });

  it('keeps a backslash that ends a line of fenced code', () => {
    expect(unwrapSoftBreaks('Run:\n```\nnpm ci \\\n  --quiet\n```')).toBe('Run:\n```\nnpm ci \\\n  --quiet\n```');
  });
});

describe('softBreaks in indented code', () => {
  it("keeps an indented code block's lines, in a list item too, and joins the text around it", () => {
    expect(softBreaks('- item\n\n      ```js\n      code\n')).toEqual([]);
    expect(unwrapSoftBreaks('1. Open a terminal\n   and run:\n\n       npm ci\n       npm start\n\n2. Wait')).toBe('1. Open a terminal and run:\n\n       npm ci\n       npm start\n\n2. Wait');
    expect(unwrapSoftBreaks('Lazy\n        indented continuation')).toBe('Lazy indented continuation');
  });
});

describe('softBreaks, as a review read them', () => {
  it('keeps code that opens the text, follows a list and a paragraph, or is fenced deep in a nested list', () => {
    expect(unwrapSoftBreaks('    git pull\n    npm ci')).toBe('    git pull\n    npm ci');
    expect(unwrapSoftBreaks('- a\n\nThen run\nthis:\n\n    git pull\n    npm ci')).toBe('- a\n\nThen run this:\n\n    git pull\n    npm ci');
    const nested = '- Setup\n  - run:\n\n        ```\n        curl x | sh\n        plugin --enable\n        ```';
    expect(unwrapSoftBreaks(nested)).toBe(nested);
  });

  it('ends a fence only at one as long, of the same character', () => {
    expect(unwrapSoftBreaks('````\n```\ncode\nline\n````\nthen\nmore')).toBe('````\n```\ncode\nline\n````\nthen more');
    expect(unwrapSoftBreaks('```\n~~~\ncode\n```')).toBe('```\n~~~\ncode\n```');
  });

  it('joins a line opening with a number other than 1 to the paragraph it goes on, as Markdown does', () => {
    expect(unwrapSoftBreaks('Der Markt findet am\n12. Dezember statt.')).toBe('Der Markt findet am 12. Dezember statt.');
    expect(unwrapSoftBreaks('Steps:\n1. Open\n2. Tap')).toBe('Steps:\n1. Open\n2. Tap');
    expect(unwrapSoftBreaks('5. Fill in the form.\n6. Show your ID.')).toBe('5. Fill in the form.\n6. Show your ID.');
  });

  it('keeps a <br> line break (without the tag), rules, setext underlines and HTML blocks', () => {
    expect(unwrapSoftBreaks('Line one<br>\nLine two')).toBe('Line one\nLine two');
    expect(unwrapSoftBreaks('Opening hours\n---\nWe open at 9.')).toBe('Opening hours\n---\nWe open at 9.');
    expect(unwrapSoftBreaks('Text\n***\nMore')).toBe('Text\n***\nMore');
    expect(unwrapSoftBreaks('<div>\nkept\n</div>')).toBe('<div>\nkept\n</div>');
  });
});

describe('softBreaks, as a second review read them', () => {
  it('joins a number past 1 to the wrapped line of a list item, and keeps a sibling numbered item on its line', () => {
    expect(unwrapSoftBreaks('- Der Markt findet am\n  12. Dezember statt.')).toBe('- Der Markt findet am 12. Dezember statt.');
    expect(unwrapSoftBreaks('- a\n  1. x\n  2. y')).toBe('- a\n  1. x\n  2. y');
  });

  it('joins a line opening with an inline tag, and keeps an underline of any length and a <br> with spaces after it', () => {
    expect(unwrapSoftBreaks('Drücken Sie\n<kbd>Strg</kbd>+<kbd>C</kbd>.')).toBe('Drücken Sie <kbd>Strg</kbd>+<kbd>C</kbd>.');
    expect(unwrapSoftBreaks('text\n--\nmore')).toBe('text\n--\nmore');
    expect(unwrapSoftBreaks('Line<br>  \nnext')).toBe('Line\nnext');
    expect(unwrapSoftBreaks('Line</br>\nnext')).toBe('Line\nnext');
  });
});
