/**
 * Kyrgyz case endings for whatever a text slot ends with: a number written in digits (by how it is
 * read aloud), a date from kyDate's possessive form, an abbreviation or symbol (by the word it stands
 * for), or a plain word (by vowel harmony and its final sound). The shop writes the ending straight
 * after digits, without a hyphen ("10дон 500гө чейин"); the hyphen is only for ordinals ("3-барак").
 */

/** The cases a postposition or verb asks of the word before it. */
export type KyCase = 'dat' | 'loc' | 'abl' | 'acc' | 'gen';
export const KY_CASES: readonly KyCase[] = ['dat', 'loc', 'abl', 'acc', 'gen'];

const UNITS = ['нөл', 'бир', 'эки', 'үч', 'төрт', 'беш', 'алты', 'жети', 'сегиз', 'тогуз'];
const TENS = ['', 'он', 'жыйырма', 'отуз', 'кырк', 'элүү', 'алтымыш', 'жетимиш', 'сексен', 'токсон'];
const POWERS = ['миң', 'миллион', 'миллиард', 'триллион'];

/** Abbreviations and symbols by the word a reader says for them. */
// Capital-letter abbreviations without a vowel (МБ, ГБ) take back endings as the editor
// wrote them ("10 МБга"); the shop's texts avoid the construction where they can.
const READINGS: Record<string, string> = {
  г: 'грамм',
  кг: 'килограмм',
  т: 'тонна',
  мл: 'миллилитр',
  л: 'литр',
  см: 'сантиметр',
  мм: 'миллиметр',
  м: 'метр',
  км: 'километр',
  px: 'пиксел',
  '%': 'пайыз',
  $: 'доллар',
  '€': 'евро',
  '₽': 'рубль',
  '₸': 'теңге',
  '₩': 'вон',
  'cn¥': 'юань',
  'jp¥': 'иена',
  '¥': 'иена',
  usd: 'доллар',
  eur: 'евро',
  rub: 'рубль',
  kzt: 'теңге',
  cny: 'юань',
  jpy: 'иена',
  krw: 'вон',
  kgs: 'сом',
  млн: 'миллион',
  млрд: 'миллиард',
  'ж.': 'жыл',
  'ш.': 'шаар',
};

/**
 * The words a number ends with when read aloud: 30 "отуз", 1000 "миң", 2,5 "эки бүтүн ондон беш".
 * Accepts digits with spaces, no-break spaces, commas or dots as group or decimal separators.
 */
export function readNumberEnd(digits: string): string {
  const clean = digits.replace(/[\s\u00a0\u202f]/g, '');
  // A decimal part is read last ("бүтүн ондон беш"): its own digits decide the ending.
  const decimal = /^(\d+(?:[.,]\d{3})*)[.,](\d+)$/.exec(clean);
  if (decimal && !/^\d{1,3}([.,]\d{3})+$/.test(clean)) return readNumberEnd(decimal[2]!.replace(/^0+(?=\d)/, ''));
  const whole = clean.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
  if (!/^\d+$/.test(whole)) return whole;
  const n = BigInt(whole);
  if (n === 0n) return UNITS[0]!;
  const units = Number(n % 10n);
  if (units) return UNITS[units]!;
  const tens = Number((n / 10n) % 10n);
  if (tens) return TENS[tens]!;
  if ((n / 100n) % 10n) return 'жүз';
  let rest = n / 1000n;
  for (const power of POWERS) {
    if (rest % 1000n) return power;
    rest /= 1000n;
  }
  return POWERS[POWERS.length - 1]!;
}

type Harmony = 'a' | 'o' | 'e' | 'ö';

/** The wide-vowel class of a word's last vowel: а/ы → а, о → о, у → а (сууга), е/и/э → е, ө/ү → ө. */
function harmonyOf(word: string): Harmony {
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word[i]!.toLowerCase();
    if ('аыя'.includes(ch)) return 'a';
    if ('оё'.includes(ch)) return 'o';
    if ('ую'.includes(ch)) return 'a';
    if ('еиэ'.includes(ch)) return 'e';
    if ('өү'.includes(ch)) return 'ö';
    if ('aı'.includes(ch)) return 'a';
    if ('o'.includes(ch)) return 'o';
    if ('u'.includes(ch)) return 'a';
    if ('eiy'.includes(ch)) return 'e';
  }
  return 'a';
}

