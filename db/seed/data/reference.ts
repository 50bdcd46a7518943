import type { CategorySlug, CertificationKindSlug, L10n } from '../types.ts';

export const categories: { slug: CategorySlug; name: L10n; description: L10n }[] = [
  {
    slug: 'honey',
    name: { ky: 'Бал', ru: 'Мёд', en: 'Honey' },
    description: {
      ky: 'Тоо этектериндеги эспарцет, беде жана жапайы гүлдөрдөн чогултулган бал, бал челек азыктары.',
      ru: 'Мёд с эспарцета, люцерны и горного разнотравья, а также продукты пчеловодства.',
      en: 'Honey from sainfoin, alfalfa and mountain wildflowers, and other gifts of the hive.',
    },
  },
  {
    slug: 'felt',
    name: { ky: 'Кийиз буюмдар', ru: 'Войлок', en: 'Felt' },
    description: {
      ky: 'Шырдактар, ала кийиздер, калпактар жана колго басылган кийиз буюмдар.',
      ru: 'Шырдаки, ала-кийизы, калпаки и другие изделия ручной валки.',
      en: 'Shyrdak rugs, ala kiyiz, kalpak hats and other hand-felted wool products.',
    },
  },
  {
    slug: 'jams',
    name: { ky: 'Кыямдар жана консервалар', ru: 'Варенье и джемы', en: 'Jams and preserves' },
    description: {
      ky: 'Чычырканак, өрүк, карагат жана тоо мөмөлөрүнөн кайнатылган кыямдар.',
      ru: 'Варенье и джемы из облепихи, абрикоса, смородины и горных ягод.',
      en: 'Jams and preserves of sea buckthorn, apricot, currant and mountain berries.',
    },
  },
  {
    slug: 'juices',
    name: { ky: 'Ширелер', ru: 'Соки и нектары', en: 'Juices' },
    description: {
      ky: 'Ысык-Көл алмасынан, чычырканактан жана өрүктөн сыгылган табигый ширелер.',
      ru: 'Натуральные соки и нектары из иссык-кульских яблок, облепихи и абрикосов.',
      en: 'Natural juices and nectars from Issyk-Kul apples, sea buckthorn and apricots.',
    },
  },
  {
    slug: 'dried-fruit-nuts',
    name: { ky: 'Кургатылган жемиштер жана жаңгактар', ru: 'Сухофрукты и орехи', en: 'Dried fruit and nuts' },
    description: {
      ky: 'Баткен өрүгү, Арстанбап жаңгагы, бадам жана кургатылган алма.',
      ru: 'Баткенский урюк, арсланбобский грецкий орех, миндаль и сушёные яблоки.',
      en: 'Batken apricots, Arslanbob walnuts, almonds and sun-dried apples.',
    },
  },
  {
    slug: 'meat',
    name: { ky: 'Эт азыктары', ru: 'Мясные продукты', en: 'Meat products' },
    description: {
      ky: 'Чучук, казы, карта жана жайыттагы малдын этинен даярдалган азыктар.',
      ru: 'Чучук, казы, карта и другие продукты из мяса скота с горных пастбищ.',
      en: 'Chuchuk, kazy, karta and other delicacies from animals raised on mountain pastures.',
    },
  },
  {
    slug: 'dairy',
    name: { ky: 'Сүт азыктары', ru: 'Молочные продукты', en: 'Dairy' },
    description: {
      ky: 'Курут, кымыз, каймак, сары май жана жайлоо сыры.',
      ru: 'Курут, кымыз, каймак, топлёное масло и сыры с джайлоо.',
      en: 'Kurut, kymyz, kaymak, clarified butter and cheeses from summer pastures.',
    },
  },
  {
    slug: 'herbs-tea',
    name: { ky: 'Чөптөр жана чайлар', ru: 'Травы и чаи', en: 'Herbs and tea' },
    description: {
      ky: 'Тоодон терилген дары чөптөр, чай аралашмалары жана мөмө чайлары.',
      ru: 'Горные травы, травяные сборы и ягодные чаи, собранные вручную.',
      en: 'Hand-gathered mountain herbs, herbal blends and berry teas.',
    },
  },
  {
    slug: 'textiles',
    name: { ky: 'Текстиль жана саймалар', ru: 'Текстиль и вышивка', en: 'Textiles and embroidery' },
    description: {
      ky: 'Туш кийиздер, курак көрпөлөр, чий жана топоз жүнүнөн токулган буюмдар.',
      ru: 'Туш кийизы, лоскутные курак, чий и изделия из ячьей шерсти.',
      en: 'Tush kiyiz wall hangings, kurak patchwork, chiy screens and yak-wool knits.',
    },
  },
  {
    slug: 'cosmetics',
    name: { ky: 'Табигый косметика', ru: 'Натуральная косметика', en: 'Natural cosmetics' },
    description: {
      ky: 'Чычырканак майы, бээ сүтүнөн жасалган самын, арча самыны жана чөп бальзамдары.',
      ru: 'Облепиховое масло, мыло на кобыльем молоке, арчовое мыло и травяные бальзамы.',
      en: "Sea-buckthorn oil, mare's-milk soap, juniper soap and herbal balms.",
    },
  },
];

