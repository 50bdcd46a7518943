/**
 * Drawings that stand in for a product's photos until its producer uploads some (decision 57).
 *
 * A product's *kind* (felt hat, slippers, shyrdak, honey jar, honeycomb, jam jar, juice bottle…) is
 * read from its category and the words of its slug, which is Latin for every product (English name,
 * else the Kyrgyz or Russian name transliterated), so no column and no query is needed. Its *tint*
 * (apricot orange, currant purple, white sainfoin honey…) comes from the same words, and its *variant*
 * (background, folk colours, ornament) from its id, so twenty honeys are twenty different jars. Each
 * kind × tint × variant is one small SVG served from /media/illustrations/ with a year's caching,
 * drawn once per process and kept in memory.
 */

export const ILLUSTRATION_REVISION = 1;
/** Eight palettes × four ornaments. */
export const VARIANTS = 32;

const FELT = ['kalpak', 'slippers', 'shyrdak', 'felt-toy', 'yurt', 'bag', 'wall-hanging'] as const;
const TEXTILE = ['scarf', 'quilt', 'cushion', 'band', 'mittens', 'socks', 'sweater', 'beanie'] as const;
const BEE = ['honey-jar', 'honeycomb', 'candle', 'dropper'] as const;
const FOOD = ['jam-jar', 'juice-bottle', 'dried-fruit', 'nuts', 'gift-box'] as const;
const MEAT = ['sausage', 'cured-meat', 'meat-jar'] as const;
const DAIRY = ['kymyz', 'kurut', 'cheese', 'butter'] as const;
const HERBS = ['herbal-tea', 'herb-bunch'] as const;
const COSMETIC = ['soap', 'cream-jar', 'oil-bottle'] as const;

export const KINDS = [
  ...FELT,
  ...TEXTILE,
  ...BEE,
  ...FOOD,
  ...MEAT,
  ...DAIRY,
  ...HERBS,
  ...COSMETIC,
  'parcel',
] as const;
export type Kind = (typeof KINDS)[number];

/** Colours of what is inside a jar, bottle, bowl or bar. */
const TINTS = {
  amber: '#e0a12c',
  cream: '#f3e3b3',
  dark: '#8a4b17',
  orange: '#ec8a1c',
  red: '#c0262d',
  purple: '#5b2346',
  green: '#6f8f3a',
  yellow: '#e5c84a',
  white: '#f7f3ea',
  brown: '#8b5a2b',
  meat: '#9c3b2a',
  blue: '#7d9bb0',
  plain: '#d9c6a5',
} as const;
export type Tint = keyof typeof TINTS;
export const TINT_NAMES = Object.keys(TINTS) as Tint[];

type Rule = readonly [Kind, readonly string[]];

/**
 * Per category, the first rule with a word that starts with one of its stems wins; else the category's
 * default. Stems cover English and transliterated Kyrgyz and Russian words.
 */
const RULES: Record<string, { rules: readonly Rule[]; fallback: Kind }> = {
  felt: {
    rules: [
      ['soap', ['soap', 'mylo', 'samyn']],
      ['kalpak', ['kalpak', 'hat', 'shlyap', 'kolpak', 'kalpa']],
      ['slippers', ['slipper', 'tapoch', 'boot', 'valenk', 'shoe', 'bootee', 'choko', 'kepich']],
      ['yurt', ['yurt', 'boz-uy', 'tunduk']],
      ['bag', ['bag', 'sumk', 'sleeve', 'case', 'chehol', 'clutch', 'purse', 'koshel', 'bashtyk']],
      [
        'felt-toy',
        ['toy', 'doll', 'kukl', 'leopard', 'bars', 'animal', 'herd', 'ornament', 'igrush', 'sheep', 'camel'],
      ],
      ['wall-hanging', ['painting', 'kartin', 'panel', 'panno', 'tush', 'picture']],
      ['shyrdak', ['shyrdak', 'shirdak', 'ala', 'kiyiz', 'kiiz', 'rug', 'carpet', 'kover', 'kilim', 'pad', 'coaster']],
    ],
    fallback: 'shyrdak',
  },
  textiles: {
    rules: [
      ['scarf', ['scarf', 'shawl', 'sharf', 'platok', 'shal', 'stole', 'jooluk']],
      ['mittens', ['mitten', 'glove', 'varezh', 'perchat', 'kolkap']],
      ['socks', ['sock', 'nosk', 'baypak', 'paypak']],
      ['sweater', ['sweater', 'jumper', 'sviter', 'cardigan', 'pullover', 'kofta']],
      ['beanie', ['beanie', 'hat', 'shapk', 'cap', 'tebetey', 'bork']],
      ['bag', ['clutch', 'bag', 'purse', 'sumk', 'koshel']],
      ['cushion', ['cushion', 'pillow', 'podush', 'jazdyk', 'korpocho', 'mattress']],
      ['quilt', ['quilt', 'duvet', 'blanket', 'odeyal', 'kurak', 'tablecloth', 'dastorkon', 'skatert']],
      ['wall-hanging', ['tush', 'hanging', 'panel', 'panno']],
      ['band', ['band', 'runner', 'baskur', 'ribbon', 'tasma', 'chiy', 'screen', 'placemat']],
    ],
    fallback: 'quilt',
  },
  honey: {
    rules: [
      ['gift-box', ['set', 'gift', 'box', 'nabor', 'tasting']],
      ['honeycomb', ['honeycomb', 'comb', 'sot', 'perga', 'bread', 'raw-propolis', 'uya']],
      ['candle', ['candle', 'svech', 'wax', 'vosk', 'sham', 'wrap']],
      ['dropper', ['tincture', 'nastoy', 'extract', 'drops']],
    ],
    fallback: 'honey-jar',
  },
  jams: { rules: [['gift-box', ['set', 'gift', 'box', 'nabor']]], fallback: 'jam-jar' },
  juices: { rules: [['gift-box', ['set', 'gift', 'box', 'nabor']]], fallback: 'juice-bottle' },
  'dried-fruit-nuts': {
    rules: [
      ['gift-box', ['gift', 'box', 'set', 'nabor', 'dastarkhan']],
      ['dried-fruit', ['stuffed']],
      ['nuts', ['walnut', 'nut', 'orekh', 'jangak', 'almond', 'mindal', 'bademe', 'pistach', 'kernel', 'mix', 'seed']],
      ['dried-fruit', ['apricot', 'uryuk', 'kuraga', 'raisin', 'izyum', 'mayiz', 'prune', 'dried', 'fig']],
    ],
    fallback: 'dried-fruit',
  },
  meat: {
    rules: [
      ['gift-box', ['gift', 'box', 'set', 'nabor', 'feast']],
      ['meat-jar', ['jar', 'tushonk', 'can', 'stew', 'konserv', 'kuurdak', 'braised', 'banka']],
      ['sausage', ['chuchuk', 'sausage', 'kolbas', 'kazy', 'karta', 'zhal', 'jal', 'roll']],
    ],
    fallback: 'cured-meat',
  },
  dairy: {
    rules: [
      ['gift-box', ['gift', 'box', 'set', 'nabor', 'assortment']],
      ['kurut', ['kurut', 'kurt', 'qurut']],
      ['kymyz', ['kymyz', 'kumis', 'kumys', 'ayran', 'chalap', 'drink', 'milk', 'bozo', 'maksym', 'jarma']],
      ['cheese', ['cheese', 'syr', 'brynz', 'bynza', 'peynir', 'sir']],
    ],
    fallback: 'butter',
  },
  'herbs-tea': {
    rules: [
      ['gift-box', ['gift', 'trio', 'set', 'nabor']],
      ['herbal-tea', ['tea', 'chay', 'chai', 'blend', 'sbor', 'leaf', 'list']],
      ['dried-fruit', ['berr', 'hip', 'hawthorn', 'shipovnik', 'yagod']],
    ],
    fallback: 'herb-bunch',
  },
  cosmetics: {
    rules: [
      ['soap', ['soap', 'mylo', 'samyn', 'sabyn']],
      ['oil-bottle', ['oil', 'maslo', 'may', 'serum', 'essential']],
    ],
    fallback: 'cream-jar',
  },
};

