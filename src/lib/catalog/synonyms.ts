/**
 * Words buyers type for the same thing in Kyrgyz, Russian and English, in Cyrillic and Latin letters.
 * Every spelling is written folded as the search folds text (lower case, ё→е, ң→н, ө→о, ү→у), so a
 * query word is looked up as it is.
 */
import { foldText } from './search-text.ts';

/** One thing and the spellings that name it; any one of them finds the products named by the others. */
export interface SynonymGroup {
  readonly words: readonly string[];
  /** A category slug: the word alone (or with other filter words) lists that category. */
  readonly category?: string;
  /** A certification kind slug: the word lists products holding a valid certificate of that kind. */
  readonly cert?: string;
}

export const SYNONYMS: readonly SynonymGroup[] = [
  // Categories
  {
    words: ['honey', 'honeys', 'мед', 'меда', 'медом', 'бал', 'myod', 'med', 'miod', 'mjod', 'myed'],
    category: 'honey',
  },
  {
    words: ['felt', 'войлок', 'войлочный', 'войлочные', 'кийиз', 'kiyiz', 'kiiz', 'voilok', 'voylok'],
    category: 'felt',
  },
  { words: ['jam', 'jams', 'варенье', 'джем', 'кыям', 'kyyam', 'kiyam', 'varenye'], category: 'jams' },
  { words: ['juice', 'juices', 'сок', 'соки', 'шире', 'ширеси', 'ширелер', 'sok', 'shire'], category: 'juices' },
  { words: ['dairy', 'молочные', 'молочка'], category: 'dairy' },
  { words: ['meat', 'мясо', 'мясные', 'myaso'], category: 'meat' },
  { words: ['tea', 'teas', 'чай', 'чаи', 'chai', 'chay', 'шай'], category: 'herbs-tea' },
  { words: ['cosmetics', 'косметика', 'kosmetika'], category: 'cosmetics' },
  { words: ['textiles', 'textile', 'текстиль', 'tekstil'], category: 'textiles' },
  { words: ['nuts', 'орехи', 'жангактар', 'сухофрукты', 'suhofrukty'], category: 'dried-fruit-nuts' },
  // Certificates
  {
    words: [
      'organic',
      'organics',
      'bio',
      'eco',
      'органик',
      'органикалык',
      'органический',
      'органическая',
      'органика',
      'био',
      'эко',
      'organik',
    ],
    cert: 'organic',
  },
  { words: ['halal', 'halyal', 'халал', 'халяль', 'халял'], cert: 'halal' },
  // Things
  {
    words: [
      'kymyz',
      'kumis',
      'kumys',
      'kumiss',
      'koumiss',
      'koumis',
      'kumyz',
      'kymys',
      'qymyz',
      'кымыз',
      'кумыс',
      'кумыз',
      'кымызы',
    ],
  },
  { words: ['shyrdak', 'shirdak', 'shyrdaq', 'schyrdak', 'шырдак', 'ширдак', 'шырдагы', 'shyrdaks', 'shirdaks'] },
  { words: ['slippers', 'slipper', 'тапочки', 'тапочка', 'тапки', 'tapochki', 'tapochka'] },
  { words: ['boots', 'валенки', 'отук', 'valenki'] },
  { words: ['hat', 'hats', 'kalpak', 'kolpak', 'qalpaq', 'калпак', 'колпак', 'шапка'] },
  { words: ['rug', 'rugs', 'carpet', 'carpets', 'ковер', 'ковры', 'килем', 'kilem', 'kover'] },
  { words: ['scarf', 'шарф', 'моюн', 'sharf'] },
  { words: ['socks', 'носки', 'байпак', 'baipak', 'noski'] },
  { words: ['kurut', 'qurut', 'krut', 'kurt', 'курут', 'крут', 'курт'] },
  { words: ['kazy', 'kazi', 'qazy', 'казы', 'kazylyk'] },
  { words: ['chuchuk', 'чучук', 'chujuk'] },
  { words: ['ayran', 'airan', 'айран'] },
  { words: ['cheese', 'сыр', 'быштак', 'brynza', 'брынза', 'syr'] },
  { words: ['butter', 'масло', 'maslo'] },
  { words: ['yak', 'yaks', 'як', 'яка', 'топоз', 'topoz'] },
  { words: ['horse', 'конина', 'конский', 'жылкы', 'zhylky', 'konina'] },
  { words: ['soap', 'мыло', 'самын', 'samyn', 'mylo'] },
  { words: ['walnut', 'walnuts', 'орех', 'орехом', 'жангак', 'жангагы', 'zhangak', 'jangak', 'oreh'] },
  { words: ['apricot', 'apricots', 'абрикос', 'абрикосовый', 'урюк', 'орук', 'uryuk', 'oruk', 'abrikos'] },
  {
    words: [
      'buckthorn',
      'облепиха',
      'облепиховый',
      'облепиховое',
      'чычырканак',
      'chychyrkanak',
      'oblepikha',
      'oblepiha',
    ],
  },
  { words: ['juniper', 'archa', 'арча', 'можжевельник'] },
  { words: ['wool', 'шерсть', 'жун', 'zhun', 'sherst'] },
  { words: ['cream', 'крем', 'krem'] },
  { words: ['quilt', 'одеяло', 'жууркан', 'zhuurkan'] },
];

export interface SynonymIndex {
  /** Folded word → the groups it belongs to. */
  readonly groups: ReadonlyMap<string, readonly SynonymGroup[]>;
}

/** Indexes the table by every spelling (folded, so a spelling written with ё or ү still matches). */
export function indexSynonyms(table: readonly SynonymGroup[] = SYNONYMS): SynonymIndex {
  const groups = new Map<string, SynonymGroup[]>();
  for (const group of table) {
    for (const word of group.words) {
      const key = foldText(word);
      groups.set(key, [...(groups.get(key) ?? []), group]);
    }
  }
  return { groups };
}

const DEFAULT_INDEX = indexSynonyms();

/** Every spelling of what this (folded) word names, the word itself first; just the word when it has none. */
export function synonymsOf(word: string, index: SynonymIndex = DEFAULT_INDEX): string[] {
  const out = new Set([word]);
  for (const group of index.groups.get(word) ?? []) for (const w of group.words) out.add(foldText(w));
  return [...out];
}

/** The category and certificate a (folded) word names, if it is one of those words. */
export function filterOf(word: string, index: SynonymIndex = DEFAULT_INDEX): { category?: string; cert?: string } {
  const out: { category?: string; cert?: string } = {};
  for (const group of index.groups.get(word) ?? []) {
    if (group.category) out.category = group.category;
    if (group.cert) out.cert = group.cert;
  }
  return out;
}
