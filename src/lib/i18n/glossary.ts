/**
 * The shop's glossary: one term per thing in each language, with a note on usage and the variants
 * that must not appear (a test checks every UI string, mail, label and demo text against them).
 * docs/GLOSSARY.md is generated from this file (`node scripts/glossary.mjs`); a test keeps it in step.
 */
import type { Locale } from './locales.ts';

/** A known wrong variant: a word stem (matched at a word start, any ending) or a pattern. */
export type WrongVariant = string | RegExp;

export interface GlossaryTerm {
  id: string;
  ky: string;
  ru: string;
  en: string;
  note: string;
  wrong?: Partial<Record<Locale, WrongVariant[]>>;
  /** Message keys (prefixes) the wrong variants are checked in; everywhere when absent. */
  scope?: string[];
}

export const GLOSSARY: GlossaryTerm[] = [
  {
    id: 'product',
    ky: 'продукт',
    ru: 'товар',
    en: 'product',
    note: 'What a producer lists and a buyer buys. Kyrgyz uses «продукт» on every page, buyer, producer and staff alike (a loanword standard in Kyrgyz; the buyer pages already use it); not «товар» (Russian) or «продукция» (a Russian collective noun). «Азык» is food only, so never for felt or soap. Russian keeps «товар», the shop word. English: "product" ("goods" is not used; "stock" for units received or counted); a "listing" is a product\'s page as a producer submits it for review.',
    wrong: { ky: ['товар', 'продукци'], en: [/\bgoods\b/i, /\bmerchandise\b/i] },
  },
  {
    id: 'item',
    ky: 'буюм',
    ru: 'товар',
    en: 'item',
    note: 'A line or unit in a cart, order or receipt ("3 items"), and hand-made articles («кийиз буюмдар»). Units counted are «даана» (ru «шт.», en "units").',
  },
  {
    id: 'order',
    ky: 'буйрутма',
    ru: 'заказ',
    en: 'order',
    note: "A buyer's order, online or wholesale. Kyrgyz «буйрутма» everywhere, producer and staff areas too; «заказ» is Russian.",
    wrong: { ky: ['заказ'] },
  },
  {
    id: 'cart',
    ky: 'себет',
    ru: 'корзина',
    en: 'cart',
    note: 'The buyer\'s cart. English "cart", not "basket".',
    wrong: { ky: ['корзин'], en: [/\bbaskets?\b/i] },
  },
  {
    id: 'producer',
    ky: 'өндүрүүчү',
    ru: 'производитель',
    en: 'producer',
    note: 'A family, cooperative or company that makes what the shop sells. Not "vendor" or "supplier" (the shop is the merchant of record, producers are not sellers on a marketplace).',
    wrong: { ky: ['производител'], en: [/\bvendors?\b/i, /\bsuppliers?\b/i] },
  },
  {
    id: 'village',
    ky: 'айыл',
    ru: 'село',
    en: 'village',
    note: 'Where a producer lives and works. Russian «село» (the official word for Kyrgyz villages), not «деревня».',
    wrong: { ky: ['село'], ru: ['деревн'] },
  },
  {
    id: 'region',
    ky: 'аймак',
    ru: 'регион',
    en: 'region',
    note: 'One of the shop\'s nine regions: seven oblasts and the cities of Bishkek and Osh. «Облус» (ru «область», en "region" in names: "Issyk-Kul region") is only the administrative kind of the seven, so a report grouped by region says «аймак» (a city is not an «облус»). English never "oblast" in running text.',
    wrong: { en: [/\boblasts?\b/i] },
  },
  {
    id: 'district',
    ky: 'район',
    ru: 'район',
    en: 'district',
    note: 'The district inside a region («Жети-Өгүз району»).',
  },
  {
    id: 'certificate',
    ky: 'сертификат',
    ru: 'сертификат',
    en: 'certificate',
    note: 'A record with issuer, number and validity checked by staff. «Сертификат» is the standard Kyrgyz word (a loanword like «продукт», «статус», «промокод», «аккаунт», «SKU»; Kyrgyz has no native word for these and official texts use them).',
  },
  {
    id: 'batch',
    ky: 'партия',
    ru: 'партия',
    en: 'batch',
    note: 'A batch of one size of a product made or harvested together, with its code, date and best-before; the QR label names it. English "batch" and "batch code" everywhere (not "lot": the URL segment /lot/ and GS1\'s term stay in code only).',
    wrong: { en: [/\blots?\b(?! of)/i] },
  },
  {
    id: 'size',
    ky: 'өлчөм',
    ru: 'вариант',
    en: 'size',
    note: 'A variant of a product with its own SKU, price and weight: "250 g jar", "1 × 1.5 m". Kyrgyz «өлчөм» (as the product page already says «Өлчөмдөрү жана баалары»), not «вариант» or «түрү» (a kind is something else); English "size", not "option" or "variant".',
    wrong: { ky: ['вариант'], en: [/\boptions?\b/i, /\bvariants?\b/i] },
  },
  {
    id: 'label',
    ky: 'этикетка',
    ru: 'этикетка',
    en: 'label',
    note: 'The printed sticker with a QR code. Kyrgyz «этикетка», the word producers, printers and the customs use; not «энбелги» (a coinage few read as this).',
    wrong: { ky: ['энбелги'] },
  },
  {
    id: 'inquiry',
    ky: 'сурам',
    ru: 'запрос',
    en: 'inquiry',
    note: 'A wholesale or export request from a company to a producer. Kyrgyz «сурам» (a request); «суроо» is a question and stays for questions (FAQ). English "inquiry", not "enquiry".',
    wrong: { ky: ['суроо'], en: [/\benquir/i] },
    scope: [
      'inquiry.',
      'producer.inquiries.',
      'area.nav.inquiries',
      'mail.inquiry',
      'limit.units',
      'cart.error.units_limit',
    ],
  },
  {
    id: 'payout',
    ky: 'өндүрүүчүгө төлөм',
    ru: 'выплата',
    en: 'payout',
    note: "Money the shop pays a producer, in cash or by bank transfer. Kyrgyz «төлөм» alone is the buyer's payment, so a payout is «өндүрүүчүгө төлөм» where the two could be confused (navigation, dashboard).",
  },
  {
    id: 'payment',
    ky: 'төлөм',
    ru: 'оплата',
    en: 'payment',
    note: 'What a buyer pays for an order.',
  },
  {
    id: 'commission',
    ky: 'комиссия',
    ru: 'комиссия',
    en: 'commission',
    note: "The shop's share of a sale, in per cent.",
  },
  {
    id: 'consignment',
    ky: 'комиссияга',
    ru: 'на реализацию',
    en: 'on consignment',
    note: 'Goods in the shop that still belong to their producer until sold.',
  },
  {
    id: 'stock',
    ky: 'калдык',
    ru: 'остаток',
    en: 'stock',
    note: 'How many units are where. The staff section is «Кампа» (ru «Склад»); «калдык» is the count.',
  },
  {
    id: 'pickup',
    ky: 'алып кетүү',
    ru: 'самовывоз',
    en: 'pickup',
    note: 'Collecting an order at the Karakol shop. English "pickup" (noun) and "pick up" (verb), not "pick-up" or "collection".',
    wrong: { en: [/\bpick-up\b/i] },
  },
  {
    id: 'shipping',
    ky: 'жеткирүү',
    ru: 'доставка',
    en: 'shipping',
    note: 'Sending an order by post or courier and its price. English "shipping" for the service and price, "deliver"/"delivered" for the parcel arriving.',
  },
  {
    id: 'refund',
    ky: 'акчаны кайтаруу',
    ru: 'возврат денег',
    en: 'refund',
    note: 'Money given back. A return of goods is «кайтаруу» / «возврат» / "return".',
  },
  {
    id: 'invoice',
    ky: 'эсеп-фактура',
    ru: 'счёт',
    en: 'invoice',
    note: 'The bank-transfer invoice. Kyrgyz «эсеп» alone is a bank account, so the invoice is always «эсеп-фактура».',
  },
  {
    id: 'account',
    ky: 'аккаунт',
    ru: 'аккаунт',
    en: 'account',
    note: 'A sign-in of a producer, staff member or admin; the person is «колдонуучу» / «пользователь» / "person". Buyers have no account.',
  },
  {
    id: 'invitation',
    ky: 'чакыруу',
    ru: 'приглашение',
    en: 'invitation',
    note: 'The one-time link an admin sends to a new account.',
  },
  {
    id: 'review',
    ky: 'текшерүү',
    ru: 'проверка',
    en: 'review',
    note: 'Staff reading a listing or certificate before it goes live. Not «модерация» / "moderation". A button that verifies says what it does: «Ырастоо» / «Подтвердить» / "Verify", never a past participle ("was checked").',
    wrong: { ru: ['модерац'], en: [/\bmoderat(?:ion|or|ors|ed)\b/i] },
  },
  {
    id: 'email',
    ky: 'электрондук кат',
    ru: 'письмо',
    en: 'email',
    note: 'A message the shop sends. English "email" for the message and the address, never "a mail"; Kyrgyz «кат» in running text, «электрондук почта» for the address.',
    wrong: { en: [/\bmails?\b/i, /\bmailed\b/i] },
  },
  {
    id: 'felt',
    ky: 'кийиз',
    ru: 'войлок',
    en: 'felt',
    note: 'Pressed wool, the material of shyrdaks and ala kiyiz.',
  },
  {
    id: 'shyrdak',
    ky: 'шырдак',
    ru: 'шырдак',
    en: 'shyrdak',
    note: 'A mosaic felt carpet of cut and stitched pieces.',
    wrong: { ru: ['ширдак'], en: [/\bshirdak/i] },
  },
  {
    id: 'ala-kiyiz',
    ky: 'ала кийиз',
    ru: 'ала-кийиз',
    en: 'ala kiyiz',
    note: 'A felt carpet with the pattern pressed into it. Kyrgyz writes two words, Russian dictionaries hyphenate; English follows the Kyrgyz (like "tush kiyiz").',
    wrong: { ky: ['ала-кийиз'], en: [/\bala-kiyiz/i] },
  },
  {
    id: 'tush-kiyiz',
    ky: 'туш кийиз',
    ru: 'туш кийиз',
    en: 'tush kiyiz',
    note: 'An embroidered wall hanging («туш» — the wall it hangs on). Two words, one «у».',
    wrong: { ky: ['тууш', 'тушкийиз'], ru: ['тушкийиз'], en: [/\btush-kiyiz/i, /\btushkiyiz/i] },
  },
  {
    id: 'honey',
    ky: 'бал',
    ru: 'мёд',
    en: 'honey',
    note: 'Russian with «ё».',
  },
  {
    id: 'thyme',
    ky: 'кийик от',
    ru: 'чабрец',
    en: 'wild thyme',
    note: 'Thymus, the mountain thyme of tea and honey. Kyrgyz «кийик от» (the seed also used «кара көө», which dictionaries give for oregano, «душица»); no Russian gloss in Kyrgyz text. Russian «чабрец», not «тимьян».',
    wrong: { ky: ['кара көө', 'чебрец'], ru: ['тимьян'] },
  },
  {
    id: 'kymyz',
    ky: 'кымыз',
    ru: 'кымыз',
    en: 'kymyz',
    note: 'Fermented mare\'s milk. The shop spells it as Kyrgyz does in every language (like «Кыргызстан»), not «кумыс» / "kumis".',
    wrong: { ru: ['кумыс'], en: [/\bkumis/i, /\bkoumiss/i, /\bkumys/i] },
  },
  {
    id: 'mares-milk',
    ky: 'бээ сүтү',
    ru: 'кобылье молоко',
    en: "mare's milk",
    note: 'Fresh mare\'s milk, what the soap and cream are made with; kymyz is the fermented drink, so there is no "kymyz soap".',
    wrong: { ky: ['кымыз самын'], ru: ['кымызное мыло', 'кумысное мыло'], en: [/\bkymyz soap/i] },
  },
  {
    id: 'ovop',
    ky: '«Бир айыл – бир продукт»',
    ru: '«Одно село – один продукт»',
    en: 'One Village One Product (OVOP)',
    note: 'The programme. Written out in Kyrgyz and Russian, with an en dash; the Latin "OVOP" is the association\'s own short name and may stand in any language. No invented Cyrillic acronym («БАБП», «ОСОП»). Its third principle reads "Think locally, act globally", as the national project states it (the presidential order on the national project, in the shop\'s background articles) and as Oita\'s first principle "local yet global" means it: products rooted in a village\'s own resources, sold worldwide; not the environmental slogan "think globally, act locally".',
    wrong: { ky: ['БАБП'], ru: ['ОСОП'] },
  },
  {
    id: 'made-in-kyrgyzstan',
    ky: 'Made in Kyrgyzstan',
    ru: 'Made in Kyrgyzstan',
    en: 'Made in Kyrgyzstan',
    note: "The national brand and the shop's name: always in Latin letters, never translated.",
  },
  {
    id: 'kyrgyzstan',
    ky: 'Кыргызстан',
    ru: 'Кыргызстан',
    en: 'Kyrgyzstan',
    note: "The country's official name in every language; «кыргызский» in Russian. Not «Киргизия» / «киргизский» (CLDR's Russian; overridden in names.ts).",
    wrong: {
      ky: [/(?<!\p{L})Киргизи[яюие]/u],
      ru: [/(?<!\p{L})[Кк]иргиз(?:и[яюией]|ск)/u],
      en: [/\bKirghiz/i],
    },
  },
  {
    id: 'village-products',
    ky: 'айылдын продукттары',
    ru: 'товары сёл',
    en: 'village products',
    note: 'What the shop sells as a whole: food, felt, cosmetics, crafts. Not "farm produce" («айыл чарба продукциясы», «фермерская продукция»), which is food only.',
    wrong: { ky: ['айыл чарба продукци'], ru: ['сельхозпродукци', 'фермерск'], en: [/\bfarm produce/i] },
  },
];

