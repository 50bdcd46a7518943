/**
 * Text folding shared by the search index and search queries, so that both sides agree:
 * lower case, ё→е, and the Kyrgyz letters ң ө ү folded to н о у (people often type them
 * on a Russian keyboard without the special letters).
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/ң/g, 'н')
    .replace(/ө/g, 'о')
    .replace(/ү/g, 'у')
    .normalize('NFKC');
}

const LATIN: Record<string, string[]> = {
  а: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['g'],
  д: ['d'],
  е: ['e'],
  ж: ['zh', 'j'],
  з: ['z'],
  и: ['i'],
  й: ['y'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f'],
  х: ['kh', 'h'],
  ц: ['ts'],
  ч: ['ch'],
  ш: ['sh'],
  щ: ['shch'],
  ъ: [''],
  ы: ['y'],
  ь: [''],
  э: ['e'],
  ю: ['yu'],
  я: ['ya'],
};

/**
 * Latin spellings of the Cyrillic words in a text (both common romanizations where they differ,
 * e.g. «Жети-Өгүз» gives "zheti ogyz"… "jeti oguz"), so Latin input finds Cyrillic names.
 */
export function transliterate(text: string): string {
  const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (const word of words) {
    if (!/[а-я]/.test(word)) continue;
    let variants = [''];
    for (const ch of word) {
      const options = LATIN[ch] ?? [ch];
      variants = variants.flatMap((v) => options.map((o) => v + o));
      if (variants.length > 4) variants = variants.slice(0, 4);
    }
    for (const v of variants) out.add(v);
  }
  return [...out].join(' ');
}

/**
 * One Latin spelling of a text (the first romanization of each Cyrillic letter; Kyrgyz ң ө ү as n o u),
 * for URL slugs: «Жети-Өгүз» gives "zheti-oguz".
 */
export function romanize(text: string): string {
  return [...foldText(text)].map((ch) => LATIN[ch]?.[0] ?? ch).join('');
}
