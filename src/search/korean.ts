/**
 * Korean light stemming: a word (어절) without the particles (조사) written onto its noun and without a
 * light verb's ending (하다, 되다, 받다 after a noun), so "서버에서", "서버는", "서버가" meet "서버", and
 * "접속하려면", "접속해요", "접속이" meet "접속". Korean writes a noun's case and topic on the noun itself,
 * and forms most verbs of its topic words with 하다 or 되다 ("초기화되나요", is it reset), so without this a
 * question and an article meet only where both use the same ending. No npm package analyses Korean
 * morphology without a native binary or a JVM; Snowball has no Korean stemmer. This is the light stemming
 * IR uses where no morphological analyser is at hand (as Larkey's for Arabic): closed lists of suffixes,
 * taken off the end of a word only where enough remains, and a particle that has a form after a consonant
 * and another after a vowel (을/를, 은/는, 이/가, 과/와, 으로/로) only where the syllable before it ends so,
 * which spares nouns that end in the same syllable ("마을", village; "국가", country).
 */

/** The first and last precomposed Hangul syllables (U+AC00–U+D7A3). */
const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
/** A syllable's final consonant (batchim) index: 0 for none, 8 for ㄹ (Unicode's syllable composition). */
const RIEUL = 8;

/** The final consonant index of the syllable at `i` of `word` (0 for none), or -1 where it is no Hangul syllable. */
function finalOf(word: string, i: number): number {
  const c = word.charCodeAt(i);
  return c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE ? (c - FIRST_SYLLABLE) % 28 : -1;
}

/** After which syllables a particle's form is written: a closed one (consonant), an open one (vowel), either. */
type After = 'consonant' | 'vowel' | 'any';

/**
 * Particles, alone and stacked as they are written ("에서는", at … as for), each with what it follows: the
 * forms of Korean's case, topic and delimiter particles (Sohn, "The Korean Language", 1999, ch. 7), and of
 * the copula 이다 that makes a noun a predicate ("가격은 9,900원입니다", "얼마예요"). "로" and its stacks
 * follow a vowel or ㄹ ("길드로", "팔로"). Longest first, so a stack goes as one.
 */
const PARTICLES_AFTER: Record<After, string> = {
  any:
    '입니다 입니까 인가요 인데요 인가 인데 인지 에서부터 에서는 에서도 에서의 에서만 에게서 에게는 에게도 한테서 한테는 한테도 까지는 까지도 까지만 부터는 부터도 ' +
    '에서 에게 한테 께서 까지 부터 보다 처럼 마다 밖에 조차 마저 만큼 에는 에도 에만 만은 만이 만을 하고 의 에 께 도 만 쯤 중',
  consonant: '이었어요 이었는데 이에요 이었다 이라서 이죠 이야 이다 으로부터 으로는 으로도 으로서 으로써 으로 이라도 이라는 이라고 이나 이랑 이란 이며 은 을 이 과',
  vowel: '였어요 였는데 예요 였다 라서 죠 야 로부터 로는 로도 로서 로써 로 라도 라는 라고 나 랑 란 며 는 를 가 와',
};
const PARTICLES: readonly (readonly [string, After])[] = Object.entries(PARTICLES_AFTER)
  .flatMap(([after, particles]) => particles.split(' ').map((particle) => [particle, after as After] as const))
  .sort((a, b) => b[0].length - a[0].length);

/** The plural suffix "들", written between a noun and its particle ("유저들이", the users). */
const PLURAL = '들';

/**
 * The first syllables of a light verb's forms after a noun: 하다 (to do: 하, 해, 했, 합, 할, 한, 함), 되다
 * (to become, the passive: 되, 돼, 됐, 됩, 될, 된, 됨) and 받다 (to receive: "환불받기"). What follows is
 * the verb's ending (see ENDING_START).
 */
const LIGHT_VERB = new Set([...'하해했합할한함되돼됐됩될된됨받']);

/**
 * Syllables a verb's ending starts with after a light verb ("접속하려면", "신청했는데", "초기화되나요",
 * "할수있나요"): elsewhere the light verb's syllable begins a noun of a compound ("차단해제", unban, is no
 * "차단" + an ending; "기간한정", limited-time).
 */