/** English spelling: the shop writes British English (catalogue, programme, colour, metre, -ise). */
export const EN_SPELLING: { wrong: RegExp; right: string }[] = [
  { wrong: /\bcatalogs?\b/i, right: 'catalogue' },
  { wrong: /\bprograms?\b/i, right: 'programme' },
  { wrong: /\bcolors?\b|\bcolored\b|\bcolorful\b/i, right: 'colour' },
  { wrong: /\bflavors?\b|\bflavored\b/i, right: 'flavour' },
  { wrong: /\bfavorite/i, right: 'favourite' },
  { wrong: /\bcenters?\b/i, right: 'centre' },
  { wrong: /\b(?:kilo|centi|milli)?meters?\b/i, right: 'metre' },
  { wrong: /\b(?:milli)?liters?\b/i, right: 'litre' },
  { wrong: /\bjewelry\b/i, right: 'jewellery' },
  { wrong: /\bgray\b/i, right: 'grey' },
  { wrong: /\blabeling\b|\blabeled\b/i, right: 'labelling' },
  { wrong: /\btraveling\b|\btraveler/i, right: 'travelling' },
  {
    wrong:
      /\b(?:recogni|organi|customi|speciali|personali|fertili|steri|moisturi|pasteuri|caramali|harmoni)z(?:e|ed|es|ing|er|ers|ation)\b/i,
    right: '-ise',
  },
];

