/**
 * Russian typed in Latin letters, as members without a Cyrillic keyboard write it ("kak kupit vip", "skolko
 * elo dayut za pobedu", "kakoj prizovoj fond"): the Cyrillic spellings a word may stand for, to be looked up
 * where the articles lack the word as typed. After the common romanisations (BGN/PCGN and the informal
 * "translit" of chat): "zh", "kh", "ch", "sh", "shch", "ya", "yu", "yo", "j" for й, "y" for ы (й after a
 * vowel); ь and ъ, which chat leaves out, are not spelled. "ts" is ц or т and с, "sch" щ or с and ч
 * ("schitaetsya", считается): a second spelling reads them apart.
 */
export function cyrillicSpellings(word: string): string[] {
  if (!LATIN_WORD.test(word)) return [];
  const spellings = [spell(word, false)];
  if (/ts|sch/.test(word)) spellings.push(spell(word, true));
  return spellings;
}

/** Lower-case Latin letters only. */
const LATIN_WORD = /^[a-z]+$/;

/** Latin letter groups, longest first, and the Cyrillic letters they stand for (a lone "y" is read apart). */
const GROUPS: [string, string][] = [
  ['shch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['yo', 'ё'], ['yu', 'ю'], ['ya', 'я'],
  ['a', 'а'], ['b', 'б'], ['c', 'ц'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'], ['i', 'и'], ['j', 'й'], ['k', 'к'],
  ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['q', 'к'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'],
  ['w', 'в'], ['x', 'кс'], ['z', 'з'],
];

const TOGETHER: [string, string][] = [['ts', 'ц'], ['sch', 'щ']];
const APART: [string, string][] = [['ts', 'тс'], ['sch', 'сч']];
const VOWELS = 'аеёиоуыэюя';

/** `word` in Cyrillic letters, "ts" and "sch" as ц and щ or, `apart`, as тс and сч. */
function spell(word: string, apart: boolean): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const group = (apart ? APART : TOGETHER).find(([latin]) => word.startsWith(latin, i)) ?? GROUPS.find(([latin]) => word.startsWith(latin, i));
    if (group) {
      out += group[1];
      i += group[0].length;
    } else {
      // "y" alone is й after a vowel ("kakoy", "dayte"), else ы ("vy", "ty").
      out += VOWELS.includes(out.at(-1) ?? '') ? 'й' : 'ы';
      i += 1;
    }
  }
  return out;
}