export const certificationKinds: { slug: CertificationKindSlug; name: L10n; description: L10n }[] = [
  {
    slug: 'organic',
    name: { ky: 'Органикалык', ru: 'Органический продукт', en: 'Organic' },
    description: {
      ky: 'Продукт синтетикалык жер семирткичсиз, пестицидсиз жана ГМОсуз өндүрүлгөнүн көз карандысыз орган тастыктайт. Кыргызстанда органикалык өндүрүш «Органикалык айыл чарба өндүрүшү жөнүндө» мыйзам менен жөнгө салынат.',
      ru: 'Независимый орган подтверждает, что продукт произведён без синтетических удобрений, пестицидов и ГМО. В Кыргызстане органическое производство регулируется законом «Об органическом сельскохозяйственном производстве».',
      en: 'An independent body confirms the product was grown or made without synthetic fertilisers, pesticides or GMOs. Organic production in Kyrgyzstan is governed by the Law on Organic Agricultural Production.',
    },
  },
  {
    slug: 'halal',
    name: { ky: 'Халал', ru: 'Халяль', en: 'Halal' },
    description: {
      ky: 'Эт жана башка азыктар ислам талаптарына ылайык даярдалганын Муфтияттын халал стандарттары борбору тастыктайт.',
      ru: 'Центр халяльных стандартов при Муфтияте подтверждает, что мясо и другие продукты приготовлены в соответствии с нормами ислама.',
      en: "The halal standards centre of Kyrgyzstan's Muftiate confirms that meat and other foods are prepared according to Islamic law.",
    },
  },
  {
    slug: 'eac',
    name: { ky: 'ЕАЭБ шайкештиги (EAC)', ru: 'Соответствие ЕАЭС (EAC)', en: 'EAEU conformity (EAC)' },
    description: {
      ky: 'Евразия экономикалык биримдигинин техникалык регламенттерине шайкештик декларациясы же сертификаты. EAC белгиси бар продукт Казакстанда, Орусияда жана биримдиктин башка өлкөлөрүндө эркин сатылат.',
      ru: 'Декларация или сертификат соответствия техническим регламентам Евразийского экономического союза. Продукт со знаком EAC свободно продаётся в Казахстане, России и других странах союза.',
      en: 'A declaration or certificate of conformity with the technical regulations of the Eurasian Economic Union. Products bearing the EAC mark can be sold freely in Kazakhstan, Russia and the other member states.',
    },
  },
  {
    slug: 'gi',
    name: { ky: 'Географиялык көрсөткүч', ru: 'Географическое указание', en: 'Geographical indication' },
    description: {
      ky: 'Продуктунун сапаты жана атагы белгилүү бир жер менен байланыштуу экенин Кыргызпатент каттаган. Мисалы, Арстанбап жаңгагы же Баткен өрүгү.',
      ru: 'Кыргызпатент зарегистрировал, что качество и репутация продукта связаны с конкретной местностью. Например, арсланбобский орех или баткенский урюк.',
      en: 'Kyrgyzpatent has registered that the quality and reputation of the product come from a particular place, such as Arslanbob walnuts or Batken apricots.',
    },
  },
  {
    slug: 'ovop',
    name: { ky: '«Бир айыл – бир продукт» белгиси', ru: 'Знак «Одно село – один продукт»', en: 'OVOP brand mark' },
    description: {
      ky: '«Бир айыл – бир продукт» ассоциациясы продукт жергиликтүү чийки заттан, айыл тургундары тарабынан жасалганын жана сапат талаптарына жооп берерин тастыктайт.',
      ru: 'Ассоциация «Одно село – один продукт» подтверждает, что товар сделан жителями села из местного сырья и отвечает её требованиям к качеству.',
      en: 'The One Village One Product Association confirms the item is made by villagers from local materials and meets its quality rules.',
    },
  },
  {
    slug: 'made-in-kg',
    name: {
      ky: '«Made in Kyrgyzstan» улуттук бренди',
      ru: 'Национальный бренд «Made in Kyrgyzstan»',
      en: 'Made in Kyrgyzstan national brand',
    },
    description: {
      ky: 'Министрлер Кабинети түзгөн улуттук бренд. Белгини экспортко даяр, сапаты текшерилген кыргызстандык продукттар алып жүрөт.',
      ru: 'Национальный бренд, созданный Кабинетом министров. Знак носят кыргызстанские товары проверенного качества, готовые к экспорту.',
      en: 'The national brand created by the Cabinet of Ministers, carried by Kyrgyz products of verified quality that are ready for export.',
    },
  },
];

