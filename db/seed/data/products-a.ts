/**
 * Demo catalogue, part A: honey and bee products, felt, jams, juices,
 * dried fruit and nuts. Every text is written in Kyrgyz, Russian and English.
 * Prices are retail prices of the Karakol shop in whole Kyrgyz som.
 */
import type { L10n, ProductSeed, VariantSeed } from '../types.ts';

const v = (label: L10n, priceKgs: number, weightGrams: number, hsCode: string): VariantSeed => ({
  label,
  priceKgs,
  weightGrams,
  hsCode,
});

/** Net weight as written in each language: 250 г / 250 g, 1 кг / 1 kg. */
const net = (g: number): L10n =>
  g >= 1000
    ? {
        ky: `${String(g / 1000).replace('.', ',')} кг`,
        ru: `${String(g / 1000).replace('.', ',')} кг`,
        en: `${g / 1000} kg`,
      }
    : { ky: `${g} г`, ru: `${g} г`, en: `${g} g` };

/** Volume: 250 мл / 0,5 л / 0.5 L. */
const vol = (ml: number): L10n =>
  ml >= 500
    ? {
        ky: `${String(ml / 1000).replace('.', ',')} л`,
        ru: `${String(ml / 1000).replace('.', ',')} л`,
        en: `${ml / 1000} L`,
      }
    : { ky: `${ml} мл`, ru: `${ml} мл`, en: `${ml} ml` };

const jar = (g: number): L10n => {
  const n = net(g);
  return {
    ky: `Айнек банка, ${n.ky}`,
    ru: `Стеклянная банка ${n.ru}`,
    en: `${n.en} glass jar`,
  };
};

const bottle = (ml: number): L10n => {
  const n = vol(ml);
  return {
    ky: `Айнек бөтөлкө, ${n.ky}`,
    ru: `Стеклянная бутылка ${n.ru}`,
    en: `${n.en} glass bottle`,
  };
};

const pouch = (g: number): L10n => {
  const n = net(g);
  return {
    ky: `Крафт баштык, ${n.ky}`,
    ru: `Крафт-пакет ${n.ru}`,
    en: `${n.en} kraft pouch`,
  };
};

const HONEY = '0409.00';