/** Words that colour what is inside, first match wins. */
const TINT_RULES: readonly (readonly [Tint, readonly string[]])[] = [
  ['cream', ['sainfoin', 'esparcet', 'whipped', 'creamed', 'krem', 'beeswax', 'alpine', 'cotton']],
  [
    'orange',
    [
      'apricot',
      'uryuk',
      'kuraga',
      'sea-buckthorn',
      'buckthorn',
      'oblepih',
      'pumpkin',
      'carrot',
      'calendula',
      'pollen',
      'chili',
    ],
  ],
  ['purple', ['currant', 'smorod', 'blackberr', 'plum', 'sliv', 'prune', 'grape', 'vinograd', 'fig', 'dark-raisin']],
  [
    'red',
    [
      'cherry',
      'vishn',
      'raspberr',
      'malin',
      'strawberr',
      'klubnik',
      'zemlyan',
      'barberr',
      'barbaris',
      'rose',
      'shipovnik',
      'hawthorn',
      'boyaryshn',
      'alycha',
    ],
  ],
  [
    'green',
    ['green', 'mint', 'myat', 'nettle', 'krapiv', 'juniper', 'archa', 'herb', 'oregano', 'thyme', 'melis', 'pistach'],
  ],
  [
    'white',
    [
      'white',
      'milk',
      'kymyz',
      'ayran',
      'chalap',
      'kurut',
      'brynza',
      'suzmo',
      'kaymak',
      'salt',
      'chamomile',
      'goat',
      'mare',
      'mulberr',
    ],
  ],
  [
    'dark',
    ['forest', 'dark', 'buckwheat', 'grech', 'chestnut', 'bread', 'perga', 'propolis', 'smoked', 'walnut', 'prune'],
  ],
  [
    'yellow',
    [
      'apple',
      'yablok',
      'alma',
      'pear',
      'grush',
      'quince',
      'ayva',
      'sunflower',
      'golden',
      'raisin',
      'lemon',
      'birch',
      'ghee',
      'butter',
      'sary',
    ],
  ],
  ['blue', ['clay', 'glina', 'mud', 'gryaz']],
  ['brown', ['almond', 'nut', 'kernel', 'tea', 'rhodiola', 'root', 'mix']],
];

/** What a kind is filled with when its words name no colour. */
const DEFAULT_TINT: Partial<Record<Kind, Tint>> = {
  'honey-jar': 'amber',
  honeycomb: 'amber',
  dropper: 'dark',
  'jam-jar': 'red',
  'juice-bottle': 'yellow',
  'dried-fruit': 'orange',
  nuts: 'brown',
  'herbal-tea': 'green',
  'herb-bunch': 'yellow',
  soap: 'cream',
  'cream-jar': 'white',
  'oil-bottle': 'amber',
  butter: 'yellow',
  kurut: 'white',
  cheese: 'yellow',
};

const words = (slug: string) =>
  slug
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function matches(slug: string, tokens: string[], stem: string): boolean {
  return stem.includes('-') ? `-${slug.toLowerCase()}-`.includes(`-${stem}`) : tokens.some((w) => w.startsWith(stem));
}

/** What the product is, for choosing its drawing. */
export function productKind(category: string, slug: string): Kind {
  const table = RULES[category];
  if (!table) return 'parcel';
  const tokens = words(slug);
  for (const [kind, stems] of table.rules) if (stems.some((s) => matches(slug, tokens, s))) return kind;
  return table.fallback;
}

/** The colour of what is inside (honey, jam, juice, soap…), from the words of the slug, else the kind's own. */
export function productTint(slug: string, kind: Kind): Tint {
  const tokens = words(slug);
  for (const [tint, stems] of TINT_RULES) if (stems.some((s) => matches(slug, tokens, s))) return tint;
  return DEFAULT_TINT[kind] ?? 'plain';
}

/** A product's variant: neighbouring ids differ in palette and ornament. */
export function productVariant(id: number): number {
  return (((Math.trunc(id) * 13) % VARIANTS) + VARIANTS) % VARIANTS;
}

/** Public address of a product's drawing. */
export function illustrationUrl(p: { id: number; category: string; slug: string }): string {
  const kind = productKind(p.category, p.slug);
  return illustrationPath(kind, productTint(p.slug, kind), productVariant(p.id));
}