/** Display currencies and what one unit cost in KGS on the day they were set (National Bank style). */
export const currencyRates = [
  { currency: 'USD', kgsPerUnit: 87.45 },
  { currency: 'EUR', kgsPerUnit: 101.32 },
  { currency: 'RUB', kgsPerUnit: 1.0815 },
  { currency: 'KZT', kgsPerUnit: 0.1688 },
  { currency: 'CNY', kgsPerUnit: 12.27 },
  { currency: 'JPY', kgsPerUnit: 0.5712 },
  { currency: 'KRW', kgsPerUnit: 0.0612 },
] as const;
export const RATES_SET_ON = '2026-11-20';

/** Shipping zones and their price ladders by parcel weight (KGS). */
export const shippingZones: { code: string; countries: string[]; name: L10n; rates: [number, number][] }[] = [
  {
    code: 'kg',
    countries: ['KG'],
    name: { ky: 'Кыргызстан боюнча', ru: 'По Кыргызстану', en: 'Within Kyrgyzstan' },
    rates: [
      [1000, 250],
      [3000, 350],
      [10000, 600],
      [30000, 1200],
    ],
  },
  {
    code: 'eaeu',
    countries: ['KZ', 'RU', 'BY', 'AM', 'UZ', 'TJ'],
    name: { ky: 'ЕАЭБ жана кошуна өлкөлөр', ru: 'ЕАЭС и соседние страны', en: 'EAEU and neighbours' },
    rates: [
      [1000, 1100],
      [3000, 1900],
      [10000, 4200],
      [30000, 9800],
    ],
  },
  {
    code: 'world',
    countries: ['*'],
    name: { ky: 'Дүйнө жүзү', ru: 'Весь мир', en: 'Rest of the world' },
    rates: [
      [1000, 2400],
      [3000, 4600],
      [10000, 11500],
      [30000, 27000],
    ],
  },
];

/** Where stock is kept besides each producer's home. */
export const stockLocations: { code: string; kind: 'shop' | 'warehouse'; name: L10n; address: L10n }[] = [
  {
    code: 'karakol-shop',
    kind: 'shop',
    name: { ky: 'Каракол дүкөнү', ru: 'Магазин в Караколе', en: 'Karakol shop' },
    address: {
      ky: 'Каракол ш., Токтогул көч., 123',
      ru: 'г. Каракол, ул. Токтогула, 123',
      en: '123 Toktogul St, Karakol',
    },
  },
  {
    code: 'bishkek-warehouse',
    kind: 'warehouse',
    name: { ky: 'Бишкектеги кампа', ru: 'Склад в Бишкеке', en: 'Bishkek warehouse' },
    address: {
      ky: 'Бишкек ш., Жибек Жолу пр., 504',
      ru: 'г. Бишкек, пр. Жибек Жолу, 504',
      en: '504 Jibek Jolu Ave, Bishkek',
    },
  },
];