// ---------------------------------------------------------------------------
// Honey and other bee products
// ---------------------------------------------------------------------------
const honey: ProductSeed[] = [
  {
    key: 'white-sainfoin-honey',
    category: 'honey',
    featured: true,
    name: {
      ky: 'Ак эспарцет балы',
      ru: 'Белый эспарцетовый мёд',
      en: 'White Sainfoin Honey',
    },
    description: {
      ky: 'Июнь айында Ысык-Көлдүн түштүк жээгиндеги тоо этектери эспарцеттин кызгылт гүлүнө оронот — бул бал дал ошол маалда жыйналат. Жаңы алынганда ал саман түстүү, тунук болот, бир-эки айдан кийин майдай жумшак, аппак кремге айланат. Даамы назик, тамакты кычыштырбайт, жеңил ваниль жыты бар. Балды ысытпайбыз, бир гана чыпкадан өткөрөбүз.',
      ru: 'В июне предгорья южного берега Иссык-Куля розовеют от цветущего эспарцета — именно тогда пчёлы собирают этот мёд. Свежий он светло-соломенный и прозрачный, а через пару месяцев превращается в белоснежный крем, мягкий, как сливочное масло. Вкус нежный, без горчинки и першения, с лёгкой ванильной ноткой. Мёд не нагреваем — только процеживаем.',
      en: 'Every June the foothills along Issyk-Kul’s southern shore turn pink with flowering sainfoin, and that is when this honey is gathered. It starts out pale straw and clear, then within a couple of months sets into a snow-white cream as soft as butter. The flavour is gentle and clean, with a hint of vanilla and none of the throat-catching bite. We never heat it — it is only strained.',
    },
    ingredients: {
      ky: '100% табигый эспарцет балы',
      ru: '100% натуральный эспарцетовый мёд',
      en: '100% raw sainfoin honey',
    },
    variants: [v(jar(250), 330, 430, HONEY), v(jar(500), 600, 780, HONEY), v(jar(1000), 1100, 1450, HONEY)],
    shelfLifeDays: 730,
  },
  {
    key: 'creamed-sainfoin-honey',
    category: 'honey',
    name: {
      ky: 'Эспарцет крем-балы',
      ru: 'Крем-мёд из эспарцета',
      en: 'Whipped Sainfoin Honey',
    },
    description: {
      ky: 'Эспарцет балын салкын бөлмөдө бир нече күн бою акырын аралаштырып турабыз, ошондо ал аппак, көбүктөй жеңил кремге айланат. Кашыктан агып кетпейт, нанга майдай жайылат. Балдар өзгөчө жакшы көрүшөт: эртең мененки боткого, кытырак нанга же жөн эле чайга кошуп жесеңиз болот.',
      ru: 'Эспарцетовый мёд несколько дней медленно взбиваем в прохладном помещении, и он становится белым и лёгким, почти воздушным. С ложки не стекает, на хлеб ложится, как масло. Дети его обожают — к утренней каше, на тост или просто к чаю.',
      en: 'We stir sainfoin honey slowly for several days in a cool room until it turns white and almost fluffy. It won’t drip off the spoon and spreads on bread like butter. Kids adore it — on morning porridge, on toast or simply with a cup of tea.',
    },
    ingredients: {
      ky: '100% табигый эспарцет балы, кошулмасыз чабылган',
      ru: '100% натуральный эспарцетовый мёд, взбитый без добавок',
      en: '100% raw sainfoin honey, whipped with nothing added',
    },
    variants: [v(jar(250), 380, 430, HONEY), v(jar(500), 650, 780, HONEY)],
    shelfLifeDays: 730,
  },
  {
    key: 'jeti-oguz-mountain-wildflower-honey',
    category: 'honey',
    featured: true,
    name: {
      ky: 'Жети-Өгүздүн тоо гүлдөрүнөн бал',
      ru: 'Горный разнотравный мёд из Джети-Огуза',
      en: 'Jeti-Oguz Mountain Wildflower Honey',
    },
    description: {
      ky: 'Жети-Өгүз капчыгайынын жайлоолорунда, деңиз деңгээлинен 2000 метрден бийикте, аарылар кийик от, беде, тоо жалбызы жана ондогон жапайы гүлдөрдөн шире ташышат. Бал алтын-күрөң түстө, жайкы чөптүн жыты аңкыйт, даамында жеңил кычкылдык бар. Балчылардын үй-бүлөсү аны кышка сактап коюп, чай менен ичишет, суук тийгенде да жешет.',
      ru: 'На джайлоо Джети-Огузского ущелья, выше двух тысяч метров, пчёлы собирают нектар с чабреца, люцерны, горной мяты и десятков диких цветов. Мёд тёмно-янтарный, пахнет летним сеном, а во вкусе — приятная лёгкая терпкость. В семьях пасечников его берегут на зиму: к чаю и от простуды.',
      en: 'On the summer pastures of the Jeti-Oguz gorge, above 2,000 metres, bees work wild thyme, alfalfa, mountain mint and dozens of meadow flowers. The result is a deep amber honey that smells of sun-dried hay, with a pleasant, slightly tangy finish. Beekeepers’ families put it by for winter — for tea, and for sore throats.',
    },
    ingredients: {
      ky: '100% табигый тоо балы (ар түрдүү гүлдөрдөн)',
      ru: '100% натуральный горный мёд (разнотравье)',
      en: '100% raw mountain wildflower honey',
    },
    variants: [v(jar(250), 350, 430, HONEY), v(jar(500), 650, 780, HONEY), v(jar(1000), 1200, 1450, HONEY)],
    shelfLifeDays: 730,
  },
  {
    key: 'tup-alfalfa-honey',
    category: 'honey',
    name: { ky: 'Беде балы', ru: 'Люцерновый мёд', en: 'Alfalfa Honey' },
    description: {
      ky: 'Ысык-Көлдүн чыгыш четиндеги Түп районунун беде талааларынан жыйналган бал. Жаңы кезинде ачык янтар түстө болот, бирок тез эле майда данчалуу болуп кристаллдашып, коюу, каймак түстүү балга айланат. Даамы жумшак, ашыкча таттуу эмес — күн сайын чай менен жегенге да, бышырыкка кошконго да ылайыктуу.',
      ru: 'Мёд с люцерновых полей Тюпского района на восточном краю Иссык-Куля. Свежий — светло-янтарный, но быстро садится мелким зерном и становится густым, кремово-жёлтым. Вкус мягкий, не приторный: хорош на каждый день к чаю и в выпечку.',
      en: 'Gathered from the alfalfa fields of Tüp district at the eastern end of Issyk-Kul. Light amber when fresh, it soon sets into a thick, fine-grained, creamy yellow honey. Mild and never cloying — an everyday honey for tea and for baking.',
    },
    ingredients: {
      ky: '100% табигый беде балы',
      ru: '100% натуральный люцерновый мёд',
      en: '100% raw alfalfa honey',
    },
    variants: [v(jar(250), 270, 430, HONEY), v(jar(500), 450, 780, HONEY), v(jar(1000), 850, 1450, HONEY)],
    shelfLifeDays: 730,
  },
  {
    key: 'at-bashy-jailoo-honey',
    category: 'honey',
    name: {
      ky: 'Ат-Башы жайлоо балы',
      ru: 'Высокогорный мёд с джайлоо Ат-Башы',
      en: 'At-Bashy High Pasture Honey',
    },
    description: {
      ky: 'Нарындын Ат-Башы өрөөнүндө жай кыска, бирок жайлоодогу чөптөр өзгөчө жыттуу. Жайында балчылар челектерин 2800 метр бийиктикке чейин көчүрүп чыгышат. Бул бал аз чыгат: коюу, кочкул сары, тоо чөптөрүнүн бир аз ачуу-таттуу жыты менен.',
      ru: 'В Ат-Башинской долине Нарына лето короткое, зато альпийские травы пахнут особенно сильно. На лето пасечники поднимают ульи на джайлоо — до 2800 метров. Мёда здесь собирают немного: он густой, насыщенно-жёлтый, с богатым, чуть пряным вкусом горных трав.',
      en: 'Summer in Naryn’s At-Bashy valley is short, but the alpine herbs there are intensely fragrant. For those few weeks beekeepers haul their hives up to the jailoo, as high as 2,800 metres. The yield is small: a thick, deep-golden honey with the rich, slightly spicy taste of mountain herbs.',
    },
    ingredients: {
      ky: '100% табигый бийик тоо балы',
      ru: '100% натуральный высокогорный мёд',
      en: '100% raw high-altitude wildflower honey',
    },
    variants: [v(jar(250), 420, 430, HONEY), v(jar(500), 780, 780, HONEY), v(jar(1000), 1500, 1450, HONEY)],
    shelfLifeDays: 730,
  },
  {
    key: 'karakol-gorge-forest-honey',
    category: 'honey',
    name: {
      ky: 'Каракол капчыгайынын токой балы',
      ru: 'Лесной мёд из Каракольского ущелья',
      en: 'Karakol Gorge Forest Honey',
    },
    description: {
      ky: 'Бал челектери Каракол капчыгайында, Тянь-Шань карагайларынын ортосундагы ачык аянтчаларда турат. Аарылар токой малинасынан, итмурундан, талдан жана токой чөптөрүнөн шире ташышат. Бал кочкул, дээрлик күрөң түстө, даамы терең, бир аз ачуу — коюу кара чай жана сыр менен абдан жарашат.',
      ru: 'Ульи стоят на полянах среди тянь-шаньских елей в Каракольском ущелье. Пчёлы носят нектар с лесной малины, шиповника, ивы и лесного разнотравья. Мёд тёмный, почти коричневый, с глубоким вкусом и лёгкой горчинкой — прекрасно идёт к крепкому чаю и сыру.',
      en: 'The hives stand in clearings among Tian Shan spruces in the Karakol gorge. Bees forage on wild raspberry, rose hip, willow and woodland herbs. The honey is dark, almost brown, deep-flavoured and faintly bitter — superb with strong black tea or a piece of cheese.',
    },
    ingredients: {
      ky: '100% табигый токой балы',
      ru: '100% натуральный лесной мёд',
      en: '100% raw forest honey',
    },
    variants: [v(jar(250), 390, 430, HONEY), v(jar(500), 700, 780, HONEY), v(jar(1000), 1350, 1450, HONEY)],
    shelfLifeDays: 730,
  },
  {
    key: 'issyk-kul-orchard-blossom-honey',
    category: 'honey',
    name: {
      ky: 'Ысык-Көл бактарынын жазгы балы',
      ru: 'Весенний садовый мёд Иссык-Куля',
      en: 'Issyk-Kul Orchard Blossom Honey',
    },
    description: {
      ky: 'Май айында Ысык-Көлдүн жээгиндеги алма, өрүк жана алмурут бактары гүлдөп, аарылар жылдын биринчи балын ташый башташат. Бул бал абдан ачык түстө, гүлдөгөн бактын назик жыты келет. Мындай бал жылына бир гана жолу, жазында, аз өлчөмдө чыгат.',
      ru: 'В мае вдоль берега Иссык-Куля зацветают яблоневые, абрикосовые и грушевые сады, и пчёлы приносят первый мёд сезона. Он очень светлый, с тонким ароматом цветущего сада. Такого мёда бывает немного — только раз в году, весной.',
      en: 'In May the apple, apricot and pear orchards along the Issyk-Kul shore burst into bloom, and the bees bring in the first honey of the year. It is very pale, with the delicate scent of a garden in blossom. There is only ever a little of it, once a year, in spring.',
    },
    ingredients: {
      ky: '100% табигый бак гүлдөрүнүн балы',
      ru: '100% натуральный мёд с цветущих садов',
      en: '100% raw fruit-blossom honey',
    },
    variants: [v(jar(250), 300, 430, HONEY), v(jar(500), 520, 780, HONEY)],
    shelfLifeDays: 730,
  },
  {
    key: 'chuy-sunflower-honey',
    category: 'honey',
    name: {
      ky: 'Чүй өрөөнүнүн күн карама балы',
      ru: 'Подсолнечниковый мёд из Чуйской долины',
      en: 'Chuy Valley Sunflower Honey',
    },
    description: {
      ky: 'Июль-август айларында Чүй өрөөнүндөгү күн карама талааларынан алынат. Түсү күндөй жаркыраган сары, тез эле майда данчалар менен кристаллдашат. Баасы жеткиликтүү, жыты жагымдуу — үй-бүлөгө күнүмдүк бал.',
      ru: 'Собран в июле–августе с подсолнечных полей Чуйской долины. Ярко-жёлтый, как сами цветы, быстро кристаллизуется мелким зерном. Недорогой и очень душистый — отличный мёд на каждый день для всей семьи.',
      en: 'Collected in July and August from the sunflower fields of the Chuy valley. Bright yellow like the flowers themselves, it quickly crystallizes into a fine grain. Affordable and fragrant — an everyday honey for the whole family.',
    },
    ingredients: {
      ky: '100% табигый күн карама балы',
      ru: '100% натуральный подсолнечниковый мёд',
      en: '100% raw sunflower honey',
    },
    variants: [v(jar(500), 380, 780, HONEY), v(jar(1000), 700, 1450, HONEY)],
    shelfLifeDays: 730,
  },
  {
    key: 'jalal-abad-cotton-honey',
    category: 'honey',
    name: {
      ky: 'Жалал-Абаддын пахта балы',
      ru: 'Хлопковый мёд из Джалал-Абада',
      en: 'Jalal-Abad Cotton Honey',
    },
    description: {
      ky: 'Жалал-Абад облусунун түштүгүндөгү пахта талааларынан жыйналган сейрек бал. Кристаллдашканда кардай аппак болуп, майдай жумшарат. Даамы жеңил, таттуулугу ченемдүү, жыты билинер-билинбес — балдын таза даамын сүйгөндөр үчүн.',
      ru: 'Редкий мёд с хлопковых полей юга Джалал-Абадской области. Кристаллизуясь, становится белым, как снег, и мягким, как масло. Вкус лёгкий, сладость умеренная, аромат едва уловимый — для тех, кто любит чистый вкус мёда.',
      en: 'A less common honey from the cotton fields of southern Jalal-Abad region. As it crystallizes it turns snow-white and butter-soft. Light, moderately sweet and only faintly scented — for those who love honey at its purest.',
    },
    ingredients: {
      ky: '100% табигый пахта балы',
      ru: '100% натуральный хлопковый мёд',
      en: '100% raw cotton-blossom honey',
    },
    variants: [v(jar(250), 250, 430, HONEY), v(jar(500), 420, 780, HONEY), v(jar(1000), 800, 1450, HONEY)],
    shelfLifeDays: 730,
  },
  {
    key: 'chong-kemin-valley-honey',
    category: 'honey',
    name: {
      ky: 'Чоң-Кемин өрөөнүнүн балы',
      ru: 'Мёд из долины Чон-Кемин',
      en: 'Chong-Kemin Valley Honey',
    },
    description: {
      ky: 'Чоң-Кемин — улуттук парк: айдоо жери аз, химиялык жер семирткич колдонулбайт. Аарылар өрөөндүн капталдарындагы итмурундан, бөрү карагаттан, кийик оттон жана тоо чөптөрүнөн шире жыйнашат. Бал алтын түстүү, жыпар жыттуу, даамында жеңил мөмө ширеси сезилет.',
      ru: 'Чон-Кемин — национальный парк: пашни здесь мало, химии нет. Пчёлы собирают нектар с шиповника, барбариса, чабреца и горного разнотравья по склонам долины. Мёд золотистый, душистый, с лёгкой фруктовой ноткой.',
      en: 'Chong-Kemin is a national park with little farmland and no agrochemicals. Bees forage on rose hip, barberry, wild thyme and the mixed flowers of the valley slopes. A golden, fragrant honey with a light fruity note.',
    },
    ingredients: {
      ky: '100% табигый тоо балы (ар түрдүү гүлдөрдөн)',
      ru: '100% натуральный горный мёд (разнотравье)',
      en: '100% raw mountain wildflower honey',
    },
    variants: [v(jar(250), 330, 430, HONEY), v(jar(500), 600, 780, HONEY), v(jar(1000), 1150, 1450, HONEY)],
    shelfLifeDays: 730,
  },
  {
    key: 'suusamyr-alpine-honey',
    category: 'honey',
    name: {
      ky: 'Суусамыр балы',
      ru: 'Суусамырский горный мёд',
      en: 'Suusamyr Alpine Honey',
    },
    description: {
      ky: 'Суусамыр өрөөнү 2200 метр бийиктикте жатат: кышы узак, жайы салкын. Кыска жайда шалбаалардагы гүлдөр дээрлик бир убакта ачылат, ошондуктан бал өзгөчө бай жана жыттуу болот. Түсү ачык янтар, кристаллдашканда каймактай назик болуп калат.',
      ru: 'Долина Суусамыр лежит на высоте 2200 метров: зима здесь долгая, лето прохладное. За короткое лето луга зацветают почти разом, и мёд получается особенно насыщенным и душистым. Светло-янтарный, кристаллизуется в нежную массу, похожую на густую сметану.',
      en: 'The Suusamyr valley lies at 2,200 metres, with long winters and cool summers. In the brief summer its meadows flower almost all at once, which makes for an especially rich, aromatic honey. Light amber, it sets into a soft texture like thick sour cream.',
    },
    ingredients: {
      ky: '100% табигый бийик тоо балы',
      ru: '100% натуральный высокогорный мёд',
      en: '100% raw alpine wildflower honey',
    },
    variants: [v(jar(250), 360, 430, HONEY), v(jar(500), 680, 780, HONEY), v(jar(1000), 1300, 1450, HONEY)],
    shelfLifeDays: 730,
  },
  {
    key: 'mountain-honey-wooden-keg',
    category: 'honey',
    name: {
      ky: 'Жыгач бочкедеги тоо балы',
      ru: 'Горный мёд в деревянном бочонке',
      en: 'Mountain Honey in a Wooden Keg',
    },
    description: {
      ky: 'Жети-Өгүздүн тоо балы колдо жасалган кичинекей жыгач бочкеге куюлат. Бочкенин ичи бал мому менен капталган, ошондуктан бал жыгачка сиңбейт, ага жыгачтын жеңил жыты гана кошулат. Өзүңүзгө да, жакындарыңызга да эсте калчу белек.',
      ru: 'Горный мёд из Джети-Огуза в маленьком деревянном бочонке ручной работы. Изнутри бочонок пропитан пчелиным воском, поэтому мёд не впитывается в дерево, а лишь приобретает лёгкий древесный аромат. Запоминающийся подарок — себе или близким.',
      en: 'Jeti-Oguz mountain honey in a small, hand-made wooden keg. The inside is sealed with beeswax, so the honey never soaks into the wood but picks up a faint woody aroma. A memorable gift — for yourself or someone dear.',
    },
    ingredients: {
      ky: '100% табигый тоо балы. Идиши: жыгач бочке, ичи бал мому менен капталган',
      ru: '100% натуральный горный мёд. Тара: деревянный бочонок, пропитанный пчелиным воском',
      en: '100% raw mountain honey. Packed in a wooden keg lined with beeswax',
    },
    variants: [
      v(
        {
          ky: 'Жыгач бочке, 1 кг',
          ru: 'Деревянный бочонок 1 кг',
          en: '1 kg wooden keg',
        },
        2200,
        1900,
        HONEY,
      ),
      v(
        {
          ky: 'Жыгач бочке, 2 кг',
          ru: 'Деревянный бочонок 2 кг',
          en: '2 kg wooden keg',
        },
        3900,
        3400,
        HONEY,
      ),
    ],
    shelfLifeDays: 730,
  },
  {
    key: 'honeycomb-pieces',
    category: 'honey',
    name: {
      ky: 'Мом көзөнөктөрүндөгү бал',
      ru: 'Сотовый мёд',
      en: 'Raw Honeycomb',
    },
    description: {
      ky: 'Рамкадан кесилген бүтүн бал — аарылар аны өздөрү мом менен бекитип коюшкан. Чайнаганда мом көзөнөктөрүнөн бал агып чыгат, мому жумшак, жыттуу. Аны сыр, жаңгак же жөн эле жылуу нан менен жеген жакшы.',
      ru: 'Цельный мёд, вырезанный прямо из рамки и запечатанный самими пчёлами. Стоит откусить — и из восковых ячеек течёт мёд, а сам воск мягкий и душистый. Хорош с сыром, орехами или просто с тёплой лепёшкой.',
      en: 'Whole honey cut straight from the frame, still capped with wax by the bees themselves. Bite in and the honey flows from the wax cells; the comb itself is soft and fragrant. Lovely with cheese, with nuts or simply on warm flatbread.',
    },
    ingredients: {
      ky: 'Табигый тоо балы, бал мому менен',
      ru: 'Натуральный горный мёд в восковых сотах',
      en: 'Raw mountain honey in its natural beeswax comb',
    },
    variants: [
      v({ ky: 'Кутуча, 300 г', ru: 'Коробочка 300 г', en: '300 g box' }, 900, 420, HONEY),
      v({ ky: 'Кутуча, 500 г', ru: 'Коробочка 500 г', en: '500 g box' }, 1400, 650, HONEY),
    ],
    shelfLifeDays: 730,
  },
  {
    key: 'honey-with-walnuts',
    category: 'honey',
    name: {
      ky: 'Жаңгак салынган бал',
      ru: 'Мёд с грецкими орехами',
      en: 'Honey with Walnuts',
    },
    description: {
      ky: 'Арстанбаптын жаңгагынын ак мазектери эспарцет балы куюлган банкага бекем толтурулат. Бир нече күндө жаңгак балга сиңип, жумшарат, ал эми бал жаңгактын майлуу даамын алат. Эртең менен бир кашык жеп алсаңыз, түшкө чейин күч-кубат жетет.',
      ru: 'Светлые половинки арсланбобских орехов плотно укладываем в банку и заливаем эспарцетовым мёдом. За несколько дней орехи пропитываются и становятся мягче, а мёд берёт их маслянистый вкус. Ложка утром — и сил хватает до обеда.',
      en: 'Pale halves of Arslanbob walnuts are packed tightly into the jar and covered with sainfoin honey. Within days the nuts soak it up and soften, while the honey takes on their buttery taste. One spoonful in the morning keeps you going until lunch.',
    },
    ingredients: {
      ky: 'Эспарцет балы 60%, жаңгак мазеги 40%',
      ru: 'Эспарцетовый мёд 60%, ядра грецкого ореха 40%',
      en: 'Sainfoin honey 60%, walnut kernels 40%',
    },
    variants: [v(jar(250), 480, 430, '2008.19'), v(jar(450), 800, 760, '2008.19')],
    shelfLifeDays: 365,
  },
  {
    key: 'creamed-honey-with-sea-buckthorn',
    category: 'honey',
    name: {
      ky: 'Чычырканак кошулган крем-бал',
      ru: 'Крем-мёд с облепихой',
      en: 'Whipped Honey with Sea Buckthorn',
    },
    description: {
      ky: 'Ак эспарцет балына Ысык-Көлдүн жээгинде терилген чычырканактын пюресин кошуп, крем абалына чейин чабабыз. Түсү кызгылт-сары, даамы таттуу-кычкыл, чычырканактын ананаска окшош жыты бар. Кышында чайга салып ичсеңиз, денеңиз жылып, маанайыңыз көтөрүлөт.',
      ru: 'Белый эспарцетовый мёд взбиваем с пюре облепихи, собранной на берегу Иссык-Куля. Цвет — солнечно-оранжевый, вкус — сладкий с кислинкой и облепиховой ноткой, чем-то напоминающей ананас. Зимой — ложку в чай, и сразу теплее.',
      en: 'White sainfoin honey whipped with a purée of sea buckthorn picked on the Issyk-Kul shore. It is sunny orange, sweet and tart, with sea buckthorn’s faintly pineapple-like tang. Stir a spoonful into tea on a winter evening and feel the warmth.',
    },
    ingredients: {
      ky: 'Эспарцет балы 85%, чычырканак пюреси 15%',
      ru: 'Эспарцетовый мёд 85%, пюре облепихи 15%',
      en: 'Sainfoin honey 85%, sea buckthorn purée 15%',
    },
    variants: [v(jar(250), 420, 430, '2106.90'), v(jar(500), 750, 780, '2106.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'creamed-honey-with-black-currant',
    category: 'honey',
    name: {
      ky: 'Кара карагат кошулган крем-бал',
      ru: 'Крем-мёд с чёрной смородиной',
      en: 'Whipped Honey with Black Currant',
    },
    description: {
      ky: 'Түп айылдарынын бакчаларында өскөн кара карагатты майдалап, ак балга кошуп чабабыз. Натыйжада кызгылт-кызыл түстөгү, жумшак, жыпар жыттуу крем чыгат. Блинге, ботко менен быштакка сүйкөп жесеңиз болот.',
      ru: 'Чёрную смородину из садов тюпских сёл перетираем и взбиваем с белым мёдом. Получается нежный крем цвета спелой ягоды с ярким смородиновым ароматом. Хорош к блинам, каше и творогу.',
      en: 'Black currants from village gardens around Tüp are crushed and whipped into white honey. The result is a soft, berry-coloured cream with a bright, fragrant currant flavour. Lovely on pancakes, porridge or cottage cheese.',
    },
    ingredients: {
      ky: 'Эспарцет балы 85%, кара карагат 15%',
      ru: 'Эспарцетовый мёд 85%, чёрная смородина 15%',
      en: 'Sainfoin honey 85%, black currant 15%',
    },
    variants: [v(jar(250), 420, 430, '2106.90'), v(jar(500), 750, 780, '2106.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'creamed-honey-with-wild-raspberry',
    category: 'honey',
    name: {
      ky: 'Токой малинасы кошулган крем-бал',
      ru: 'Крем-мёд с лесной малиной',
      en: 'Whipped Honey with Wild Raspberry',
    },
    description: {
      ky: 'Каракол капчыгайынын токойлорунан терилген жапайы малинаны кургатып, майда кылып балга кошобуз. Крем-бал ачык кызгылт түскө кирет, ар бир кашыгынан жайкы токойдун жыты келет. Малинанын майда уруктары бир аз кычырайт — бул анын табигыйлыгынын белгиси.',
      ru: 'Дикую малину из лесов Каракольского ущелья сушим, измельчаем и взбиваем с мёдом. Крем получается нежно-розовым, и каждая ложка пахнет летним лесом. Мелкие малиновые косточки слегка похрустывают — верный знак, что всё настоящее.',
      en: 'Wild raspberries from the forests of the Karakol gorge are dried, ground and whipped into honey. The cream turns a soft pink, and every spoonful smells of a summer forest. The tiny raspberry seeds crunch a little — a sure sign it’s the real thing.',
    },
    ingredients: {
      ky: 'Эспарцет балы 92%, кургатылган токой малинасы 8%',
      ru: 'Эспарцетовый мёд 92%, сушёная лесная малина 8%',
      en: 'Sainfoin honey 92%, dried wild raspberry 8%',
    },
    variants: [v(jar(250), 450, 430, '2106.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'honey-with-dried-apricots-and-almonds',
    category: 'honey',
    name: {
      ky: 'Курага жана бадам салынган бал',
      ru: 'Мёд с курагой и миндалём',
      en: 'Honey with Dried Apricots and Almonds',
    },
    description: {
      ky: 'Баткендин курагасы менен бадамы Ысык-Көлдүн балы менен бир банкада жолугушат. Курага балга сиңип жумшарат, бадам кытырак бойдон калат. Бул — өлкөнүн түштүгү менен түндүгүн бириктирген таттуу белек.',
      ru: 'Баткенская курага и миндаль встречаются в одной банке с иссык-кульским мёдом. Курага, пропитавшись, становится мягкой, а миндаль остаётся хрустящим. Сладкий подарок, в котором встретились юг и север страны.',
      en: 'Batken dried apricots and almonds meet Issyk-Kul honey in a single jar. The apricots soak up the honey and turn tender, while the almonds stay crunchy. A sweet gift that brings the country’s south and north together.',
    },
    ingredients: {
      ky: 'Эспарцет балы 60%, курага 25%, бадам 15%',
      ru: 'Эспарцетовый мёд 60%, курага 25%, миндаль 15%',
      en: 'Sainfoin honey 60%, dried apricots 25%, almonds 15%',
    },
    variants: [v(jar(250), 520, 430, '2008.97'), v(jar(450), 850, 760, '2008.97')],
    shelfLifeDays: 365,
  },
  {
    key: 'bee-pollen',
    category: 'honey',
    name: {
      ky: 'Аары чаңчасы',
      ru: 'Пчелиная пыльца (обножка)',
      en: 'Bee Pollen',
    },
    description: {
      ky: 'Аарылар буттарына илип келген гүл чаңчасын челектин оозундагы атайын тосмо менен чогултабыз, анан көлөкөдө акырын кургатабыз. Данчалары сары, кызгылт-сары, күрөң — ар бири башка гүлдөн. Күнүнө бир чай кашыктан балга, ботко же йогуртка кошуп жесеңиз болот.',
      ru: 'Пыльцу, которую пчёлы приносят на лапках, собираем пыльцеуловителем у летка и бережно сушим в тени. Гранулы — жёлтые, оранжевые, коричневые: каждая с другого цветка. По чайной ложке в день — с мёдом, в кашу или йогурт.',
      en: 'We collect the pollen pellets bees carry home on their legs with a trap at the hive entrance, then dry them gently in the shade. The granules are yellow, orange and brown — each from a different flower. Take a teaspoon a day with honey, on porridge or in yogurt.',
    },
    ingredients: {
      ky: '100% кургатылган аары чаңчасы',
      ru: '100% сушёная пчелиная пыльца',
      en: '100% dried bee pollen',
    },
    variants: [v(jar(100), 450, 260, '0410.90'), v(jar(250), 1000, 480, '0410.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'bee-bread-perga',
    category: 'honey',
    name: {
      ky: 'Перга (аары наны)',
      ru: 'Перга (пчелиный хлеб)',
      en: 'Bee Bread (Perga)',
    },
    description: {
      ky: 'Перга — аарылар мом көзөнөктөрүнө тыгыз толтуруп, үстүнөн бал куюп, кышка азык катары сактап койгон гүл чаңчасы. Аны көзөнөктөрдөн кол менен бирден чыгарабыз, ошондуктан аз жана кымбат болот. Даамы таттуу-кычкыл, бир аз нанга окшош; чайнап же тилдин астына салып жеш керек.',
      ru: 'Перга — это пыльца, которую пчёлы утрамбовали в соты и законсервировали мёдом на зиму. Мы вынимаем её из сот вручную, гранулу за гранулой, поэтому перги всегда мало. Вкус кисло-сладкий, немного хлебный; её рассасывают или разжёвывают.',
      en: 'Bee bread is pollen the bees have packed into the comb and preserved with honey as winter food. We pick it out of the comb by hand, granule by granule, which is why there is never much of it. Sweet-sour and slightly bready, it is best chewed slowly or left to dissolve on the tongue.',
    },
    ingredients: {
      ky: '100% перга (аары наны)',
      ru: '100% перга',
      en: '100% bee bread',
    },
    variants: [v(jar(100), 900, 260, '0410.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'propolis-tincture',
    category: 'honey',
    name: {
      ky: 'Прополис тундурмасы',
      ru: 'Настойка прополиса',
      en: 'Propolis Tincture',
    },
    description: {
      ky: 'Жети-Өгүздөгү челектерден чогултулган прополисти спиртке бир ай тундуруп, андан кийин чыпкалайбыз. Тундурма күрөң түстө, чайырдын ачуу жыты бар. Суу же сүткө бир нече тамчы тамызып, тамак ооруганда чайкаса же ичсе болот.',
      ru: 'Прополис из ульев Джети-Огуза месяц настаиваем на спирту и затем процеживаем. Настойка тёмно-коричневая, с горьковатым смолистым ароматом. Несколько капель на воду или молоко — для полоскания горла или внутрь.',
      en: 'Propolis from our Jeti-Oguz hives is steeped in alcohol for a month, then strained. The tincture is dark brown with a bitter, resinous aroma. Add a few drops to water or milk — as a gargle for a sore throat or to drink.',
    },
    ingredients: {
      ky: 'Прополис 20%, тамак-аш спирти 70%',
      ru: 'Прополис 20%, спирт этиловый пищевой 70%',
      en: 'Propolis 20%, food-grade ethyl alcohol 70%',
    },
    variants: [
      v(
        {
          ky: 'Тамызгычы бар флакон, 30 мл',
          ru: 'Флакон с пипеткой 30 мл',
          en: '30 ml dropper bottle',
        },
        350,
        110,
        '2106.90',
      ),
      v(
        {
          ky: 'Тамызгычы бар флакон, 100 мл',
          ru: 'Флакон с пипеткой 100 мл',
          en: '100 ml dropper bottle',
        },
        850,
        260,
        '2106.90',
      ),
    ],
    shelfLifeDays: 1095,
  },
  {
    key: 'raw-propolis',
    category: 'honey',
    name: {
      ky: 'Таза прополис',
      ru: 'Прополис натуральный',
      en: 'Raw Propolis',
    },
    description: {
      ky: 'Аарылар челектин жылчыктарын бекитүү үчүн бүчүрлөрдөн чогулткан чайыр. Кесимдерин чайнап жесе болот — оозго жеңил ачуу, жыпар жыт берет, ошондой эле үйдө тундурма жасаса болот. Кара-күрөң кесектер, таза, майда кырындысыз.',
      ru: 'Смолистый клей, который пчёлы собирают с почек деревьев, чтобы запечатать щели в улье. Кусочки можно жевать — они дают лёгкую горечь и пряный аромат, — или сделать из них домашнюю настойку. Тёмно-коричневые кусочки, чистые, без крошки.',
      en: 'The resin bees collect from tree buds to seal the cracks in their hive. Chew small pieces — they leave a gentle bitterness and a spicy aroma — or use them to make your own tincture. Clean dark-brown lumps, free of crumbs and debris.',
    },
    ingredients: {
      ky: '100% табигый прополис',
      ru: '100% натуральный прополис',
      en: '100% natural propolis',
    },
    variants: [v({ ky: 'Банкача, 20 г', ru: 'Баночка 20 г', en: '20 g pot' }, 400, 90, '0410.90')],
    shelfLifeDays: 730,
  },
  {
    key: 'honey-tasting-set',
    category: 'honey',
    name: {
      ky: 'Үч балдан даам көрүү топтому',
      ru: 'Дегустационный набор из трёх видов мёда',
      en: 'Three-Honey Tasting Set',
    },
    description: {
      ky: 'Кыргызстандын үч балын салыштырып көрүңүз: ак эспарцет балы, Жети-Өгүздүн тоо балы жана Каракол капчыгайынын кочкул токой балы. Ар бири 120 граммдан, кооз кийиз оюму түшүрүлгөн кутуга салынган. Чет өлкөдөгү достор үчүн Ысык-Көлдөн эң сонун белек.',
      ru: 'Сравните три мёда Кыргызстана: белый эспарцетовый, горный из Джети-Огуза и тёмный лесной из Каракольского ущелья. Три баночки по 120 г в коробке с орнаментом шырдака. Лучший подарок с Иссык-Куля для друзей за границей.',
      en: 'Taste three Kyrgyz honeys side by side: white sainfoin, Jeti-Oguz mountain wildflower and dark forest honey from the Karakol gorge. Three 120 g jars in a box printed with a shyrdak pattern. The perfect Issyk-Kul gift for friends abroad.',
    },
    ingredients: {
      ky: 'Эспарцет балы, тоо балы, токой балы — ар бири 120 г',
      ru: 'Эспарцетовый мёд, горный мёд, лесной мёд — по 120 г',
      en: 'Sainfoin honey, mountain wildflower honey, forest honey — 120 g each',
    },
    variants: [
      v(
        {
          ky: 'Белек кутусу, 3 × 120 г',
          ru: 'Подарочная коробка 3 × 120 г',
          en: 'Gift box, 3 × 120 g',
        },
        1100,
        900,
        HONEY,
      ),
    ],
    shelfLifeDays: 730,
  },
  {
    key: 'honey-sticks',
    category: 'honey',
    name: {
      ky: 'Таякчалардагы бал',
      ru: 'Мёд в порционных стиках',
      en: 'Honey Sticks',
    },
    description: {
      ky: 'Ак эспарцет балы 12 граммдан ичке таякчаларга куюлган — жолго, тоого жана кеңсеге ыңгайлуу. Учун тиш менен же кайчы менен кесип, түз эле чайга сыгып салыңыз. Трекке чыкканда тез күч берет, сумкада да агып кетпейт.',
      ru: 'Белый эспарцетовый мёд, расфасованный в тонкие стики по 12 граммов, — удобно в дорогу, в горы и в офис. Надорвите кончик и выдавите прямо в чай. В походе даёт быструю энергию и не протекает в рюкзаке.',
      en: 'White sainfoin honey in slim 12 g sticks — handy for travel, the mountains and the office. Tear off the tip and squeeze it straight into your tea. Quick energy on a trek, and it won’t leak in your backpack.',
    },
    ingredients: {
      ky: '100% табигый эспарцет балы',
      ru: '100% натуральный эспарцетовый мёд',
      en: '100% raw sainfoin honey',
    },
    variants: [
      v(
        {
          ky: '10 таякча × 12 г',
          ru: '10 стиков × 12 г',
          en: '10 sticks × 12 g',
        },
        380,
        160,
        HONEY,
      ),
      v(
        {
          ky: '20 таякча × 12 г',
          ru: '20 стиков × 12 г',
          en: '20 sticks × 12 g',
        },
        700,
        300,
        HONEY,
      ),
    ],
    shelfLifeDays: 730,
  },
  {
    key: 'beeswax-candles',
    category: 'honey',
    name: {
      ky: 'Бал момунан шамдар',
      ru: 'Свечи из пчелиного воска',
      en: 'Beeswax Candles',
    },
    description: {
      ky: 'Өз челектерибиздин таза момунан колдо куюлган шамдар. Күйгөндө түтүн чыгарбайт, бөлмөгө балдын жумшак жыты тарайт. Алтын-сары түстүү, бышык, пахта пилтеси менен.',
      ru: 'Свечи ручной отливки из чистого воска с нашей пасеки. Горят без копоти и наполняют комнату мягким медовым ароматом. Золотисто-жёлтые, плотные, с хлопковым фитилём.',
      en: 'Hand-poured candles made from pure wax from our own hives. They burn without soot and fill the room with a soft honey scent. Golden yellow, dense, with cotton wicks.',
    },
    ingredients: {
      ky: '100% табигый бал мому, пахта пилте',
      ru: '100% натуральный пчелиный воск, хлопковый фитиль',
      en: '100% natural beeswax, cotton wick',
    },
    variants: [
      v(
        {
          ky: '2 ичке шам, 20 см',
          ru: '2 тонкие свечи по 20 см',
          en: '2 taper candles, 20 cm',
        },
        600,
        250,
        '3406.00',
      ),
      v(
        {
          ky: '3 жоон шам, 8 см',
          ru: '3 свечи-столбика по 8 см',
          en: '3 pillar candles, 8 cm',
        },
        900,
        520,
        '3406.00',
      ),
    ],
  },
  {
    key: 'beeswax-food-wraps',
    category: 'honey',
    name: {
      ky: 'Мом сиңирилген азык ороочу кездеме',
      ru: 'Восковые салфетки для продуктов',
      en: 'Beeswax Food Wraps',
    },
    description: {
      ky: 'Пахта кездемеге бал мому, карагай чайыры жана жаңгак майы сиңирилген. Колуңуздун жылуулугу менен кездеме идиштин оозуна, нанга, сырга же жемишке жабышып калат — полиэтилен пленканын ордуна. Муздак суу менен жууп, бир жылга чейин колдоно бересиз.',
      ru: 'Хлопковая ткань, пропитанная пчелиным воском, еловой смолой и ореховым маслом. От тепла рук салфетка облегает миску, хлеб, сыр или фрукты — вместо пищевой плёнки. Мойте прохладной водой; служит до года.',
      en: 'Cotton cloth infused with beeswax, spruce resin and walnut oil. The warmth of your hands molds it around a bowl, a loaf, cheese or fruit — in place of plastic wrap. Rinse in cool water; each wrap lasts up to a year.',
    },
    ingredients: {
      ky: 'Пахта кездеме, бал мому, карагай чайыры, жаңгак майы',
      ru: 'Хлопковая ткань, пчелиный воск, еловая смола, масло грецкого ореха',
      en: 'Cotton fabric, beeswax, spruce resin, walnut oil',
    },
    variants: [
      v(
        {
          ky: '3 даана (S, M, L)',
          ru: 'Набор из 3 шт. (S, M, L)',
          en: 'Set of 3 (S, M, L)',
        },
        750,
        120,
        '6307.90',
      ),
    ],
  },
];

// ---------------------------------------------------------------------------
// Felt
// ---------------------------------------------------------------------------
const FELT_RUG = '5704.90';
const FOOTWEAR = '6405.20';
const HAT = '6505.00';
const TOY = '9503.00';
const MADE_UP = '6307.90';

const WOOL = {
  ky: '100% кыргыз койлорунун жүнүнөн кийиз; ичтиги — кара кийиз; тигиши — эшилген жүн жип',
  ru: '100% войлок из шерсти кыргызских овец; подкладка — тёмный войлок; швы — кручёный шерстяной шнур',
  en: '100% Kyrgyz sheep’s wool felt; dark felt backing; twisted wool cord stitching',
};

const size = (range: string): L10n => ({
  ky: `Өлчөмү ${range}`,
  ru: `Размер ${range}`,
  en: `EU ${range}`,
});
const head = (range: string): L10n => ({
  ky: `Баштын айланасы ${range} см`,
  ru: `Обхват головы ${range} см`,
  en: `Head ${range} cm`,
});
const rug = (dims: string): L10n => ({
  ky: `${dims} см`,
  ru: `${dims} см`,
  en: `${dims} cm`,
});

const felt: ProductSeed[] = [
  {
    key: 'shyrdak-ram-horn-120x180',
    category: 'felt',
    featured: true,
    name: {
      ky: 'Шырдак «Кочкор мүйүз», 120 × 180 см',
      ru: 'Шырдак «Кочкор-мюйюз», 120 × 180 см',
      en: 'Ram’s Horn Shyrdak, 120 × 180 cm',
    },
    description: {
      ky: 'Кочкордун уздары бул шырдакты эки түстүү кийизден колго тигишет: оюмду бычак менен оюп, бир түстүн оюмун экинчисине дал келтирип кынап, ар бир сызыгын эшилген жип менен жөрмөп чыгышат. «Кочкор мүйүз» — кыргыз оюмдарынын эң байыркысы, молчулук менен бакубаттыктын тилеги. Бир шырдакка эки уздун бир айлык эмгеги кетет, ал эми ал ондогон жылдар бою кызмат кылат.',
      ru: 'Мастерицы из Кочкора шьют этот шырдак вручную из двух слоёв цветного войлока: вырезают узор ножом, вкладывают одну половину в другую, как мозаику, и обшивают каждый контур кручёным шнуром. «Кочкор-мюйюз» — бараний рог — один из древнейших кыргызских орнаментов, пожелание достатка и благополучия. На один ковёр у двух мастериц уходит месяц, а служить он будет десятилетиями.',
      en: 'Women artisans in Kochkor sew this shyrdak by hand from two layers of coloured felt: they cut the pattern with a knife, fit the pieces together like a mosaic and outline every seam with twisted cord. The kochkor muiuz, or ram’s horn, is one of the oldest Kyrgyz motifs and a wish for plenty and well-being. Two women spend a month on a single rug — and it will last for decades.',
    },
    ingredients: WOOL,
    variants: [
      v({ ky: 'Кызыл жана көк', ru: 'Красный с синим', en: 'Red and blue' }, 18000, 5200, FELT_RUG),
      v(
        {
          ky: 'Күрөң жана каймак түс',
          ru: 'Коричневый со сливочным',
          en: 'Brown and cream',
        },
        18000,
        5200,
        FELT_RUG,
      ),
    ],
  },
  {
    key: 'shyrdak-ram-horn-200x300',
    category: 'felt',
    name: {
      ky: 'Чоң шырдак «Кочкор мүйүз», 200 × 300 см',
      ru: 'Большой шырдак «Кочкор-мюйюз», 200 × 300 см',
      en: 'Large Ram’s Horn Shyrdak, 200 × 300 cm',
    },
    description: {
      ky: 'Мындай чоң шырдак боз үйдүн төрүнө же мейманкананын ортосуна төшөлөт. Ортосунда кочкор мүйүз оюмдары катар тизилет, четин «кыял» менен «ит куйрук» курчап турат, эң четинде кар баскан тоо чокуларын элестеткен ак-кара жээк бар. Аны үч уз эки айдай тигет; түстөрүн буйрутма менен тандап алса болот.',
      ru: 'Такой шырдак стелют на почётное место в юрте или в центр гостиной. В середине — ряды бараньих рогов, по краю — бордюры «кыял» и «ит куйрук» (собачий хвост), а по самой кромке идёт чёрно-белая полоса, как заснеженные вершины. Три мастерицы шьют его около двух месяцев; цвета можно выбрать под заказ.',
      en: 'A shyrdak this size belongs in the place of honor in a yurt or at the heart of a living room. Rows of ram’s horns fill the field, framed by kyial and dog’s-tail borders, and the very edge is finished with a black-and-white band that recalls snow-capped peaks. Three artisans spend about two months on it; colours can be chosen to order.',
    },
    ingredients: WOOL,
    variants: [
      v({ ky: 'Даяр шырдак', ru: 'В наличии', en: 'Ready to ship' }, 42000, 12500, FELT_RUG),
      v(
        {
          ky: 'Буйрутма менен, түстөрүн өзүңүз тандайсыз (8 жума)',
          ru: 'Под заказ, ваши цвета (8 недель)',
          en: 'Made to order in your colours (8 weeks)',
        },
        45000,
        12500,
        FELT_RUG,
      ),
    ],
  },
  {
    key: 'shyrdak-deer-antler-150x200',
    category: 'felt',
    name: {
      ky: 'Шырдак «Бугу мүйүз», 150 × 200 см',
      ru: 'Шырдак «Бугу-мюйюз» (олений рог), 150 × 200 см',
      en: 'Deer Antler Shyrdak, 150 × 200 cm',
    },
    description: {
      ky: 'Ысык-Көлдүн бугу уруусу өзүн Мүйүздүү Бугу Энеден тараган деп эсептейт — ошол уламыштын урматына бул шырдакта бутактанган бугу мүйүздөрү өрүлүп турат. Барскоондун уздары кийизди өздөрү уютуп, жаңгак кабыгы, пияз кабыгы жана башка өсүмдүктөр менен боёшот. Түстөрү жумшак: күрөң, кочкул кызыл жана каймак түс.',
      ru: 'Иссык-кульское племя бугу ведёт свой род от Рогатой матери-оленихи, и в честь этой легенды по шырдаку ветвятся оленьи рога. Мастерицы из Барскоона сами валяют войлок и красят его отварами ореховой кожуры, луковой шелухи и других растений. Цвета мягкие: коричневый, тёмно-вишнёвый и сливочный.',
      en: 'The Bugu clan of Issyk-Kul trace their descent from the Horned Mother Deer, and in honor of that legend branching antlers run across this shyrdak. Artisans in Barskoon felt the wool themselves and dye it with walnut husks, onion skins and other plants. The colours are soft: brown, deep cherry and cream.',
    },
    ingredients: {
      ky: '100% койдун жүнүнөн кийиз; өсүмдүк боектору (жаңгак кабыгы, пияз кабыгы); ичтиги — кара кийиз',
      ru: '100% войлок из овечьей шерсти; натуральные растительные красители (ореховая кожура, луковая шелуха); подкладка — тёмный войлок',
      en: '100% sheep’s wool felt; natural plant dyes (walnut husk, onion skin); dark felt backing',
    },
    variants: [v(rug('150 × 200'), 26000, 6800, FELT_RUG)],
  },
  {
    key: 'shyrdak-round-150',
    category: 'felt',
    name: {
      ky: 'Тегерек шырдак, диаметри 150 см',
      ru: 'Круглый шырдак, диаметр 150 см',
      en: 'Round Shyrdak, 150 cm',
    },
    description: {
      ky: 'Илгери тегерек шырдак боз үйдүн ортосуна, очоктун айланасына салынчу; азыр аны конок бөлмөгө же балдар бөлмөсүнө төшөшөт. Ортосунда күндү элестеткен «табак» оюму, анын тегерегинде кочкор мүйүздөр шакек болуп айланат. Кийизи калың, жылуу, үстүндө жылаңаяк басканга жагымдуу.',
      ru: 'Когда-то круглый шырдак лежал в центре юрты, вокруг очага, а сегодня его стелют в гостиной или детской. В середине — похожий на солнце узор «табак», вокруг него кольцом бегут бараньи рога. Войлок толстый и тёплый, по нему приятно ходить босиком.',
      en: 'Round shyrdaks once lay at the centre of the yurt around the hearth; today they brighten living rooms and nurseries. A sun-like tabak medallion sits in the middle, ringed by ram’s horns. The felt is thick and warm — a joy to walk on barefoot.',
    },
    ingredients: WOOL,
    variants: [v({ ky: 'Диаметри 150 см', ru: 'Диаметр 150 см', en: '150 cm diameter' }, 19000, 4300, FELT_RUG)],
  },
  {
    key: 'shyrdak-runner-70x250',
    category: 'felt',
    name: {
      ky: 'Узун шырдак-жолчо, 70 × 250 см',
      ru: 'Шырдак-дорожка, 70 × 250 см',
      en: 'Shyrdak Runner, 70 × 250 cm',
    },
    description: {
      ky: 'Узун, ичке шырдак коридорго, кире бериш бөлмөгө же керебеттин жанына ылайыктуу. Оюмдары — «карга тырмак» менен «ит куйрук», түстөрү — кочкул көк, кызыл жана ак. Кийизи тыгыз, тебеленгенге чыдамдуу; кургак щетка менен тазалайт, ал эми кышында кыргызча — жаңы жааган кар менен.',
      ru: 'Длинный узкий шырдак для прихожей, коридора или у кровати. Узоры — «карга тырмак» (воронья лапка) и «ит куйрук» (собачий хвост), цвета — тёмно-синий, красный и белый. Плотный войлок не боится ходьбы; чистят его сухой щёткой, а зимой по-кыргызски — свежим снегом.',
      en: 'A long, narrow shyrdak for a hallway, corridor or bedside. The motifs are crow’s claw and dog’s tail in deep blue, red and white. Dense felt stands up to heavy foot traffic; brush it dry, or in winter clean it the Kyrgyz way — with fresh snow.',
    },
    ingredients: WOOL,
    variants: [v(rug('70 × 250'), 16500, 4000, FELT_RUG)],
  },
  {
    key: 'small-shyrdak-rug',
    category: 'felt',
    name: {
      ky: 'Кичинекей шырдак',
      ru: 'Маленький шырдак',
      en: 'Small Shyrdak Rug',
    },
    description: {
      ky: 'Керебеттин жанына, эшиктин алдына же креслонун астына төшөлүүчү кичинекей шырдак. Ортосунда бир чоң кочкор мүйүз оюму, четинде ичке жээк. Биринчи шырдагыңыз үчүн ыңгайлуу тандоо: баасы жеткиликтүү, чемоданга да батат.',
      ru: 'Небольшой шырдак — у кровати, у входной двери или под кресло. В центре один крупный бараний рог, по краю — тонкий бордюр. Удобный выбор для первого шырдака: недорогой и помещается в чемодан.',
      en: 'A small shyrdak for the bedside, the front door or under an armchair. A single bold ram’s horn fills the centre, framed by a narrow border. An easy first shyrdak: affordable, and it fits in a suitcase.',
    },
    ingredients: WOOL,
    variants: [v(rug('60 × 90'), 6500, 1300, FELT_RUG), v(rug('80 × 120'), 9500, 2200, FELT_RUG)],
  },
  {
    key: 'ala-kiyiz-150x200',
    category: 'felt',
    name: {
      ky: 'Ала кийиз, 150 × 200 см',
      ru: 'Ала-кийиз, 150 × 200 см',
      en: 'Ala Kiyiz Felt Rug, 150 × 200 cm',
    },
    description: {
      ky: 'Ала кийиздин оюму тигилбейт — ал жүндүн өзүнөн жаралат. Уздар чийдин үстүнө боелгон жүндөн оюм жайып, үстүнөн ак жүн төшөшөт да, ысык суу чачып, чийге ороп, бир нече саат тебишет. Ошентип оюм кийиз менен бир бүтүн болуп калат, четтери жумшак, акварелдей агып турат.',
      ru: 'Узор ала-кийиза не пришивают — он рождается прямо в шерсти. Мастерицы выкладывают орнамент из крашеной шерсти на циновку-чий, сверху стелют белую шерсть, поливают горячей водой, скатывают в рулон и часами валяют. Узор врастает в войлок, а его края получаются мягкими и размытыми, словно акварель.',
      en: 'The pattern on an ala kiyiz is never sewn on — it is born in the wool itself. Artisans lay out the design in dyed wool on a chiy reed mat, cover it with white fleece, douse it with hot water, roll it up and felt it for hours. The motifs fuse into the felt, with soft edges that blur like watercolor.',
    },
    ingredients: {
      ky: '100% койдун жүнү, боелгон жүн',
      ru: '100% овечья шерсть, в том числе окрашенная',
      en: '100% sheep’s wool, natural and dyed',
    },
    variants: [v(rug('150 × 200'), 14000, 4800, FELT_RUG)],
  },
  {
    key: 'natural-undyed-ala-kiyiz',
    category: 'felt',
    name: {
      ky: 'Боёлбогон ала кийиз',
      ru: 'Ала-кийиз из некрашеной шерсти',
      en: 'Undyed Natural Wool Ala Kiyiz',
    },
    description: {
      ky: 'Бул ала кийизге бир тамчы да боек тийген эмес: оюмдар ак, боз, күрөң жана кара койлордун табигый жүнүнөн жайылган. Тоо капталдарындай тынч түстөр заманбап, жөнөкөй интерьерге жакшы жарашат. Жүн колдо жуулуп, тытылып, уютулган.',
      ru: 'Этот ала-кийиз не знает красителя: узор выложен натуральной шерстью белых, серых, бурых и чёрных овец. Спокойная палитра горных склонов отлично смотрится в современном минималистичном интерьере. Шерсть вымыта, расчёсана и свалена вручную.',
      en: 'Not a drop of dye has touched this ala kiyiz: the pattern is laid out in the natural wool of white, grey, brown and black sheep. Its quiet mountain palette suits a modern, minimal interior beautifully. The wool is washed, carded and felted entirely by hand.',
    },
    ingredients: {
      ky: '100% боёлбогон койдун жүнү (ак, боз, күрөң, кара)',
      ru: '100% некрашеная овечья шерсть (белая, серая, бурая, чёрная)',
      en: '100% undyed sheep’s wool (white, grey, brown, black)',
    },
    variants: [v(rug('120 × 180'), 11000, 3500, FELT_RUG), v(rug('150 × 200'), 14500, 4800, FELT_RUG)],
  },
  {
    key: 'shyrdak-seat-pad',
    category: 'felt',
    name: {
      ky: 'Шырдак отургуч',
      ru: 'Войлочная сидушка-шырдак',
      en: 'Shyrdak Seat Pad',
    },
    description: {
      ky: 'Жыгач отургучка, скамейкага же чөпкө отурганда төшөөчү чакан шырдак. Эки кат кийиз жылуулукту жакшы кармайт, ал эми кочкор мүйүз оюму бөлмөгө боз үйдүн жылуулугун алып келет. Пикникке, тоого да алып барса болот.',
      ru: 'Небольшая войлочная сидушка для деревянного стула, скамейки или пикника на траве. Два слоя войлока хорошо держат тепло, а узор «бараний рог» приносит в дом уют кыргызской юрты. Удобно брать с собой в горы.',
      en: 'A compact felt seat pad for a wooden chair, a bench or a picnic on the grass. Two layers of felt hold the warmth, and the ram’s horn motif brings the coziness of a Kyrgyz yurt into any room. Light enough to take to the mountains.',
    },
    ingredients: WOOL,
    variants: [
      v(
        {
          ky: '1 даана, 40 × 40 см',
          ru: '1 шт., 40 × 40 см',
          en: 'Single, 40 × 40 cm',
        },
        1600,
        450,
        '6304.99',
      ),
      v(
        {
          ky: '4 даана, 40 × 40 см',
          ru: 'Набор из 4 шт., 40 × 40 см',
          en: 'Set of 4, 40 × 40 cm',
        },
        5800,
        1700,
        '6304.99',
      ),
    ],
  },
  {
    key: 'felt-slippers-ram-horn',
    category: 'felt',
    featured: true,
    name: {
      ky: 'Оюмдуу кийиз тапочка',
      ru: 'Войлочные тапочки с орнаментом',
      en: 'Felt Slippers with Ram’s Horn Motif',
    },
    description: {
      ky: 'Бул тапочкалар бир бүтүн кийизден колдо уютулат — тиги жок, ошондуктан бутту эч жеринен кыспайт. Бети кочкор мүйүз оюму менен кооздолгон, таманына тайгаланбай турган тери тигилген. Жүн нымды өзүнө сиңирет: кышында жылуу, жайында ысыбайт.',
      ru: 'Тапочки свалены вручную из цельного войлока — без швов, поэтому нигде не давят. Мысок украшен узором «бараний рог», подошва подшита нескользящей кожей. Шерсть впитывает влагу: зимой в них тепло, летом не жарко.',
      en: 'These slippers are felted by hand in one seamless piece, so they never pinch. The toe is decorated with a ram’s horn motif, and the sole is stitched with non-slip leather. Wool wicks away moisture: warm in winter, never stuffy in summer.',
    },
    ingredients: {
      ky: '100% койдун жүнү; таманы — табигый тери',
      ru: '100% овечья шерсть; подошва — натуральная кожа',
      en: '100% sheep’s wool; genuine leather soles',
    },
    variants: [
      v(size('36–38'), 1300, 400, FOOTWEAR),
      v(size('39–41'), 1300, 430, FOOTWEAR),
      v(size('42–44'), 1400, 470, FOOTWEAR),
    ],
  },
  {
    key: 'kids-felt-slippers',
    category: 'felt',
    name: {
      ky: 'Балдар үчүн кийиз тапочка',
      ru: 'Детские войлочные тапочки',
      en: 'Kids’ Felt Slippers',
    },
    description: {
      ky: 'Кийиз тапочкада баланын буту жылуу болот жана дем алат. Ар биринин бетинде кичинекей кийиз жаныбар отурат: козу, топоз же илбирс. Таманы жумшак, тайгаланбаган замша.',
      ru: 'В войлоке детским ножкам тепло, и они дышат. На мыске у каждой пары — маленькая войлочная зверушка: ягнёнок, як или снежный барс. Подошва — мягкая нескользящая замша.',
      en: 'Little feet stay warm and breathe in wool felt. Every pair has a tiny felt animal on the toe — a lamb, a yak or a snow leopard. Soft, non-slip suede soles.',
    },
    ingredients: {
      ky: '100% койдун жүнү; таманы — замша',
      ru: '100% овечья шерсть; подошва — замша',
      en: '100% sheep’s wool; suede soles',
    },
    variants: [
      v(size('24–27'), 750, 250, FOOTWEAR),
      v(size('28–31'), 800, 280, FOOTWEAR),
      v(size('32–35'), 850, 320, FOOTWEAR),
    ],
  },
  {
    key: 'short-felt-boots',
    category: 'felt',
    name: {
      ky: 'Кыска кийиз өтүк',
      ru: 'Короткие валенки с орнаментом',
      en: 'Short Felt Boots',
    },
    description: {
      ky: 'Тобуктан бир аз бийик кийиз өтүктөр бир бүтүн кийизден уютулат — үйдө, верандада жана кышкы короодо кийүүгө. Таманы резина кошулган тери, ошондуктан карга да чыга бересиз. Кончуна кочкор мүйүз оюму түшүрүлгөн.',
      ru: 'Короткие валенки чуть выше щиколотки, свалены из цельного куска войлока — для дома, веранды и зимнего двора. Подошва кожаная с резиновой вставкой, так что можно выйти и на снег. Голенище украшено узором «бараний рог».',
      en: 'Ankle-high felt boots, felted from a single piece — for the house, the porch or a snowy yard. Leather soles with a rubber insert mean you can step out onto the snow. The shaft is decorated with a ram’s horn motif.',
    },
    ingredients: {
      ky: '100% койдун жүнү; таманы — тери жана резина',
      ru: '100% овечья шерсть; подошва — кожа и резина',
      en: '100% sheep’s wool; leather and rubber soles',
    },
    variants: [
      v(size('36–38'), 2200, 700, FOOTWEAR),
      v(size('39–41'), 2200, 750, FOOTWEAR),
      v(size('42–44'), 2400, 800, FOOTWEAR),
    ],
  },
  {
    key: 'ak-kalpak-classic',
    category: 'felt',
    featured: true,
    name: {
      ky: 'Ак калпак',
      ru: 'Ак-калпак — кыргызский войлочный колпак',
      en: 'Ak-Kalpak, the Kyrgyz Felt Hat',
    },
    description: {
      ky: 'Ак калпак — кыргыз элинин белгиси, аны майрамда ар бир эркек кийет. Жука ак кийизден бычылып, кайырма жээги кара баркыт менен ичтелет, төрт тилкеси жибек жип менен оюмдалып сайылат. Жайында күндөн, кышында сууктан коргойт; салт боюнча калпакты эч качан жерге коюшпайт.',
      ru: 'Ак-калпак — символ кыргызского народа, его надевает каждый мужчина по праздникам. Колпак кроят из тонкого белого войлока, отворот подбивают чёрным бархатом, а четыре клина расшивают узором шёлковой нитью. Летом он спасает от солнца, зимой — от холода; по традиции его никогда не кладут на пол.',
      en: 'The ak-kalpak is the national symbol of the Kyrgyz people, worn by every man on festive days. It is cut from fine white felt, with a brim lined in black velvet and four panels embroidered in silk thread. It keeps off the summer sun and the winter cold — and by tradition it is never put down on the floor.',
    },
    ingredients: {
      ky: 'Ак жүн кийиз; кара пахта баркыт; жибек жип',
      ru: 'Белый шерстяной войлок; чёрный хлопковый бархат; шёлковая нить',
      en: 'White wool felt; black cotton velvet; silk thread',
    },
    variants: [v(head('56–57'), 2200, 300, HAT), v(head('58–59'), 2200, 320, HAT), v(head('60–61'), 2300, 340, HAT)],
  },
  {
    key: 'hand-embroidered-gift-kalpak',
    category: 'felt',
    name: {
      ky: 'Кол менен сайылган белек калпак',
      ru: 'Подарочный ак-калпак с ручной вышивкой',
      en: 'Hand-Embroidered Gift Ak-Kalpak',
    },
    description: {
      ky: 'Бул калпакты Каракол шаарындагы калпакчы уста башынан аягына чейин кол менен тигет: оюмдун ар бир ийрими жибек жип менен сайылат, бир калпакка бир жума кетет. Бийик, чокусунда чачысы бар, кайырмасы кара баркыттан. Урматтуу конокко, мааракелүү адамга же күйөө балага татыктуу белек; атайын кутуча менен берилет.',
      ru: 'Каракольский мастер шьёт этот колпак полностью вручную: каждый завиток узора вышит шёлком, и на одну шапку уходит неделя. Высокий, с кисточкой на макушке и отворотом из чёрного бархата. Достойный подарок почётному гостю, юбиляру или жениху; продаётся в фирменной коробке.',
      en: 'A master hatter in Karakol makes this kalpak entirely by hand: every curl of the pattern is stitched in silk, and a single hat takes a week. It is tall, topped with a tassel, with a black velvet brim. A worthy gift for an honored guest, a milestone birthday or a groom; comes in a presentation box.',
    },
    ingredients: {
      ky: 'Жука ак жүн кийиз; кара баркыт; жибек жип; жибек чачы',
      ru: 'Тонкий белый шерстяной войлок; чёрный бархат; шёлковая нить; шёлковая кисть',
      en: 'Fine white wool felt; black velvet; silk thread; silk tassel',
    },
    variants: [v(head('57–58'), 5200, 700, HAT), v(head('59–60'), 5200, 720, HAT)],
  },
  {
    key: 'felt-sauna-hat',
    category: 'felt',
    name: {
      ky: 'Мончо үчүн кийиз калпак',
      ru: 'Войлочная шапка для бани',
      en: 'Felt Sauna Hat',
    },
    description: {
      ky: 'Мончодо же саунада башты ысыктан коргоочу жеңил кийиз калпак. Жүн нымды өзүнө сиңирип, чачты кургатпайт; формасы ак калпакка окшош, бирок кенен жана жумшак. Колдонгондон кийин жылуу сууга чайкап, кургатып коюңуз.',
      ru: 'Лёгкая войлочная шапка защищает голову от жара в бане или сауне. Шерсть впитывает влагу и не даёт волосам пересохнуть; форма повторяет ак-калпак, только свободнее и мягче. После бани сполосните в тёплой воде и просушите.',
      en: 'A light felt hat that shields your head from the heat of a sauna or banya. The wool absorbs moisture and keeps your hair from drying out; the shape echoes the ak-kalpak, only roomier and softer. Rinse in warm water after use and leave to dry.',
    },
    ingredients: {
      ky: '100% койдун жүнү',
      ru: '100% овечья шерсть',
      en: '100% sheep’s wool',
    },
    variants: [v({ ky: 'Бир өлчөм', ru: 'Единый размер', en: 'One size' }, 900, 150, HAT)],
  },
  {
    key: 'felt-shoulder-bag',
    category: 'felt',
    name: {
      ky: 'Ийинге асылуучу кийиз сумка',
      ru: 'Войлочная сумка через плечо',
      en: 'Felt Shoulder Bag',
    },
    description: {
      ky: 'Калың, бышык кийизден жасалган сумка, алдыңкы бети шырдак ыкмасы менен оюлуп кыналган оюм менен кооздолгон. Ичи пахта кездеме менен капталган, ички чөнтөгү бар, магнит менен бекийт. Күнүмдүк колдонууга: телефон, капчык, китеп жана планшет батат.',
      ru: 'Сумка из плотного войлока, лицевая сторона украшена мозаичным узором в технике шырдака. Внутри — хлопковая подкладка и карман, застёжка на магните. На каждый день: поместятся телефон, кошелёк, книга и планшет.',
      en: 'A bag of dense, sturdy felt with a front panel inlaid in the shyrdak mosaic technique. Cotton lining with an inner pocket and a magnetic clasp. Made for every day: fits a phone, a wallet, a book and a tablet.',
    },
    ingredients: {
      ky: 'Жүн кийиз; пахта кездеме; тери боо; магнит илгич',
      ru: 'Шерстяной войлок; хлопковая подкладка; кожаный ремень; магнитная застёжка',
      en: 'Wool felt; cotton lining; leather strap; magnetic clasp',
    },
    variants: [v(rug('30 × 25'), 2800, 450, '4202.22')],
  },
  {
    key: 'felt-laptop-sleeve',
    category: 'felt',
    name: {
      ky: 'Ноутбук үчүн кийиз кап',
      ru: 'Войлочный чехол для ноутбука',
      en: 'Felt Laptop Sleeve',
    },
    description: {
      ky: 'Калыңдыгы 5 мм кийиз ноутбукту урунуудан жана чийилүүдөн сактайт. Бир бурчунда кочкор мүйүз оюмунун кичинекей аппликациясы бар, тери тилке жана жыгач топчу менен бекийт. Жүн сууну өткөрбөйт, ошондуктан жеңил жамгыр техникаңызга зыян келтирбейт.',
      ru: 'Войлок толщиной 5 мм защищает ноутбук от ударов и царапин. В уголке — маленькая аппликация «бараний рог», застёжка — кожаный ремешок с деревянной пуговицей. Шерсть отталкивает воду, так что лёгкий дождь технике не страшен.',
      en: 'Five-millimetre felt protects your laptop from knocks and scratches. A small ram’s horn appliqué sits in one corner, and it closes with a leather strap and a wooden button. Wool naturally repels water, so a light shower won’t hurt what’s inside.',
    },
    ingredients: {
      ky: 'Жүн кийиз 5 мм; тери; жыгач топчу',
      ru: 'Шерстяной войлок 5 мм; кожа; деревянная пуговица',
      en: '5 mm wool felt; leather; wooden button',
    },
    variants: [
      v({ ky: '13 дюйм', ru: '13 дюймов', en: '13 inch' }, 2200, 350, '4202.12'),
      v({ ky: '15–16 дюйм', ru: '15–16 дюймов', en: '15–16 inch' }, 2600, 420, '4202.12'),
    ],
  },
  {
    key: 'felt-phone-glasses-case',
    category: 'felt',
    name: {
      ky: 'Телефон жана көз айнек үчүн кийиз кап',
      ru: 'Войлочный футляр для телефона и очков',
      en: 'Felt Phone & Glasses Case',
    },
    description: {
      ky: 'Чөнтөккө же сумкага салып жүрүүгө ыңгайлуу кичинекей кийиз кап. Телефонду, көз айнекти же кулакчынды чийилүүдөн сактайт. Ар бири кол менен жасалгандыктан, оюмдун түстөрү бири-биринен бир аз айырмаланат.',
      ru: 'Маленький войлочный футляр для кармана или сумки. Бережёт телефон, очки или наушники от царапин. Каждый сделан вручную, поэтому цвета узора немного различаются.',
      en: 'A small felt case for your pocket or bag. Keeps a phone, glasses or earbuds safe from scratches. Each one is handmade, so the colours of the pattern vary slightly.',
    },
    ingredients: {
      ky: '100% жүн кийиз',
      ru: '100% шерстяной войлок',
      en: '100% wool felt',
    },
    variants: [v(rug('9 × 18'), 650, 80, '4202.32')],
  },
  {
    key: 'miniature-felt-yurt',
    category: 'felt',
    name: {
      ky: 'Кичинекей боз үй',
      ru: 'Сувенирная войлочная юрта',
      en: 'Miniature Felt Yurt',
    },
    description: {
      ky: 'Тоң районундагы Кызыл-Туу айылы бүт Кыргызстанга боз үй жасаган айыл катары белгилүү — бул кичинекей боз үйдү да ошол жердин усталары жасашат. Керегеси, уугу жана түндүгү чыныгы боз үйдөгүдөй талдан ийилип, үстүнөн кийиз жабылып, терме боо менен бекитилет. Эшигин ачсаңыз, ичинде кичинекей шырдактар төшөлүп турат.',
      ru: 'Село Кызыл-Туу в Тонском районе славится на весь Кыргызстан юртовыми мастерами — эту миниатюру делают тоже там. Решётка-кереге, жерди-уук и купол-тюндюк, как у настоящей юрты, выгнуты из ивы, покрыты войлоком и стянуты тканой тесьмой. Откройте дверцу — внутри постелены крошечные шырдаки.',
      en: 'Kyzyl-Tuu village in Ton district is known across Kyrgyzstan for its yurt makers, and this miniature is made there too. The kerege lattice, uuk roof poles and tündük crown are bent from willow just as in a real yurt, then covered with felt and tied with woven bands. Open the little door to find tiny shyrdaks inside.',
    },
    ingredients: {
      ky: 'Тал жыгачы; жүн кийиз; жүндөн согулган терме боолор; пахта жип',
      ru: 'Ива; шерстяной войлок; тканая шерстяная тесьма; хлопковая нить',
      en: 'Willow wood; wool felt; woven wool bands; cotton thread',
    },
    variants: [
      v({ ky: 'Бийиктиги 20 см', ru: 'Высота 20 см', en: '20 cm tall' }, 3500, 900, TOY),
      v({ ky: 'Бийиктиги 35 см', ru: 'Высота 35 см', en: '35 cm tall' }, 6500, 2000, TOY),
    ],
  },
  {
    key: 'felt-snow-leopard',
    category: 'felt',
    name: {
      ky: 'Кийиз илбирс',
      ru: 'Войлочный снежный барс',
      en: 'Felt Snow Leopard',
    },
    description: {
      ky: 'Илбирс — Тянь-Шандын сейрек кездешкен, сыймыктуу жаныбары, ал Бишкектин гербинде да бар. Бул илбирсти уздар ийне менен кийизден бирден уютушат, ар бир тагы өзүнчө коюлат. Балага — оюнчук, чоңдорго — тоолордун эстелиги.',
      ru: 'Снежный барс — редкий и гордый житель Тянь-Шаня, он красуется даже на гербе Бишкека. Каждого зверя мастерицы валяют иглой вручную и ставят каждое пятнышко отдельно. Детям — игрушка, взрослым — память о горах.',
      en: 'The snow leopard is the rare, proud spirit of the Tian Shan — it even appears on Bishkek’s coat of arms. Artisans needle-felt each one by hand, setting every spot individually. A toy for children and a keepsake of the mountains for grown-ups.',
    },
    ingredients: {
      ky: '100% койдун жүнү, ийне менен уютулган',
      ru: '100% овечья шерсть, сухое валяние',
      en: '100% needle-felted sheep’s wool',
    },
    variants: [
      v({ ky: 'Кичинекей, 12 см', ru: 'Маленький, 12 см', en: 'Small, 12 cm' }, 900, 120, TOY),
      v({ ky: 'Чоң, 25 см', ru: 'Большой, 25 см', en: 'Large, 25 cm' }, 1800, 300, TOY),
    ],
  },
  {
    key: 'felt-herd-animal-set',
    category: 'felt',
    name: {
      ky: 'Кийиз жаныбарлар: топоз, ат, төө жана кой',
      ru: 'Войлочные фигурки: як, конь, верблюд и овца',
      en: 'Felt Herd: Yak, Horse, Camel and Sheep',
    },
    description: {
      ky: 'Кыргыз малчысынын төрт түлүгү бир кутуда: топоз, ат, төө жана кой. Фигуралар ийне менен уютулган, бышык жана жеңил. Бала менен ойноп отуруп, көчмөн турмуш тууралуу айтып берүүгө сонун шылтоо.',
      ru: 'Спутники кыргызского чабана в одной коробке: як, конь, верблюд и овца. Фигурки сваляны иглой, прочные и лёгкие. Отличный повод, играя, рассказать детям о кочевой жизни.',
      en: 'The animals of a Kyrgyz herder’s life in one box: yak, horse, camel and sheep. Needle-felted, sturdy and light. A playful way to tell children about nomadic life.',
    },
    ingredients: {
      ky: '100% койдун жүнү, ийне менен уютулган',
      ru: '100% овечья шерсть, сухое валяние',
      en: '100% needle-felted sheep’s wool',
    },
    variants: [
      v(
        {
          ky: '4 фигура, 8–10 см',
          ru: '4 фигурки по 8–10 см',
          en: '4 figures, 8–10 cm',
        },
        2400,
        350,
        TOY,
      ),
    ],
  },
  {
    key: 'felt-christmas-ornaments',
    category: 'felt',
    name: {
      ky: 'Балатыга илинүүчү кийиз оюнчуктар',
      ru: 'Войлочные ёлочные игрушки',
      en: 'Felt Christmas Tree Ornaments',
    },
    description: {
      ky: 'Жаңы жылдык балатыны кыргызча кооздоп көрүңүз: кичинекей боз үйлөр, ак калпактар, жылдыздар жана кочкор мүйүз оюмдуу шарлар. Ар бир оюнчук колдо уютулуп, илгичи тагылган. Сынбайт, ошондуктан жыл сайын кайра колдоно бересиз.',
      ru: 'Украсьте ёлку по-кыргызски: крошечные юрты, ак-калпаки, звёзды и шары с узором «бараний рог». Каждая игрушка свалена вручную и снабжена петелькой. Не бьются — будут радовать из года в год.',
      en: 'Decorate your tree the Kyrgyz way: tiny yurts, ak-kalpak hats, stars and baubles with a ram’s horn pattern. Each ornament is felted by hand and comes with a hanging loop. Unbreakable, so they’ll be back on the tree year after year.',
    },
    ingredients: {
      ky: '100% жүн кийиз, пахта жип',
      ru: '100% шерстяной войлок, хлопковая нить',
      en: '100% wool felt, cotton thread',
    },
    variants: [
      v({ ky: '6 даана', ru: 'Набор из 6 шт.', en: 'Set of 6' }, 1100, 200, '9505.10'),
      v({ ky: '12 даана', ru: 'Набор из 12 шт.', en: 'Set of 12' }, 2000, 380, '9505.10'),
    ],
  },
  {
    key: 'felt-coasters-set',
    category: 'felt',
    name: {
      ky: 'Чыны астына кийиз төшөмөлөр',
      ru: 'Войлочные подставки под чашки',
      en: 'Felt Coasters',
    },
    description: {
      ky: 'Ар бири бир аз башка түстөгү алты тегерек кийиз төшөмө — кесе, чыны же стакан коюу үчүн. Калың кийиз ысык чайдан столду коргойт жана тамчыларды сиңирет. Ар биринде кочкор мүйүз оюмунун кичирейтилген түрү.',
      ru: 'Шесть круглых войлочных подставок разных оттенков — под пиалу, чашку или стакан. Плотный войлок защищает стол от горячего и впитывает капли. На каждой — уменьшенный узор «бараний рог».',
      en: 'Six round felt coasters in slightly different shades — for a tea bowl, a mug or a glass. Dense felt protects the table from heat and soaks up drips. Each carries a miniature ram’s horn motif.',
    },
    ingredients: {
      ky: '100% жүн кийиз',
      ru: '100% шерстяной войлок',
      en: '100% wool felt',
    },
    variants: [
      v(
        {
          ky: '6 даана, диаметри 10 см',
          ru: '6 шт., диаметр 10 см',
          en: 'Set of 6, 10 cm across',
        },
        900,
        200,
        MADE_UP,
      ),
    ],
  },
  {
    key: 'yurt-shaped-tea-cozy',
    category: 'felt',
    name: {
      ky: 'Боз үй формасындагы чайнек жапкыч',
      ru: 'Грелка на чайник «Юрта»',
      en: 'Yurt-Shaped Felt Tea Cozy',
    },
    description: {
      ky: 'Кыргыз дасторконунда чай эч качан сууп калбашы керек — бул кийиз жапкыч чайнекти бир саатка жакын ысык кармайт. Формасы кичинекей боз үйгө окшош, үстүндө түндүгү бар. Чайнектин туткасы менен чоргосу үчүн тешиктери ачылган.',
      ru: 'За кыргызским дастарханом чай не должен остывать — войлочная грелка держит чайник горячим около часа. По форме она похожа на маленькую юрту с тюндюком на макушке. Есть прорези для ручки и носика.',
      en: 'At a Kyrgyz dastarkhan the tea must never go cold, and this felt cozy keeps a pot hot for about an hour. It is shaped like a little yurt, with a tündük crown on top. Openings for the handle and spout.',
    },
    ingredients: {
      ky: '100% жүн кийиз, пахта ичтик',
      ru: '100% шерстяной войлок, хлопковая подкладка',
      en: '100% wool felt, cotton lining',
    },
    variants: [
      v(
        {
          ky: '1–1,5 л чайнекке',
          ru: 'Для чайника 1–1,5 л',
          en: 'Fits a 1–1.5 L teapot',
        },
        1500,
        250,
        MADE_UP,
      ),
    ],
  },
  {
    key: 'felted-juniper-soap',
    category: 'felt',
    name: {
      ky: 'Кийизге оролгон арча самыны',
      ru: 'Мыло в войлоке с арчой',
      en: 'Felted Juniper Soap',
    },
    description: {
      ky: 'Колдо жасалган самын жука жүн катмарына оролуп, ысык суу менен уютулган. Кийиз жуунганда жумшак жуунгуч катары иштейт, самынды колдон тайгалатпайт жана узагыраак жеткирет. Ичиндеги самын — зайтун майы, эчки сүтү жана арча майы кошулуп жасалган.',
      ru: 'Мыло ручной варки, обвалянное в тонком слое шерсти. Войлок работает как мягкая мочалка, не даёт мылу выскальзывать из рук и помогает ему служить дольше. Внутри — мыло на оливковом масле и козьем молоке с маслом можжевельника-арчи.',
      en: 'Handmade soap wrapped in a thin layer of wool and felted with hot water. The felt works like a gentle washcloth, keeps the bar from slipping out of your hands and makes it last longer. Inside is a soap made with olive oil, goat’s milk and juniper oil.',
    },
    ingredients: {
      ky: 'Койдун жүнү; самын: зайтун майы, эчки сүтү, арча эфир майы, натрий гидроксиди (самындаштырылган)',
      ru: 'Овечья шерсть; мыло: оливковое масло, козье молоко, эфирное масло можжевельника, гидроксид натрия (омылён)',
      en: 'Sheep’s wool; soap: olive oil, goat’s milk, juniper essential oil, sodium hydroxide (saponified)',
    },
    variants: [v({ ky: '1 даана, 110 г', ru: '1 шт., 110 г', en: '1 bar, 110 g' }, 350, 140, '3401.11')],
  },
  {
    key: 'felt-dolls-kyrgyz-costume',
    category: 'felt',
    name: {
      ky: 'Улуттук кийимчен кийиз куурчак',
      ru: 'Войлочная кукла в национальном костюме',
      en: 'Felt Doll in Kyrgyz Costume',
    },
    description: {
      ky: 'Кыз куурчак топу, бел кемсел жана узун көйнөк кийген, чачы өрүлгөн; уул куурчак ак калпак жана чапан кийген. Бети менен колдору ийне менен уютулган, кийимдери кездеме менен кийизден тигилген. Коллекцияга, белекке же балдарды кыргыз маданияты менен тааныштырууга.',
      ru: 'Девочка — в шапочке-топу, безрукавке бел-кемсел и длинном платье, с косичками; мальчик — в ак-калпаке и чапане. Лицо и руки свалены иглой, одежда сшита из ткани и войлока. Для коллекции, в подарок или чтобы познакомить детей с кыргызской культурой.',
      en: 'The girl wears a little topu cap, a bel-kemsel waistcoat and a long dress, her hair in braids; the boy wears an ak-kalpak and a chapan robe. Faces and hands are needle-felted, and the clothes are sewn from fabric and felt. For collectors, as a gift, or as a child’s first introduction to Kyrgyz culture.',
    },
    ingredients: {
      ky: 'Койдун жүнү; пахта жана баркыт кездеме; жүн кийиз',
      ru: 'Овечья шерсть; хлопковая ткань и бархат; шерстяной войлок',
      en: 'Sheep’s wool; cotton and velvet fabric; wool felt',
    },
    variants: [
      v({ ky: 'Кыз, 30 см', ru: 'Девочка, 30 см', en: 'Girl, 30 cm' }, 2200, 300, TOY),
      v({ ky: 'Уул бала, 30 см', ru: 'Мальчик, 30 см', en: 'Boy, 30 cm' }, 2200, 300, TOY),
    ],
  },
  {
    key: 'issyk-kul-felt-painting',
    category: 'felt',
    name: {
      ky: 'Кийизден сүрөт «Ысык-Көл»',
      ru: 'Войлочная картина «Иссык-Куль»',
      en: 'Issyk-Kul Felt Painting',
    },
    description: {
      ky: 'Көгүлтүр көл, анын артында кар баскан Тескей Ала-Тоонун кырлары жана жээктеги сары талаалар — баары жүн менен «тартылган». Сүрөтчү түстүү жүндү катмар-катмар жайып, нымдуу ыкма менен бир бүтүн кийизге айлантат. Жыгач рамкага тартылган, дубалга илүүгө даяр.',
      ru: 'Бирюзовое озеро, за ним снежные гребни Терскей Ала-Тоо и жёлтые поля у берега — всё «нарисовано» шерстью. Художница выкладывает цветную шерсть слой за слоем и сваливает её мокрым способом в единое полотно. Натянута на деревянный подрамник, готова к развеске.',
      en: 'A turquoise lake, the snowy ridges of the Teskey Ala-Too behind it and golden fields along the shore — all “painted” in wool. The artist lays coloured fleece layer upon layer and wet-felts it into a single canvas. Stretched on a wooden frame and ready to hang.',
    },
    ingredients: {
      ky: 'Меринос жана кыргыз койлорунун жүнү; жыгач рамка',
      ru: 'Шерсть мериноса и кыргызских овец; деревянный подрамник',
      en: 'Merino and Kyrgyz sheep’s wool; wooden frame',
    },
    variants: [v(rug('40 × 60'), 6500, 1200, '6304.99'), v(rug('60 × 90'), 12000, 2200, '6304.99')],
  },
];

// ---------------------------------------------------------------------------
// Jams and preserves
// ---------------------------------------------------------------------------
const JAM = '2007.99';

const jams: ProductSeed[] = [
  {
    key: 'sea-buckthorn-jam',
    category: 'jams',
    name: {
      ky: 'Чычырканак кыямы',
      ru: 'Облепиховый джем',
      en: 'Sea Buckthorn Jam',
    },
    description: {
      ky: 'Чычырканак Ысык-Көлдүн дарыя жээктеринде калың өсөт, күзүндө анын бутактары кызгылт-сары мөмөгө жык толот. Мөмөнү биринчи үшүктөн кийин терип, уругунан сүзүп, витаминдери сакталсын деп кант менен кыска гана убакыт кайнатабыз. Даамы таттуу-кычкыл, жыты ананаска окшош — чай, куймак жана быштак менен жарашат.',
      ru: 'Облепиха густо растёт по речным поймам Иссык-Куля, и к осени её ветки сплошь облеплены оранжевыми ягодами. Собираем после первых заморозков, протираем от косточек и варим с сахаром совсем недолго, чтобы сохранить витамины. Кисло-сладкий, с ананасовой ноткой — к чаю, блинам и творогу.',
      en: 'Sea buckthorn grows thickly along the river banks around Issyk-Kul, and by autumn its branches are crowded with orange berries. We pick them after the first frost, sieve out the seeds and cook the purée with sugar only briefly to keep the vitamins. Sweet-tart with a pineapple-like note — for tea, pancakes and cottage cheese.',
    },
    ingredients: {
      ky: 'Чычырканак 60%, кант',
      ru: 'Облепиха 60%, сахар',
      en: 'Sea buckthorn 60%, sugar',
    },
    variants: [v(jar(220), 250, 380, JAM), v(jar(450), 420, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'batken-apricot-jam',
    category: 'jams',
    featured: true,
    name: {
      ky: 'Баткен өрүгүнүн кыямы',
      ru: 'Абрикосовое варенье из Баткена',
      en: 'Batken Apricot Jam',
    },
    description: {
      ky: 'Баткен — Кыргызстандын өрүк борбору: июль айында бул жакта көчөлөргө чейин өрүктүн жыты аңкып турат. Күнгө бышкан таттуу өрүктөрдү данегинен ажыратып, тилимдери бүтүн калгыдай кылып, жез казанда акырын кайнатабыз. Кыям тунук, алтын түстүү, ичинде өрүктүн жумшак тилимдери калкып жүрөт.',
      ru: 'Баткен — абрикосовая столица Кыргызстана: в июле здесь абрикосами пахнут даже улицы. Спелые, налитые солнцем плоды освобождаем от косточек и медленно варим в медном тазу так, чтобы дольки остались целыми. Варенье прозрачное, янтарное, с мягкими дольками абрикоса.',
      en: 'Batken is Kyrgyzstan’s apricot capital — in July even the streets smell of ripe fruit. We stone sun-ripened apricots and simmer them slowly in a copper pan so the halves stay whole. The jam is clear and amber, full of tender pieces of apricot.',
    },
    ingredients: {
      ky: 'Өрүк 60%, кант',
      ru: 'Абрикосы 60%, сахар',
      en: 'Apricots 60%, sugar',
    },
    variants: [v(jar(220), 260, 380, JAM), v(jar(450), 400, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'apricot-jam-with-kernels',
    category: 'jams',
    name: {
      ky: 'Данек мазеги салынган өрүк кыямы',
      ru: 'Абрикосовое варенье с ядрышками',
      en: 'Apricot Jam with Kernels',
    },
    description: {
      ky: 'Фергана өрөөнүнүн эски рецеби: ар бир өрүктүн ичине өз данегинин таттуу мазеги салынат. Кайнаганда мазек бадамдай даамга ээ болот, ал эми кыям өзгөчө жыпар жыттанат. Мындай кыямды жасоо көп убакытты талап кылат, ошондуктан аны майрам дасторконуна гана коюшат.',
      ru: 'Старинный ферганский рецепт: в каждый абрикос вкладывают ядрышко его же сладкой косточки. При варке ядрышки приобретают миндальный вкус, а варенье — особый аромат. Работа кропотливая, поэтому такое варенье ставят на стол только по праздникам.',
      en: 'An old Fergana Valley recipe: each apricot is filled with the sweet kernel from its own stone. As it cooks the kernel takes on an almond-like flavour and gives the jam a special fragrance. It’s painstaking work, which is why this jam is saved for festive tables.',
    },
    ingredients: {
      ky: 'Өрүк 55%, кант, таттуу өрүк данегинин мазеги 5%',
      ru: 'Абрикосы 55%, сахар, ядра сладких абрикосовых косточек 5%',
      en: 'Apricots 55%, sugar, sweet apricot kernels 5%',
    },
    variants: [v(jar(220), 320, 380, JAM), v(jar(450), 450, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'black-currant-jam',
    category: 'jams',
    name: {
      ky: 'Кара карагат кыямы',
      ru: 'Варенье из чёрной смородины',
      en: 'Black Currant Jam',
    },
    description: {
      ky: 'Ысык-Көлдүн чыгыш тарабындагы бакчаларда кара карагат июлда бышат — биз аны кол менен терип, ошол эле күнү кайнатабыз. Мөмөлөр бүтүн калат, ширеси коюу жана кочкул кызыл. Кышкы кечте ысык чайга бир кашык салсаңыз, жай эсиңизге түшөт.',
      ru: 'В садах восточного Прииссыккулья чёрная смородина поспевает в июле — собираем её руками и варим в тот же день. Ягоды остаются целыми, сироп густой и тёмно-рубиновый. Ложка такого варенья в горячем чае зимним вечером — и снова лето.',
      en: 'In the gardens of eastern Issyk-Kul, black currants ripen in July; we pick them by hand and cook them the same day. The berries stay whole in a thick, dark ruby syrup. A spoonful in hot tea on a winter evening brings summer right back.',
    },
    ingredients: {
      ky: 'Кара карагат 55%, кант',
      ru: 'Чёрная смородина 55%, сахар',
      en: 'Black currants 55%, sugar',
    },
    variants: [v(jar(220), 260, 380, JAM), v(jar(450), 380, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'wild-raspberry-jam',
    category: 'jams',
    name: {
      ky: 'Токой малинасынын кыямы',
      ru: 'Варенье из лесной малины',
      en: 'Wild Raspberry Jam',
    },
    description: {
      ky: 'Жапайы малина Каракол жана Жети-Өгүз капчыгайларынын токой четтеринде өсөт: мөмөсү майда, бирок бакча малинасынан алда канча жыттуу. Аны жакынкы айылдардын аялдары менен балдары чака-чака теришет. Кыям коюу, жыты бүт бөлмөгө тарайт; ысык чай менен ичсеңиз, суук тийгенде эң биринчи дары.',
      ru: 'Дикая малина растёт по опушкам Каракольского и Джети-Огузского ущелий: ягода мелкая, но куда ароматнее садовой. Собирают её женщины и дети из соседних сёл — вёдрами. Варенье густое, аромат разносится по всей комнате; с горячим чаем — первое средство от простуды.',
      en: 'Wild raspberries grow along the forest edges of the Karakol and Jeti-Oguz gorges — small berries, but far more fragrant than garden ones. Women and children from nearby villages pick them by the bucketful. The jam is thick and fills the room with its scent; with hot tea, it’s the classic cure for a cold.',
    },
    ingredients: {
      ky: 'Токой малинасы 55%, кант',
      ru: 'Лесная малина 55%, сахар',
      en: 'Wild raspberries 55%, sugar',
    },
    variants: [v(jar(220), 290, 380, JAM), v(jar(450), 440, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'barberry-jam',
    category: 'jams',
    name: {
      ky: 'Бөрү карагат кыямы',
      ru: 'Барбарисовое варенье',
      en: 'Barberry Jam',
    },
    description: {
      ky: 'Бөрү карагаттын майда кызыл мөмөлөрү күзүндө Тянь-Шандын тоо капталдарында бышат. Алар абдан кычкыл, ошондуктан кыям таттуу-кычкыл, бир аз кермек даамда болот. Этке, палоого же сырга соус катары сунуштайбыз.',
      ru: 'Мелкие красные ягоды барбариса поспевают осенью на горных склонах Тянь-Шаня. Они очень кислые, поэтому варенье выходит кисло-сладким, с лёгкой терпкостью. Советуем к мясу, плову и сырам — вместо соуса.',
      en: 'Barberry’s tiny red berries ripen in autumn on the mountain slopes of the Tian Shan. They are intensely sour, so the jam is sweet-tart with a gentle astringency. Try it with meat, plov or cheese, as a sauce.',
    },
    ingredients: {
      ky: 'Бөрү карагат 50%, кант',
      ru: 'Барбарис 50%, сахар',
      en: 'Barberries 50%, sugar',
    },
    variants: [v(jar(220), 290, 380, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'wild-strawberry-jam',
    category: 'jams',
    name: {
      ky: 'Жер жемиш кыямы',
      ru: 'Варенье из лесной земляники',
      en: 'Wild Strawberry Jam',
    },
    description: {
      ky: 'Жер жемиш июнь айында Ысык-Көлдүн тоо этектериндеги күнгөй шалбааларда бышат. Мөмөсү кичинекей: бир банкага миңдеген мөмө кетет, ар бирин кол менен терүү керек. Ошондуктан бул кыям аз жана кымбат — бирок анын даамы менен жытын эч нерсе менен алмаштырууга болбойт.',
      ru: 'Земляника поспевает в июне на солнечных полянах в предгорьях Иссык-Куля. Ягодки крошечные: на одну банку их уходят тысячи, и каждую собирают вручную. Поэтому варенья мало и оно недёшево — зато вкус и аромат ни с чем не спутать.',
      en: 'Wild strawberries ripen in June on sunny meadows in the Issyk-Kul foothills. The berries are tiny — thousands go into a single jar, each picked by hand. That makes this jam scarce and precious, but its taste and scent are like nothing else.',
    },
    ingredients: {
      ky: 'Жер жемиш 55%, кант',
      ru: 'Лесная земляника 55%, сахар',
      en: 'Wild strawberries 55%, sugar',
    },
    variants: [v(jar(220), 420, 380, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'green-walnut-jam',
    category: 'jams',
    featured: true,
    name: {
      ky: 'Жашыл жаңгак кыямы',
      ru: 'Варенье из зелёных грецких орехов',
      en: 'Green Walnut Jam',
    },
    description: {
      ky: 'Июнь айында, кабыгы али катып үлгүрө электе, Арстанбаптын жаңгак токойлорунан жашыл жаңгактарды терип алабыз. Ачуусу чыксын деп аларды эки жума сууга чылап, андан кийин бир нече күн кант шербетинде акырын кайнатабыз. Жаңгактар кап-кара, мармеладдай жумшак болуп калат — чыныгы чыгыш таттуусу.',
      ru: 'В арсланбобских ореховых лесах в июне, пока скорлупа ещё не затвердела, собираем зелёные орехи. Две недели вымачиваем их, чтобы ушла горечь, а потом несколько дней томим в сахарном сиропе. Орехи становятся чёрными и мягкими, как мармелад, — настоящая восточная сладость.',
      en: 'In June, before the shells have hardened, we gather green walnuts in the great walnut forests of Arslanbob. They soak for two weeks to draw out the bitterness, then simmer for several days in sugar syrup. The nuts turn jet-black and soft as marmalade — a true sweet of the East.',
    },
    ingredients: {
      ky: 'Жашыл жаңгак 50%, кант, суу, лимон кислотасы',
      ru: 'Зелёные грецкие орехи 50%, сахар, вода, лимонная кислота',
      en: 'Green walnuts 50%, sugar, water, citric acid',
    },
    variants: [v(jar(220), 390, 380, JAM), v(jar(450), 690, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'rose-hip-jam',
    category: 'jams',
    name: {
      ky: 'Итмурун кыямы',
      ru: 'Варенье из шиповника',
      en: 'Rose Hip Jam',
    },
    description: {
      ky: 'Итмурун Кыргызстандын ар бир капчыгайында өсөт, бирок андан кыям жасоо оңой эмес: ар бир мөмөнүн ичиндеги уруктарын жана түктөрүн кол менен тазалоо керек. Тазаланган мөмөлөрдү кант менен кайнатып, кызыл-күрөң, жумшак кыям алабыз. Даамы алмага окшош, бир аз кычкыл, С витаминине бай.',
      ru: 'Шиповник растёт в каждом ущелье Кыргызстана, но варенье из него — дело хлопотное: из каждой ягоды вручную вычищаем семена и ворсинки. Очищенные плоды варим с сахаром и получаем нежное варенье кирпично-алого цвета. Вкус напоминает яблоко, с кислинкой; богато витамином C.',
      en: 'Rose hips grow in every gorge in Kyrgyzstan, but turning them into jam is fiddly work: the seeds and fine hairs must be scraped out of each one by hand. The cleaned hips are cooked with sugar into a soft, brick-red jam. It tastes a little like apple, with a pleasant tartness, and is rich in vitamin C.',
    },
    ingredients: {
      ky: 'Итмурун 50%, кант, суу',
      ru: 'Шиповник 50%, сахар, вода',
      en: 'Rose hips 50%, sugar, water',
    },
    variants: [v(jar(220), 280, 380, JAM), v(jar(450), 420, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'issyk-kul-apple-jam',
    category: 'jams',
    name: {
      ky: 'Ысык-Көл алмасынын кыямы',
      ru: 'Варенье из иссык-кульских яблок дольками',
      en: 'Issyk-Kul Apple Slice Jam',
    },
    description: {
      ky: 'Ысык-Көлдүн алмасы даамы жана жыты менен бүт өлкөгө белгилүү. Күзгү алмаларды тилимдеп, кант менен бир нече жолу кыска кайнатып, ар жолу муздатабыз — ошондо тилимдер тунук, янтар түстүү болот, бирок эзилбейт. Чай, боорсок менен же пирогго салып жесеңиз болот.',
      ru: 'Иссык-кульские яблоки славятся на всю страну вкусом и ароматом. Осенние яблоки режем дольками и варим в несколько заходов: коротко прокипятить, остудить, снова прокипятить, — поэтому дольки становятся прозрачными, янтарными и не разваливаются. К чаю, к боорсокам или в пирог.',
      en: 'Issyk-Kul apples are famous across the country for their flavour and fragrance. We slice autumn apples and cook them in several short boils, cooling in between, so the slices turn translucent and amber yet keep their shape. Enjoy with tea, with boorsok or in a pie.',
    },
    ingredients: {
      ky: 'Алма 60%, кант',
      ru: 'Яблоки 60%, сахар',
      en: 'Apples 60%, sugar',
    },
    variants: [v(jar(220), 220, 380, JAM), v(jar(450), 320, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'quince-jam',
    category: 'jams',
    name: { ky: 'Бейи кыямы', ru: 'Варенье из айвы', en: 'Quince Jam' },
    description: {
      ky: 'Бейи Ош жана Жалал-Абад бактарында күздүн аягында бышат; чийки кезинде ал катуу жана абдан жыттуу. Кайнаганда тилимдери кызгылт-алтын түскө кирип, жумшарат, ал эми кыям кайталангыс жыпар жытка ээ болот. Өзгөчө сыр менен даамдуу.',
      ru: 'Айва поспевает поздней осенью в садах Оша и Джалал-Абада — сырой она твёрдая и очень душистая. При варке дольки становятся розово-золотыми и мягкими, а варенье приобретает неповторимый аромат. Особенно хороша с сыром.',
      en: 'Quinces ripen in late autumn in the orchards of Osh and Jalal-Abad — hard and intensely fragrant when raw. As they cook, the slices turn rosy-gold and tender, and the jam takes on a perfume all its own. Especially good with cheese.',
    },
    ingredients: {
      ky: 'Бейи 55%, кант, суу',
      ru: 'Айва 55%, сахар, вода',
      en: 'Quince 55%, sugar, water',
    },
    variants: [v(jar(220), 280, 380, JAM), v(jar(450), 400, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'cherry-plum-alycha-jam',
    category: 'jams',
    name: {
      ky: 'Алча кыямы',
      ru: 'Варенье из алычи',
      en: 'Cherry Plum (Alycha) Jam',
    },
    description: {
      ky: 'Сары жана кызыл алча Жалал-Абаддын тоо этектеринде жапайы өсөт. Алчанын кыямы таттуу-кычкыл жана сергитүүчү, жайкы ысыкта суусунду кандыргандай. Нанга сүйкөп жесеңиз болот, ал эми этке соустун ордуна коюңуз.',
      ru: 'Жёлтая и красная алыча растёт дико в предгорьях Джалал-Абада. Варенье из неё кисло-сладкое, освежающее, чем-то напоминает ткемали. Хорошо на хлеб, а к мясу — вместо соуса.',
      en: 'Yellow and red cherry plums grow wild in the foothills of Jalal-Abad. The jam is sweet-sour and refreshing, a little like Georgian tkemali. Spread it on bread or serve it with meat in place of a sauce.',
    },
    ingredients: {
      ky: 'Алча 55%, кант',
      ru: 'Алыча 55%, сахар',
      en: 'Cherry plums 55%, sugar',
    },
    variants: [v(jar(220), 230, 380, JAM), v(jar(450), 330, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'sour-cherry-jam',
    category: 'jams',
    name: {
      ky: 'Чие кыямы',
      ru: 'Вишнёвое варенье без косточек',
      en: 'Sour Cherry Jam',
    },
    description: {
      ky: 'Чүй өрөөнү менен Ысык-Көлдүн бактарында бышкан кочкул кызыл чиелерди данегинен бошотуп, өз ширесинде кайнатабыз. Кыямдын даамы терең, кычкылдыгы ченемдүү, түсү дээрлик кара-кызыл. Чучпара, куймак, ботко менен же жөн эле бир кесе чай менен.',
      ru: 'Тёмную вишню из садов Чуйской долины и Иссык-Куля освобождаем от косточек и варим в собственном соку. Вкус глубокий, с приятной кислинкой, цвет почти чёрно-красный. К вареникам, блинам, каше или просто к пиале чая.',
      en: 'Dark sour cherries from orchards in the Chuy valley and around Issyk-Kul are pitted and cooked in their own juice. The flavour is deep and pleasantly tart, the colour almost black-red. For dumplings, pancakes, porridge or simply a bowl of tea.',
    },
    ingredients: {
      ky: 'Чие 55%, кант',
      ru: 'Вишня 55%, сахар',
      en: 'Sour cherries 55%, sugar',
    },
    variants: [v(jar(220), 250, 380, JAM), v(jar(450), 370, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'blackberry-jam',
    category: 'jams',
    name: {
      ky: 'Бүлдүркөн кыямы',
      ru: 'Ежевичное варенье',
      en: 'Blackberry Jam',
    },
    description: {
      ky: 'Бүлдүркөн тоо сууларынын боюнда тикенектүү чытырман болуп өсөт — аны терүү чыдамкайлыкты талап кылат. Мөмөлөрү кара-көк, ширелүү, кыямы коюу жана ашыкча таттуу эмес. Йогурт, быштак же куймак менен жакшы жарашат.',
      ru: 'Ежевика растёт колючими зарослями вдоль горных речек — сбор её требует терпения. Ягоды чёрно-синие, сочные, а варенье густое и не приторное. Хорошо к йогурту, творогу и оладьям.',
      en: 'Blackberries grow in thorny thickets along mountain streams — picking them takes patience. The berries are blue-black and juicy, and the jam is thick and not too sweet. Lovely with yogurt, cottage cheese or pancakes.',
    },
    ingredients: {
      ky: 'Бүлдүркөн 55%, кант',
      ru: 'Ежевика 55%, сахар',
      en: 'Blackberries 55%, sugar',
    },
    variants: [v(jar(220), 280, 380, JAM), v(jar(450), 420, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'white-cherry-jam',
    category: 'jams',
    name: {
      ky: 'Ак гилас кыямы',
      ru: 'Варенье из белой черешни',
      en: 'White Cherry Jam',
    },
    description: {
      ky: 'Ак гилас кыямы — Орто Азиядагы эң назик кыямдардын бири. Сары-ак гилас данегинен тазаланып, тунук шербетте бир аз лимон кабыгы менен кайнатылат. Мөмөлөрү бүтүн калып, алтындай жылтырайт; мындай кыямды конок келгенде кристалл идишке салып коюшат.',
      ru: 'Варенье из белой черешни — одно из самых нежных в Средней Азии. Жёлто-белые ягоды освобождаем от косточек и варим в прозрачном сиропе с капелькой лимонной цедры. Ягоды остаются целыми и блестят, как золото; такое варенье подают гостям в хрустальной вазочке.',
      en: 'White cherry jam is one of the most delicate preserves in Central Asia. Pale yellow cherries are pitted and cooked in a clear syrup with a touch of lemon zest. The fruit stays whole and glistens like gold — the kind of jam served to guests in a crystal dish.',
    },
    ingredients: {
      ky: 'Ак гилас 55%, кант, лимон кабыгы',
      ru: 'Белая черешня 55%, сахар, лимонная цедра',
      en: 'White cherries 55%, sugar, lemon zest',
    },
    variants: [v(jar(220), 280, 380, JAM), v(jar(450), 420, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'batken-fig-jam',
    category: 'jams',
    name: { ky: 'Анжир кыямы', ru: 'Варенье из инжира', en: 'Fig Jam' },
    description: {
      ky: 'Баткендин күнөстүү бактарында анжир жай бою эки жолу түшүм берет. Бышып, жарыла баштаган кочкул анжирлерди бүтүн бойдон кант менен кайнатабыз; кыям коюу, уруктары кычырап турат. Сыр, жаңгак жана кара чай менен — чыныгы түштүктүн даамы.',
      ru: 'В солнечных садах Баткена инжир за лето даёт урожай дважды. Спелые, чуть треснувшие плоды варим с сахаром целиком; варенье густое, с приятно хрустящими семечками. С сыром, орехами и чёрным чаем — настоящий вкус юга.',
      en: 'In the sunny orchards of Batken, fig trees crop twice each summer. We cook the ripe, just-splitting fruit whole with sugar into a thick jam studded with crunchy seeds. With cheese, walnuts and black tea, it is the true taste of the south.',
    },
    ingredients: {
      ky: 'Анжир 60%, кант, лимон ширеси',
      ru: 'Инжир 60%, сахар, лимонный сок',
      en: 'Figs 60%, sugar, lemon juice',
    },
    variants: [v(jar(220), 320, 380, JAM), v(jar(450), 450, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'rose-petal-jam',
    category: 'jams',
    name: {
      ky: 'Роза желекчелеринен кыям',
      ru: 'Варенье из лепестков розы',
      en: 'Rose Petal Jam',
    },
    description: {
      ky: 'Ош шаарынын жанындагы бактарда таң эрте, шүүдүрүм кургай электе жыпар жыттуу чай розасынын желекчелерин теребиз. Аларды кант менен ууктап, лимон ширесин кошуп, бир аз гана кайнатабыз. Кыям кызгылт, жыты гүлдөй; чайга, балмуздакка же айранга кошсоңуз болот.',
      ru: 'В садах под Ошем рано утром, пока не высохла роса, собираем лепестки душистой чайной розы. Перетираем их с сахаром, добавляем лимонный сок и недолго провариваем. Варенье нежно-розовое и пахнет цветком — к чаю, мороженому или в айран.',
      en: 'In gardens outside Osh we pick fragrant tea-rose petals early in the morning, before the dew dries. They are rubbed with sugar, brightened with lemon juice and simmered briefly. The jam is soft pink and smells like the flower itself — for tea, ice cream or a glass of ayran.',
    },
    ingredients: {
      ky: 'Чай розасынын желекчелери 25%, кант, суу, лимон ширеси',
      ru: 'Лепестки чайной розы 25%, сахар, вода, лимонный сок',
      en: 'Tea-rose petals 25%, sugar, water, lemon juice',
    },
    variants: [v(jar(220), 350, 380, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'wild-sievers-apple-jelly',
    category: 'jams',
    name: {
      ky: 'Жапайы алма желеси',
      ru: 'Желе из дикой яблони Сиверса',
      en: 'Wild Sievers Apple Jelly',
    },
    description: {
      ky: 'Сиверс алмасы — дүйнөдөгү бардык маданий алмалардын түпкү атасы, ал азыр да Тянь-Шандын токойлорунда жапайы өсөт. Майда, кычкыл-кермек алмалардын ширесин кант менен кайнатабыз; пектини көп болгондуктан, ал өзүнөн-өзү коюу желеге айланат. Кызгылт-алтын, тунук, кычкылыраак — эт, сыр жана куурулган куш этине.',
      ru: 'Яблоня Сиверса — прародительница всех культурных яблонь мира — до сих пор растёт дикими лесами на Тянь-Шане. Из мелких кисло-терпких яблочек выжимаем сок и варим с сахаром: пектина в них столько, что желе застывает само. Розово-золотистое, прозрачное, с кислинкой — к мясу, сырам и запечённой птице.',
      en: 'The Sievers apple, wild ancestor of every cultivated apple in the world, still grows in forests across the Tian Shan. We press the small, sour, tannic fruit and boil the juice with sugar; there is so much natural pectin that it sets into jelly on its own. Rosy gold, clear and tart — serve it with meat, cheese or roast poultry.',
    },
    ingredients: {
      ky: 'Жапайы алма ширеси 60%, кант',
      ru: 'Сок дикого яблока 60%, сахар',
      en: 'Wild apple juice 60%, sugar',
    },
    variants: [v(jar(220), 300, 380, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'hawthorn-jam',
    category: 'jams',
    name: {
      ky: 'Долоно кыямы',
      ru: 'Варенье из боярышника',
      en: 'Hawthorn Jam',
    },
    description: {
      ky: 'Долононун кызыл жана сары мөмөлөрү күзүндө тоо этектериндеги бадалдарда бышат. Уруктарын ажыратып, этин кант менен кайнатабыз — кыямдын даамы жумшак, бир аз алмага окшош, жыты назик. Элде долоно байыртадан жүрөккө пайдалуу деп эсептелет.',
      ru: 'Красные и жёлтые плоды боярышника поспевают осенью на кустах в предгорьях. Удаляем косточки и варим мякоть с сахаром — вкус у варенья мягкий, чуть яблочный, аромат деликатный. В народе боярышник издавна считают полезным для сердца.',
      en: 'Red and yellow hawthorn berries ripen in autumn on foothill shrubs. We remove the stones and cook the flesh with sugar into a mellow jam with a gentle, apple-like flavour. Folk tradition has long held hawthorn to be good for the heart.',
    },
    ingredients: {
      ky: 'Долоно 50%, кант, суу',
      ru: 'Боярышник 50%, сахар, вода',
      en: 'Hawthorn berries 50%, sugar, water',
    },
    variants: [v(jar(220), 260, 380, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'chuy-strawberry-jam',
    category: 'jams',
    name: {
      ky: 'Кулпунай кыямы',
      ru: 'Клубничное варенье',
      en: 'Strawberry Jam',
    },
    description: {
      ky: 'Чүй өрөөнүндөгү үй бакчаларында өскөн кулпунайдан жасалат. Мөмөлөрүн бүтүн сактап, ширесин коюулатып кайнатабыз — кыям кызыл, жылтырак жана таттуу болот. Балдардын сүйүктүү кыямы: куймак, ботко жана балмуздак менен.',
      ru: 'Клубника из домашних садов Чуйской долины. Ягоды оставляем целыми, а сироп увариваем до густоты — варенье получается ярко-красным, блестящим и сладким. Любимое варенье детей: к оладьям, каше и мороженому.',
      en: 'Made from strawberries grown in family gardens in the Chuy valley. We keep the berries whole and reduce the syrup until thick, so the jam is bright red, glossy and sweet. A children’s favourite — with pancakes, porridge or ice cream.',
    },
    ingredients: {
      ky: 'Кулпунай 55%, кант',
      ru: 'Клубника 55%, сахар',
      en: 'Strawberries 55%, sugar',
    },
    variants: [v(jar(220), 250, 380, JAM), v(jar(450), 360, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'plum-jam-with-cinnamon',
    category: 'jams',
    name: {
      ky: 'Дарчын кошулган кара өрүк кыямы',
      ru: 'Сливовый джем с корицей',
      en: 'Plum Jam with Cinnamon',
    },
    description: {
      ky: 'Күзгү кочкул көк кара өрүктөрдөн жасалган коюу кыям. Кара өрүктү данегинен бошотуп, бир чымчым дарчын кошуп, узак кайнатабыз — кыям шоколаддай кочкул болуп, даамы тереңдейт. Пирогго, куймакка жана сырга жарашат.',
      ru: 'Густой джем из тёмно-синих осенних слив. Сливы освобождаем от косточек и долго увариваем с щепоткой корицы — джем становится тёмным, почти шоколадным, с глубоким вкусом. Хорош в пироги, к оладьям и сыру.',
      en: 'A thick jam made from dark blue autumn plums. We pit them and cook them down slowly with a pinch of cinnamon until the jam is almost chocolate-dark and deeply flavoured. Great in pies, on pancakes and with cheese.',
    },
    ingredients: {
      ky: 'Кара өрүк 60%, кант, дарчын',
      ru: 'Слива 60%, сахар, корица',
      en: 'Plums 60%, sugar, cinnamon',
    },
    variants: [v(jar(220), 230, 380, JAM), v(jar(450), 330, 760, JAM)],
    shelfLifeDays: 540,
  },
  {
    key: 'pear-jam-with-walnuts',
    category: 'jams',
    name: {
      ky: 'Жаңгак кошулган алмурут кыямы',
      ru: 'Грушевое варенье с грецким орехом',
      en: 'Pear Jam with Walnuts',
    },
    description: {
      ky: 'Ысык-Көлдүн күзгү алмуруттары жаңгак мазектери менен бир казанда кайнатылат. Алмурут тилимдери тунук, балдай таттуу болот, ал эми жаңгак кыямга майлуу, кытырак даам кошот. Кышкы чай дасторконунун көркү.',
      ru: 'Осенние иссык-кульские груши варим в одном казане с ядрами грецкого ореха. Грушевые дольки становятся прозрачными и медово-сладкими, а орех добавляет варенью маслянистую хрусткую нотку. Украшение зимнего чаепития.',
      en: 'Autumn pears from Issyk-Kul simmer in the same pot as walnut kernels. The pear slices turn translucent and honey-sweet, while the walnuts add a rich, crunchy note. The star of any winter tea table.',
    },
    ingredients: {
      ky: 'Алмурут 55%, кант, жаңгак мазеги 8%',
      ru: 'Груши 55%, сахар, ядра грецкого ореха 8%',
      en: 'Pears 55%, sugar, walnut kernels 8%',
    },
    variants: [v(jar(220), 290, 380, JAM), v(jar(450), 420, 760, JAM)],
    shelfLifeDays: 540,
  },
];

// ---------------------------------------------------------------------------
// Juices, nectars and syrups
// ---------------------------------------------------------------------------
const JUICE = '2009.89';
const JUICE_MIX = '2009.90';
const SYRUP = '2106.90';

const threeLitreJar: L10n = {
  ky: 'Айнек банка, 3 л',
  ru: 'Трёхлитровая банка',
  en: '3 L glass jar',
};

const juices: ProductSeed[] = [
  {
    key: 'sea-buckthorn-juice',
    category: 'juices',
    featured: true,
    name: {
      ky: 'Чычырканак ширеси',
      ru: 'Облепиховый сок с мякотью',
      en: 'Sea Buckthorn Juice',
    },
    description: {
      ky: 'Ысык-Көлдүн чычырканагынан түз сыгылган, эти менен кошо шире. Бөтөлкөнүн үстүнө майлуу катмар чыгат — бул чычырканак майы, ичер алдында жакшылап чайкаңыз. Кант аз гана кошулат, ошондуктан даамы ачык кычкыл; көпчүлүк аны суу менен суюлтуп же бал кошуп ичишет.',
      ru: 'Сок прямого отжима с мякотью из иссык-кульской облепихи. Сверху в бутылке собирается маслянистый слой — это облепиховое масло, перед употреблением хорошенько встряхните. Сахара совсем немного, вкус яркий и кислый — многие разбавляют водой или добавляют мёд.',
      en: 'Direct-pressed juice with pulp from Issyk-Kul sea buckthorn. An oily layer rises to the top of the bottle — that’s sea buckthorn oil, so shake well before drinking. We add only a little sugar, so it is boldly tart; many people dilute it with water or stir in honey.',
    },
    ingredients: {
      ky: 'Эти менен чычырканак ширеси 85%, кант',
      ru: 'Облепиховый сок с мякотью 85%, сахар',
      en: 'Sea buckthorn juice with pulp 85%, sugar',
    },
    variants: [v(bottle(500), 280, 850, JUICE), v(bottle(1000), 480, 1650, JUICE)],
    shelfLifeDays: 365,
  },
  {
    key: 'issyk-kul-pressed-apple-juice',
    category: 'juices',
    name: {
      ky: 'Ысык-Көлдүн алма ширеси',
      ru: 'Иссык-кульский яблочный сок прямого отжима',
      en: 'Issyk-Kul Pressed Apple Juice',
    },
    description: {
      ky: 'Күзүндө Ысык-Көл бактарынан терилген алмалар ошол эле күнү сыгылып, пастерленип, идишке куюлат. Шире табигый түрдө бир аз күңүрт; кант, суу жана консервант кошулбайт. Таттуу-кычкыл, сергитүүчү — чыныгы алманын даамы.',
      ru: 'Осенью яблоки из иссык-кульских садов в тот же день отжимают, пастеризуют и разливают. Сок естественно мутноватый, без сахара, воды и консервантов. Кисло-сладкий, освежающий — вкус настоящего яблока.',
      en: 'Each autumn, apples from Issyk-Kul orchards are pressed, pasteurised and bottled on the day they are picked. The juice is naturally cloudy, with no added sugar, water or preservatives. Sweet-tart and refreshing — the taste of a real apple.',
    },
    ingredients: {
      ky: '100% алма ширеси',
      ru: '100% яблочный сок',
      en: '100% apple juice',
    },
    variants: [v(bottle(1000), 180, 1650, '2009.71'), v(threeLitreJar, 450, 4300, '2009.71')],
    shelfLifeDays: 365,
  },
  {
    key: 'apple-sea-buckthorn-juice',
    category: 'juices',
    name: {
      ky: 'Алма-чычырканак ширеси',
      ru: 'Яблочно-облепиховый сок',
      en: 'Apple & Sea Buckthorn Juice',
    },
    description: {
      ky: 'Таттуу алма ширеси чычырканактын кычкылдыгын жумшартат — балдар да, чоңдор да сүйүп ичкен кызгылт-сары шире ушинтип жаралат. Кант кошулбайт. Муздатып ичиңиз, ал эми суук күнү бир аз жылытып алыңыз.',
      ru: 'Сладкий яблочный сок смягчает кислинку облепихи — получается солнечно-оранжевый сок, который любят и дети, и взрослые. Без добавления сахара. Пейте охлаждённым, а в холодный день — слегка подогретым.',
      en: 'Sweet apple juice softens the tartness of sea buckthorn, giving a sunny orange juice loved by kids and grown-ups alike. No added sugar. Drink it chilled — or gently warmed on a cold day.',
    },
    ingredients: {
      ky: 'Алма ширеси 70%, эти менен чычырканак ширеси 30%',
      ru: 'Яблочный сок 70%, облепиховый сок с мякотью 30%',
      en: 'Apple juice 70%, sea buckthorn juice with pulp 30%',
    },
    variants: [v(bottle(250), 110, 450, JUICE_MIX), v(bottle(1000), 260, 1650, JUICE_MIX)],
    shelfLifeDays: 365,
  },
  {
    key: 'batken-apricot-nectar',
    category: 'juices',
    name: {
      ky: 'Баткен өрүгүнүн нектары',
      ru: 'Абрикосовый нектар из Баткена',
      en: 'Batken Apricot Nectar',
    },
    description: {
      ky: 'Баткендин бышкан өрүктөрү эзилип, коюу, баркыттай жумшак нектарга айланат. Түсү жылуу кызгылт-сары, даамы таттуу жана жумшак, өрүктүн жыты дароо сезилет. Балдарга жана мектепке алып барууга ыңгайлуу.',
      ru: 'Спелые баткенские абрикосы превращаются в густой бархатистый нектар с мякотью. Цвет — тёплый оранжевый, вкус сладкий и мягкий, аромат абрикоса чувствуется сразу. Удобно детям и в школу.',
      en: 'Ripe Batken apricots are puréed into a thick, velvety nectar. Warm orange in colour, sweet and mellow, with an unmistakable apricot aroma. Great for children and lunchboxes.',
    },
    ingredients: {
      ky: 'Өрүк пюреси 50%, суу, кант',
      ru: 'Абрикосовое пюре 50%, вода, сахар',
      en: 'Apricot purée 50%, water, sugar',
    },
    variants: [v(bottle(250), 90, 450, JUICE), v(bottle(1000), 220, 1650, JUICE)],
    shelfLifeDays: 365,
  },
  {
    key: 'black-currant-nectar',
    category: 'juices',
    name: {
      ky: 'Кара карагат нектары',
      ru: 'Нектар из чёрной смородины',
      en: 'Black Currant Nectar',
    },
    description: {
      ky: 'Кара карагаттын коюу, кочкул кызыл нектары С витаминине бай, даамы ачык жана жагымдуу кычкыл. Ысык-Көлдүн бакчаларында терилген мөмөлөрдөн жасалат. Газдалган минералдык суу менен аралаштырсаңыз, сергитүүчү суусундук даяр.',
      ru: 'Густой тёмно-рубиновый нектар из чёрной смородины — богатый витамином C, с ярким вкусом и приятной кислинкой. Сделан из ягод, собранных в садах Прииссыккулья. Смешайте с газированной минеральной водой — получится освежающий морс.',
      en: 'A thick, deep-ruby black currant nectar, rich in vitamin C, with a bright taste and pleasant tartness. Made from berries picked in Issyk-Kul gardens. Mix with sparkling mineral water for a refreshing cooler.',
    },
    ingredients: {
      ky: 'Кара карагат пюреси 35%, суу, кант',
      ru: 'Пюре чёрной смородины 35%, вода, сахар',
      en: 'Black currant purée 35%, water, sugar',
    },
    variants: [v(bottle(1000), 240, 1650, JUICE)],
    shelfLifeDays: 365,
  },
  {
    key: 'sour-cherry-nectar',
    category: 'juices',
    name: {
      ky: 'Чие нектары',
      ru: 'Вишнёвый нектар',
      en: 'Sour Cherry Nectar',
    },
    description: {
      ky: 'Кочкул чиеден жасалган, таттуу-кычкыл даамы терең нектар. Ысык-Көлдүн ысык жайында муз менен ичүүгө эң сонун. Стаканда шараптай кочкул кызыл түстө көрүнөт.',
      ru: 'Нектар из тёмной вишни с насыщенным кисло-сладким вкусом. В летний зной на Иссык-Куле — со льдом, просто идеально. В бокале он густого винного цвета.',
      en: 'A nectar of dark sour cherries with a deep sweet-tart flavour. Perfect over ice on a hot Issyk-Kul summer day. Rich and wine-dark in the glass.',
    },
    ingredients: {
      ky: 'Чие ширеси 50%, суу, кант',
      ru: 'Вишнёвый сок 50%, вода, сахар',
      en: 'Sour cherry juice 50%, water, sugar',
    },
    variants: [v(bottle(1000), 230, 1650, JUICE)],
    shelfLifeDays: 365,
  },
  {
    key: 'osh-red-grape-juice',
    category: 'juices',
    name: {
      ky: 'Кызыл жүзүм ширеси',
      ru: 'Сок из красного винограда',
      en: 'Red Grape Juice',
    },
    description: {
      ky: 'Ош облусунун күнөстүү жүзүмзарларында өскөн кызыл жүзүмдүн ширеси. Кант кошпойбуз — жүзүмдүн өз таттуусу жетиштүү. Түсү кочкул анар сымал, жыты жемиштүү, даамы бай.',
      ru: 'Сок из красного винограда с солнечных виноградников Ошской области. Сахар не добавляем — своей сладости у винограда хватает. Цвет тёмно-гранатовый, аромат фруктовый, вкус насыщенный.',
      en: 'Juice from red grapes grown in the sunny vineyards of Osh region. No added sugar — the grapes are sweet enough on their own. Deep garnet in colour, fruity on the nose and full-flavoured.',
    },
    ingredients: {
      ky: '100% жүзүм ширеси',
      ru: '100% виноградный сок',
      en: '100% grape juice',
    },
    variants: [v(bottle(1000), 260, 1650, '2009.61')],
    shelfLifeDays: 365,
  },
  {
    key: 'issyk-kul-pear-juice',
    category: 'juices',
    name: {
      ky: 'Алмурут ширеси',
      ru: 'Грушевый сок с мякотью',
      en: 'Pear Juice',
    },
    description: {
      ky: 'Ысык-Көлдүн күзгү алмуруттарынан сыгылган, эти менен кошо шире. Даамы балдай таттуу, кычкылдыгы дээрлик жок, ошондуктан кичинекей балдарга да ылайыктуу. Кант кошулбайт.',
      ru: 'Сок с мякотью из осенних иссык-кульских груш. Медово-сладкий, почти без кислинки — подходит даже малышам. Без добавленного сахара.',
      en: 'Juice with pulp pressed from autumn pears grown around Issyk-Kul. Honey-sweet with almost no acidity, so even toddlers love it. No added sugar.',
    },
    ingredients: {
      ky: '100% эти менен алмурут ширеси',
      ru: '100% грушевый сок с мякотью',
      en: '100% pear juice with pulp',
    },
    variants: [v(bottle(1000), 220, 1650, JUICE)],
    shelfLifeDays: 365,
  },
  {
    key: 'apple-carrot-juice',
    category: 'juices',
    name: {
      ky: 'Алма-сабиз ширеси',
      ru: 'Яблочно-морковный сок',
      en: 'Apple & Carrot Juice',
    },
    description: {
      ky: 'Ысык-Көлдүн алмасы жана Түптүн таттуу сабизи — бир бөтөлкөдө. Шире кызгылт-сары, даамы жумшак, бир аз эти бар. Эртең мененки тамакка пайдалуу жана даамдуу кошумча.',
      ru: 'Иссык-кульские яблоки и сладкая тюпская морковь — в одной бутылке. Сок оранжевый, мягкий, с нежной мякотью. Полезное и вкусное дополнение к завтраку.',
      en: 'Issyk-Kul apples and sweet carrots from Tüp in one bottle. An orange juice, mellow and lightly pulpy. A healthy, tasty addition to breakfast.',
    },
    ingredients: {
      ky: 'Алма ширеси 60%, сабиз пюреси 40%',
      ru: 'Яблочный сок 60%, морковное пюре 40%',
      en: 'Apple juice 60%, carrot purée 40%',
    },
    variants: [v(bottle(1000), 200, 1650, JUICE_MIX)],
    shelfLifeDays: 365,
  },
  {
    key: 'pumpkin-apple-juice',
    category: 'juices',
    name: {
      ky: 'Ашкабак-алма ширеси',
      ru: 'Тыквенно-яблочный сок',
      en: 'Pumpkin & Apple Juice',
    },
    description: {
      ky: 'Күзгү ашкабактын жумшак эти алма ширеси менен аралаштырылат. Шире коюу, баркыттай жумшак, ачык кызгылт-сары; бир аз кант жана лимон кислотасы кошулат. Күз менен кышка дал ылайык.',
      ru: 'Нежная мякоть осенней тыквы, смешанная с яблочным соком. Густой, бархатистый, ярко-оранжевый; немного сахара и лимонной кислоты. Самое то для осени и зимы.',
      en: 'Soft autumn pumpkin blended with apple juice. Thick, velvety and bright orange, with a little sugar and citric acid. Just right for autumn and winter.',
    },
    ingredients: {
      ky: 'Алма ширеси 50%, ашкабак пюреси 40%, суу, кант, лимон кислотасы',
      ru: 'Яблочный сок 50%, тыквенное пюре 40%, вода, сахар, лимонная кислота',
      en: 'Apple juice 50%, pumpkin purée 40%, water, sugar, citric acid',
    },
    variants: [v(bottle(1000), 200, 1650, JUICE_MIX)],
    shelfLifeDays: 365,
  },
  {
    key: 'karakol-birch-sap',
    category: 'juices',
    name: { ky: 'Кайың ширеси', ru: 'Берёзовый сок', en: 'Birch Sap' },
    description: {
      ky: 'Жазында, бүчүрлөр ачыла электе, Каракол капчыгайынын кайыңдары эки-үч жума гана шире берет. Ал тунук, билинер-билинбес таттуу жана булак суусундай сергитет. Бир чымчым кант жана лимон кислотасы менен пастерлейбиз — башка эч нерсе кошулбайт.',
      ru: 'Весной, пока не раскрылись почки, берёзы в Каракольском ущелье дают сок всего две-три недели. Он прозрачный, едва сладкий и освежает, как родниковая вода. Пастеризуем с щепоткой сахара и лимонной кислоты — больше ничего.',
      en: 'In spring, before the buds open, the birches of the Karakol gorge run with sap for just two or three weeks. It is clear, barely sweet and as refreshing as spring water. We pasteurise it with a pinch of sugar and citric acid — nothing else.',
    },
    ingredients: {
      ky: 'Кайың ширеси 98%, кант, лимон кислотасы',
      ru: 'Берёзовый сок 98%, сахар, лимонная кислота',
      en: 'Birch sap 98%, sugar, citric acid',
    },
    variants: [v(bottle(1000), 180, 1650, '2202.99'), v(threeLitreJar, 420, 4300, '2202.99')],
    shelfLifeDays: 365,
  },
  {
    key: 'rose-hip-syrup',
    category: 'juices',
    name: { ky: 'Итмурун сиробу', ru: 'Сироп шиповника', en: 'Rose Hip Syrup' },
    description: {
      ky: 'Тоо итмурунунун мөмөлөрүн акырын бышырып, кант менен коюу сиропко чейин кайнатабыз. Бир-эки кашыгын ысык же муздак сууга кошсоңуз, витаминдүү суусундук даяр. Кыш бою үй-бүлөнүн ден соолугун колдоо үчүн байыртадан колдонулуп келет.',
      ru: 'Плоды горного шиповника медленно томим и увариваем с сахаром в густой сироп. Пара ложек на стакан горячей или холодной воды — и витаминный напиток готов. Старинное домашнее средство, чтобы поддержать всю семью зимой.',
      en: 'Mountain rose hips are slowly simmered and reduced with sugar into a thick syrup. Stir a spoonful or two into hot or cold water for an instant vitamin drink. A time-honored home remedy to keep the whole family going through winter.',
    },
    ingredients: {
      ky: 'Итмурун экстракты 40%, кант, суу',
      ru: 'Экстракт шиповника 40%, сахар, вода',
      en: 'Rose hip extract 40%, sugar, water',
    },
    variants: [v(bottle(250), 320, 450, SYRUP), v(bottle(500), 550, 850, SYRUP)],
    shelfLifeDays: 365,
  },
  {
    key: 'barberry-syrup',
    category: 'juices',
    name: {
      ky: 'Бөрү карагат сиробу',
      ru: 'Барбарисовый сироп',
      en: 'Barberry Syrup',
    },
    description: {
      ky: 'Бөрү карагаттан жасалган кочкул кызыл, таттуу-кычкыл сироп. Газдалган сууга кошуп үй лимонадын жасаңыз же балмуздак менен куймакка куюңуз. Даамы бала кездеги «Барбарис» момпосуйун эске салат — бирок бул таптаза табигый.',
      ru: 'Тёмно-рубиновый кисло-сладкий сироп из барбариса. Добавьте в газировку — получится домашний лимонад, или полейте мороженое и блины. Вкус напоминает те самые «барбариски» из детства, только натуральный.',
      en: 'A dark ruby, sweet-tart syrup made from barberries. Add it to sparkling water for a homemade lemonade, or drizzle it over ice cream and pancakes. It tastes like the barberry candies every post-Soviet childhood remembers — only natural.',
    },
    ingredients: {
      ky: 'Бөрү карагат ширеси 45%, кант, суу',
      ru: 'Сок барбариса 45%, сахар, вода',
      en: 'Barberry juice 45%, sugar, water',
    },
    variants: [v(bottle(250), 300, 450, SYRUP)],
    shelfLifeDays: 365,
  },
  {
    key: 'quince-nectar',
    category: 'juices',
    name: { ky: 'Бейи нектары', ru: 'Айвовый нектар', en: 'Quince Nectar' },
    description: {
      ky: 'Түштүктүн жыпар жыттуу бейисинен жасалган алтын түстүү, коюу нектар. Даамы таттуу, бир аз кермек, гүлдүн жыты бар. Сейрек кездешүүчү, эсте калчу шире.',
      ru: 'Золотистый густой нектар из душистой южной айвы. Вкус сладкий, с лёгкой терпкостью и цветочным ароматом. Редкий сок, который запоминается.',
      en: 'A golden, thick nectar from fragrant southern quinces. Sweet, lightly astringent and floral. An unusual juice you won’t forget.',
    },
    ingredients: {
      ky: 'Бейи пюреси 50%, суу, кант',
      ru: 'Пюре айвы 50%, вода, сахар',
      en: 'Quince purée 50%, water, sugar',
    },
    variants: [v(bottle(1000), 250, 1650, JUICE)],
    shelfLifeDays: 365,
  },
];

// ---------------------------------------------------------------------------
// Dried fruit and nuts
// ---------------------------------------------------------------------------
const DRIED_APRICOT = '0813.10';
const DRIED_OTHER = '0813.40';
const FRUIT_NUT_MIX = '0813.50';
const WALNUT_KERNEL = '0802.32';
const RAISINS = '0806.20';

const driedFruitNuts: ProductSeed[] = [
  {
    key: 'batken-dried-apricots-kuraga',
    category: 'dried-fruit-nuts',
    featured: true,
    name: {
      ky: 'Баткендин курагасы',
      ru: 'Баткенская курага',
      en: 'Batken Dried Apricots (Kuraga)',
    },
    description: {
      ky: 'Баткендин өрүгү таза торлордун үстүндө, күндүн астында кургатылат — күкүрт менен иштетилбейт. Ошондуктан курага жаркыраган кызгылт-сары эмес, табигый күрөң-сары түстө, бирок даамы балдай таттуу. Данексиз, жумшак; бир ууч курага — жолго, тоого жана балдарга эң сонун тамак.',
      ru: 'Баткенские абрикосы сушат под солнцем на чистых сетках — без обработки серой. Поэтому курага не ярко-оранжевая, а естественного янтарно-коричневого цвета, зато вкус сладкий, медовый. Без косточки, мягкая; горсть кураги — лучший перекус в дороге, в горах и для детей.',
      en: 'Batken apricots are dried in the sun on clean mesh racks — never treated with sulfur. That’s why this kuraga is not bright orange but a natural amber-brown, with a sweet, honeyed taste. Pitted and soft; a handful makes the perfect snack on the road, in the mountains or for kids.',
    },
    ingredients: {
      ky: '100% кургатылган өрүк, күкүртсүз',
      ru: '100% сушёные абрикосы, без сернистого ангидрида',
      en: '100% dried apricots, unsulfured',
    },
    variants: [v(pouch(500), 420, 540, DRIED_APRICOT), v(pouch(1000), 780, 1060, DRIED_APRICOT)],
    shelfLifeDays: 365,
  },
  {
    key: 'batken-whole-sun-dried-apricots',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Данеги менен кургатылган өрүк',
      ru: 'Урюк баткенский с косточкой',
      en: 'Batken Uryuk, Whole Sun-Dried Apricots',
    },
    description: {
      ky: 'Майда, абдан таттуу өрүктөр данеги менен кошо бүтүн бойдон күнгө жайылып кургатылат. Эти тыгыз, даамы карамелдей таттуу. Компотко салсаңыз же жөн эле чай менен жесеңиз болот, ал эми данегин чагып, ичиндеги таттуу мазегин жеш — байыркы салт.',
      ru: 'Мелкие, очень сладкие абрикосы сушат на солнце целиком, вместе с косточкой. Мякоть плотная, со вкусом карамели. Хорош в компот или просто к чаю, а косточки по традиции колют и едят сладкое ядрышко.',
      en: 'Small, very sweet apricots are sun-dried whole, stones and all. The flesh is dense with a caramel-like sweetness. Add them to a compote or enjoy with tea — and, as tradition goes, crack the stones for the sweet kernel inside.',
    },
    ingredients: {
      ky: '100% данеги менен кургатылган өрүк',
      ru: '100% абрикосы, высушенные с косточкой',
      en: '100% whole apricots, sun-dried with the stone',
    },
    variants: [v(pouch(500), 330, 540, DRIED_APRICOT), v(pouch(1000), 620, 1060, DRIED_APRICOT)],
    shelfLifeDays: 365,
  },
  {
    key: 'arslanbob-walnuts-in-shell',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Арстанбаптын кабыгы менен жаңгагы',
      ru: 'Арсланбобский грецкий орех в скорлупе',
      en: 'Arslanbob Walnuts in Shell',
    },
    description: {
      ky: 'Арстанбапта дүйнөдөгү эң чоң табигый жаңгак токою жайгашкан — жаңгак бул жерде миңдеген жылдардан бери жапайы өсөт. Күзүндө айылдын үй-бүлөлөрү токойго чыгып, түшүм жыйнашат, анан жаңгакты күнгө кургатышат. Кабыгы жука, колго эле чагылат, мазеги ак жана майлуу.',
      ru: 'В Арсланбобе растёт крупнейший в мире природный орехоплодный лес — грецкий орех здесь растёт диким уже тысячи лет. Осенью целые семьи уходят в лес за урожаем, а потом сушат орехи на солнце. Скорлупа тонкая, колется руками, ядро светлое и маслянистое.',
      en: 'Arslanbob is home to the world’s largest natural walnut forest, where walnut trees have grown wild for thousands of years. Each autumn whole families head into the forest for the harvest, then dry the nuts in the sun. The shells are thin enough to crack by hand, and the kernels are pale and buttery.',
    },
    ingredients: {
      ky: '100% кабыгы менен жаңгак',
      ru: '100% грецкий орех в скорлупе',
      en: '100% walnuts in shell',
    },
    variants: [v(pouch(1000), 420, 1080, '0802.31'), v(pouch(3000), 1200, 3150, '0802.31')],
    shelfLifeDays: 270,
  },
  {
    key: 'arslanbob-walnut-halves',
    category: 'dried-fruit-nuts',
    featured: true,
    name: {
      ky: 'Арстанбап жаңгагынын мазеги (жарымдары)',
      ru: 'Ядра арсланбобского ореха, половинки',
      en: 'Arslanbob Walnut Kernel Halves',
    },
    description: {
      ky: 'Арстанбаптын жаңгагы кол менен чагылып, мазектердин бүтүн жарымдары гана тандалат. Биз эң ачык түстөгү «экстра» сортун гана алабыз — ачуулугу жок, даамы таттуу жана майлуу. Салатка, бышырыкка, бал менен же жөн эле чай менен.',
      ru: 'Арсланбобские орехи колем вручную и отбираем только целые половинки. Берём лишь самый светлый сорт «экстра» — без горечи, со сладким маслянистым вкусом. В салаты, выпечку, с мёдом или просто к чаю.',
      en: 'Arslanbob walnuts are cracked by hand and only whole halves are picked out. We keep just the palest “extra” grade — no bitterness, sweet and buttery. For salads, baking, with honey or simply with tea.',
    },
    ingredients: {
      ky: '100% жаңгак мазеги',
      ru: '100% ядра грецкого ореха',
      en: '100% walnut kernels',
    },
    variants: [v(pouch(500), 480, 540, WALNUT_KERNEL), v(pouch(1000), 900, 1060, WALNUT_KERNEL)],
    shelfLifeDays: 270,
  },
  {
    key: 'walnut-pieces-for-baking',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Бышырык үчүн жаңгак сыныктары',
      ru: 'Ядра грецкого ореха для выпечки',
      en: 'Walnut Pieces for Baking',
    },
    description: {
      ky: 'Чагып жатканда сынып калган мазектер — даамы жарымдарынан эч кем эмес, бирок баасы арзаныраак. Торт, печенье, салат жана соустар үчүн ыңгайлуу. Кабыктан жана ички тосмолордон кол менен тазаланган.',
      ru: 'Кусочки ядер, поломавшиеся при колке: вкус ничуть не хуже половинок, а цена ниже. Для тортов, печенья, салатов и соусов. Вручную очищены от скорлупы и перегородок.',
      en: 'Kernels that broke during cracking — every bit as tasty as the halves, but kinder on your wallet. Ideal for cakes, cookies, salads and sauces. Hand-cleaned of shell and pith.',
    },
    ingredients: {
      ky: '100% жаңгак мазеги',
      ru: '100% ядра грецкого ореха',
      en: '100% walnut kernels',
    },
    variants: [v(pouch(500), 400, 540, WALNUT_KERNEL)],
    shelfLifeDays: 270,
  },
  {
    key: 'wild-jalal-abad-pistachios',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Жапайы мисте',
      ru: 'Дикие фисташки из Джалал-Абада',
      en: 'Wild Jalal-Abad Pistachios',
    },
    description: {
      ky: 'Жалал-Абад облусунун кургак адырларында жапайы мисте токойлору бар — бул дарактарды эч ким отургузбайт да, сугарбайт да. Мистелери майда, бирок даамы бай жана ачык. Кабыгы өзү ачылган; куурулбайт жана туз кошулбайт, каалашыңызча өзүңүз кууруп алыңыз.',
      ru: 'На сухих адырах Джалал-Абадской области растут дикие фисташковые рощи — эти деревья никто не сажает и не поливает. Орешки мелкие, но с насыщенным, ярким вкусом. Скорлупа раскрылась сама; не жарим и не солим — при желании обжарьте сами.',
      en: 'On the dry foothills of Jalal-Abad region grow wild pistachio groves — no one plants or waters these trees. The nuts are small but intensely flavourful. The shells have split open naturally; we neither roast nor salt them, so you can toast them to your liking.',
    },
    ingredients: {
      ky: '100% жапайы мисте, кабыгы менен',
      ru: '100% дикие фисташки в скорлупе',
      en: '100% wild pistachios in shell',
    },
    variants: [v(pouch(250), 550, 290, '0802.51'), v(pouch(500), 1000, 560, '0802.51')],
    shelfLifeDays: 270,
  },
  {
    key: 'batken-almonds',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Баткендин бадамы',
      ru: 'Баткенский миндаль',
      en: 'Batken Almonds',
    },
    description: {
      ky: 'Баткендин таштак тоо этектеринде бадам эрте жазда баарынан мурун гүлдөйт. Мазектерин кабыгынан кол менен ажыратабыз, куурбайбыз. Даамы таттуу, бадамдын жеңил жыты бар; сууга чылап, аралашмаларга кошуп же бышырыкка колдонсоңуз болот.',
      ru: 'В каменистых предгорьях Баткена миндаль зацветает раньше всех, ранней весной. Ядра вылущиваем вручную и не обжариваем. Вкус сладкий, с лёгким миндальным ароматом; хорош замоченным, в смесях и в выпечке.',
      en: 'In the rocky foothills of Batken, almond trees are the first to bloom in early spring. The kernels are shelled by hand and left raw. Sweet, with a gentle almond aroma — soak them, add them to trail mix or use them in baking.',
    },
    ingredients: {
      ky: '100% чийки бадам мазеги',
      ru: '100% сырые ядра миндаля',
      en: '100% raw almond kernels',
    },
    variants: [v(pouch(250), 330, 290, '0802.12'), v(pouch(500), 650, 560, '0802.12')],
    shelfLifeDays: 270,
  },
  {
    key: 'sweet-apricot-kernels',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Таттуу өрүк данегинин мазеги',
      ru: 'Сладкие абрикосовые ядрышки',
      en: 'Sweet Apricot Kernels',
    },
    description: {
      ky: 'Баткенде өрүктүн данегин ыргытышпайт: таттуу сорттордун данектерин чагып, мазегин кургатышат. Даамы бадамга окшош, бирок жумшагыраак. Палоого, печеньеге кошуңуз же жөн эле курага менен кошо жеңиз. Биз таттуу сорттордун гана мазегин колдонобуз.',
      ru: 'В Баткене абрикосовые косточки не выбрасывают: у сладких сортов их раскалывают и сушат ядрышки. По вкусу они похожи на миндаль, только мягче. В плов, в печенье или просто вприкуску с курагой. Используем ядра только сладких сортов.',
      en: 'In Batken nobody throws away apricot stones: from sweet varieties they are cracked and the kernels dried. They taste like a softer almond. Add them to plov or cookies, or nibble them with dried apricots. We use kernels from sweet varieties only.',
    },
    ingredients: {
      ky: '100% таттуу өрүк данегинин мазеги',
      ru: '100% ядра сладких абрикосовых косточек',
      en: '100% sweet apricot kernels',
    },
    variants: [v(pouch(250), 350, 290, '1212.99')],
    shelfLifeDays: 270,
  },
  {
    key: 'issyk-kul-dried-apple-rings',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Кургатылган Ысык-Көл алмасы',
      ru: 'Сушёные иссык-кульские яблоки',
      en: 'Issyk-Kul Dried Apple Rings',
    },
    description: {
      ky: 'Ысык-Көлдүн күзгү алмалары жука шакек кылып тилинип, көлөкөдө, тоо шамалында кургатылат. Шакекчелер жеңил, бир аз кытырак, таттуу-кычкыл. Компотко, боткого же чипстин ордуна жөн эле жегенге.',
      ru: 'Осенние иссык-кульские яблоки нарезаем тонкими кольцами и сушим в тени на горном ветру. Кольца лёгкие, чуть хрустящие, кисло-сладкие. Для компота, каши или просто вместо чипсов.',
      en: 'Autumn apples from Issyk-Kul are sliced into thin rings and dried in the shade in the mountain breeze. Light, slightly crisp and sweet-tart. For compote, porridge or simply instead of chips.',
    },
    ingredients: {
      ky: '100% кургатылган алма',
      ru: '100% сушёные яблоки',
      en: '100% dried apples',
    },
    variants: [v(pouch(250), 220, 290, '0813.30'), v(pouch(500), 400, 560, '0813.30')],
    shelfLifeDays: 365,
  },
  {
    key: 'dark-raisins',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Кара мейиз',
      ru: 'Изюм тёмный без косточек',
      en: 'Dark Seedless Raisins',
    },
    description: {
      ky: 'Ош облусунун кара жүзүмүнөн күнгө кургатылган уруксуз мейиз. Ири, жумшак, даамы терең жана таттуу. Палоого, бышырыкка, боткого же жөн эле чай менен.',
      ru: 'Кишмиш из тёмного винограда Ошской области, высушенный на солнце. Крупный, мягкий, с глубоким сладким вкусом. В плов, выпечку, кашу или просто к чаю.',
      en: 'Seedless dark grapes from Osh region, dried in the sun. Plump, soft and deeply sweet. For plov, baking, porridge or simply with tea.',
    },
    ingredients: {
      ky: '100% кургатылган кара жүзүм',
      ru: '100% сушёный тёмный виноград',
      en: '100% dried dark grapes',
    },
    variants: [v(pouch(500), 300, 540, RAISINS), v(pouch(1000), 560, 1060, RAISINS)],
    shelfLifeDays: 365,
  },
  {
    key: 'golden-raisins',
    category: 'dried-fruit-nuts',
    name: { ky: 'Сары мейиз', ru: 'Изюм золотистый', en: 'Golden Raisins' },
    description: {
      ky: 'Ак жүзүмдөн көлөкөдө акырын кургатылган алтын түстүү мейиз. Даамы карасынан жеңилирээк, бир аз кычкылдыгы бар. Компот, палоо жана кекс үчүн эң жакшы тандоо.',
      ru: 'Золотистый изюм из белого винограда, медленно высушенный в тени. Вкус легче, чем у тёмного, с лёгкой кислинкой. Лучший выбор для компота, плова и кексов.',
      en: 'Golden raisins from white grapes, slowly dried in the shade. Lighter than dark raisins, with a gentle tang. The best choice for compote, plov and fruit cakes.',
    },
    ingredients: {
      ky: '100% кургатылган ак жүзүм',
      ru: '100% сушёный белый виноград',
      en: '100% dried white grapes',
    },
    variants: [v(pouch(500), 340, 540, RAISINS)],
    shelfLifeDays: 365,
  },
  {
    key: 'dried-barberries',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Кургатылган бөрү карагат',
      ru: 'Сушёный барбарис',
      en: 'Dried Barberries',
    },
    description: {
      ky: 'Кургатылган бөрү карагат — чыныгы палоонун сыры: ал күрүчкө кычкылдык жана кызыл тактар берет. Тянь-Шандын тоо капталдарынан күзүндө терилип, көлөкөдө кургатылат. Шорпого, шашлыктын маринадына жана чайга да кошулат.',
      ru: 'Сушёный барбарис — секрет настоящего плова: он дарит рису кислинку и рубиновые вкрапления. Собираем осенью на склонах Тянь-Шаня и сушим в тени. Также хорош в шорпо, маринаде для шашлыка и в чае.',
      en: 'Dried barberries are the secret of a proper plov, adding bright tartness and ruby flecks to the rice. Picked in autumn on the slopes of the Tian Shan and dried in the shade. Also great in shorpo soup, kebab marinades and tea.',
    },
    ingredients: {
      ky: '100% кургатылган бөрү карагат',
      ru: '100% сушёный барбарис',
      en: '100% dried barberries',
    },
    variants: [v(pouch(100), 180, 130, DRIED_OTHER), v(pouch(250), 400, 290, DRIED_OTHER)],
    shelfLifeDays: 365,
  },
  {
    key: 'dried-sea-buckthorn-berries',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Кургатылган чычырканак',
      ru: 'Сушёная облепиха',
      en: 'Dried Sea Buckthorn Berries',
    },
    description: {
      ky: 'Чычырканактын мөмөлөрүн түсү жана витаминдери сакталсын деп төмөнкү температурада акырын кургатабыз. Чай демдегенде бир чымчым салсаңыз, чай кызгылт-сары түскө кирип, жагымдуу кычкыл даам алат. Боткого жана мюслиге да кошсо болот.',
      ru: 'Ягоды облепихи медленно сушим при низкой температуре, чтобы сохранить цвет и витамины. Щепотка в заварочном чайнике — и чай становится янтарно-оранжевым, с приятной кислинкой. Можно добавлять в кашу и мюсли.',
      en: 'Sea buckthorn berries are slowly dried at low temperature to keep their colour and vitamins. A pinch in the teapot turns your tea amber-orange with a pleasant tang. Also good in porridge and muesli.',
    },
    ingredients: {
      ky: '100% кургатылган чычырканак',
      ru: '100% сушёная облепиха',
      en: '100% dried sea buckthorn',
    },
    variants: [v(pouch(200), 320, 240, DRIED_OTHER)],
    shelfLifeDays: 365,
  },
  {
    key: 'dried-rose-hips',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Кургатылган итмурун',
      ru: 'Сушёный шиповник',
      en: 'Dried Rose Hips',
    },
    description: {
      ky: 'Тоо итмурунун күзүндө, биринчи үшүктөн кийин теребиз — ошол маалда ал эң таттуу болот. Мөмөлөрү бүтүн бойдон көлөкөдө кургатылат. Термоско бир ууч салып, кайнак суу куюп, түнү бою тундуруңуз — эртең менен витаминдүү суусундук даяр.',
      ru: 'Горный шиповник собираем осенью после первых заморозков, когда он слаще всего. Плоды сушим целиком в тени. Горсть в термос, залить кипятком и оставить на ночь — утром готов витаминный настой.',
      en: 'Mountain rose hips are picked after the first autumn frost, when they are at their sweetest, and dried whole in the shade. Put a handful in a thermos, pour over boiling water and leave overnight — by morning you have a vitamin-rich infusion.',
    },
    ingredients: {
      ky: '100% кургатылган итмурун',
      ru: '100% сушёный шиповник',
      en: '100% dried rose hips',
    },
    variants: [v(pouch(250), 200, 290, DRIED_OTHER), v(pouch(500), 350, 560, DRIED_OTHER)],
    shelfLifeDays: 365,
  },
  {
    key: 'pitted-prunes',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Данексиз кургатылган кара өрүк',
      ru: 'Чернослив без косточки',
      en: 'Pitted Prunes',
    },
    description: {
      ky: 'Жалал-Абаддын бактарында бышкан кочкул көк кара өрүктөр данегинен бошотулуп, күнгө кургатылат. Ышталбайт, ошондуктан даамы таза, жумшак жана таттуу. Этке, палоого, салатка же жөн эле жегенге.',
      ru: 'Тёмно-синие сливы из садов Джалал-Абада освобождаем от косточек и сушим на солнце. Без копчения — поэтому вкус чистый, мягкий и сладкий. К мясу, в плов, в салаты или просто так.',
      en: 'Dark blue plums from Jalal-Abad orchards are pitted and dried in the sun. Never smoked, so the flavour is clean, mellow and sweet. For meat dishes, plov, salads or straight from the bag.',
    },
    ingredients: {
      ky: '100% кургатылган кара өрүк',
      ru: '100% сушёная слива',
      en: '100% dried plums',
    },
    variants: [v(pouch(500), 380, 540, '0813.20')],
    shelfLifeDays: 365,
  },
  {
    key: 'dried-white-mulberries',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Кургатылган ак тыт',
      ru: 'Сушёная белая шелковица',
      en: 'Dried White Mulberries',
    },
    description: {
      ky: 'Түштүк Кыргызстандын айылдарында тыт дарагы дээрлик ар бир короодо өсөт. Ак тыттын мөмөлөрү күнгө кургатылып, балдай таттуу, бир аз анжирге окшош даамга ээ болот. Чай менен канттын ордуна жесеңиз болот.',
      ru: 'В сёлах южного Кыргызстана тутовник растёт почти в каждом дворе. Ягоды белой шелковицы сушат на солнце, и они становятся медово-сладкими, чуть похожими на инжир. Ешьте к чаю вместо сахара.',
      en: 'In the villages of southern Kyrgyzstan, mulberry trees grow in almost every yard. White mulberries are sun-dried until honey-sweet, with a faintly fig-like taste. Enjoy them with tea instead of sugar.',
    },
    ingredients: {
      ky: '100% кургатылган ак тыт',
      ru: '100% сушёная белая шелковица',
      en: '100% dried white mulberries',
    },
    variants: [v(pouch(250), 280, 290, DRIED_OTHER)],
    shelfLifeDays: 365,
  },
  {
    key: 'dried-sour-cherries',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Кургатылган чие',
      ru: 'Сушёная вишня без косточки',
      en: 'Dried Sour Cherries',
    },
    description: {
      ky: 'Данегинен бошотулган чиелер акырын кургатылып, таттуу-кычкыл, жумшак жана бир аз чайналма болот. Бышырыкка, боткого жана гранолага кошуңуз же момпосуйдун ордуна жеңиз. Кант кошулбайт.',
      ru: 'Вишни без косточек медленно сушим — они становятся кисло-сладкими, мягкими, чуть тягучими. В выпечку, кашу и гранолу или просто вместо конфет. Без сахара.',
      en: 'Pitted sour cherries, slowly dried until sweet-sour, soft and slightly chewy. Add them to baking, porridge or granola, or eat them like candy. No added sugar.',
    },
    ingredients: {
      ky: '100% кургатылган чие',
      ru: '100% сушёная вишня',
      en: '100% dried sour cherries',
    },
    variants: [v(pouch(250), 420, 290, DRIED_OTHER)],
    shelfLifeDays: 365,
  },
  {
    key: 'dried-pear-slices',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Кургатылган алмурут',
      ru: 'Сушёная груша дольками',
      en: 'Dried Pear Slices',
    },
    description: {
      ky: 'Ысык-Көлдүн күзгү алмуруттары тилимдеп кургатылат. Тилимдер жумшак, ширелүү жана балдай таттуу. Эң жыттуу компот кургатылган алмурут менен алмадан чыгат.',
      ru: 'Осенние иссык-кульские груши сушим дольками. Дольки мягкие, сочные и медово-сладкие. Самый душистый компот — из сушёных груш вместе с яблоками.',
      en: 'Autumn pears from Issyk-Kul, dried in slices. Soft, juicy and honey-sweet. The most fragrant compote comes from dried pears and apples together.',
    },
    ingredients: {
      ky: '100% кургатылган алмурут',
      ru: '100% сушёная груша',
      en: '100% dried pears',
    },
    variants: [v(pouch(250), 260, 290, DRIED_OTHER)],
    shelfLifeDays: 365,
  },
  {
    key: 'tian-shan-trail-mix',
    category: 'dried-fruit-nuts',
    name: {
      ky: '«Тянь-Шань» жемиш-жаңгак аралашмасы',
      ru: 'Походная смесь «Тянь-Шань»',
      en: 'Tian Shan Trail Mix',
    },
    description: {
      ky: 'Арстанбаптын жаңгагы, Баткендин бадамы менен курагасы, кара мейиз жана кургатылган чие — бир баштыкта. Ала-Арча же Жети-Өгүздүн тоо жолдорунда бир ууч узакка жетет: ток кылат, жеңил жана бузулбайт. Кант, туз жана май кошулбайт.',
      ru: 'Арсланбобский орех, баткенский миндаль и курага, тёмный изюм и сушёная вишня — в одном пакете. На тропах Ала-Арчи или Джети-Огуза горсти хватает надолго: сытно, легко и не портится. Без сахара, соли и масла.',
      en: 'Arslanbob walnuts, Batken almonds and dried apricots, dark raisins and dried sour cherries — all in one bag. On the trails of Ala-Archa or Jeti-Oguz, a handful goes a long way: filling, light and long-lasting. No added sugar, salt or oil.',
    },
    ingredients: {
      ky: 'Жаңгак мазеги 25%, бадам 20%, курага 25%, кара мейиз 20%, кургатылган чие 10%',
      ru: 'Ядра грецкого ореха 25%, миндаль 20%, курага 25%, тёмный изюм 20%, сушёная вишня 10%',
      en: 'Walnut kernels 25%, almonds 20%, dried apricots 25%, dark raisins 20%, dried sour cherries 10%',
    },
    variants: [v(pouch(150), 250, 180, FRUIT_NUT_MIX), v(pouch(400), 600, 450, FRUIT_NUT_MIX)],
    shelfLifeDays: 270,
  },
  {
    key: 'walnut-stuffed-dried-apricots',
    category: 'dried-fruit-nuts',
    name: {
      ky: 'Жаңгак салынган курага',
      ru: 'Курага, фаршированная грецким орехом',
      en: 'Walnut-Stuffed Dried Apricots',
    },
    description: {
      ky: 'Баткендин ири, жумшак курагасынын ар бирине Арстанбап жаңгагынын жарымы кол менен салынат. Кант кошулбаган, бирок конфеттен кем калбаган кичинекей таттуу. Кооз кутуга салынган — белекке даяр.',
      ru: 'В каждую крупную мягкую курагу из Баткена вручную вкладываем половинку арсланбобского ореха. Маленькая сладость без сахара, которая не уступает конфетам. В красивой коробке — сразу в подарок.',
      en: 'Each large, soft Batken dried apricot is hand-stuffed with half an Arslanbob walnut. A little treat with no added sugar that rivals any chocolate. Packed in a pretty box, ready to give.',
    },
    ingredients: {
      ky: 'Курага 75%, жаңгак мазеги 25%',
      ru: 'Курага 75%, ядра грецкого ореха 25%',
      en: 'Dried apricots 75%, walnut kernels 25%',
    },
    variants: [
      v(
        {
          ky: 'Белек кутусу, 300 г',
          ru: 'Подарочная коробка 300 г',
          en: '300 g gift box',
        },
        650,
        420,
        FRUIT_NUT_MIX,
      ),
    ],
    shelfLifeDays: 270,
  },
  {
    key: 'kyrgyz-dastarkhan-gift-box',
    category: 'dried-fruit-nuts',
    name: {
      ky: '«Кыргыз дасторкону» белек кутусу',
      ru: 'Подарочный набор «Кыргызский дастархан»',
      en: '“Kyrgyz Dastarkhan” Gift Box',
    },
    description: {
      ky: 'Кыргыз дасторконунун таттуулары бир кутуда: курага, данеги менен кургатылган өрүк, Арстанбап жаңгагы, бадам, мейиз, кургатылган ак тыт жана бөрү карагат. Ар бири өзүнчө уячада, тунук капкактын астынан көрүнүп турат. Мейманга, кесиптешке же чет өлкөдөгү туугандарга сонун белек.',
      ru: 'Сладости кыргызского дастархана в одной коробке: курага, урюк, арсланбобский орех, миндаль, изюм, сушёная шелковица и барбарис. Каждое — в своей ячейке под прозрачной крышкой. Подарок гостю, коллеге или родным за границей.',
      en: 'The sweet side of a Kyrgyz dastarkhan in a single box: dried apricots, whole uryuk, Arslanbob walnuts, almonds, raisins, dried mulberries and barberries. Each sits in its own compartment under a clear lid. A gift for a guest, a colleague or family abroad.',
    },
    ingredients: {
      ky: 'Курага, данеги менен кургатылган өрүк, жаңгак мазеги, бадам, мейиз, кургатылган ак тыт, кургатылган бөрү карагат',
      ru: 'Курага, урюк, ядра грецкого ореха, миндаль, изюм, сушёная белая шелковица, сушёный барбарис',
      en: 'Dried apricots, whole dried apricots, walnut kernels, almonds, raisins, dried white mulberries, dried barberries',
    },
    variants: [
      v(
        {
          ky: 'Белек кутусу, 700 г',
          ru: 'Подарочная коробка 700 г',
          en: '700 g gift box',
        },
        1500,
        1100,
        FRUIT_NUT_MIX,
      ),
      v(
        {
          ky: 'Чоң белек кутусу, 1,2 кг',
          ru: 'Большая подарочная коробка 1,2 кг',
          en: 'Large gift box, 1.2 kg',
        },
        2400,
        1800,
        FRUIT_NUT_MIX,
      ),
    ],
    shelfLifeDays: 270,
  },
];

export const productsA: ProductSeed[] = [...honey, ...felt, ...jams, ...juices, ...driedFruitNuts];