/** The narrow (high) vowel that follows: ы after а/ы, у after о/у, и after е/и, ү after ө/ү. */
function narrowOf(word: string): string {
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word[i]!.toLowerCase();
    if ('аыя'.includes(ch)) return 'ы';
    if ('оуёю'.includes(ch)) return 'у';
    if ('еиэ'.includes(ch)) return 'и';
    if ('өү'.includes(ch)) return 'ү';
  }
  return 'ы';
}

const WIDE: Record<Harmony, string> = { a: 'а', o: 'о', e: 'е', ö: 'ө' };
const VOWELS = 'аоуыэеёюяиөүaeiouy';
const VOICELESS = 'кпстфхцчшщ';

type Final = 'vowel' | 'voiced' | 'voiceless';

function finalOf(word: string): Final {
  const last = word
    .replace(/[ьъ]+$/u, '')
    .slice(-1)
    .toLowerCase();
  if (VOWELS.includes(last)) return 'vowel';
  if (VOICELESS.includes(last) || 'ptkfsh'.includes(last)) return 'voiceless';
  return 'voiced';
}

/** The case ending a Kyrgyz word takes: "он" → "го", "үч" → "кө", "Россия" → "га". */
export function kyCaseEnding(word: string, kyCase: KyCase): string {
  const wide = WIDE[harmonyOf(word)];
  const narrow = narrowOf(word);
  const final = finalOf(word);
  switch (kyCase) {
    case 'dat':
      return (final === 'voiceless' ? 'к' : 'г') + wide;
    case 'loc':
      return (final === 'voiceless' ? 'т' : 'д') + wide;
    case 'abl':
      return (final === 'voiceless' ? 'т' : 'д') + wide + 'н';
    case 'acc':
      return (final === 'vowel' ? 'н' : final === 'voiceless' ? 'т' : 'д') + narrow;
    case 'gen':
      return (final === 'vowel' ? 'н' : final === 'voiceless' ? 'т' : 'д') + narrow + 'н';
  }
}

/** The case ending after a third-person possessive ("декабры" → "декабрына"): the pronominal n-forms. */
export function kyPossessiveCaseEnding(word: string, kyCase: KyCase): string {
  const wide = WIDE[harmonyOf(word)];
  const narrow = narrowOf(word);
  switch (kyCase) {
    case 'dat':
      return 'н' + wide;
    case 'loc':
      return 'нд' + wide;
    case 'abl':
      return 'н' + wide + 'н';
    case 'acc':
      return 'н';
    case 'gen':
      return 'н' + narrow + 'н';
  }
}

/** The third-person possessive of a word: "декабрь" → "декабры", "май" → "майы", "сүрөт" → "сүрөтү". */
export function kyPossessive(word: string): string {
  const stem = word.replace(/ь$/u, '');
  const narrow = narrowOf(stem);
  return finalOf(stem) === 'vowel' ? `${stem}с${narrow}` : `${stem}${narrow}`;
}

const MONTH_POSSESSIVE = /\d-(?:январы|февралы|марты|апрели|майы|июну|июлу|августу|сентябры|октябры|ноябры|декабры)$/u;

/**
 * Appends a Kyrgyz case ending to what a text ends with: digits by how the number is read (20 → 20га,
 * 50 000 → 50 000ге, 2,5 → 2,5ке), a possessive date from kyDate ("3-декабры" → "3-декабрына"), an
 * abbreviation or currency sign by its word (МБ → МБга, сом → сомго, $ → $га) or a word by harmony.
 */
export function kyCase(text: string, kyCase: KyCase): string {
  const value = text.replace(/\s+$/u, '');
  if (!value) return value;
  if (MONTH_POSSESSIVE.test(value)) return value + kyPossessiveCaseEnding(value, kyCase);
  const number = /(\d(?:[\d\s\u00a0\u202f.,]*\d)?)$/u.exec(value);
  if (number) return value + kyCaseEnding(readNumberEnd(number[1]!), kyCase);
  const token = /([^\s\u00a0\u202f\d(«“"]+)$/u.exec(value)?.[1] ?? value;
  const bare = token.replace(/[»”")]+$/u, '');
  const reading = READINGS[bare.toLowerCase()] ?? READINGS[bare.toLowerCase().replace(/\.$/, '')] ?? bare;
  return value + kyCaseEnding(reading, kyCase);
}

/** Appends a case ending to a number read aloud: kyNumberCase(6, 'dat') → "6га". */
export function kyNumberCase(value: number | bigint | string, kyCase: KyCase, formatted?: string): string {
  const text = formatted ?? String(value);
  return text + kyCaseEnding(readNumberEnd(String(value)), kyCase);
}