const ENDING_START = new Set([...'다고면려는나니기지게세시셔요서도야주줘봐보어었겠습라자죠데든수거까때냐네며던였잖으아았을은가걸건실신십셨긴군길러므것']);

/** A Latin letter or a digit, after which Korean writes particles as after a noun ("VIP는", the VIP rank). */
const LATIN_OR_DIGIT = /[\p{sc=Latin}\p{Nd}]/u;

/** Syllables a noun keeps before a light verb or a particle that could be a noun's own last syllable. */
const MIN_NOUN = 2;

/** Whether a particle written `after` may follow the syllable whose final consonant index is `final`. */
function fits(after: After, particle: string, final: number): boolean {
  if (after === 'any') return true;
  // "로" follows ㄹ as it follows a vowel ("길로", by road); "으로" never does.
  if (after === 'vowel') return final === 0 || (final === RIEUL && particle.startsWith('로'));
  return final > 0 && !(final === RIEUL && particle.startsWith('으로'));
}

/**
 * `word` (lower-cased, NFKC) without its light verb's ending or its particles and plural suffix, as above;
 * the word as it is where it holds no Hangul syllable or too little would remain. A particle that fits the
 * syllable before it goes where one syllable remains ("돈을" → "돈"), and so does "에" ("봇에"); another
 * one-syllable particle that follows any syllable, and a light verb, only where two remain ("회의" stays,
 * not "회" + "의"), the light verb only before an ending (see ENDING_START). A polite "요" goes, with the
 * particle before it ("후원은요" → "후원"), or where two syllables remain ("서버요"; not "필요", need).
 */
export function koreanStem(word: string): string {
  if (finalOf(word, word.length - 1) < 0) return word;
  for (let i = MIN_NOUN; i < word.length; i++) {
    if (LIGHT_VERB.has(word[i]!) && finalOf(word, i - 1) >= 0 && (i + 1 === word.length || ENDING_START.has(word[i + 1]!))) {
      return withoutParticle(word.slice(0, i)) ?? word.slice(0, i);
    }
  }
  if (!word.endsWith('요')) return withoutParticle(word) ?? word;
  const polite = word.slice(0, -1);
  return withoutParticle(word) ?? withoutParticle(polite) ?? (polite.length >= MIN_NOUN ? polite : word);
}

/** `word` without the particle (and plural suffix) it ends in, or undefined where it ends in none. */
function withoutParticle(word: string): string | undefined {
  for (const [particle, after] of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const rest = word.length - particle.length;
    const final = finalOf(word, rest - 1);
    // After a Latin word or a number ("VIP는", "12월에" is Hangul) either form may follow: how it is read decides.
    const foreign = final < 0 && LATIN_OR_DIGIT.test(word[rest - 1] ?? '');
    if ((final < 0 && !foreign) || rest < (after === 'any' && particle.length === 1 && particle !== '에' ? MIN_NOUN : 1) || !(foreign || fits(after, particle, final))) continue;
    const noun = word.slice(0, rest);
    return noun.length > 1 && noun.endsWith(PLURAL) ? noun.slice(0, -1) : noun;
  }
  return word.length > MIN_NOUN && word.endsWith(PLURAL) ? word.slice(0, -1) : undefined;
}

/** The final consonant (jongseong) index each initial (choseong) index writes as a final; -1 for ㄸ, ㅃ, ㅉ, which none is. */
const FINAL_OF_INITIAL = [1, 2, 4, 7, -1, 8, 16, 17, -1, 19, 20, 21, 22, -1, 23, 24, 25, 26, 27];
/** The initial index of ㅇ, silent before a vowel. */
const IEUNG = 11;

/**
 * Whether `word` clips `term` as Korean clips a long word into a short one of its syllables: the first
 * syllable and, in order, one from each later piece ("화리" of "화이트리스트", whitelist; "문상" of
 * "문화상품권", culture voucher; "인벤" of "인벤토리", inventory): the term is longer than the word and
 * starts with the same syllable. One syllable clips nothing; it may contract two (see `contracts`).
 * Hangul syllables only.
 */
