import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown.js';
import type { Article } from '../content/types.js';
import { expectedType, statesType } from './answer-type.js';
import { SearchIndex } from './engine.js';
import { clips, koreanStem, spelledLetters } from './korean.js';
import { analyzerFor } from './tokenize.js';

describe('koreanStem', () => {
  it('takes particles off a noun, stacked ones as one', () => {
    expect(['서버에서', '서버는', '서버가', '서버에서는', '서버'].map(koreanStem)).toEqual(Array(5).fill('서버'));
    expect(['길드를', '길드로', '길드와', '길드의'].map(koreanStem)).toEqual(Array(4).fill('길드'));
    expect(koreanStem('유저들이')).toBe('유저');
  });

  it('takes a particle off only after the syllable it is written after', () => {
    // 을 follows a consonant ("돈을", money), 를 a vowel: "마을" (village) and "국가" (country) are whole nouns.
    expect(koreanStem('돈을')).toBe('돈');
    expect(koreanStem('마을')).toBe('마을');
    expect(koreanStem('국가')).toBe('국가');
    // A particle that follows any syllable leaves two at least: "회의" (meeting) is no "회" + "의".
    expect(koreanStem('회의')).toBe('회의');
    expect(koreanStem('회의에서')).toBe('회의');
  });

  it('takes the light verb off a noun, whatever its ending', () => {
    expect(['접속하려면', '접속해요', '접속했는데', '접속이'].map(koreanStem)).toEqual(Array(4).fill('접속'));
    expect(koreanStem('초기화되나요')).toBe('초기화');
    expect(koreanStem('환불받기')).toBe('환불');
    expect(koreanStem('가능한가요')).toBe('가능');
  });

  it('leaves a compound whose second noun starts with a light verb\'s syllable whole', () => {
    expect(koreanStem('차단해제')).toBe('차단해제');
    expect(koreanStem('기간한정')).toBe('기간한정');
  });

  it('takes the copula and a polite 요 off', () => {
    expect(koreanStem('9,900원입니다')).toBe('9,900원');
    expect(koreanStem('게임이에요')).toBe('게임');
    expect(koreanStem('얼마예요')).toBe('얼마');
    expect(koreanStem('후원은요')).toBe('후원');
    expect(koreanStem('필요')).toBe('필요');
    expect(koreanStem('서버요')).toBe('서버');
    expect(koreanStem('봇에')).toBe('봇');
    expect(koreanStem('언제쯤')).toBe('언제');
  });

  it('takes a particle off a Latin word or a number', () => {
    expect(koreanStem('vip는')).toBe('vip');
    expect(koreanStem('12월에')).toBe('12월');
  });
});

describe('clips', () => {
  it('reads a clipped word as the long word whose syllables it takes in order', () => {
    expect(clips('화리', '화이트리스트')).toBe(true);
    expect(clips('문상', '문화상품권')).toBe(true);
    expect(clips('인벤', '인벤토리')).toBe(true);
    expect(clips('화리', '화면')).toBe(false);
    expect(clips('리스', '화이트리스트')).toBe(false);
    expect(clips('인벤', '인벤')).toBe(false);
  });

  it('reads one syllable as the two it contracts, as game slang does', () => {
    expect(clips('섭', '서버')).toBe(true);
    expect(clips('렙', '레벨')).toBe(true);
    expect(clips('겜', '게임')).toBe(true);
    expect(clips('겜', '게시판')).toBe(false);
    expect(clips('섭', '서')).toBe(false);
    // Only a word of two syllables: "폰" (phone) is no "포인트" (points).
    expect(clips('폰', '포인트')).toBe(false);
  });
});

describe('Korean analysis', () => {
  const korean = analyzerFor('ko');

  it('drops question words with the copula on them, and jamo written as laughter or tears', () => {
    expect(korean.terms('VIP는 얼마예요? ㅠㅠ')).toEqual(['vip']);
    expect(korean.terms('서버 언제인가요 ㅋㅋㅋ')).toEqual(['서버']);
  });

  it('drops the predicates a yes-or-no question ends on, asking whether it is allowed, there or possible', () => {
    expect(korean.terms('굿즈 개인거래 해도됨?')).toEqual(['굿즈', '개인거래']);
    expect(korean.terms('서버에 음악봇 있어요?')).toEqual(['서버', '음악봇']);
    expect(korean.terms('편의점 픽업 가능해요?')).toEqual(['편의점', '픽업']);
  });

  it("keeps a noun whose stem spells one of the list's one-syllable numbers or interjections", () => {
    // "휴가" (vacation) stems to "휴", an interjection of the list; "사랑" to "사", four.
    expect(korean.terms('휴가 중인 운영진')).toContain(korean.terms('휴가')[0]);
    expect(korean.terms('휴가')).toHaveLength(1);
    expect(korean.terms('사랑')).toHaveLength(1);
  });

  it('reads the kind of fact a Korean question asks', () => {
    expect(expectedType('길드전 언제해요', 'ko')).toBe('date');
    expect(expectedType('vip 한달에 얼마임', 'ko')).toBe('amount');
    expect(expectedType('길드 최대인원 몇명', 'ko')).toBe('number');
    expect(expectedType('화리 신청하면 얼마나 걸려요', 'ko')).toBe('number');
    expect(expectedType('얼마 동안 정지돼요', 'ko')).toBe('number');
    expect(expectedType('정지 몇일이에요', 'ko')).toBe('number');
    expect(expectedType('몇 시즌째예요', 'ko')).toBe('number');
    expect(expectedType('몇 시에 시작해요', 'ko')).toBe('time');
    expect(expectedType('어느 요일에 이벤트 해요', 'ko')).toBe('date');
    expect(expectedType('언제든지 환불 가능', 'ko')).toBeNull();
    expect(statesType('후원자 등급은 월 5천원입니다.', 'amount', new Set(), 'ko')).toBe(true);
    expect(statesType('길드전은 12월 14일 토요일 오후 8시(KST)에 시작합니다.', 'date', new Set(), 'ko')).toBe(true);
    expect(statesType('길드전은 2시간 동안 진행됩니다.', 'date', new Set(), 'ko')).toBe(false);
    expect(statesType('VIP는 월 9,900원입니다.', 'amount', new Set(), 'ko')).toBe(true);
  });
});