/** Russian or English words in Kyrgyz text where Kyrgyz has its own (and the reason for each). */
export const KY_DENY: { word: WrongVariant; kyrgyz: string }[] = [
  { word: 'заказ', kyrgyz: 'буйрутма' },
  { word: 'товар', kyrgyz: 'продукт / буюм' },
  { word: 'продукци', kyrgyz: 'продукт' },
  { word: 'энбелги', kyrgyz: 'этикетка (glossary)' },
  { word: 'вариант', kyrgyz: 'өлчөм' },
  { word: 'дата', kyrgyz: 'күн / күнү' },
  { word: 'инвентаризац', kyrgyz: 'түгөндөө / калдыкты саноо' },
  { word: 'ТН ВЭД', kyrgyz: 'бажы коду (HS): a Russian abbreviation few Kyrgyz readers can expand' },
  { word: 'чебрец', kyrgyz: 'кийик от' },
  { word: 'зверобой', kyrgyz: 'сары чай чөп' },
  { word: 'душица', kyrgyz: 'кара көө' },
  { word: 'село', kyrgyz: 'айыл' },
  { word: 'корзин', kyrgyz: 'себет' },
  { word: 'доставк', kyrgyz: 'жеткирүү' },
  { word: 'оплат', kyrgyz: 'төлөм' },
  { word: 'скидк', kyrgyz: 'арзандатуу' },
  { word: 'склад', kyrgyz: 'кампа' },
  { word: 'самовывоз', kyrgyz: 'алып кетүү' },
  { word: 'пароль', kyrgyz: 'сырсөз' },
  {
    word: /\b(?:order|cart|product|price|delivery|shipping|payment|label|batch|email|download|upload)s?\b/i,
    kyrgyz: 'the Kyrgyz word (English left in a Kyrgyz text)',
  },
];