export function clips(word: string, term: string): boolean {
  if (word.length === 1) return contracts(word, term);
  if (term.length <= word.length || term[0] !== word[0] || finalOf(term, term.length - 1) < 0) return false;
  let at = 1;
  for (let i = 1; i < word.length; i++) {
    at = term.indexOf(word[i]!, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Whether one syllable contracts a word of two as members type game slang: the first without its final,
 * then the second's initial as the final ("섭" of "서버", server; "렙" of "레벨", level), or the second's
 * final where its initial is a silent ㅇ ("겜" of "게임", game). Not a longer word's first two: "폰"
 * (phone) is no "포인트" (points), "글" (post) no "그래픽카드".
 */
function contracts(word: string, term: string): boolean {
  const final = finalOf(word, 0);
  if (term.length !== 2 || final <= 0 || finalOf(term, 0) !== 0 || finalOf(term, 1) < 0 || openSyllable(word) !== term[0]) return false;
  const second = term.charCodeAt(1) - FIRST_SYLLABLE;
  const initial = Math.floor(second / (21 * 28));
  return initial === IEUNG ? second % 28 === final : FINAL_OF_INITIAL[initial] === final;
}

/** A Hangul syllable without its final consonant ("섭" → "서"). */
export function openSyllable(syllable: string): string {
  const final = finalOf(syllable, 0);
  return final > 0 ? String.fromCharCode(syllable.charCodeAt(0) - final) : syllable;
}

/**
 * The Latin letters each Korean letter name spells, as Korean reads an acronym aloud and members type it:
 * "엠티" is MT (a club's membership training trip), "오티" OT, "피씨" PC, "디엠" DM. The standard
 * loanword spellings and their common variants (씨 and 시 for C, 에이치 and 에치 for H; 지 is G and Z).
 */
const LETTER_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    에이: ['a'], 비: ['b'], 씨: ['c'], 시: ['c'], 디: ['d'], 이: ['e'], 에프: ['f'], 지: ['g', 'z'], 쥐: ['g'], 에이치: ['h'], 에치: ['h'], 아이: ['i'],
    제이: ['j'], 케이: ['k'], 엘: ['l'], 엠: ['m'], 엔: ['n'], 오: ['o'], 피: ['p'], 큐: ['q'], 알: ['r'], 에스: ['s'], 티: ['t'], 유: ['u'],
    브이: ['v'], 더블유: ['w'], 엑스: ['x'], 와이: ['y'], 제트: ['z'],
  }),
);
/**
 * Letter names that are everyday Korean words or syllables too ("이유", reason, is 이 + 유; "오지", "유지",
 * "아이", child; "비", rain): a word made of these only is read as a word, not as an acronym ("EU").
 */
const NATIVE_NAMES = new Set(['이', '오', '유', '지', '시', '알', '아이', '비']);
/**
 * Fewest and most letters an acronym spelled by letter names has: one name alone ("이", "지") is a word of
 * its own; the acronyms members spell out are short ("엠티", "피씨방"'s PC, "에이에스" AS), and five
 * letters bound the spellings tried (a name is one to three syllables, several of them ambiguous).
 */
const MIN_SPELLED = 2;
const MAX_SPELLED = 5;

/**
 * The lower-case Latin acronyms `word` spells by Korean letter names ("엠티" → ["mt"]; "지피에스" →
 * ["gps", "zps"]), in the order of the names' readings; none where it is no such spelling, spells fewer
 * than MIN_SPELLED or more than MAX_SPELLED letters, or is made of NATIVE_NAMES only. A Korean dance
 * club's trial: "엠티 언제감" (when is MT) found nothing in articles that write "MT".
 */
export function spelledLetters(word: string): string[] {
  const out: string[] = [];
  const walk = (at: number, letters: string, loan: boolean) => {
    if (letters.length > MAX_SPELLED) return;
    if (at === word.length) {
      if (letters.length >= MIN_SPELLED && loan) out.push(letters);
      return;
    }
    for (let end = at + 1; end <= Math.min(word.length, at + 3); end++) {
      const name = word.slice(at, end);
      for (const letter of LETTER_NAMES.get(name) ?? []) walk(end, letters + letter, loan || !NATIVE_NAMES.has(name));
    }
  };
  walk(0, '', false);
  return out;
}