export function illustrationPath(kind: Kind, tint: Tint, variant: number): string {
  return `/media/illustrations/${kind}-${tint}-${variant}.r${ILLUSTRATION_REVISION}.svg`;
}

const FILE = /^([a-z-]+)-([a-z]+)-(\d{1,2})\.r\d{1,4}\.svg$/;

/** True when a product image address is one of the shop's drawings (no photo uploaded yet). */
export function isIllustrationPath(image: string): boolean {
  const m = /^\/media\/illustrations\/([^/]+)$/.exec(image);
  return m !== null && parseIllustrationFile(m[1]!) !== null;
}

/** The drawing a file name asks for, or null for any name the shop does not make. */
export function parseIllustrationFile(file: string): { kind: Kind; tint: Tint; variant: number } | null {
  const m = FILE.exec(file);
  if (!m) return null;
  const [, kind, tint, n] = m;
  if (!(KINDS as readonly string[]).includes(kind!) || !(tint! in TINTS) || Number(n) >= VARIANTS) return null;
  return { kind: kind as Kind, tint: tint as Tint, variant: Number(n) };
}

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------

interface Palette {
  bg: string;
  a: string;
  b: string;
  c: string;
}

/** Felt and embroidery colours on soft grounds. */
const PALETTES: readonly Palette[] = [
  { bg: '#faf3e6', a: '#b83227', b: '#1f4e79', c: '#e9b949' },
  { bg: '#eef5ee', a: '#2f6b45', b: '#b83227', c: '#f2d16b' },
  { bg: '#eef3f8', a: '#1f4e79', b: '#d9822b', c: '#f4efe4' },
  { bg: '#fbeeee', a: '#8e1f2f', b: '#2a7f7a', c: '#f0c05a' },
  { bg: '#f6efe0', a: '#7b4a2a', b: '#c2452d', c: '#e8dcc0' },
  { bg: '#f3eef6', a: '#5e3a7a', b: '#e0a12c', c: '#f7f1e6' },
  { bg: '#eaf4f2', a: '#1e6f6b', b: '#c23b22', c: '#f3d98b' },
  { bg: '#f8f1dc', a: '#24345c', b: '#b8860b', c: '#e5533d' },
];

/** Ornaments in a 40 × 40 box around 0,0: ram's horn (kochkor muiuz), rhombus, zigzag, dots. */
const MOTIFS = [
  'M0 12V0C0-12-15-14-15-3c0 7 9 7 9 1M0 0C0-12 15-14 15-3c0 7-9 7-9 1',
  'M0-13 13 0 0 13-13 0zM0-6 6 0 0 6-6 0z',
  'M-16 5-8-5 0 5 8-5 16 5',
  'M-9 0a3 3 0 1 0 .1 0M9 0a3 3 0 1 0 .1 0M0-9a3 3 0 1 0 .1 0M0 9a3 3 0 1 0 .1 0',
];