/** Loanwords that ARE standard Kyrgyz and stay: the reasoning behind what KY_DENY leaves out. */
export const KY_ALLOWED_LOANWORDS: { word: string; why: string }[] = [
  {
    word: 'продукт',
    why: "standard in Kyrgyz since the Soviet era; the programme's own name «Бир айыл – бир продукт» uses it",
  },
  { word: 'сертификат', why: 'the legal term in Kyrgyz law and on the documents themselves' },
  { word: 'аккаунт', why: 'no Kyrgyz word in use; «эсеп» would clash with a bank account' },
  { word: 'комиссия', why: 'the accounting term in Kyrgyz' },
  { word: 'промокод', why: 'what Kyrgyz shops and buyers say' },
  { word: 'артикул', why: 'the trade term Kyrgyz shops use next to SKU' },
  { word: 'штрихкод', why: 'the term printed on Kyrgyz packaging' },
  { word: 'касса', why: 'what a Kyrgyz shop calls its till' },
  { word: 'кооператив', why: 'the legal form in Kyrgyz law' },
  { word: 'посылка', why: 'Kyrgyz post office term' },
  {
    word: 'отчет',
    why: 'the office word for a report («отчеттор») in Kyrgyz administration; «баяндама» is a spoken report',
  },
  {
    word: 'статус',
    why: "a standard loan, but the shop already says «абалы» for an order's or account's state, so it is not needed (and not denied)",
  },
  { word: 'трек-номер', why: 'what Kyrgyz Pochtasy and couriers print and say' },
];