function article(id: string, markdown: string): Article {
  const { article, issues } = parseMarkdown(markdown, `${id}.md`, id);
  if (!article) throw new Error(issues.map((i) => i.message).join('; '));
  return { ...article, lang: 'ko' };
}

describe('Korean questions as members type them', () => {
  const guild = article(
    'guild',
    `# 길드 안내

길드를 만들려면 캐릭터 레벨 20 이상이어야 하고 창설 비용 10만 골드가 필요합니다.

길드 최대 인원은 50명입니다. 길드 레벨이 5가 되면 길드 창고가 열립니다.

길드전은 12월 14일 토요일 오후 8시(KST)에 시작해서 2시간 동안 진행됩니다.
`,
  );
  const join = article(
    'join',
    `# 서버 접속 방법

하드코어 서버는 화이트리스트제로 운영됩니다. 화이트리스트 신청은 #화이트리스트-신청 채널에 양식을 작성하면 되고, 보통 24시간 안에 처리됩니다.

접속이 안 되면 먼저 클라이언트가 최신 버전인지 확인하세요.

화이트리스트는 캐릭터 레벨 30 이상만 신청할 수 있습니다.
`,
  );
  const bot = article(
    'bot',
    `# 디스코드 봇

봇 명령어 목록은 /도움말로 볼 수 있습니다.

음성 채널은 한 번에 다섯 명까지 들어갈 수 있습니다.
`,
  );
  const index = new SearchIndex([guild, join, bot]);

  it('meets a noun whatever particle each side writes on it', () => {
    const answer = index.answer('길드 인원이 몇 명까지예요');
    expect(answer.quote).toContain('50명');
  });

  it('reads words written without the space between them as the words the articles write apart', () => {
    const answer = index.answer('길드 최대인원 몇명');
    expect(answer.quote).toContain('50명');
  });

  it('reads three words typed with no space at all as the words the articles write apart ("길드최대인원몇명")', () => {
    // A K-pop fan community's trial: "학생할인있음" met no candidate; only a cut in two was tried.
    expect(index.readings('길드최대인원').map((r) => r.term)).toEqual(['길드 + 최대 + 인원']);
    expect(index.answer('길드최대인원 몇명').quote).toContain('50명');
  });

  it('reads a one-syllable part of a word typed without its space as a word, not as the stopword it spells', () => {
    // "명령" (command) is no "명" (people, the counter) + "령" (zero, a stopword): it clips "명령어".
    const answer = index.answer('명령 알려주세요');
    expect(answer.quote).toContain('/도움말');
  });

  it('reads "몇" written onto its counter as asking about the counter', () => {
    const answer = index.answer('화이트리스트 몇렙부터 신청가능');
    expect(answer.quote).toContain('레벨 30');
  });

  it('reads a clipped word as the long word the articles write', () => {
    const answer = index.answer('화리 신청하면 얼마나 걸려요');
    expect(answer.quote).toContain('24시간');
  });

  it('reads an acronym spelled by its letters\' Korean names as the articles write it, and chat\'s "머" and "어캄" as question words', () => {
    expect(spelledLetters('엠티')).toEqual(['mt']);
    expect(spelledLetters('피씨')).toEqual(['pc']);
    expect(spelledLetters('지피에스')).toEqual(['gps', 'zps']);
    // One letter's name alone is a word of its own ("이", this; "지"), and a word of other syllables no acronym;
    // nor is one made of names that are everyday syllables too ("이유", reason: no "EU").
    for (const word of ['이', '지', '학교', '엠티비티에스오', '이유', '유지', '오지']) expect(spelledLetters(word), word).toEqual([]);
    const trip = new SearchIndex([article('mt', '# MT 안내\n\nMT는 4월 5일 토요일에 가평으로 갑니다.\n\n동아리 회비는 한 학기에 3만원입니다.\n')]);
    expect(trip.readings('엠티 날짜')).toContainEqual({ word: '엠티', term: 'mt', how: 'related' });
    expect(trip.answer('엠티 날짜').quote).toContain('4월 5일');
    // Only an acronym the articles write in capitals: "dm" written in lower case is no "디엠".
    const lower = new SearchIndex([article('dm', '# 안내\n\n문의는 운영진 dm으로 보내 주세요.\n')]);
    expect(lower.readings('디엠 보내도 돼요')).not.toContainEqual(expect.objectContaining({ word: '디엠', term: 'dm' }));
    const upper = new SearchIndex([article('dm', '# 안내\n\n문의는 운영진 DM으로 보내 주세요.\n')]);
    expect(upper.readings('디엠 보내도 돼요')).toContainEqual({ word: '디엠', term: 'dm', how: 'related' });
    const korean = analyzerFor('ko');
    expect(korean.terms('서버시계 머 써요')).toEqual(korean.terms('서버시계 써요'));
    expect(korean.terms('연습 빠지면 어캄')).toEqual(korean.terms('연습 빠지면'));
  });
});