/** Mixes a colour towards white (f > 0) or black (f < 0). */
export function shade(hex: string, f: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(f >= 0 ? c + (255 - c) * f : c * (1 + f));
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

interface Ctx {
  p: Palette;
  tint: string;
  /** The ornament, placed by `m(x, y, scale, colour)`. */
  m: (x: number, y: number, s: number, colour: string, width?: number) => string;
  variant: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A glass jar standing on y = bottom. */
function jar(
  c: Ctx,
  x: number,
  w: number,
  h: number,
  bottom: number,
  fill: string,
  lid: string,
  cloth: boolean,
): string {
  const top = bottom - h;
  const l = x - w / 2;
  let s = `<rect x="${l}" y="${top}" width="${w}" height="${h}" rx="${w / 5}" fill="#eef4f4" stroke="#9fb3b3" stroke-width="3"/>`;
  s += `<rect x="${l + 6}" y="${top + 16}" width="${w - 12}" height="${h - 22}" rx="${w / 6}" fill="${fill}"/>`;
  s += `<rect x="${l + 14}" y="${top + 24}" width="10" height="${h - 44}" rx="5" fill="#fff" opacity=".35"/>`;
  if (cloth) {
    s += `<path d="M${l - 12} ${top + 14}q${w / 2 + 12}-34 ${w + 24} 0l-8 22q${-(w / 2 + 4)} 8 ${-(w + 8)} 0z" fill="${lid}"/>`;
    s += `<path d="M${l - 4} ${top + 30}q${w / 2 + 4} 10 ${w + 8} 0" stroke="${c.p.c}" stroke-width="5" fill="none"/>`;
  } else {
    s += `<rect x="${l + 4}" y="${top - 16}" width="${w - 8}" height="22" rx="5" fill="${lid}"/>`;
  }
  const ly = top + h * 0.42;
  s += `<rect x="${l + 14}" y="${ly}" width="${w - 28}" height="${h * 0.32}" rx="8" fill="${c.p.c}" stroke="${c.p.a}" stroke-width="3"/>`;
  s += c.m(x, ly + h * 0.16, Math.min(1.2, (w - 40) / 40), c.p.a);
  return s;
}

/** A bottle standing on y = bottom. */
function bottle(c: Ctx, x: number, w: number, h: number, bottom: number, fill: string, cap: string): string {
  const top = bottom - h;
  const l = x - w / 2;
  const neck = w * 0.32;
  const shoulder = top + h * 0.34;
  let s = `<path d="M${x - neck / 2} ${top}h${neck}v${h * 0.14}q${w / 2 - neck / 2} 12 ${w / 2 - neck / 2} ${h * 0.2}V${bottom - 14}q0 14-14 14H${l + 14}q-14 0-14-14V${shoulder}q0-${h * 0.08} ${w / 2 - neck / 2}-${h * 0.2}z" fill="#eef4f4" stroke="#9fb3b3" stroke-width="3"/>`;
  s += `<path d="M${l + 6} ${shoulder + 8}H${l + w - 6}V${bottom - 16}q0 10-10 10H${l + 16}q-10 0-10-10z" fill="${fill}"/>`;
  s += `<rect x="${x - neck / 2 - 3}" y="${top - 14}" width="${neck + 6}" height="20" rx="4" fill="${cap}"/>`;
  const ly = shoulder + (bottom - shoulder) * 0.3;
  s += `<rect x="${l + 8}" y="${ly}" width="${w - 16}" height="${(bottom - shoulder) * 0.4}" rx="6" fill="${c.p.c}" stroke="${c.p.a}" stroke-width="3"/>`;
  s += c.m(x, ly + (bottom - shoulder) * 0.2, Math.min(1.1, (w - 30) / 40), c.p.a);
  s += `<rect x="${l + 12}" y="${shoulder + 14}" width="8" height="${h * 0.3}" rx="4" fill="#fff" opacity=".35"/>`;
  return s;
}

/** A shallow bowl whose rim is at y = rim; its heap is drawn by the caller. */
function bowl(c: Ctx, x: number, w: number, rim: number): string {
  return `<path d="M${x - w / 2} ${rim}h${w}q-8 ${w * 0.38}-${w * 0.3} ${w * 0.4}h-${w * 0.4}q-${w * 0.22}-2-${w * 0.3}-${w * 0.4}z" fill="${c.p.a}"/><path d="M${x - w / 2 + 14} ${rim + w * 0.12}h${w - 28}" stroke="${c.p.c}" stroke-width="6" stroke-dasharray="14 8"/>`;
}

/** Small rounded pieces heaped from y = base up, coloured around `fill`. */
function heap(x: number, w: number, base: number, fill: string, rx: number, ry: number, seed: number): string {
  let s = '';
  const rows = 3;
  for (let row = 0; row < rows; row++) {
    const width = w - row * w * 0.28;
    const n = Math.max(2, Math.floor(width / (rx * 1.8)));
    for (let i = 0; i < n; i++) {
      const cx = x - width / 2 + rx + (i * (width - 2 * rx)) / Math.max(1, n - 1);
      const cy = base - row * ry * 1.5 - ((i + seed) % 2) * 3;
      const f = ((i * 7 + row * 3 + seed) % 5) / 12 - 0.15;
      s += `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${rx}" ry="${ry}" fill="${shade(fill, f)}" stroke="${shade(fill, -0.3)}" stroke-width="2"/>`;
    }
  }
  return s;
}

type Draw = (c: Ctx) => string;

const DRAW: Record<Kind, Draw> = {
  kalpak: (c) =>
    `<path d="M122 300 150 118q50-44 100 0l28 182z" fill="#f5f1e8" stroke="#c9bfae" stroke-width="3"/>` +
    `<path d="M200 84v216M176 92l-14 208M224 92l14 208" stroke="${c.p.a}" stroke-width="3" fill="none" opacity=".8"/>` +
    c.m(200, 200, 1.1, c.p.a, 4) +
    `<path d="M104 298h192l8 34H96z" fill="#1d1d1f"/><path d="M140 298l34-48 26 48M260 298l-34-48-26 48" fill="#1d1d1f"/>` +
    `<path d="M110 316h180" stroke="${c.p.c}" stroke-width="3" stroke-dasharray="10 6"/>` +
    `<path d="M200 84q-4-22 10-30" stroke="${c.p.b}" stroke-width="6" fill="none"/><circle cx="212" cy="52" r="9" fill="${c.p.b}"/>`,
  slippers: (c) => {
    const one = (x: number, rot: number) =>
      `<g transform="rotate(${rot} ${x} 220)"><path d="M${x - 44} 150q0-60 44-60t44 60v150q0 40-44 40t-44-40z" fill="${c.p.a}" stroke="${shade(c.p.a, -0.35)}" stroke-width="4"/>` +
      `<ellipse cx="${x}" cy="262" rx="30" ry="56" fill="${shade(c.p.a, -0.45)}"/><path d="M${x - 44} 206q44 18 88 0" stroke="${c.p.c}" stroke-width="5" fill="none"/>` +
      c.m(x, 148, 1.2, c.p.c, 5) +
      `</g>`;
    return one(146, -8) + one(254, 8);
  },
  shyrdak: (c) => {
    let s = `<path d="M70 110h260l20 200H50z" fill="${c.p.a}" stroke="${shade(c.p.a, -0.35)}" stroke-width="4"/>`;
    s += `<path d="M92 130h216l14 160H78z" fill="${c.p.b}"/>`;
    s += `<path d="M104 144h192l10 132H94z" fill="${c.p.a}"/>`;
    for (const [x, y] of [
      [160, 185],
      [240, 185],
      [155, 240],
      [245, 240],
    ] as const)
      s += c.m(x, y, 1.2, c.p.c, 6);
    s += `<path d="M56 316l8 14M80 316l6 14M104 316l4 14M128 316l2 14M152 316v14M176 316v14M200 316v14M224 316v14M248 316v14M272 316l-2 14M296 316l-4 14M320 316l-6 14M344 316l-8 14" stroke="${shade(c.p.a, -0.2)}" stroke-width="4"/>`;
    return s;
  },
  'felt-toy': (c) =>
    `<ellipse cx="200" cy="230" rx="92" ry="60" fill="${c.p.c}" stroke="${shade(c.p.c, -0.3)}" stroke-width="4"/>` +
    `<path d="M140 280v50M170 286v48M232 286v48M262 280v50" stroke="${shade(c.p.a, -0.3)}" stroke-width="16" stroke-linecap="round"/>` +
    `<ellipse cx="290" cy="178" rx="40" ry="34" fill="${c.p.c}" stroke="${shade(c.p.c, -0.3)}" stroke-width="4"/>` +
    `<path d="M272 152q-22-20-30 4M308 150q20-24 34-4" stroke="${c.p.a}" stroke-width="8" fill="none" stroke-linecap="round"/>` +
    `<circle cx="302" cy="176" r="5" fill="#222"/><path d="M316 194q6 4 12 0" stroke="#222" stroke-width="3" fill="none"/>` +
    `<path d="M112 218q-30 0-24 34" stroke="${shade(c.p.c, -0.3)}" stroke-width="10" fill="none" stroke-linecap="round"/>` +
    c.m(196, 232, 1.4, c.p.a, 5),
  yurt: (c) =>
    `<path d="M80 230q120-110 240 0z" fill="#f3ede1" stroke="#b9ab92" stroke-width="4"/>` +
    `<rect x="80" y="228" width="240" height="92" fill="#f3ede1" stroke="#b9ab92" stroke-width="4"/>` +
    `<rect x="80" y="238" width="240" height="24" fill="${c.p.a}"/>` +
    [110, 150, 250, 290].map((x) => c.m(x, 250, 0.5, c.p.c, 4)).join('') +
    `<path d="M176 320v-64q24-16 48 0v64z" fill="${c.p.b}"/>${c.m(200, 288, 0.7, c.p.c, 4)}` +
    `<ellipse cx="200" cy="176" rx="26" ry="8" fill="${shade(c.p.a, -0.2)}"/><path d="M110 206q90-60 180 0" stroke="${c.p.a}" stroke-width="4" fill="none" stroke-dasharray="12 8"/>`,
  bag: (c) =>
    `<path d="M130 190q70-160 140 0" stroke="${shade(c.p.a, -0.3)}" stroke-width="12" fill="none"/>` +
    `<rect x="110" y="180" width="180" height="150" rx="26" fill="${c.p.a}" stroke="${shade(c.p.a, -0.35)}" stroke-width="4"/>` +
    `<path d="M110 206q0-26 26-26h128q26 0 26 26v40q-90 50-180 0z" fill="${c.p.b}"/>` +
    c.m(200, 236, 1.2, c.p.c, 5) +
    `<circle cx="200" cy="268" r="7" fill="${c.p.c}"/>`,
  'wall-hanging': (c) =>
    `<path d="M90 90h220" stroke="#7b4a2a" stroke-width="10" stroke-linecap="round"/><path d="M150 90l50-30 50 30" stroke="#7b4a2a" stroke-width="3" fill="none"/>` +
    `<rect x="104" y="96" width="192" height="218" fill="${c.p.a}"/><rect x="116" y="108" width="168" height="194" fill="none" stroke="${c.p.c}" stroke-width="4" stroke-dasharray="10 6"/>` +
    `<circle cx="200" cy="190" r="40" fill="none" stroke="${c.p.c}" stroke-width="6"/>` +
    c.m(200, 190, 1.2, c.p.b, 5) +
    [150, 250].map((x) => c.m(x, 270, 0.7, c.p.c, 4)).join('') +
    `<path d="M110 316v18M130 316v18M150 316v18M170 316v18M190 316v18M210 316v18M230 316v18M250 316v18M270 316v18M290 316v18" stroke="${c.p.b}" stroke-width="4"/>`,
  scarf: (c) =>
    `<path d="M80 92h240" stroke="#7b4a2a" stroke-width="10" stroke-linecap="round"/>` +
    `<path d="M136 96h64v200h-64z" fill="${c.p.a}"/><path d="M200 96h64v150h-64z" fill="${shade(c.p.a, -0.2)}"/>` +
    [140, 200].map((y) => `<path d="M136 ${y}h64" stroke="${c.p.c}" stroke-width="8"/>`).join('') +
    `<path d="M200 200h64" stroke="${c.p.c}" stroke-width="8"/>` +
    c.m(168, 250, 0.9, c.p.c, 4) +
    `<path d="M140 296v24M152 296v24M164 296v24M176 296v24M188 296v24M204 246v24M216 246v24M228 246v24M240 246v24M252 246v24" stroke="${c.p.b}" stroke-width="4"/>`,
  quilt: (c) => {
    let s = `<g transform="rotate(-6 200 210)"><rect x="90" y="100" width="220" height="220" fill="${c.p.c}" stroke="${shade(c.p.a, -0.3)}" stroke-width="4"/>`;
    const colours = [c.p.a, c.p.b, c.tint, c.p.c];
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        const x = 90 + i * 55;
        const y = 100 + j * 55;
        s += `<path d="M${x} ${y}h55L${x} ${y + 55}z" fill="${colours[(i + j) % 4]}"/><path d="M${x + 55} ${y}v55H${x}z" fill="${colours[(i + 2 * j + 1) % 4]}"/>`;
      }
    return `${s}<path d="M90 100h220v220H90z" fill="none" stroke="${c.p.a}" stroke-width="8" stroke-dasharray="4 10"/></g>`;
  },
  cushion: (c) =>
    `<path d="M96 120q104 20 208 0q-20 90 0 180q-104-20-208 0q20-90 0-180z" fill="${c.p.a}" stroke="${shade(c.p.a, -0.35)}" stroke-width="4"/>` +
    `<path d="M130 150q70 12 140 0q-12 60 0 120q-70-12-140 0q12-60 0-120z" fill="${c.p.b}"/>` +
    c.m(200, 210, 1.5, c.p.c, 6) +
    [
      [96, 120],
      [304, 120],
      [96, 300],
      [304, 300],
    ]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="9" fill="${c.p.c}"/>`)
      .join(''),
  band: (c) =>
    `<ellipse cx="130" cy="230" rx="50" ry="70" fill="${shade(c.p.a, -0.2)}"/><ellipse cx="130" cy="230" rx="30" ry="46" fill="${shade(c.p.a, -0.4)}"/>` +
    `<path d="M130 160h190v140H130z" fill="${c.p.a}"/><ellipse cx="130" cy="230" rx="50" ry="70" fill="none" stroke="${shade(c.p.a, -0.4)}" stroke-width="4"/>` +
    `<path d="M130 180h190M130 280h190" stroke="${c.p.c}" stroke-width="6"/>` +
    [200, 260, 320].map((x) => c.m(x - 10, 230, 0.9, c.p.c, 5)).join('') +
    `<path d="M320 160v140" stroke="${c.p.b}" stroke-width="6"/>`,
  mittens: (c) => {
    const one = (x: number, flip: number) =>
      `<g transform="translate(${x} 0) scale(${flip} 1)"><path d="M-40 300V170q0-50 40-50t40 50v80q26-30 36-12t-36 62v0 0V300z" fill="${c.p.a}" stroke="${shade(c.p.a, -0.35)}" stroke-width="4"/>` +
      `<rect x="-44" y="290" width="88" height="40" rx="8" fill="${c.p.b}"/><path d="M-40 300v26M-26 300v26M-12 300v26M2 300v26M16 300v26M30 300v26" stroke="${c.p.c}" stroke-width="4"/>` +
      `${c.m(0, 206, 1, c.p.c, 5)}</g>`;
    return one(140, 1) + one(262, -1);
  },
  socks: (c) => {
    const one = (x: number) =>
      `<path d="M${x - 30} 100h60v150q0 14 14 20l26 14q22 14 8 40t-44 10l-50-30q-14-8-14-24z" fill="${c.p.a}" stroke="${shade(c.p.a, -0.35)}" stroke-width="4"/>` +
      `<rect x="${x - 34}" y="96" width="68" height="30" rx="6" fill="${c.p.b}"/>${c.m(x, 180, 1, c.p.c, 5)}<path d="M${x + 44} 290q20 8 16 26" stroke="${c.p.c}" stroke-width="8" fill="none"/>`;
    return one(130) + one(236);
  },
  sweater: (c) =>
    `<path d="M150 100q50 26 100 0l70 34 30 110-44 12-20-60v140H114V196l-20 60-44-12 30-110z" fill="${c.p.a}" stroke="${shade(c.p.a, -0.35)}" stroke-width="4"/>` +
    `<path d="M114 180h172" stroke="${c.p.c}" stroke-width="20"/>` +
    [140, 200, 260].map((x) => c.m(x, 180, 0.45, c.p.b, 5)).join('') +
    `<path d="M114 380" /><path d="M114 382h172" stroke="${c.p.b}" stroke-width="0"/><rect x="114" y="322" width="172" height="14" fill="${c.p.b}"/>`,
  beanie: (c) =>
    `<path d="M100 290q0-170 100-170t100 170z" fill="${c.p.a}" stroke="${shade(c.p.a, -0.35)}" stroke-width="4"/>` +
    `<rect x="92" y="278" width="216" height="48" rx="14" fill="${c.p.b}"/>` +
    `<path d="M104 290v24M124 290v24M144 290v24M164 290v24M184 290v24M204 290v24M224 290v24M244 290v24M264 290v24M284 290v24" stroke="${shade(c.p.b, -0.3)}" stroke-width="4"/>` +
    [150, 200, 250].map((x) => c.m(x, 230, 0.7, c.p.c, 5)).join('') +
    `<circle cx="200" cy="112" r="28" fill="${c.p.c}" stroke="${shade(c.p.c, -0.3)}" stroke-width="4"/>`,
  'honey-jar': (c) =>
    jar(c, 190, 150, 190, 330, c.tint, c.p.a, c.variant % 2 === 0) +
    `<g transform="rotate(28 300 170)"><rect x="294" y="70" width="12" height="150" rx="6" fill="#8c5a2b"/><ellipse cx="300" cy="226" rx="20" ry="26" fill="#a86b32"/><path d="M282 214h36M282 226h36M284 238h32" stroke="#6b4120" stroke-width="3"/></g>`,
  honeycomb: (c) => {
    let s = `<path d="M70 300h260l-20 36H90z" fill="#8c5a2b"/><rect x="80" y="120" width="240" height="180" rx="10" fill="${shade(c.tint, -0.25)}"/>`;
    for (let row = 0; row < 6; row++)
      for (let col = 0; col < 8; col++) {
        const x = 98 + col * 30 + (row % 2) * 15;
        const y = 140 + row * 28;
        if (x > 306) continue;
        s += `<path d="M${x} ${y - 14}l12 7v14l-12 7-12-7v-14z" fill="${(row * 3 + col + c.variant) % 5 === 0 ? shade(c.tint, 0.5) : c.tint}" stroke="${shade(c.tint, -0.4)}" stroke-width="2"/>`;
      }
    return `${s}<path d="M150 300q0 20 6 26q6-6 6-26M240 300q0 28 6 34q6-6 6-34" fill="${c.tint}"/>`;
  },
  candle: (c) =>
    [
      [130, 100, 180],
      [200, 80, 240],
      [270, 90, 150],
    ]
      .map(
        ([x, w, h]) =>
          `<rect x="${x! - w! / 2 + 15}" y="${330 - h!}" width="${w! - 30}" height="${h}" rx="8" fill="#f0c75e" stroke="#c8962d" stroke-width="3"/>` +
          `<path d="M${x! - w! / 2 + 27} ${340 - h!}v${h! - 20}M${x} ${340 - h!}v${h! - 20}M${x! + w! / 2 - 27} ${340 - h!}v${h! - 20}" stroke="#d9a840" stroke-width="3"/>` +
          `<path d="M${x} ${330 - h!}v-10" stroke="#333" stroke-width="3"/><path d="M${x} ${286 - h!}q14 20 0 30q-14-10 0-30z" fill="#f59e0b"/>`,
      )
      .join('') + `<path d="M70 332h260" stroke="${c.p.a}" stroke-width="8" stroke-linecap="round"/>`,
  dropper: (c) =>
    bottle(c, 170, 110, 170, 330, shade(c.tint, -0.3), '#333') +
    `<path d="M164 152q6-60 6-50" /><ellipse cx="170" cy="134" rx="14" ry="18" fill="#222"/>` +
    `<ellipse cx="272" cy="300" rx="40" ry="26" fill="${shade(c.tint, -0.45)}"/><ellipse cx="262" cy="292" rx="12" ry="6" fill="${shade(c.tint, -0.1)}"/>`,
  'jam-jar': (c) =>
    jar(c, 180, 140, 160, 330, c.tint, c.p.a, true) +
    `<circle cx="300" cy="306" r="26" fill="${c.tint}" stroke="${shade(c.tint, -0.35)}" stroke-width="3"/><circle cx="268" cy="318" r="14" fill="${shade(c.tint, -0.15)}"/><path d="M300 280q10-22 28-18q-8 16-28 18z" fill="#4f7a36"/>`,
  'juice-bottle': (c) =>
    bottle(c, 170, 110, 250, 330, c.tint, c.p.b) +
    `<path d="M242 232h70l-8 98h-54z" fill="#eef4f4" stroke="#9fb3b3" stroke-width="3"/><path d="M248 258h58l-6 66h-46z" fill="${c.tint}"/>` +
    `<circle cx="296" cy="226" r="16" fill="${shade(c.tint, 0.2)}" stroke="${shade(c.tint, -0.3)}" stroke-width="3"/>`,
  'dried-fruit': (c) =>
    bowl(c, 200, 240, 250) + heap(200, 210, 244, c.tint === '#d9c6a5' ? TINTS.orange : c.tint, 17, 12, c.variant),
  nuts: (c) => {
    let s = bowl(c, 200, 240, 250);
    const fill = c.tint === TINTS.plain ? '#b07a3f' : c.tint;
    for (const [x, y] of [
      [140, 240],
      [180, 236],
      [220, 238],
      [260, 240],
      [160, 212],
      [200, 208],
      [240, 212],
      [200, 182],
    ] as const)
      s += `<ellipse cx="${x}" cy="${y}" rx="22" ry="18" fill="${fill}" stroke="${shade(fill, -0.35)}" stroke-width="3"/><path d="M${x - 12} ${y - 4}q6-8 12 0t12 0M${x - 10} ${y + 6}q5-6 10 0t10 0" stroke="${shade(fill, -0.35)}" stroke-width="2" fill="none"/>`;
    return s;
  },
  'gift-box': (c) =>
    `<rect x="96" y="180" width="208" height="150" rx="6" fill="${c.p.a}"/><rect x="84" y="150" width="232" height="40" rx="6" fill="${shade(c.p.a, -0.2)}"/>` +
    `<rect x="186" y="150" width="28" height="180" fill="${c.p.c}"/>` +
    [130, 270].map((x) => c.m(x, 258, 1, c.p.c, 5)).join('') +
    `<path d="M200 150q-60-60-64-16q4 22 64 16q60-60 64-16q-4 22-64 16z" fill="${c.p.b}"/>`,
  sausage: (c) =>
    `<path d="M60 300h280l-12 30H72z" fill="#b0814c"/><rect x="60" y="280" width="280" height="22" rx="6" fill="#c99a63"/>` +
    `<path d="M90 250q110-70 220 0" stroke="#6e2a1e" stroke-width="44" fill="none" stroke-linecap="round"/><path d="M100 238q100-60 200 0" stroke="#8c3a28" stroke-width="10" fill="none" opacity=".6"/>` +
    `<path d="M310 250l12 14M90 250l-12 14" stroke="#c9b27a" stroke-width="4"/>` +
    [150, 205, 260]
      .map(
        (x, i) =>
          `<ellipse cx="${x}" cy="272" rx="24" ry="14" fill="#a4452f" stroke="#6e2a1e" stroke-width="3"/><circle cx="${x - 8 + i * 3}" cy="270" r="4" fill="#f3e0c8"/><circle cx="${x + 8}" cy="275" r="3" fill="#f3e0c8"/>`,
      )
      .join(''),
  'cured-meat': (c) =>
    `<path d="M60 300h280l-12 30H72z" fill="#b0814c"/><rect x="60" y="280" width="280" height="22" rx="6" fill="#c99a63"/>` +
    [0, 1, 2, 3]
      .map(
        (i) =>
          `<path d="M${100 + i * 50} ${270 - (i % 2) * 8}q-6-90 18-140q18 10 16 40q-4 60 10 100z" fill="${shade('#8e2f22', (i % 2) * 0.12)}" stroke="#5e1d14" stroke-width="3"/>`,
      )
      .join('') +
    `<path d="M124 160q6 40 2 80M224 170q6 40 2 70" stroke="#e9c9a8" stroke-width="3" fill="none"/>` +
    c.m(300, 210, 0.8, c.p.a, 4),
  'meat-jar': (c) => jar(c, 200, 160, 190, 330, TINTS.meat, '#a0a7ad', c.variant % 2 === 0),
  kymyz: (c) =>
    `<path d="M110 150q-20 70 0 180h90q20-110 0-180z" fill="#8c5a2b" stroke="#5c3a1b" stroke-width="4"/>` +
    `<path d="M118 130h74l-4 22h-66z" fill="#6b4120"/><path d="M120 200h80" stroke="${c.p.c}" stroke-width="6"/>${c.m(155, 250, 0.9, c.p.c, 4)}` +
    `<path d="M220 250h120q-6 70-60 74q-54-4-60-74z" fill="${c.p.a}"/><ellipse cx="280" cy="250" rx="60" ry="12" fill="${TINTS.white}" stroke="${shade(c.p.a, -0.3)}" stroke-width="3"/>` +
    `<path d="M236 276h88" stroke="${c.p.c}" stroke-width="4" stroke-dasharray="8 6"/>`,
  kurut: (c) => {
    const fill = c.tint === TINTS.plain ? TINTS.white : c.tint === TINTS.red ? '#f0d9c6' : c.tint;
    return `<ellipse cx="200" cy="300" rx="150" ry="30" fill="${c.p.a}"/><ellipse cx="200" cy="294" rx="130" ry="22" fill="${shade(c.p.a, 0.3)}"/>${heap(200, 220, 280, fill, 22, 20, c.variant)}`;
  },
  cheese: (c) => {
    const fill = c.tint === TINTS.white ? '#f6f1e2' : '#f1c94f';
    return (
      `<path d="M90 220v80q110 40 220 0v-80z" fill="${shade(fill, -0.12)}" stroke="${shade(fill, -0.35)}" stroke-width="3"/><ellipse cx="200" cy="220" rx="110" ry="38" fill="${fill}" stroke="${shade(fill, -0.35)}" stroke-width="3"/>` +
      `<path d="M250 260l80-40v70l-80 40z" fill="${shade(fill, -0.05)}" stroke="${shade(fill, -0.35)}" stroke-width="3"/>` +
      `<circle cx="150" cy="270" r="8" fill="${shade(fill, -0.25)}"/><circle cx="200" cy="290" r="6" fill="${shade(fill, -0.25)}"/><circle cx="290" cy="262" r="6" fill="${shade(fill, -0.25)}"/>` +
      `<path d="M70 330h260" stroke="${c.p.a}" stroke-width="8" stroke-linecap="round"/>`
    );
  },
  butter: (c) => {
    const fill = c.tint === TINTS.plain ? '#f3d36b' : c.tint;
    return (
      `<path d="M110 180h180l-14 150H124z" fill="${c.p.a}" stroke="${shade(c.p.a, -0.35)}" stroke-width="4"/><ellipse cx="200" cy="180" rx="90" ry="20" fill="${fill}" stroke="${shade(c.p.a, -0.35)}" stroke-width="4"/>` +
      `<path d="M120 230h160" stroke="${c.p.c}" stroke-width="6"/>${c.m(200, 272, 1, c.p.c, 5)}` +
      `<path d="M240 174l70-70" stroke="#8c5a2b" stroke-width="10" stroke-linecap="round"/>`
    );
  },
  'herbal-tea': (c) =>
    `<path d="M90 130h130l10 200H80z" fill="#c89f6c" stroke="#9c7648" stroke-width="3"/><path d="M90 130l10-18h110l10 18" fill="#b88d5a"/>` +
    `<rect x="110" y="180" width="90" height="70" rx="8" fill="${c.tint === TINTS.plain ? TINTS.green : c.tint}"/><rect x="110" y="180" width="90" height="70" rx="8" fill="none" stroke="${c.p.a}" stroke-width="4"/>` +
    `${c.m(155, 290, 0.9, c.p.a, 4)}` +
    `<path d="M250 260h80q-4 60-40 64q-36-4-40-64z" fill="${c.p.a}"/><ellipse cx="290" cy="260" rx="40" ry="8" fill="${shade(c.tint === TINTS.plain ? TINTS.brown : c.tint, -0.2)}"/>` +
    `<path d="M276 240q-10-16 0-30t0-28M302 240q-10-16 0-30t0-28" stroke="#b9ab92" stroke-width="4" fill="none" stroke-linecap="round"/>`,
  'herb-bunch': (c) => {
    const flower = c.tint === TINTS.plain ? c.p.c : c.tint;
    let s = '';
    for (let i = 0; i < 7; i++) {
      const a = -36 + i * 12;
      s += `<g transform="rotate(${a} 200 320)"><path d="M200 320V120" stroke="#5d7f35" stroke-width="4"/><ellipse cx="188" cy="200" rx="12" ry="5" fill="#6f9a3f"/><ellipse cx="212" cy="170" rx="12" ry="5" fill="#6f9a3f"/><circle cx="200" cy="116" r="11" fill="${flower}" stroke="${shade(flower, -0.3)}" stroke-width="3"/></g>`;
    }
    return `${s}<rect x="184" y="250" width="32" height="18" rx="4" fill="${c.p.a}"/><path d="M184 258q-30 10-36 36M216 258q30 10 36 36" stroke="${c.p.a}" stroke-width="4" fill="none"/>`;
  },
  soap: (c) => {
    const fill = c.tint === TINTS.plain ? TINTS.cream : c.tint;
    const bar = (x: number, y: number, w: number) =>
      `<path d="M${x} ${y}h${w}l20-24H${x + 20}z" fill="${shade(fill, 0.25)}" stroke="${shade(fill, -0.35)}" stroke-width="3"/><rect x="${x}" y="${y}" width="${w}" height="56" fill="${fill}" stroke="${shade(fill, -0.35)}" stroke-width="3"/>`;
    return (
      bar(110, 270, 150) +
      bar(130, 214, 140) +
      c.m(208, 202, 1.2, shade(fill, -0.3), 4) +
      `<path d="M282 300h40M288 312h34" stroke="${c.p.a}" stroke-width="6" stroke-linecap="round"/><path d="M100 340h230" stroke="${c.p.a}" stroke-width="6" stroke-linecap="round"/>`
    );
  },
  'cream-jar': (c) => {
    const fill = c.tint === TINTS.plain ? TINTS.white : c.tint;
    return (
      `<rect x="100" y="210" width="170" height="120" rx="22" fill="${c.p.c}" stroke="${shade(c.p.a, -0.2)}" stroke-width="4"/><ellipse cx="185" cy="210" rx="80" ry="18" fill="${fill}" stroke="${shade(fill, -0.3)}" stroke-width="3"/>` +
      `<path d="M165 206q20-16 40 0" stroke="${shade(fill, -0.15)}" stroke-width="6" fill="none"/>${c.m(185, 275, 1.2, c.p.a, 5)}` +
      `<g transform="rotate(-18 300 210)"><rect x="240" y="150" width="130" height="36" rx="10" fill="${c.p.a}"/><path d="M252 168h106" stroke="${c.p.c}" stroke-width="4" stroke-dasharray="8 6"/></g>`
    );
  },
  'oil-bottle': (c) =>
    bottle(c, 200, 120, 220, 330, c.tint === TINTS.plain ? TINTS.amber : c.tint, c.p.a) +
    `<ellipse cx="300" cy="320" rx="30" ry="10" fill="${shade(c.tint, -0.2)}" opacity=".5"/>`,
  parcel: (c) =>
    `<rect x="100" y="150" width="200" height="170" rx="6" fill="#c89f6c" stroke="#9c7648" stroke-width="4"/><path d="M200 150v170M100 235h200" stroke="${c.p.a}" stroke-width="8"/>` +
    c.m(150, 192, 1, c.p.a, 4),
};

const cache = new Map<string, string>();

/** The SVG of one drawing, made once per process. */
export function illustrationSvg(kind: Kind, tint: Tint, variant: number): string {
  const key = `${kind}-${tint}-${variant}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const v = ((variant % VARIANTS) + VARIANTS) % VARIANTS;
  const p = PALETTES[v % PALETTES.length]!;
  const motif = MOTIFS[Math.floor(v / PALETTES.length) % MOTIFS.length]!;
  const ctx: Ctx = {
    p,
    tint: TINTS[tint],
    variant: v,
    m: (x, y, s, colour, width = 4) =>
      `<path d="${motif}" transform="translate(${r1(x)} ${r1(y)}) scale(${r1(s)})" fill="none" stroke="${colour}" stroke-width="${r1(width / s)}" stroke-linecap="round" stroke-linejoin="round"/>`,
  };
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"><rect width="400" height="400" fill="${p.bg}"/>` +
    `<circle cx="200" cy="215" r="158" fill="${shade(p.bg, -0.05)}"/><ellipse cx="200" cy="338" rx="150" ry="14" fill="${shade(p.bg, -0.12)}"/>` +
    `${DRAW[kind](ctx)}</svg>`;
  cache.set(key, svg);
  return svg;
}