/** The glossary as the Markdown of docs/GLOSSARY.md. */
export function renderGlossaryMarkdown(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const wrong = (w: WrongVariant[] | undefined) =>
    (w ?? []).map((x) => (typeof x === 'string' ? `«${x}…»` : `\`${x.source}\``)).join(', ');
  const lines = [
    '# Glossary',
    '',
    'One term per thing in Kyrgyz, Russian and English. Generated from `src/lib/i18n/glossary.ts` by `node scripts/glossary.mjs`; `src/lib/i18n/glossary.test.ts` fails when a UI string, mail, label or demo text uses a wrong variant, and when this file is out of step.',
    '',
    '| concept | ky | ru | en | usage | not |',
    '| --- | --- | --- | --- | --- | --- |',
    ...GLOSSARY.map((t) => {
      const not = (['ky', 'ru', 'en'] as const)
        .filter((l) => t.wrong?.[l]?.length)
        .map((l) => `${l}: ${wrong(t.wrong?.[l])}`)
        .join('; ');
      return `| ${t.id} | ${cell(t.ky)} | ${cell(t.ru)} | ${cell(t.en)} | ${cell(t.note)}${t.scope ? ` (checked in ${t.scope.join(', ')})` : ''} | ${cell(not)} |`;
    }),
    '',
    '## English spelling',
    '',
    'British English, as most of the shop already writes: ' +
      EN_SPELLING.map((s) => `${s.right} (not \`${s.wrong.source}\`)`).join(', ') +
      '. "Inquiry" keeps its i (the shop\'s term for a formal request).',
    '',
    '## Kyrgyz: Russian and English words that have a Kyrgyz word',
    '',
    '| not | write |',
    '| --- | --- |',
    ...KY_DENY.map(
      (d) => `| ${typeof d.word === 'string' ? `«${d.word}…»` : `\`${d.word.source}\``} | ${cell(d.kyrgyz)} |`,
    ),
    '',
    '## Kyrgyz: loanwords that stay',
    '',
    '| word | why |',
    '| --- | --- |',
    ...KY_ALLOWED_LOANWORDS.map((w) => `| ${w.word} | ${cell(w.why)} |`),
    '',
  ];
  return lines.join('\n');
}
