import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown.js';
import type { Article } from '../content/types.js';
import { titleOnlyWords } from './title-words.js';

function article(id: string, lang: string, markdown: string): Article {
  const { article } = parseMarkdown(markdown, `${id}.md`, id);
  return { ...article!, lang };
}

describe('titleOnlyWords', () => {
  it('names the subject a title gives and no passage of the folder writes, in any of its forms', () => {
    // A Swedish housing cooperative's trial: "När är årsstämman?" got no answer, "Årsstämma" in the title alone.
    const meeting = article('stamma', 'sv', '# Årsstämma 2025 – datum och fullmakter\n\nFöreningsstämman hålls torsdagen den 22 maj 2025 klockan 18.30; datum och tid står i kallelsen. Fullmakten gäller högst ett år.\n');
    expect(titleOnlyWords([meeting]).map(({ words }) => words)).toEqual([['Årsstämma']]);
    // Written in another form in a paragraph, or in another article of the folder, it is found.
    const written = article('stamma', 'sv', '# Årsstämma 2025\n\nÅrsstämman hålls den 22 maj.\n');
    expect(titleOnlyWords([written])).toEqual([]);
    const elsewhere = article('kalender', 'sv', '# Kalender\n\nKalender för våren: i maj är det årsstämma i föreningslokalen.\n');
    expect(titleOnlyWords([meeting, elsewhere]).map(({ article }) => article.id)).toEqual([]);
  });

  it("reads only the titles of the articles it is given among the folder's, whose passages all count", () => {
    const meeting = article('stamma', 'sv', '# Årsstämma 2025\n\nFöreningsstämman hålls den 22 maj.\n');
    const laundry = article('tvatt', 'sv', '# Tvättstuga\n\nBokningen görs på tavlan i entrén.\n');
    const calendar = article('kalender', 'sv', '# Kalender\n\nI maj är det årsstämma.\n');
    expect(titleOnlyWords([meeting, laundry], [laundry]).map(({ article }) => article.id)).toEqual(['tvatt']);
    expect(titleOnlyWords([meeting, laundry, calendar], [meeting])).toEqual([]);
  });

  it('reads a section heading and an FAQ entry as writing their words, and leaves a title opening with a written word alone', () => {
    const faq = article('fees', 'en', '# Membership fees\n\n## FAQ\n\n### How much is the membership?\n\nThe membership fee is £20 a year.\n');
    expect(titleOnlyWords([faq])).toEqual([]);
    const heading = article('rooms', 'en', '# Room hire\n\n## Room hire prices\n\nThe hall costs £24 an hour.\n');
    expect(titleOnlyWords([heading])).toEqual([]);
    // Its subject written, a title's detail is no notice: "Garage och parkeringsplatser – kö och avgifter".
    const garage = article('garage', 'en', '# Garage places and fees\n\nGarage places are given out by queue.\n');
    expect(titleOnlyWords([garage])).toEqual([]);
    expect(titleOnlyWords([article('plan', 'en', '# B\n\nText.\n')])).toEqual([]);
  });
});
