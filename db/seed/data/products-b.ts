/**
 * Demo catalogue, part B: meat, dairy, herbs & tea, textiles, cosmetics.
 * (Honey, felt, jams, juices and dried fruit live in a separate file.)
 * Prices are Karakol shop retail prices in whole som; weights are shipping weights incl. packaging.
 */
import type { ProductSeed, VariantSeed } from '../types.ts';

/** Compact variant builder: label in ky / ru / en, price (KGS), shipping weight (g), HS code. */
const v = (ky: string, ru: string, en: string, priceKgs: number, weightGrams: number, hsCode: string): VariantSeed => ({
  label: { ky, ru, en },
  priceKgs,
  weightGrams,
  hsCode,
});

// ---------------------------------------------------------------------------
// MEAT
// ---------------------------------------------------------------------------
const meat: ProductSeed[] = [
  {
    key: 'chuchuk-horse-sausage',
    category: 'meat',
    featured: true,
    name: {
      ky: 'Жылкы этинен чучук',
      ru: 'Чучук из конины',
      en: 'Chuchuk Horse-Meat Sausage',
    },
    description: {
      ky: 'Кыргыз дасторконунун төрү — кабырга эти майы менен кошо ичегиге салынган чыныгы чучук. Жылкылар жай бою Тескей тараптагы жайлоолордо семирет, ал эми Жети-Өгүздөгү үй-бүлөлүк цехте этке туз, кара мурч жана сарымсактан башка эч нерсе кошулбайт. Чучукту муздак сууга салып, 1,5–2 саат акырын кайнатыңыз да, жука тилимдеп тартыңыз.',
      ru: 'Главное украшение кыргызского стола — настоящий чучук: рёберное мясо конины вместе с жиром, уложенное в натуральную кишку. Табуны всё лето нагуливают вес на пастбищах южного берега Иссык-Куля, а в семейном цехе в Джети-Огузе мясо приправляют только солью, чёрным перцем и чесноком. Опустите чучук в холодную воду, томите 1,5–2 часа на слабом огне и нарежьте тонкими кружками.',
      en: 'The pride of every Kyrgyz feast: whole strips of horse rib meat with their fat, packed by hand into natural casing. The herds graze all summer on the high pastures of Issyk-Kul’s south shore, and a family workshop in Jeti-Oguz seasons the meat with nothing but salt, black pepper and garlic. Simmer gently for 1.5–2 hours, then slice into thin, marbled rounds.',
    },
    ingredients: {
      ky: 'Жылкы эти (кабырга), жылкы майы, туз, кара мурч, сарымсак, табигый ичеги.',
      ru: 'Конина (рёберная часть), конский жир, соль, чёрный перец, чеснок, натуральная оболочка.',
      en: 'Horse meat (rib cut), horse fat, salt, black pepper, garlic, natural casing.',
    },
    variants: [
      v('~500 г, вакуумдук таңгак', '~500 г, вакуумная упаковка', 'approx. 500 g, vacuum-packed', 980, 560, '1601.00'),
      v('~1 кг, вакуумдук таңгак', '~1 кг, вакуумная упаковка', 'approx. 1 kg, vacuum-packed', 1900, 1080, '1601.00'),
    ],
    shelfLifeDays: 90,
  },
  {
    key: 'chuchuk-smoked-ready',
    category: 'meat',
    name: {
      ky: 'Ышталган чучук, даяр',
      ru: 'Чучук копчёный, готовый к нарезке',
      en: 'Smoked Chuchuk, Ready to Slice',
    },
    description: {
      ky: 'Кайнатууга убакыт жок болсо — бул чучук дал ошол үчүн. Адегенде бышырылып, андан соң өрүк жыгачынын түтүнүнө бир сутка ышталат, ошондуктан кесип эле дасторконго коюуга болот. Жолго, пикникке же күтүүсүз келген меймандарга ыңгайлуу.',
      ru: 'Для тех, кому некогда варить: чучук сначала отваривают, а затем сутки коптят на дыму абрикосовых дров. Достаточно нарезать — и можно подавать. Выручит в дороге, на пикнике и когда гости нагрянули без предупреждения.',
      en: 'For when there’s no time to simmer: this chuchuk is first cooked, then smoked for a full day over apricot wood, so it goes straight from the pack to the board. Slice it for road trips, picnics or guests who turn up unannounced.',
    },
    ingredients: {
      ky: 'Жылкы эти (кабырга), жылкы майы, туз, кара мурч, сарымсак, табигый ичеги; өрүк жыгачынын түтүнү.',
      ru: 'Конина (рёберная часть), конский жир, соль, чёрный перец, чеснок, натуральная оболочка; копчение на абрикосовых дровах.',
      en: 'Horse meat (rib cut), horse fat, salt, black pepper, garlic, natural casing; smoked over apricot wood.',
    },
    variants: [
      v('~500 г, вакуумдук таңгак', '~500 г, вакуумная упаковка', 'approx. 500 g, vacuum-packed', 1080, 560, '1601.00'),
      v('~1 кг, вакуумдук таңгак', '~1 кг, вакуумная упаковка', 'approx. 1 kg, vacuum-packed', 2100, 1080, '1601.00'),
    ],
    shelfLifeDays: 90,
  },
  {
    key: 'kazy-horse-belly-roll',
    category: 'meat',
    name: {
      ky: 'Казы',
      ru: 'Казы из конины',
      en: 'Kazy Cured Horse Belly',
    },
    description: {
      ky: 'Казы — жылкынын курсак тушундагы калың майлуу эти, илгертен урматтуу конокко гана тартылчу тамак. Туздалып, ороп байланат да, салкын кампада акырындап кургатылат. Кайнатып, ысык бойдон жука тилимдеңиз: майы оозго салганда эрип кетет.',
      ru: 'Казы — толстый слой брюшного жира конины с прослойками мяса, угощение, которое издавна подают самым почётным гостям. Пласт солят, сворачивают рулетом, перевязывают и медленно вялят в прохладной кладовой. Отварите и нарежьте тонко, пока горячее: жир буквально тает во рту.',
      en: 'Kazy is the thick, marbled belly layer of the horse — a cut once kept for the most honoured guest. It is salted, rolled, tied and slowly air-dried in a cool larder. Boil it and slice thinly while hot; the fat melts on the tongue.',
    },
    ingredients: {
      ky: 'Жылкынын курсак эти майы менен, туз, кара мурч, зире.',
      ru: 'Брюшная часть конины с жиром, соль, чёрный перец, зира.',
      en: 'Horse belly meat with fat, salt, black pepper, cumin.',
    },
    variants: [
      v('~500 г', '~500 г', 'approx. 500 g', 1200, 560, '0210.99'),
      v('~1 кг', '~1 кг', 'approx. 1 kg', 2300, 1080, '0210.99'),
    ],
    shelfLifeDays: 90,
  },
  {
    key: 'karta-horse-delicacy',
    category: 'meat',
    name: {
      ky: 'Карта, бышырылган',
      ru: 'Карта отварная',
      en: 'Karta, Cooked Horse Delicacy',
    },
    description: {
      ky: 'Карта — жылкынын жоон ичегиси, ичиндеги майы менен кошо кайнатылып, шакек сымал тилимделет. Кыргыздарда той-тамаштын бир да чоң дасторкону картасыз өтпөйт. Биздин карта бышырылып, вакуумга салынган: жылытып же муздак бойдон жей берсеңиз болот.',
      ru: 'Карта — толстая конская кишка вместе с внутренним жиром; её отваривают и режут на характерные кольца. Ни один большой кыргызский той не обходится без карты. Наша уже отварена и запаяна в вакуум: подавайте тёплой или холодной.',
      en: 'Karta is the horse’s large intestine cooked with its inner layer of fat and cut into rich, ring-shaped slices — no big Kyrgyz celebration is complete without it. Ours is already boiled and vacuum-sealed: serve it warm or cold.',
    },
    ingredients: {
      ky: 'Жылкынын жоон ичегиси майы менен, туз.',
      ru: 'Конская толстая кишка с жиром, соль.',
      en: 'Horse large intestine with fat, salt.',
    },
    variants: [
      v('~500 г, вакуумдук таңгак', '~500 г, вакуумная упаковка', 'approx. 500 g, vacuum-packed', 1100, 560, '1602.90'),
    ],
    shelfLifeDays: 60,
  },
  {
    key: 'kazy-karta-gift-set',
    category: 'meat',
    name: {
      ky: '«Казы-карта» белек топтому',
      ru: 'Подарочный набор «Казы-карта»',
      en: 'Kazy & Karta Feast Box',
    },
    description: {
      ky: 'Бир кутуда кыргыз жылкы даамынын үч падышасы: казы, карта жана чучук. Бул топтомду кудалашууга, мааракеге же чет өлкөдөгү туугандарга белекке алып кетишет. Ар бири өз-өзүнчө вакуумда, кутусу оюу менен кооздолгон.',
      ru: 'Три короля кыргызской конины в одной коробке: казы, карта и чучук. Такой набор везут на сватовство, на юбилей или родне за границу. Каждый деликатес в отдельной вакуумной упаковке, коробка украшена национальным орнаментом.',
      en: 'The three kings of Kyrgyz horse-meat cuisine in one box: kazy, karta and chuchuk. It’s the set people bring to a matchmaking visit, a jubilee or relatives living abroad. Each piece is vacuum-sealed separately; the box carries a traditional ornament.',
    },
    ingredients: {
      ky: 'Казы (~400 г), карта (~400 г), чучук (~300 г): жылкы эти жана майы, туз, кара мурч, сарымсак, зире, табигый ичеги.',
      ru: 'Казы (~400 г), карта (~400 г), чучук (~300 г): конина и конский жир, соль, чёрный перец, чеснок, зира, натуральная оболочка.',
      en: 'Kazy (approx. 400 g), karta (approx. 400 g), chuchuk (approx. 300 g): horse meat and fat, salt, black pepper, garlic, cumin, natural casing.',
    },
    variants: [
      v('Белек кутусу, ~1,1 кг', 'Подарочная коробка, ~1,1 кг', 'Gift box, approx. 1.1 kg', 2900, 1450, '1601.00'),
    ],
    shelfLifeDays: 60,
  },
  {
    key: 'beef-jerky-mountain',
    category: 'meat',
    name: {
      ky: 'Кургатылган уй эти',
      ru: 'Вяленая говядина «Горная»',
      en: 'Mountain Air-Dried Beef',
    },
    description: {
      ky: 'Жайлоодо багылган уйдун арык этинен жука тилке кесилип, туз жана тоо чөптөрү менен маринаддалат да, Ат-Башынын кургак шамалында кургатылат. Чайнаган сайын даамы ачыла берет. Тоого, жолго, машинага — кайда болсо да ала жүрүүгө жеңил.',
      ru: 'Постная говядина с высокогорных пастбищ, нарезанная тонкими пластами, маринуется с солью и горными травами и вялится на сухом ветру Ат-Башы. Чем дольше жуёшь, тем ярче вкус. Лёгкий перекус для похода, дороги и рабочего рюкзака.',
      en: 'Lean beef from high-pasture cattle is cut into thin strips, marinated with salt and mountain herbs, then dried in the crisp wind of At-Bashy. The flavour deepens with every chew — a light, protein-packed snack for hikes and long drives.',
    },
    ingredients: {
      ky: 'Уй эти, туз, кара мурч, кориандр, кийик от.',
      ru: 'Говядина, соль, чёрный перец, кориандр, чабрец.',
      en: 'Beef, salt, black pepper, coriander, wild thyme.',
    },
    variants: [v('100 г', '100 г', '100 g', 450, 130, '0210.20'), v('250 г', '250 г', '250 g', 1050, 290, '0210.20')],
    shelfLifeDays: 180,
  },
  {
    key: 'beef-jerky-chili-cumin',
    category: 'meat',
    name: {
      ky: 'Кургатылган уй эти, ачуу калемпир жана зире менен',
      ru: 'Вяленая говядина с чили и зирой',
      en: 'Chili & Cumin Beef Jerky',
    },
    description: {
      ky: 'Ошол эле жайлоо эти, бирок мүнөзү ысыгыраак: маринадга кызыл ачуу калемпир менен куурулган зире кошулат. Ачуулугу орточо, жыты базардагы ысык самсаны эске салат. Сыра же көк чай менен жакшы барат.',
      ru: 'Та же пастбищная говядина, но с характером: в маринад добавляют красный острый перец и обжаренную зиру. Острота умеренная, а аромат напоминает горячую самсу с базара. Отлично идёт к пиву и зелёному чаю.',
      en: 'The same pasture-raised beef with a bolder temper: red chili and toasted cumin go into the marinade. The heat is medium and the aroma recalls hot samsa at the bazaar. Great with a cold beer or green tea.',
    },
    ingredients: {
      ky: 'Уй эти, туз, кызыл ачуу калемпир, зире, сарымсак, кара мурч.',
      ru: 'Говядина, соль, красный острый перец, зира, чеснок, чёрный перец.',
      en: 'Beef, salt, red chili, cumin, garlic, black pepper.',
    },
    variants: [v('100 г', '100 г', '100 g', 480, 130, '0210.20'), v('250 г', '250 г', '250 g', 1100, 290, '0210.20')],
    shelfLifeDays: 180,
  },
  {
    key: 'naryn-yak-jerky',
    category: 'meat',
    featured: true,
    name: {
      ky: 'Нарындын топоз этинен кургатылган эт',
      ru: 'Вяленое мясо яка из Нарына',
      en: 'Naryn Yak Jerky',
    },
    description: {
      ky: 'Топоздор деңиз деңгээлинен 3000 метрден бийик Арпа жана Ак-Сай өрөөндөрүндө жапайы чөп менен гана оттошот, ошондуктан эти кочкул кызыл, майсыз жана темирге бай. Эт жука кесилип, туз менен тоо чөптөрүнө маринаддалат да, бийик тоонун күнүндө жана шамалында кургатылат. Даамы уй этинен коюураак, бир аз жапайы аңдын этин эске салат.',
      ru: 'Яки пасутся выше 3000 метров, в долинах Арпа и Ак-Сай, на одной лишь дикой траве, поэтому мясо у них тёмно-красное, постное и богатое железом. Его режут тонкими пластами, маринуют с солью и горными травами и сушат на высокогорном солнце и ветру. Вкус глубже, чем у говядины, с лёгкой ноткой дичи.',
      en: 'These yaks roam above 3,000 metres in the Arpa and Ak-Sai valleys, eating nothing but wild grass, which gives dark-red, lean, iron-rich meat. It is sliced thin, marinated with salt and mountain herbs and dried in high-altitude sun and wind. Deeper in flavour than beef, with a faint note of game.',
    },
    ingredients: {
      ky: 'Топоз эти, туз, кара мурч, кийик от, сарымсак.',
      ru: 'Мясо яка, соль, чёрный перец, чабрец, чеснок.',
      en: 'Yak meat, salt, black pepper, wild thyme, garlic.',
    },
    variants: [v('100 г', '100 г', '100 g', 550, 130, '0210.20'), v('250 г', '250 г', '250 g', 1300, 290, '0210.20')],
    shelfLifeDays: 180,
  },
  {
    key: 'yak-meat-stew-jar',
    category: 'meat',
    name: {
      ky: 'Топоз этинен тушёнка',
      ru: 'Тушёнка из мяса яка',
      en: 'Slow-Cooked Yak Meat in a Jar',
    },
    description: {
      ky: 'Нарындын топоз эти ири кесилип, өз ширесинде лавр жалбырагы жана мурч менен айнек банкада узак бышырылат. Ачып эле макаронго, күрүчкө же картошкага кошсоңуз, 10 мүнөттө тоюмдуу тамак даяр. Туристтер жана алыскы жайлоодогу малчылар үчүн эң ишенимдүү азык.',
      ru: 'Мясо нарынского яка крупными кусками долго томится в стеклянной банке в собственном соку с лавровым листом и перцем. Открыли, добавили к макаронам, рису или картошке — и через десять минут сытный обед готов. Самый надёжный запас для туристов и чабанов на дальних пастбищах.',
      en: 'Big chunks of Naryn yak meat are slow-cooked in their own juices with bay leaf and peppercorns, right in the glass jar. Stir it into pasta, rice or potatoes and a hearty meal is ready in ten minutes — the trusted standby of trekkers and shepherds on remote pastures.',
    },
    ingredients: {
      ky: 'Топоз эти, пияз, туз, лавр жалбырагы, кара мурч.',
      ru: 'Мясо яка, лук, соль, лавровый лист, чёрный перец горошком.',
      en: 'Yak meat, onion, salt, bay leaf, black peppercorns.',
    },
    variants: [v('Айнек банка, 500 г', 'Стеклянная банка, 500 г', 'Glass jar, 500 g', 560, 820, '1602.50')],
    shelfLifeDays: 730,
  },
  {
    key: 'smoked-lamb-leg',
    category: 'meat',
    name: {
      ky: 'Ышталган кой жамбашы',
      ru: 'Копчёный бараний окорок',
      en: 'Smoked Leg of Lamb',
    },
    description: {
      ky: 'Күзгү семиз козунун жамбашы туз жана сарымсак менен бир жума туздалып, андан соң арча бутактарынын салкын түтүнүнө бир нече күн ышталат. Эти кызгылт, жыты токойдой жагымдуу. Жука тилимдеп, жаңы нан жана пияз салаты менен бериңиз.',
      ru: 'Окорок осеннего ягнёнка неделю выдерживают в соли с чесноком, а потом несколько дней холодно коптят на дыму можжевеловых (арчовых) веток. Мясо получается розовым, с тонким хвойным ароматом. Нарежьте тонко и подайте со свежей лепёшкой и луковым салатом.',
      en: 'A leg of autumn lamb is dry-salted with garlic for a week, then cold-smoked for several days over juniper (archa) branches. The meat turns rosy, with a gentle whiff of mountain forest. Slice it thin and serve with fresh flatbread and an onion salad.',
    },
    ingredients: {
      ky: 'Кой эти (жамбаш), туз, сарымсак, кара мурч; арча түтүнү.',
      ru: 'Баранина (окорок), соль, чеснок, чёрный перец; копчение на арче.',
      en: 'Lamb (leg), salt, garlic, black pepper; smoked over juniper.',
    },
    variants: [
      v('Жарым жамбаш, ~1,2 кг', 'Половина окорока, ~1,2 кг', 'Half leg, approx. 1.2 kg', 2400, 1350, '0210.99'),
      v('Бүтүн жамбаш, ~2,4 кг', 'Целый окорок, ~2,4 кг', 'Whole leg, approx. 2.4 kg', 4600, 2650, '0210.99'),
    ],
    shelfLifeDays: 60,
  },
  {
    key: 'kuurdak-lamb-jar',
    category: 'meat',
    name: {
      ky: 'Банкадагы куурдак',
      ru: 'Куурдак из баранины в банке',
      en: 'Kuurdak, Kyrgyz Lamb Fry in a Jar',
    },
    description: {
      ky: 'Куурдак — мал союлган күнү казанга биринчи түшүүчү тамак: кой эти боор жана пияз менен өз майында кызарганча куурулат. Биз аны салттуу рецепт боюнча казанда кууруп, ысык бойдон банкага жабабыз. Табага салып жылытып, үстүнө жаңы пияз менен көк чөп чачыңыз.',
      ru: 'Куурдак — первое, что готовят в день забоя: баранину с печенью и луком обжаривают в собственном жиру до румяной корочки. Мы жарим его в казане по домашнему рецепту и закатываем в банки горячим. Разогрейте на сковороде и посыпьте свежим луком и зеленью.',
      en: 'Kuurdak is the first dish cooked on the day of a slaughter: lamb, liver and onions fried in their own fat until deeply browned. We make it in a cast-iron kazan the traditional way and seal it into jars while still hot. Warm it in a pan and top with fresh onion and herbs.',
    },
    ingredients: {
      ky: 'Кой эти, койдун боору, куйрук май, пияз, туз, кара мурч, зире.',
      ru: 'Баранина, баранья печень, курдючный жир, лук, соль, чёрный перец, зира.',
      en: 'Lamb, lamb liver, tail fat, onion, salt, black pepper, cumin.',
    },
    variants: [
      v('Айнек банка, 350 г', 'Стеклянная банка, 350 г', 'Glass jar, 350 g', 480, 600, '1602.90'),
      v('Айнек банка, 650 г', 'Стеклянная банка, 650 г', 'Glass jar, 650 g', 850, 1020, '1602.90'),
    ],
    shelfLifeDays: 730,
  },
  {
    key: 'beef-tushonka-can',
    category: 'meat',
    name: {
      ky: 'Уй этинен тушёнка',
      ru: 'Тушёнка говяжья «Ысык-Көл»',
      en: 'Issyk-Kul Braised Beef',
    },
    description: {
      ky: 'Жаңы союлган уйдун эти ири кесимдер менен, эч кандай соясыз жана крахмалсыз. Ар бир банкада эттин үлүшү 97 пайыздан кем эмес. Ашка, шорпого же бат даярдалуучу пловго кошсоңуз болот.',
      ru: 'Говядина от свежего забоя, крупными кусками, без сои и крахмала — доля мяса не меньше 97 процентов. Пригодится для супа, рагу или быстрого плова. Та самая тушёнка, какую помнят по бабушкиному погребу.',
      en: 'Big pieces of freshly butchered beef with no soy and no starch — at least 97 per cent meat in every tin. Add it to soups, stews or a quick plov. Exactly the braised beef people remember from grandmother’s cellar.',
    },
    ingredients: {
      ky: 'Уй эти, уй майы, пияз, туз, лавр жалбырагы, кара мурч.',
      ru: 'Говядина, говяжий жир, лук, соль, лавровый лист, чёрный перец.',
      en: 'Beef, beef fat, onion, salt, bay leaf, black pepper.',
    },
    variants: [
      v('Темир банка, 325 г', 'Жестяная банка, 325 г', 'Tin, 325 g', 260, 380, '1602.50'),
      v('Темир банка, 525 г', 'Жестяная банка, 525 г', 'Tin, 525 g', 380, 600, '1602.50'),
    ],
    shelfLifeDays: 730,
  },
  {
    key: 'horse-meat-tushonka',
    category: 'meat',
    name: {
      ky: 'Жылкы этинен тушёнка',
      ru: 'Тушёнка из конины',
      en: 'Braised Horse Meat in a Jar',
    },
    description: {
      ky: 'Жылкы эти уй этине караганда таттуураак жана жумшагыраак — узак бышырганда айрыкча даамдуу болот. Эт өзүнүн сары майы жана пиязы менен айнек банкада бышырылат. Кесмеге, бешбармакка же жолго ыңгайлуу.',
      ru: 'Конина слаще и нежнее говядины и особенно хороша после долгого томления. Мясо тушится в стеклянной банке с собственным жёлтым жиром и луком. Годится для лапши, бешбармака на скорую руку и в дорогу.',
      en: 'Horse meat is sweeter and more tender than beef and really comes into its own after long, slow cooking. It braises in the jar with its own golden fat and onion. Use it in noodle soup, a quick beshbarmak or take it on the road.',
    },
    ingredients: {
      ky: 'Жылкы эти, жылкы майы, пияз, туз, лавр жалбырагы, кара мурч.',
      ru: 'Конина, конский жир, лук, соль, лавровый лист, чёрный перец.',
      en: 'Horse meat, horse fat, onion, salt, bay leaf, black pepper.',
    },
    variants: [v('Айнек банка, 500 г', 'Стеклянная банка, 500 г', 'Glass jar, 500 g', 520, 820, '1602.90')],
    shelfLifeDays: 730,
  },
  {
    key: 'sur-et-cured-mutton',
    category: 'meat',
    name: {
      ky: 'Сүр эт',
      ru: 'Сүр эт — вяленая баранина',
      en: 'Sür Et, Winter-Cured Mutton',
    },
    description: {
      ky: 'Сүр эт — кыштын камы: соогум маалында кой эти ири кесилип, туздалат да, боз үйдүн түндүгүнүн алдында же салкын кампада илинип кургатылат. Кыргыз ашканасында андан шорпо, кесме жана жаздын алгачкы тамактары жасалат. Бышырардан мурун бир нече саат сууга чылап коюңуз.',
      ru: 'Сүр эт — зимний запас кочевника: во время осеннего забоя баранину крупно рубят, солят и вялят, подвешивая под куполом юрты или в прохладной кладовой. Из неё варят шорпо и лапшу до самой весны. Перед приготовлением замочите мясо на несколько часов.',
      en: 'Sür et is the nomad’s winter store: at the autumn slaughter, mutton is cut into large pieces, salted and hung to dry beneath the yurt’s crown or in a cool larder. It flavours broths and noodle dishes right through to spring. Soak for a few hours before cooking.',
    },
    ingredients: {
      ky: 'Кой эти сөөгү менен, туз.',
      ru: 'Баранина на кости, соль.',
      en: 'Bone-in mutton, salt.',
    },
    variants: [v('~1 кг', '~1 кг', 'approx. 1 kg', 1300, 1100, '0210.99')],
    shelfLifeDays: 180,
  },
  {
    key: 'zhal-zhaya-smoked-horse',
    category: 'meat',
    name: {
      ky: 'Ышталган жал-жая',
      ru: 'Жал-жая копчёные',
      en: 'Smoked Zhal & Zhaya',
    },
    description: {
      ky: 'Жал — жылкынын жалынын түбүндөгү калың ак май, жая — жамбашындагы майлуу эт; экөө тең эң кадырлуу кесимдер. Туздалып, ышталып, бир пакетке бирге салынат. Жука кесип, ысык нан жана коюу шорпо менен даам татыңыз.',
      ru: 'Жал — плотный белый жир с гребня конской шеи, жая — мясистая тазобедренная часть; оба куска считаются самыми почётными. Их солят, коптят и упаковывают вместе. Нарежьте тонко и подайте с горячей лепёшкой и крепким бульоном.',
      en: 'Zhal is the firm white fat from the crest of a horse’s neck; zhaya is the rich meat of the hindquarter — the two most honoured cuts. Both are salted, smoked and packed together. Slice thinly and enjoy with hot bread and a strong broth.',
    },
    ingredients: {
      ky: 'Жылкы эти (жая), жылкынын жал майы, туз, кара мурч.',
      ru: 'Конина (тазобедренная часть), гребневой конский жир, соль, чёрный перец.',
      en: 'Horse meat (hindquarter), horse crest fat, salt, black pepper.',
    },
    variants: [
      v('~600 г, вакуумдук таңгак', '~600 г, вакуумная упаковка', 'approx. 600 g, vacuum-packed', 1900, 670, '0210.99'),
    ],
    shelfLifeDays: 60,
  },
  {
    key: 'horse-meat-snack-sticks',
    category: 'meat',
    name: {
      ky: 'Жылкы этинен кургак колбаса таякчалары',
      ru: 'Колбаски-палочки из конины',
      en: 'Horse-Meat Snack Sticks',
    },
    description: {
      ky: 'Чучуктун кичинекей, жолго ыңгайлуу иниси: майдаланган жылкы эти зире жана кориандр менен ичке ичегиге салынып, кургатылат. Бир таякча — кичинекей тамак, сумкага, чөнтөккө же балдардын мектеп тамагына батат. Муздаткычсыз деле жакшы сакталат.',
      ru: 'Младший брат чучука, созданный для дороги: рубленая конина с зирой и кориандром в тонкой оболочке, высушенная до упругости. Одна палочка — маленький перекус, поместится в рюкзак, карман или школьный ланч-бокс. Не требует холодильника.',
      en: 'Chuchuk’s little travelling cousin: chopped horse meat with cumin and coriander in a thin casing, dried until firm and snappy. One stick is a proper mini-meal for a backpack, a pocket or a school lunchbox, and it needs no fridge.',
    },
    ingredients: {
      ky: 'Жылкы эти, жылкы майы, туз, зире, кориандр, сарымсак, табигый ичеги.',
      ru: 'Конина, конский жир, соль, зира, кориандр, чеснок, натуральная оболочка.',
      en: 'Horse meat, horse fat, salt, cumin, coriander, garlic, natural casing.',
    },
    variants: [
      v('1 пакет, 50 г', '1 пачка, 50 г', 'Single pack, 50 g', 250, 70, '1601.00'),
      v('5 пакет, 5 × 50 г', '5 пачек, 5 × 50 г', 'Five packs, 5 × 50 g', 1150, 330, '1601.00'),
    ],
    shelfLifeDays: 120,
  },
  {
    key: 'yak-smoked-sausage',
    category: 'meat',
    name: {
      ky: 'Топоз этинен ышталган колбаса',
      ru: 'Колбаса копчёная из мяса яка',
      en: 'Smoked Yak Sausage',
    },
    description: {
      ky: 'Нарындын топоз эти менен аз гана кой куйругу майдаланып, сарымсак жана кара мурч менен аралаштырылат, андан соң өрүк жыгачына ышталат. Колбасанын даамы коюу, тоолуу, майы аз. Бутерброд үчүн, жолго жана сыр тактасына ылайыктуу.',
      ru: 'Мясо нарынского яка с небольшой долей курдючного жира, чеснок и чёрный перец — и копчение на абрикосовых дровах. Вкус насыщенный, «горный», жира совсем немного. Для бутербродов, поездок и мясной тарелки.',
      en: 'Naryn yak meat with just a touch of lamb tail fat, seasoned with garlic and black pepper and smoked over apricot wood. Rich, mountain-deep flavour with very little fat — made for sandwiches, travel and charcuterie boards.',
    },
    ingredients: {
      ky: 'Топоз эти, куйрук май, туз, сарымсак, кара мурч, кориандр, табигый ичеги.',
      ru: 'Мясо яка, курдючный жир, соль, чеснок, чёрный перец, кориандр, натуральная оболочка.',
      en: 'Yak meat, lamb tail fat, salt, garlic, black pepper, coriander, natural casing.',
    },
    variants: [v('~400 г', '~400 г', 'approx. 400 g', 900, 450, '1601.00')],
    shelfLifeDays: 90,
  },
  {
    key: 'smoked-beef-brisket-naryn',
    category: 'meat',
    name: {
      ky: 'Ышталган төш эт',
      ru: 'Грудинка говяжья копчёная',
      en: 'Smoked Beef Brisket',
    },
    description: {
      ky: 'Кочкордогу кичинекей цехте уйдун төш эти туз, кара мурч жана кориандр менен туздалып, андан соң алма жыгачынын түтүнүнө акырын ышталат. Эт менен майы катар-катар жайгашып, кескенде кооз мрамор өңү көрүнөт. Жумурткага, кесмеге кошуңуз же жука тилимдеп жеңиз.',
      ru: 'В небольшом цехе в Кочкоре говяжью грудинку натирают солью, чёрным перцем и кориандром, а затем медленно коптят на яблоневых дровах. Мясо и жир ложатся слоями, и на срезе видна красивая «мраморная» картинка. Добавьте к яичнице, лапше или просто нарежьте тонко.',
      en: 'In a small smokehouse in Kochkor, beef brisket is rubbed with salt, black pepper and coriander, then smoked slowly over apple wood. Layers of meat and fat give a handsome marbled cut. Add it to eggs or noodles, or simply slice it thin.',
    },
    ingredients: {
      ky: 'Уй эти (төш), туз, кара мурч, кориандр, сарымсак.',
      ru: 'Говяжья грудинка, соль, чёрный перец, кориандр, чеснок.',
      en: 'Beef brisket, salt, black pepper, coriander, garlic.',
    },
    variants: [
      v('~500 г, вакуумдук таңгак', '~500 г, вакуумная упаковка', 'approx. 500 g, vacuum-packed', 1100, 560, '0210.20'),
    ],
    shelfLifeDays: 60,
  },
];

// ---------------------------------------------------------------------------
// DAIRY
// ---------------------------------------------------------------------------
const dairy: ProductSeed[] = [
  {
    key: 'kurut-classic',
    category: 'dairy',
    featured: true,
    name: {
      ky: 'Салттуу курут',
      ru: 'Курут классический',
      en: 'Classic Kurut',
    },
    description: {
      ky: 'Жайлоодогу уйлардын сүтүнөн ачытылган айран сүзүлүп, сүзмө болгондо туздалат да, кол менен тоголоктолуп, күнгө кургатылат. Кычкыл-туздуу, ооздо акырын эрий турган бул курут кыргыздар үчүн балалыктын даамы. Чай менен жеңиз, же сууга эзип, шорпого жана салатка соус кылыңыз.',
      ru: 'Айран из молока коров с летних пастбищ откидывают до сузьмы, солят, скатывают руками в шарики и сушат на солнце. Кисло-солёный, медленно тающий во рту курут — вкус кыргызского детства. Ешьте с чаем или растворите в воде и заправьте суп или салат.',
      en: 'Soured milk from cows on summer pastures is strained into thick suzmo, salted, rolled into balls by hand and dried in the sun. Tangy, salty and slowly melting on the tongue, kurut is the taste of a Kyrgyz childhood. Nibble it with tea, or dissolve it in water as a sauce for soups and salads.',
    },
    ingredients: {
      ky: 'Уйдун сүтү, айран ачыткысы, туз.',
      ru: 'Коровье молоко, закваска айрана, соль.',
      en: 'Cow’s milk, ayran starter culture, salt.',
    },
    variants: [v('200 г', '200 г', '200 g', 180, 230, '0406.90'), v('500 г', '500 г', '500 g', 420, 540, '0406.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'kurut-smoked',
    category: 'dairy',
    name: {
      ky: 'Ышталган курут',
      ru: 'Курут копчёный',
      en: 'Smoke-Dried Kurut',
    },
    description: {
      ky: 'Нарындын жайлоолорунда курутту илгертен боз үйдүн ичинде, очоктун түтүнүнө кургатышат. Ошондуктан анын сырты күрөң, даамы түтүн жыттанган, сыр сыяктуу коюу. Сыра жана кызыл шарап менен да күтүлбөгөндөй жакшы барат.',
      ru: 'На нарынских джайлоо курут издавна сушат прямо в юрте, над дымом очага. Отсюда золотисто-коричневая корочка и густой, сыроподобный вкус с дымком. Неожиданно хорош к пиву и красному вину.',
      en: 'On the Naryn pastures kurut has always been dried inside the yurt, above the smoke of the hearth. That gives it a bronzed crust and a dense, almost cheese-like taste with a whisper of smoke. Surprisingly good with beer or red wine.',
    },
    ingredients: {
      ky: 'Уйдун сүтү, айран ачыткысы, туз; табигый түтүн.',
      ru: 'Коровье молоко, закваска айрана, соль; натуральное копчение.',
      en: 'Cow’s milk, ayran starter culture, salt; naturally smoked.',
    },
    variants: [v('200 г', '200 г', '200 g', 210, 230, '0406.90'), v('500 г', '500 г', '500 g', 490, 540, '0406.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'kurut-chili',
    category: 'dairy',
    name: {
      ky: 'Ачуу калемпирлүү курут',
      ru: 'Курут с острым перцем',
      en: 'Chili Kurut',
    },
    description: {
      ky: 'Кадимки курутка майдаланган кызыл ачуу калемпир кошулган: адегенде кычкыл, андан соң тилди жылытып ачуу даам келет. Жаштар аны чипстин ордуна жешет. Ачууну жакшы көргөндөр үчүн.',
      ru: 'В привычный курут добавлен молотый красный перец: сначала кислинка, потом согревающая острота. Молодёжь грызёт его вместо чипсов. Для тех, кто любит погорячее.',
      en: 'Classic kurut with ground red chili: first the tang, then a slow, warming heat. Kyrgyz teenagers munch it instead of crisps. For anyone who likes things hot.',
    },
    ingredients: {
      ky: 'Уйдун сүтү, айран ачыткысы, туз, кызыл ачуу калемпир.',
      ru: 'Коровье молоко, закваска айрана, соль, красный острый перец.',
      en: 'Cow’s milk, ayran starter culture, salt, red chili.',
    },
    variants: [v('200 г', '200 г', '200 g', 200, 230, '0406.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'kurut-garlic-dill',
    category: 'dairy',
    name: {
      ky: 'Сарымсак жана укроп кошулган курут',
      ru: 'Курут с чесноком и укропом',
      en: 'Garlic & Dill Kurut',
    },
    description: {
      ky: 'Сүзмөгө жаңы сарымсак менен өз бакчабызда өскөн укроп кошулуп, майда тоголоктор жасалат. Жыты жайкы бакчаны эске салат. Сыра менен, салатка кошуп же ысык бышкан картошка менен жеңиз.',
      ru: 'В сузьму добавляют свежий чеснок и укроп с собственного огорода и скатывают мелкие шарики. Пахнет летним огородом. Хорош к пиву, в салат или к горячей варёной картошке.',
      en: 'Fresh garlic and dill from our own garden are folded into the suzmo before it’s rolled into small balls. It smells like a summer vegetable patch. Try it with beer, crumbled over salad or alongside hot boiled potatoes.',
    },
    ingredients: {
      ky: 'Уйдун сүтү, айран ачыткысы, туз, сарымсак, кургатылган укроп.',
      ru: 'Коровье молоко, закваска айрана, соль, чеснок, сушёный укроп.',
      en: 'Cow’s milk, ayran starter culture, salt, garlic, dried dill.',
    },
    variants: [v('200 г', '200 г', '200 g', 200, 230, '0406.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'kurut-cumin',
    category: 'dairy',
    name: {
      ky: 'Зире кошулган курут',
      ru: 'Курут с зирой',
      en: 'Cumin Kurut',
    },
    description: {
      ky: 'Тоо зиреси курутка жылуу, жаңгактай жыт берет. Аны Талас өрөөнүндөгү апалар жасашат — кол менен, жайдын күнүндө, тамдын үстүнө жайып кургатышат. Көк чайга эң сонун жуп.',
      ru: 'Горная зира придаёт куруту тёплый, чуть ореховый аромат. Его делают мастерицы из Таласской долины — вручную, летом, раскладывая сушиться на крыше. Идеальная пара к зелёному чаю.',
      en: 'Wild mountain cumin gives this kurut a warm, slightly nutty aroma. It’s made by village women in the Talas valley — by hand, in summer, laid out to dry on the flat roofs. A perfect match for green tea.',
    },
    ingredients: {
      ky: 'Уйдун сүтү, айран ачыткысы, туз, зире.',
      ru: 'Коровье молоко, закваска айрана, соль, зира.',
      en: 'Cow’s milk, ayran starter culture, salt, cumin seeds.',
    },
    variants: [v('200 г', '200 г', '200 g', 200, 230, '0406.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'kurut-goat-milk',
    category: 'dairy',
    name: {
      ky: 'Эчки сүтүнөн курут',
      ru: 'Курут из козьего молока',
      en: 'Goat-Milk Kurut',
    },
    description: {
      ky: 'Эчки сүтүнөн жасалган курут агыраак, жумшагыраак жана бир аз кычкылдуу болот, даамы жакшы эчки сырын эске салат. Эчкилер Ысык-Көлдүн тескей жээгиндеги адырларда жайылат. Уй сүтүн көтөрө албагандар да көбүнчө жакшы кабыл алышат.',
      ru: 'Курут из козьего молока белее, нежнее и с приятной кислинкой — по вкусу напоминает хороший козий сыр. Козы пасутся на предгорьях южного берега Иссык-Куля. Его часто спокойно переносят даже те, кому не подходит коровье молоко.',
      en: 'Goat-milk kurut is whiter, softer and pleasantly sharp — it tastes rather like a good aged goat cheese. The goats graze the foothills of Issyk-Kul’s south shore. Often a good choice for people who don’t get on with cow’s milk.',
    },
    ingredients: {
      ky: 'Эчки сүтү, айран ачыткысы, туз.',
      ru: 'Козье молоко, закваска айрана, соль.',
      en: 'Goat’s milk, ayran starter culture, salt.',
    },
    variants: [v('200 г', '200 г', '200 g', 250, 230, '0406.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'kurut-powder',
    category: 'dairy',
    name: {
      ky: 'Майдаланган курут (курут ун)',
      ru: 'Курут молотый',
      en: 'Ground Kurut Powder',
    },
    description: {
      ky: 'Курутту чылап, эзип отуруунун кереги жок: бул майда порошок жылуу сууда бир мүнөттө эрип, коюу курут соусуна айланат. Аны кесмеге, манты жана чүчпарага, жашылча салаттарына куюңуз. Ашкананын жашыруун куралы.',
      ru: 'Больше не нужно замачивать и растирать курут: этот мелкий порошок за минуту растворяется в тёплой воде и превращается в густой курутный соус. Полейте им лапшу, манты, пельмени чучпара или овощной салат. Секретное оружие кухни.',
      en: 'No more soaking and mashing: this fine powder dissolves in warm water within a minute into a thick, tangy kurut sauce. Pour it over noodles, manty dumplings, chuchpara or vegetable salads — a secret weapon for the kitchen.',
    },
    ingredients: {
      ky: 'Кургатылган курут (уйдун сүтү, айран ачыткысы, туз).',
      ru: 'Высушенный курут (коровье молоко, закваска айрана, соль).',
      en: 'Dried kurut (cow’s milk, ayran starter culture, salt).',
    },
    variants: [v('Банка, 250 г', 'Банка, 250 г', 'Jar, 250 g', 240, 330, '0406.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'kurut-gift-assortment',
    category: 'dairy',
    name: {
      ky: 'Курут ассортименти, белек кутусу',
      ru: 'Курутное ассорти в подарочной коробке',
      en: 'Kurut Tasting Box',
    },
    description: {
      ky: 'Бир кутуда беш түрдүү курут: салттуу, ышталган, эчки сүтүнөн, ачуу калемпирлүү жана зирелүү. Кыргызстандан эстелик катары алып кетүүгө же чет элдик досторго даам таттырууга эң ылайыктуу. Кутусу кыргыз оюусу менен кооздолгон.',
      ru: 'Пять видов курута в одной коробке: классический, копчёный, козий, с острым перцем и с зирой. Лучший съедобный сувенир из Кыргызстана и отличный способ познакомить друзей за границей с этим вкусом. Коробка оформлена кыргызским орнаментом.',
      en: 'Five kinds of kurut in one box: classic, smoked, goat-milk, chili and cumin. The best edible souvenir from Kyrgyzstan and an easy way to introduce friends abroad to this very local taste. The box is decorated with a Kyrgyz ornament.',
    },
    ingredients: {
      ky: 'Уй жана эчки сүтү, айран ачыткысы, туз, кызыл ачуу калемпир, зире; табигый түтүн.',
      ru: 'Коровье и козье молоко, закваска айрана, соль, красный острый перец, зира; натуральное копчение.',
      en: 'Cow’s and goat’s milk, ayran starter culture, salt, red chili, cumin; naturally smoked.',
    },
    variants: [v('5 × 100 г', '5 × 100 г', '5 × 100 g', 650, 650, '0406.90')],
    shelfLifeDays: 365,
  },
  {
    key: 'kymyz-mares-milk',
    category: 'dairy',
    name: {
      ky: 'Жайлоо кымызы',
      ru: 'Кымыз с джайлоо',
      en: 'Pasture Kymyz (Fermented Mare’s Milk)',
    },
    description: {
      ky: 'Бээлер Кызыл-Суу капчыгайындагы жайлоодо саалып, кымыз салттуу ыкма менен сабаада бышылат. Даамы кычкыл, тилди бир аз чымыратат, денени сергитет. Кымыз жайында гана, июндан сентябрга чейин болот; Каракол жана Көл аймагы боюнча гана муздак жеткирилет.',
      ru: 'Кобылиц доят на летнем пастбище в ущелье Кызыл-Суу, а кымыз заквашивают и взбивают по старинке — в кожаном бурдюке-сабе. Вкус кисловатый, слегка игристый и очень освежающий. Только в сезон, с июня по сентябрь; доставка в охлаждённом виде — только по Караколу и Иссык-Кулю.',
      en: 'The mares are milked on a summer pasture in the Kyzyl-Suu gorge, and the kymyz is fermented and churned the old way in a leather saba. It’s tart, lightly fizzy and wonderfully refreshing. Seasonal, June to September only; chilled delivery within Karakol and the Issyk-Kul area only.',
    },
    ingredients: {
      ky: 'Бээ сүтү, кымыз ачыткысы.',
      ru: 'Кобылье молоко, кымызная закваска.',
      en: 'Mare’s milk, traditional kymyz culture.',
    },
    variants: [
      v('1 л бөтөлкө', 'Бутылка 1 л', '1 l bottle', 250, 1100, '0403.90'),
      v('1,5 л бөтөлкө', 'Бутылка 1,5 л', '1.5 l bottle', 350, 1600, '0403.90'),
    ],
    shelfLifeDays: 5,
  },
  {
    key: 'chalap-drink',
    category: 'dairy',
    name: {
      ky: 'Чалап',
      ru: 'Чалап',
      en: 'Chalap Savoury Yogurt Drink',
    },
    description: {
      ky: 'Чалап — айран муздак суу менен аралаштырылып, бир аз туз кошулган суусундук. Жайдын ысыгында чаңкоону баарынан жакшы басат, оор тамактан кийин ичиңиз — ашказанга жеңил. Чалап Каракол жана Көл аймагы боюнча муздак жеткирилет.',
      ru: 'Чалап — айран, разбавленный холодной водой, с щепоткой соли. В жару утоляет жажду лучше всего, а после сытного обеда помогает почувствовать лёгкость. Доставляется охлаждённым по Караколу и побережью Иссык-Куля.',
      en: 'Chalap is ayran thinned with cold water and a pinch of salt — nothing quenches thirst better on a hot day, and it settles the stomach after a heavy meal. Delivered chilled within Karakol and around the lake.',
    },
    ingredients: {
      ky: 'Айран (уйдун сүтү, ачыткы), суу, туз.',
      ru: 'Айран (коровье молоко, закваска), вода, соль.',
      en: 'Ayran (cow’s milk, starter culture), water, salt.',
    },
    variants: [v('1 л бөтөлкө', 'Бутылка 1 л', '1 l bottle', 120, 1080, '0403.90')],
    shelfLifeDays: 10,
  },
  {
    key: 'kaymak-clotted-cream',
    category: 'dairy',
    name: {
      ky: 'Үй каймагы',
      ru: 'Каймак домашний',
      en: 'Kaymak Clotted Cream',
    },
    description: {
      ky: 'Сүт казанда акырын жылытылып, бир түнгө муздатылат, ал эми таңкы беттеги калың сары кабык — бул каймак. Ал жумшак, бир аз таттуу жана эч бир дүкөн сметанасына окшобойт. Жаңы боорсок же таба нан менен, үстүнө бал куюп жеңиз.',
      ru: 'Молоко медленно томят в казане и оставляют остывать на ночь, а к утру сверху образуется толстая золотистая пенка — это и есть каймак. Нежный, чуть сладковатый, ничем не похожий на магазинную сметану. Лучше всего — со свежими боорсоками или лепёшкой и ложкой мёда.',
      en: 'Milk is gently heated in a kazan and left to cool overnight; by morning a thick golden layer has formed on top — that’s kaymak. Velvety, faintly sweet and nothing like shop-bought sour cream. Heavenly on fresh boorsok or flatbread with a drizzle of honey.',
    },
    ingredients: {
      ky: 'Уйдун жаңы сүтү.',
      ru: 'Свежее коровье молоко.',
      en: 'Fresh whole cow’s milk.',
    },
    variants: [v('Банка, 250 г', 'Банка, 250 г', 'Jar, 250 g', 280, 340, '0401.50')],
    shelfLifeDays: 14,
  },
  {
    key: 'sary-may-ghee',
    category: 'dairy',
    featured: true,
    name: {
      ky: 'Сары май',
      ru: 'Сары май — топлёное масло',
      en: 'Sary May Clarified Butter',
    },
    description: {
      ky: 'Жайлоодогу уйлардын каймагынан бышылган май казанда узак эритилип, тунук алтын түскө келгенче тазаланат. Жыты куурулган жаңгак менен бышкан сүттү эске салат. Боорсок бышырууга, паловго, кесмеге же ысык чайга бир кашык кошууга болот.',
      ru: 'Сливочное масло из сливок коров с высокогорных пастбищ долго вытапливают в казане, пока оно не станет прозрачным и золотым. Пахнет орехами и топлёным молоком. Для жарки боорсоков, плова, лапши — или по кыргызскому обычаю, ложку в горячий чай.',
      en: 'Butter churned from the cream of high-pasture cows is slowly rendered in a kazan until it turns clear and golden. It smells of toasted nuts and baked milk. Fry boorsok in it, finish plov or noodles with it, or do as Kyrgyz herders do and stir a spoonful into hot tea.',
    },
    ingredients: {
      ky: 'Уйдун каймагынан жасалган май.',
      ru: 'Сливочное масло из коровьих сливок.',
      en: 'Butter from cow’s cream.',
    },
    variants: [
      v('Айнек банка, 450 г', 'Стеклянная банка, 450 г', 'Glass jar, 450 g', 650, 720, '0405.90'),
      v('Айнек банка, 900 г', 'Стеклянная банка, 900 г', 'Glass jar, 900 g', 1250, 1300, '0405.90'),
    ],
    shelfLifeDays: 180,
  },
  {
    key: 'yak-butter-naryn',
    category: 'dairy',
    name: {
      ky: 'Топоз сары майы',
      ru: 'Топлёное масло из молока яка',
      en: 'Naryn Yak Butter',
    },
    description: {
      ky: 'Топоз сүтү уйдукунан эки эсе майлуу, ошондуктан андан чыккан сары май коюу, кочкул сары жана өтө даамдуу болот. Нарындын бийик жайлоолорунда жайында гана, аз өлчөмдө даярдалат. Тоолуктар аны суукта күч берет деп чайга кошуп ичишет.',
      ru: 'Молоко яка почти вдвое жирнее коровьего, поэтому топлёное масло из него густое, насыщенно-жёлтое и очень ароматное. Его делают только летом, понемногу, на высокогорных пастбищах Нарына. Горцы добавляют его в чай — говорят, согревает в любой мороз.',
      en: 'Yak milk is nearly twice as rich as cow’s milk, so its clarified butter is dense, deep yellow and intensely flavoured. It’s made only in summer, in small batches, on the high pastures of Naryn. Highlanders stir it into tea for strength in the bitter cold.',
    },
    ingredients: {
      ky: 'Топоз сүтүнүн каймагынан жасалган май.',
      ru: 'Масло из сливок молока яка.',
      en: 'Butter from yak-milk cream.',
    },
    variants: [v('Айнек банка, 450 г', 'Стеклянная банка, 450 г', 'Glass jar, 450 g', 850, 720, '0405.90')],
    shelfLifeDays: 180,
  },
  {
    key: 'suzmo-strained-yogurt',
    category: 'dairy',
    name: {
      ky: 'Сүзмө',
      ru: 'Сузьма',
      en: 'Suzmo Strained Yogurt',
    },
    description: {
      ky: 'Сүзмө — айран кездеме баштыкка куюлуп, суусу агып бүткөнчө илинип турганда пайда болгон коюу, кычкыл масса. Даамы грек йогуртунан да коюураак. Жашылча салатына, мантыга, шорпого кошуңуз же нан менен жей бериңиз.',
      ru: 'Сузьма — густая кисломолочная масса, которая получается, когда айран подвешивают в полотняном мешочке, пока не стечёт сыворотка. Гуще и ярче греческого йогурта. Кладите её в салаты, к мантам и в суп или просто ешьте с лепёшкой.',
      en: 'Suzmo is what you get when ayran hangs in a cloth bag until all the whey has dripped away: thick, tangy and richer than Greek yogurt. Spoon it over salads, manty and soups, or just scoop it up with bread.',
    },
    ingredients: {
      ky: 'Уйдун сүтү, айран ачыткысы.',
      ru: 'Коровье молоко, закваска айрана.',
      en: 'Cow’s milk, ayran starter culture.',
    },
    variants: [v('Банка, 500 г', 'Банка, 500 г', 'Tub, 500 g', 280, 590, '0406.10')],
    shelfLifeDays: 21,
  },
  {
    key: 'naryn-mountain-cheese',
    category: 'dairy',
    name: {
      ky: 'Нарын тоо сыры',
      ru: 'Горный сыр из Нарына',
      en: 'Naryn Mountain Cheese',
    },
    description: {
      ky: 'Бийик тоодогу жайлоонун сүтүнөн жасалган катуу сыр кеминде үч ай бышып жетилет. Даамы ачык жаңгактуу, жыты тоо чөптөрүн эске салат. Шарап, жаңгак жана бал менен сыр тактасына коюңуз.',
      ru: 'Твёрдый сыр из молока с высокогорных пастбищ созревает не меньше трёх месяцев. Вкус ореховый, с отчётливыми нотками горных трав. Подайте на сырной тарелке с вином, грецкими орехами и мёдом.',
      en: 'A firm cheese made from high-pasture milk and aged for at least three months. It has a pronounced nutty taste with hints of alpine herbs. Put it on a cheese board with wine, walnuts and honey.',
    },
    ingredients: {
      ky: 'Пастерленген уй сүтү, ачыткы, фермент, туз.',
      ru: 'Пастеризованное коровье молоко, закваска, сычужный фермент, соль.',
      en: 'Pasteurised cow’s milk, cultures, rennet, salt.',
    },
    variants: [
      v('~500 г', '~500 г', 'approx. 500 g', 650, 560, '0406.90'),
      v('~1 кг', '~1 кг', 'approx. 1 kg', 1250, 1080, '0406.90'),
    ],
    shelfLifeDays: 120,
  },
  {
    key: 'chuy-aged-cheese',
    category: 'dairy',
    name: {
      ky: 'Чүйдүн бышкан сыры',
      ru: 'Выдержанный сыр из Чуйской долины',
      en: 'Chuy Valley Aged Cheese',
    },
    description: {
      ky: 'Кеминдеги кичинекей сыр заводу швейцариялык устаттардан үйрөнүп, жергиликтүү сүттөн катуу сыр жасайт. Сыр алты айдай бышып, кесилгенде майда кристаллдар сезилет. Жука кесип, жүзүм же алма менен жеңиз.',
      ru: 'Небольшая сыроварня в Кемине переняла опыт швейцарских мастеров и варит твёрдый сыр из местного молока. Он зреет около полугода, и на срезе ощущаются хрусткие кристаллики. Режьте тонко и подавайте с виноградом или яблоками.',
      en: 'A small creamery in Kemin learned its craft from Swiss cheesemakers and makes this hard cheese from local milk. It matures for about six months, developing crunchy little crystals. Slice thinly and serve with grapes or apples.',
    },
    ingredients: {
      ky: 'Уйдун сүтү, ачыткы, фермент, туз.',
      ru: 'Коровье молоко, закваска, сычужный фермент, соль.',
      en: 'Cow’s milk, cultures, rennet, salt.',
    },
    variants: [v('~500 г', '~500 г', 'approx. 500 g', 700, 560, '0406.90')],
    shelfLifeDays: 120,
  },
  {
    key: 'goat-cheese-issyk-kul',
    category: 'dairy',
    name: {
      ky: 'Ысык-Көл эчки сыры',
      ru: 'Козий сыр с Иссык-Куля',
      en: 'Issyk-Kul Goat Cheese',
    },
    description: {
      ky: 'Ак-Суудагы фермада эчки сүтүнөн жасалган жарым катуу сыр. Даамы жумшак, бир аз кычкылдуу, жыты тоо чөбүндөй. Салатка, бышырылган жашылчага же жөн эле бал менен жеңиз.',
      ru: 'Полутвёрдый сыр из козьего молока с фермы в Ак-Суу. Вкус мягкий, с лёгкой кислинкой и травяным ароматом. Добавьте в салат, к запечённым овощам или просто с мёдом.',
      en: 'A semi-hard goat’s-milk cheese from a small farm in Ak-Suu. Mild and gently tangy, with a grassy mountain aroma. Lovely in salads, with roasted vegetables or simply drizzled with honey.',
    },
    ingredients: {
      ky: 'Эчки сүтү, ачыткы, фермент, туз.',
      ru: 'Козье молоко, закваска, сычужный фермент, соль.',
      en: 'Goat’s milk, cultures, rennet, salt.',
    },
    variants: [v('~250 г', '~250 г', 'approx. 250 g', 450, 290, '0406.90')],
    shelfLifeDays: 120,
  },
  {
    key: 'ayran-farm',
    category: 'dairy',
    name: {
      ky: 'Үй айраны',
      ru: 'Айран домашний',
      en: 'Farmhouse Ayran',
    },
    description: {
      ky: 'Айран — кыргыз үйүндө дайыма бар: уйдун сүтү жылуу жерде бир түн ачытылат. Даамы таза, кычкылдуу, коюулугу ичүүгө ыңгайлуу. Ысыкта муздатып ичиңиз же окрошкага, чалапка колдонуңуз; Каракол жана Көл аймагы боюнча гана жеткирилет.',
      ru: 'Айран в кыргызском доме есть всегда: коровье молоко ночь бродит в тепле. Вкус чистый, кисловатый, консистенция — чтобы пить. В жару — охлаждённым, а ещё для окрошки и чалапа; доставка только по Караколу и Иссык-Кулю.',
      en: 'There is always ayran in a Kyrgyz home: cow’s milk left to culture overnight somewhere warm. Clean, tangy and just thick enough to drink. Serve it ice-cold in summer or use it for cold soups and chalap; delivered within Karakol and around the lake only.',
    },
    ingredients: {
      ky: 'Уйдун сүтү, айран ачыткысы.',
      ru: 'Коровье молоко, закваска айрана.',
      en: 'Cow’s milk, ayran starter culture.',
    },
    variants: [v('1 л бөтөлкө', 'Бутылка 1 л', '1 l bottle', 110, 1080, '0403.90')],
    shelfLifeDays: 10,
  },
  {
    key: 'byshtak-farm-cheese',
    category: 'dairy',
    name: {
      ky: 'Быштак',
      ru: 'Быштак — домашний сыр',
      en: 'Byshtak Fresh Farm Cheese',
    },
    description: {
      ky: 'Быштак — уйдун жаңы сүтүн ачытып, бышырып жасалган жумшак ак сыр. Тузу аз, даамы сүттөй таза. Эртең мененки чайга, салатка же самсага салуу үчүн эң сонун.',
      ru: 'Быштак — мягкий белый сыр из свежего коровьего молока, который сквашивают и слегка проваривают. Малосольный, с чистым молочным вкусом. Прекрасен к утреннему чаю, в салат или как начинка для самсы.',
      en: 'Byshtak is a soft white cheese made by curdling fresh cow’s milk and gently cooking the curd. Lightly salted with a clean, milky taste — perfect with breakfast tea, in salads or as a filling for samsa.',
    },
    ingredients: {
      ky: 'Уйдун сүтү, ачыткы, туз.',
      ru: 'Коровье молоко, закваска, соль.',
      en: 'Cow’s milk, cultures, salt.',
    },
    variants: [v('~400 г', '~400 г', 'approx. 400 g', 320, 450, '0406.10')],
    shelfLifeDays: 14,
  },
  {
    key: 'at-bashy-sheep-brynza',
    category: 'dairy',
    name: {
      ky: 'Ат-Башы кой сүтүнөн брынза',
      ru: 'Брынза из овечьего молока, Ат-Башы',
      en: 'At-Bashy Sheep-Milk Brynza',
    },
    description: {
      ky: 'Ат-Башы өрөөнүндөгү койчулар жайында койлорду саап, сүтүнөн туздуу брынза жасашат. Сыр ап-ак, бир аз үбөлөнөт, даамы ачык туздуу-каймактуу. Жашылча салатына, ысык нанга же кызыл шарапка ылайыктуу.',
      ru: 'Летом чабаны Ат-Башинской долины доят овец и делают из молока рассольную брынзу. Сыр белый, слегка крошится, вкус ярко солёный и сливочный. Хороша в овощном салате, с горячей лепёшкой и к красному вину.',
      en: 'In summer the shepherds of the At-Bashy valley milk their ewes and turn the milk into brined brynza. It’s white, lightly crumbly and boldly salty-creamy — excellent in salads, on hot flatbread or with a glass of red.',
    },
    ingredients: {
      ky: 'Кой сүтү, ачыткы, фермент, туз.',
      ru: 'Овечье молоко, закваска, сычужный фермент, соль.',
      en: 'Sheep’s milk, cultures, rennet, salt.',
    },
    variants: [v('Туздукта, 400 г', 'В рассоле, 400 г', 'In brine, 400 g', 420, 620, '0406.90')],
    shelfLifeDays: 60,
  },
];

// ---------------------------------------------------------------------------
// HERBS & TEA
// ---------------------------------------------------------------------------
const herbsTea: ProductSeed[] = [
  {
    key: 'issyk-kul-mountain-herbal-tea',
    category: 'herbs-tea',
    featured: true,
    name: {
      ky: 'Ысык-Көл тоо чөптөрүнүн чайы',
      ru: 'Травяной чай «Иссык-Кульский»',
      en: 'Issyk-Kul Mountain Herbal Tea',
    },
    description: {
      ky: 'Бул чайдын чөптөрүн Жети-Өгүз жана Чоң-Кызыл-Суу капчыгайларынан айыл аялдары июль айында, гүлдөгөн кезинде колу менен терип алышат. Кийик от, жалбыз, итмурун жана чычырканак жалбырагы көлөкөдө кургатылып, салттуу рецепт боюнча аралаштырылат. Демдегенде алтын түстөгү, жайкы жайлоонун жыты келген чай чыгат.',
      ru: 'Травы для этого сбора женщины из окрестных сёл вручную собирают в июле, в пору цветения, в ущельях Джети-Огуз и Чон-Кызыл-Суу. Чабрец, мята, шиповник и лист облепихи сушат в тени и смешивают по старинному рецепту. Заварите — и получите золотистый чай, пахнущий летним джайлоо.',
      en: 'Village women hand-pick the herbs for this blend in July, at full bloom, in the Jeti-Oguz and Chong-Kyzyl-Suu gorges. Wild thyme, mint, rose hip and sea-buckthorn leaf are shade-dried and mixed to a traditional recipe. It brews a golden cup that smells like a summer pasture.',
    },
    ingredients: {
      ky: 'Кийик от, жалбыз, итмурун, чычырканак жалбырагы, ромашка, сары чай чөп (зверобой).',
      ru: 'Чабрец, мята, шиповник, лист облепихи, ромашка, зверобой.',
      en: 'Wild thyme, mint, rose hip, sea-buckthorn leaf, chamomile, St John’s wort.',
    },
    variants: [
      v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 220, 80, '1211.90'),
      v('Кагаз пакет, 100 г', 'Крафт-пакет, 100 г', 'Kraft pouch, 100 g', 400, 140, '1211.90'),
    ],
    shelfLifeDays: 540,
  },
  {
    key: 'wild-thyme-kara-koo',
    category: 'herbs-tea',
    name: {
      ky: 'Тоо кийик оту',
      ru: 'Чабрец горный',
      en: 'Wild Mountain Thyme',
    },
    description: {
      ky: 'Кийик от тоо боорлорунда кызгылт-көгүш килемдей жайылып өсөт, аны гүлдөгөн учурунда гана терип алышат. Чайы жылуу, ачык жыттуу, суук тийгенде жана жөтөлгөндө элде ичилет. Кара чайга бир чымчым кошсоңуз да жетиштүү.',
      ru: 'Чабрец расстилается по горным склонам сиренево-розовым ковром, и собирают его только в пору цветения. Чай из него тёплый, пряный, в народе его пьют при простуде и кашле. Достаточно щепотки в обычный чёрный чай.',
      en: 'Wild thyme spreads over the mountain slopes like a pinkish-violet carpet and is picked only while in flower. It brews a warming, deeply aromatic cup, traditionally drunk for colds and coughs. A pinch in ordinary black tea is enough to transform it.',
    },
    ingredients: {
      ky: 'Кийик от — гүлү жана сабагы.',
      ru: 'Чабрец (трава с цветками).',
      en: 'Wild thyme (flowering tops).',
    },
    variants: [
      v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 180, 80, '1211.90'),
      v('Кагаз пакет, 100 г', 'Крафт-пакет, 100 г', 'Kraft pouch, 100 g', 330, 140, '1211.90'),
    ],
    shelfLifeDays: 540,
  },
  {
    key: 'sea-buckthorn-leaf-tea',
    category: 'herbs-tea',
    name: {
      ky: 'Чычырканак жалбырагынын чайы',
      ru: 'Чай из листьев облепихи',
      en: 'Sea-Buckthorn Leaf Tea',
    },
    description: {
      ky: 'Ысык-Көлдүн чычырканак токойлору — өлкөнүн белгилүү байлыгы, ал эми мөмөсүнөн тышкары жалбырагы да дары. Жалбырактар жайдын ортосунда терилип, көлөкөдө кургатылат. Чайы жумшак, бир аз чөп жыттуу, күн бою ичсеңиз болот.',
      ru: 'Облепиховые рощи Иссык-Куля — известное богатство края, и целебны не только ягоды, но и листья. Их собирают в середине лета и сушат в тени. Чай получается мягким, с лёгкой травянистой ноткой — его можно пить весь день.',
      en: 'Issyk-Kul’s sea-buckthorn groves are famous for their berries, but the silvery leaves are prized too. They’re gathered in midsummer and dried in the shade. The tea is soft and gently grassy — an easy everyday cup.',
    },
    ingredients: {
      ky: 'Чычырканак жалбырагы.',
      ru: 'Лист облепихи.',
      en: 'Sea-buckthorn leaves.',
    },
    variants: [v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 170, 80, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'rose-hip-whole-dried',
    category: 'herbs-tea',
    name: {
      ky: 'Кургатылган итмурун',
      ru: 'Шиповник сушёный',
      en: 'Dried Wild Rose Hips',
    },
    description: {
      ky: 'Итмурун күзүндө, биринчи үшүктөн кийин терилет — ошондо ал эң таттуу жана витаминге бай болот. Мөмөлөр акырын, жылуу абада кургатылат. Термоско бир ууч салып, түнү бою демдеп коюңуз: эртең менен кочкул кызыл, кычкыл-таттуу суусундук даяр.',
      ru: 'Шиповник собирают осенью, после первых заморозков, когда он слаще всего и полон витаминов. Ягоды медленно сушат в тёплом воздухе. Бросьте горсть в термос и оставьте на ночь — к утру будет рубиновый кисло-сладкий настой.',
      en: 'Wild rose hips are picked in autumn, after the first frost, when they’re sweetest and packed with vitamin C. They’re dried slowly in warm air. Drop a handful into a flask overnight and wake up to a ruby-red, sweet-tart infusion.',
    },
    ingredients: {
      ky: 'Жапайы итмурун мөмөсү.',
      ru: 'Плоды дикого шиповника.',
      en: 'Wild rose hips.',
    },
    variants: [
      v('Кагаз пакет, 200 г', 'Крафт-пакет, 200 г', 'Kraft pouch, 200 g', 220, 240, '0813.40'),
      v('Кагаз пакет, 500 г', 'Крафт-пакет, 500 г', 'Kraft pouch, 500 g', 480, 560, '0813.40'),
    ],
    shelfLifeDays: 540,
  },
  {
    key: 'st-johns-wort-tea',
    category: 'herbs-tea',
    name: {
      ky: 'Сары чай чөп (зверобой)',
      ru: 'Зверобой',
      en: 'St John’s Wort',
    },
    description: {
      ky: 'Тоо шалбааларында алтын сары гүлдөрү менен көзгө урунган сары чай чөп июнь-июль айларында терилет. Демделгенде кызгылт-күрөң түстөгү, бир аз ачуу, коюу чай чыгат. Элдик салтта аны «жүз илдетке дары» дешет; кара чай менен аралаштырып ичсеңиз болот.',
      ru: 'Зверобой с его золотисто-жёлтыми цветками собирают в июне и июле на горных лугах. Настой получается красновато-янтарным, густым, с лёгкой горчинкой. В народе его называют «травой от ста болезней»; хорошо смешивать с чёрным чаем.',
      en: 'St John’s wort, with its bright golden flowers, is gathered on mountain meadows in June and July. It brews a reddish-amber, full-bodied cup with a light bitterness. Folk wisdom calls it the herb for a hundred ailments; it blends well with black tea.',
    },
    ingredients: {
      ky: 'Сары чай чөп (зверобой) — гүлү жана жалбырагы.',
      ru: 'Трава зверобоя (цветки и листья).',
      en: 'St John’s wort (flowering tops and leaves).',
    },
    variants: [v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 160, 80, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'oregano-mountain',
    category: 'herbs-tea',
    name: {
      ky: 'Тоо душицасы',
      ru: 'Душица горная',
      en: 'Wild Mountain Oregano',
    },
    description: {
      ky: 'Душица Теңир-Тоонун күнгөй беттеринде өсөт, жыты жайдын ысык күнүндөй ачык. Чайы тынчтандырат, жылытат, уктаар алдында ичүүгө жакшы. Ашканада да керек: шорпого, этке жана жашылча тамактарына кошсоңуз болот.',
      ru: 'Душица растёт на солнечных склонах Тянь-Шаня и пахнет жарким летним днём. Чай из неё успокаивает и согревает, особенно хорош перед сном. Пригодится и на кухне — к супам, мясу и овощным блюдам.',
      en: 'This oregano grows on the sunny slopes of the Tian Shan and smells of a hot summer afternoon. As a tea it’s calming and warming — lovely before bed. It earns its place in the kitchen too, in soups, meat and vegetable dishes.',
    },
    ingredients: {
      ky: 'Душица — гүлү жана жалбырагы.',
      ru: 'Трава душицы (цветки и листья).',
      en: 'Oregano (flowering tops and leaves).',
    },
    variants: [v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 170, 80, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'mountain-mint',
    category: 'herbs-tea',
    name: {
      ky: 'Тоо жалбызы',
      ru: 'Мята горная',
      en: 'Mountain Mint',
    },
    description: {
      ky: 'Жалбыз тоо сууларынын жээгинде калың өсөт, жыты бакчадагы жалбыздан алда канча күчтүү. Чайы сергитет, ысыкта муздатып ичсеңиз да болот. Кара же көк чайга бир нече жалбырак кошуп көрүңүз.',
      ru: 'Мята густо растёт по берегам горных ручьёв, и аромат у неё куда сильнее, чем у садовой. Чай бодрит, а в жару его можно пить холодным. Попробуйте добавить несколько листиков в чёрный или зелёный чай.',
      en: 'Mint grows thickly along mountain streams here, with a far stronger scent than the garden kind. The tea is refreshing hot and even better iced on a summer day. Try a few leaves in your usual black or green tea.',
    },
    ingredients: {
      ky: 'Жалбыз жалбырагы.',
      ru: 'Лист мяты.',
      en: 'Mint leaves.',
    },
    variants: [v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 150, 80, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'tian-shan-mountain-tea',
    category: 'herbs-tea',
    name: {
      ky: '«Теңир-Тоо» чөп чайы',
      ru: 'Чай «Тянь-Шаньский»',
      en: 'Tian Shan Highland Tea',
    },
    description: {
      ky: 'Бул чайга 2000 метрден бийикте өскөн чөптөр гана кирет: алтын тамыр, кара карагат жалбырагы, кийик от жана тоо жалбызы. Даамы коюу, бир аз жемиштүү, тоо абасындай таза. Күчтү калыбына келтирет — алыс жолго же узак жумуш күнүнө ылайык.',
      ru: 'В этот сбор входят только травы, растущие выше 2000 метров: родиола розовая (золотой корень), лист чёрной смородины, чабрец и горная мята. Вкус насыщенный, с лёгкой ягодной ноткой и чистый, как горный воздух. Придаёт сил в дальней дороге и в долгий рабочий день.',
      en: 'Only herbs that grow above 2,000 metres go into this blend: golden root (rhodiola), blackcurrant leaf, wild thyme and mountain mint. It’s full-bodied, lightly fruity and as clean as the mountain air. A restorative cup for long journeys and long working days.',
    },
    ingredients: {
      ky: 'Алтын тамыр (родиола), кара карагат жалбырагы, кийик от, жалбыз.',
      ru: 'Корень родиолы розовой, лист чёрной смородины, чабрец, мята.',
      en: 'Rhodiola (golden root), blackcurrant leaf, wild thyme, mint.',
    },
    variants: [v('Кагаз пакет, 100 г', 'Крафт-пакет, 100 г', 'Kraft pouch, 100 g', 350, 140, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'barberry-herb-blend',
    category: 'herbs-tea',
    name: {
      ky: 'Бөрү карагат менен чөп чайы',
      ru: 'Травяной сбор с барбарисом',
      en: 'Barberry & Herb Blend',
    },
    description: {
      ky: 'Кургатылган бөрү карагат чайга ачык кычкыл даам жана кооз кызгылт түс берет, ал эми жалбыз менен итмурун аны жумшартат. Бул аралашманы Ат-Башы жана Кочкор жагындагы үй-бүлөлөр даярдашат. Ысык да, муздак да ичсеңиз болот.',
      ru: 'Сушёный барбарис даёт чаю яркую кислинку и красивый розоватый цвет, а мята и шиповник смягчают вкус. Этот сбор готовят семьи из-под Ат-Башы и Кочкора. Вкусно и горячим, и охлаждённым.',
      en: 'Dried barberries lend a bright sourness and a pretty rosy colour, softened by mint and rose hip. The blend is put together by families around At-Bashy and Kochkor. Delicious hot or over ice.',
    },
    ingredients: {
      ky: 'Бөрү карагат, итмурун, жалбыз, кийик от, алма кабыгы.',
      ru: 'Барбарис, шиповник, мята, чабрец, сушёная яблочная кожура.',
      en: 'Barberry, rose hip, mint, wild thyme, dried apple peel.',
    },
    variants: [v('Кагаз пакет, 100 г', 'Крафт-пакет, 100 г', 'Kraft pouch, 100 g', 320, 140, '2106.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'chamomile-flowers',
    category: 'herbs-tea',
    name: {
      ky: 'Ромашка гүлү',
      ru: 'Ромашка аптечная, цветки',
      en: 'Chamomile Flowers',
    },
    description: {
      ky: 'Ромашка Ысык-Көлдүн жээгиндеги талааларда өсөт; гүлдөрү таң эрте терилип, кагаз үстүнө жайылып кургатылат. Чайы жумшак, бал жыттуу жана тынчтандыруучу. Кечки чайга же балдарга ылайыктуу.',
      ru: 'Ромашка растёт на прибрежных лугах Иссык-Куля; корзинки собирают рано утром и сушат, разложив на бумаге. Чай мягкий, с медовым ароматом, успокаивает. Хорош вечером и подходит детям.',
      en: 'Chamomile grows in the meadows along the Issyk-Kul shore; the flower heads are picked early in the morning and dried on paper. The tea is gentle, honey-scented and soothing — ideal in the evening and mild enough for children.',
    },
    ingredients: {
      ky: 'Ромашка гүлү.',
      ru: 'Цветки ромашки.',
      en: 'Chamomile flower heads.',
    },
    variants: [v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 150, 80, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'sea-buckthorn-berries-dried',
    category: 'herbs-tea',
    name: {
      ky: 'Кургатылган чычырканак мөмөсү',
      ru: 'Облепиха сушёная для чая',
      en: 'Dried Sea-Buckthorn Berries for Tea',
    },
    description: {
      ky: 'Кызгылт сары чычырканак мөмөлөрү Ак-Суу жана Түп жагындагы бадалдардан терилип, акырын кургатылат. Чайга кошкондо ананас менен лимонду эске салган кычкыл-жемиштүү даам берет. Бир чай кашыкты кара чай менен бирге демдеңиз.',
      ru: 'Оранжевые ягоды облепихи собирают в зарослях у Ак-Суу и Тюпа и бережно сушат. В чае они раскрываются кисло-фруктовым вкусом, напоминающим ананас и лимон. Заварите чайную ложку вместе с чёрным чаем.',
      en: 'Bright orange sea-buckthorn berries are picked from the thickets around Ak-Suu and Tüp and dried gently. In the cup they release a tangy, fruity flavour with hints of pineapple and lemon. Brew a teaspoon along with black tea.',
    },
    ingredients: {
      ky: 'Чычырканак мөмөсү.',
      ru: 'Ягоды облепихи.',
      en: 'Sea-buckthorn berries.',
    },
    variants: [v('Кагаз пакет, 150 г', 'Крафт-пакет, 150 г', 'Kraft pouch, 150 g', 280, 190, '0813.40')],
    shelfLifeDays: 365,
  },
  {
    key: 'lemon-balm-melissa',
    category: 'herbs-tea',
    name: {
      ky: 'Мелисса',
      ru: 'Мелисса',
      en: 'Lemon Balm',
    },
    description: {
      ky: 'Мелисса Каракол четиндеги үй бакчаларда химиясыз өстүрүлөт, жыты лимон менен жалбыздын ортосундай. Чайы жеңил, тынчтандырат жана уйкуну жакшыртат. Көк чай менен аралаштырсаңыз да даамдуу.',
      ru: 'Мелиссу выращивают без химии на приусадебных участках под Караколом; пахнет она чем-то между лимоном и мятой. Чай лёгкий, успокаивает и помогает уснуть. Вкусно и в смеси с зелёным чаем.',
      en: 'Grown without chemicals in family gardens on the edge of Karakol, lemon balm smells somewhere between lemon and mint. It makes a light, calming tea that helps you drift off, and it’s lovely mixed with green tea.',
    },
    ingredients: {
      ky: 'Мелисса жалбырагы.',
      ru: 'Лист мелиссы.',
      en: 'Lemon balm leaves.',
    },
    variants: [v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 170, 80, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'calendula-flowers',
    category: 'herbs-tea',
    name: {
      ky: 'Календула гүлү',
      ru: 'Календула, цветки',
      en: 'Calendula Petals',
    },
    description: {
      ky: 'Кызгылт сары календула гүлдөрү жайдын аягына чейин улам терилип турат. Чайы жумшак, бир аз ачуу, ал эми кайнатмасы менен чачты чайкашат жана теринин кызарганын басышат. Салатка жана күрүчкө түс берүү үчүн да колдонсо болот.',
      ru: 'Оранжевые соцветия календулы собирают снова и снова до конца лета. Чай мягкий, с лёгкой горчинкой, а отваром ополаскивают волосы и умывают раздражённую кожу. Лепестками можно подкрасить рис или украсить салат.',
      en: 'Marigold-orange calendula heads are picked again and again until summer’s end. The tea is mild with a faint bitterness; the infusion is also used as a hair rinse and to calm irritated skin. Scatter the petals over salads or add them to rice for colour.',
    },
    ingredients: {
      ky: 'Календула гүлү.',
      ru: 'Цветки календулы.',
      en: 'Calendula flowers.',
    },
    variants: [v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 160, 80, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'blackcurrant-leaf-tea',
    category: 'herbs-tea',
    name: {
      ky: 'Кара карагат жалбырагы',
      ru: 'Лист чёрной смородины',
      en: 'Wild Blackcurrant Leaf',
    },
    description: {
      ky: 'Тоо капчыгайларындагы жапайы кара карагаттын жалбырагы мөмөсүндөй эле жыттуу. Кара чайга кошкондо ага жайкы бакчанын жытын берет. Жалбырактар жай башында, эң назик кезинде терилет.',
      ru: 'Листья дикой чёрной смородины из горных ущелий пахнут почти как сами ягоды. В чёрном чае они дают узнаваемый аромат летнего сада. Собирают их в начале лета, когда они самые нежные.',
      en: 'Leaves of wild blackcurrant from the mountain gorges smell almost as fragrant as the berries themselves. Added to black tea they bring the unmistakable scent of a summer garden. They’re picked in early summer, when most tender.',
    },
    ingredients: {
      ky: 'Кара карагат жалбырагы.',
      ru: 'Лист чёрной смородины.',
      en: 'Blackcurrant leaves.',
    },
    variants: [v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 160, 80, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'wild-strawberry-leaf-tea',
    category: 'herbs-tea',
    name: {
      ky: 'Жапайы кулпунай жалбырагы',
      ru: 'Лист земляники лесной',
      en: 'Wild Strawberry Leaf',
    },
    description: {
      ky: 'Жапайы кулпунай Ала-Арча жана Каракол капчыгайларынын карагай токойлорунун четинде өсөт. Жалбырагынын чайы жумшак, бир аз жемиш жыттуу. Аз өлчөмдө гана терилет, ошондуктан ар бир партиясы чектелүү.',
      ru: 'Лесная земляника растёт по опушкам еловых лесов в ущельях Ала-Арча и Каракол. Чай из её листьев мягкий, с тонким ягодным ароматом. Собирают его понемногу, поэтому каждая партия ограничена.',
      en: 'Wild strawberries grow along the edges of the spruce forests in the Ala-Archa and Karakol gorges. Their leaves make a soft tea with a delicate berry aroma. It’s gathered in small amounts, so every batch is limited.',
    },
    ingredients: {
      ky: 'Жапайы кулпунай жалбырагы.',
      ru: 'Лист лесной земляники.',
      en: 'Wild strawberry leaves.',
    },
    variants: [v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 180, 80, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'rhodiola-golden-root',
    category: 'herbs-tea',
    name: {
      ky: 'Алтын тамыр (родиола)',
      ru: 'Золотой корень (родиола розовая)',
      en: 'Golden Root (Rhodiola rosea)',
    },
    description: {
      ky: 'Алтын тамыр 3000 метрден бийик аскалуу жерлерде өсөт, аны лицензиясы бар жыйноочулар гана чектелген өлчөмдө казып алышат. Тамыры кесилгенде роза жыттанат. Чайы жагымдуу ачуу, тоолуктар аны чарчаганда жана бийиктикке көнүү үчүн ичишет.',
      ru: 'Родиола растёт на каменистых склонах выше 3000 метров; её заготавливают в ограниченных объёмах только сборщики с лицензией. На срезе корень пахнет розой. Настой приятно горьковатый — горцы пьют его от усталости и для привыкания к высоте.',
      en: 'Rhodiola grows on rocky slopes above 3,000 metres and is harvested in limited quantities by licensed gatherers only. The cut root smells of roses. The brew is pleasantly bitter; mountain people drink it against fatigue and to adjust to altitude.',
    },
    ingredients: {
      ky: 'Кургатылган алтын тамыр (родиола), туурап кесилген.',
      ru: 'Корень родиолы розовой, сушёный, резаный.',
      en: 'Dried, cut Rhodiola rosea root.',
    },
    variants: [v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 450, 80, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'sleep-herbal-blend',
    category: 'herbs-tea',
    name: {
      ky: '«Жайлоодогу түн» уйку чайы',
      ru: 'Вечерний сбор «Ночь на джайлоо»',
      en: '“Night on the Jailoo” Sleep Blend',
    },
    description: {
      ky: 'Ромашка, мелисса, жалбыз жана душица кошулган бул жумшак аралашма күн бою чарчаган денени эс алдырат. Даамы таттуу-чөптүү, жыты жылдыздуу жайкы түндөй тынч. Уктаар алдында бир чыныга салып, 5–7 мүнөт демдеңиз.',
      ru: 'Мягкий сбор из ромашки, мелиссы, мяты и душицы помогает расслабиться после долгого дня. Вкус сладковато-травяной, а аромат спокойный, как звёздная летняя ночь в горах. Заварите чашку перед сном и дайте настояться 5–7 минут.',
      en: 'A gentle mix of chamomile, lemon balm, mint and oregano to help you unwind after a long day. Sweetly herbal, with an aroma as calm as a starry summer night in the mountains. Brew a cup before bed and let it steep for 5–7 minutes.',
    },
    ingredients: {
      ky: 'Ромашка, мелисса, жалбыз, душица.',
      ru: 'Ромашка, мелисса, мята, душица.',
      en: 'Chamomile, lemon balm, mint, oregano.',
    },
    variants: [v('Кагаз пакет, 70 г', 'Крафт-пакет, 70 г', 'Kraft pouch, 70 g', 250, 100, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'winter-immunity-blend',
    category: 'herbs-tea',
    name: {
      ky: '«Кышкы калкан» чөп чайы',
      ru: 'Сбор «Зимний щит»',
      en: '“Winter Shield” Herbal Blend',
    },
    description: {
      ky: 'Итмурун, чычырканак, долоно жана кийик от — Кыргызстандын суук кышында ата-бабаларыбыз ичкен чөптөр. Чайы кочкул, кычкыл-таттуу жана жылытуучу. Бир кашык бал кошуп, ысык бойдон ичиңиз.',
      ru: 'Шиповник, облепиха, боярышник и чабрец — то, что пили наши предки суровыми кыргызскими зимами. Настой тёмный, кисло-сладкий и согревающий. Добавьте ложку мёда и пейте горячим.',
      en: 'Rose hip, sea buckthorn, hawthorn and wild thyme — the herbs our grandparents relied on through harsh Kyrgyz winters. The brew is dark, sweet-tart and warming. Stir in a spoonful of honey and drink it hot.',
    },
    ingredients: {
      ky: 'Итмурун, чычырканак мөмөсү, долоно, кийик от.',
      ru: 'Шиповник, ягоды облепихи, боярышник, чабрец.',
      en: 'Rose hip, sea-buckthorn berries, hawthorn berries, wild thyme.',
    },
    variants: [v('Кагаз пакет, 100 г', 'Крафт-пакет, 100 г', 'Kraft pouch, 100 g', 300, 140, '2106.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'herbal-tea-gift-trio',
    category: 'herbs-tea',
    name: {
      ky: 'Тоо чайлары: үч түрлүү белек топтому',
      ru: 'Подарочный набор «Три горных чая»',
      en: 'Mountain Tea Trio Gift Set',
    },
    description: {
      ky: 'Кийиз менен кооздолгон кутуда үч чай: Ысык-Көл чөп чайы, кийик от жана «Теңир-Тоо». Кыргызстандын жайлоолорунан жеңил, жыттуу эстелик. Чет өлкөгө белек катары жөнөтүү оңой.',
      ru: 'Три чая в коробке с войлочным декором: «Иссык-Кульский» сбор, чабрец и «Тянь-Шаньский». Лёгкий и ароматный привет с кыргызских джайлоо. Удобно отправить в подарок за границу.',
      en: 'Three teas in a box trimmed with felt: the Issyk-Kul herbal blend, wild thyme and Tian Shan Highland Tea. A light, fragrant keepsake from the Kyrgyz summer pastures — and easy to post abroad.',
    },
    ingredients: {
      ky: 'Кийик от, жалбыз, итмурун, чычырканак жалбырагы, ромашка, сары чай чөп (зверобой), алтын тамыр, кара карагат жалбырагы; кутусу картон жана кийиз.',
      ru: 'Чабрец, мята, шиповник, лист облепихи, ромашка, зверобой, родиола, лист чёрной смородины; коробка из картона с войлоком.',
      en: 'Wild thyme, mint, rose hip, sea-buckthorn leaf, chamomile, St John’s wort, rhodiola, blackcurrant leaf; cardboard box with felt trim.',
    },
    variants: [v('3 × 50 г', '3 × 50 г', '3 × 50 g', 650, 320, '1211.90')],
    shelfLifeDays: 540,
  },
  {
    key: 'black-tea-with-thyme',
    category: 'herbs-tea',
    name: {
      ky: 'Кийик от кошулган кара чай',
      ru: 'Чёрный чай с чабрецом',
      en: 'Black Tea with Wild Thyme',
    },
    description: {
      ky: 'Кыргыз үйлөрүндө эң көп ичилген чай — кара чайга тоо кийик оту кошулган. Биз ири жалбырактуу кара чайды Ысык-Көлдүн кийик оту менен аралаштырдык. Сүт кошуп же жөн эле боорсок менен ичиңиз.',
      ru: 'Самый «домашний» чай кыргызских семей — чёрный с горным чабрецом. Мы смешали крупнолистовой чёрный чай с иссык-кульским чабрецом. Пейте с молоком или просто с горячими боорсоками.',
      en: 'The everyday tea of Kyrgyz homes: black tea with mountain thyme. We blend large-leaf black tea with wild thyme from Issyk-Kul. Drink it with milk, or simply with a plate of warm boorsok.',
    },
    ingredients: {
      ky: 'Ири жалбырактуу кара чай, кийик от.',
      ru: 'Чёрный крупнолистовой чай, чабрец.',
      en: 'Large-leaf black tea, wild thyme.',
    },
    variants: [
      v('Кагаз пакет, 100 г', 'Крафт-пакет, 100 г', 'Kraft pouch, 100 g', 220, 140, '0902.30'),
      v('Кагаз пакет, 250 г', 'Крафт-пакет, 250 г', 'Kraft pouch, 250 g', 480, 310, '0902.30'),
    ],
    shelfLifeDays: 540,
  },
  {
    key: 'hawthorn-berries-dried',
    category: 'herbs-tea',
    name: {
      ky: 'Кургатылган долоно',
      ru: 'Боярышник сушёный',
      en: 'Dried Hawthorn Berries',
    },
    description: {
      ky: 'Долоно күзүндө Талас жана Чаткал тоолорунун этегинде кызарып бышат. Мөмөлөрү кургатылып, алма сыяктуу таттуу, бир аз кычкыл чай берет. Элде жүрөккө пайдалуу деп эсептелет; итмурун менен бирге демдесеңиз да болот.',
      ru: 'Осенью боярышник краснеет в предгорьях Таласского и Чаткальского хребтов. Из сушёных ягод получается сладковатый, чуть кислый чай с яблочной ноткой. В народе его считают полезным для сердца; хорошо заваривать вместе с шиповником.',
      en: 'Hawthorn berries ripen red in autumn in the foothills of the Talas and Chatkal ranges. Dried, they make a sweetish, gently tart tea with an apple-like note. Traditionally thought good for the heart; try brewing them with rose hips.',
    },
    ingredients: {
      ky: 'Долоно мөмөсү.',
      ru: 'Плоды боярышника.',
      en: 'Hawthorn berries.',
    },
    variants: [v('Кагаз пакет, 150 г', 'Крафт-пакет, 150 г', 'Kraft pouch, 150 g', 200, 190, '0813.40')],
    shelfLifeDays: 540,
  },
  {
    key: 'nettle-leaf-tea',
    category: 'herbs-tea',
    name: {
      ky: 'Чалкан жалбырагы',
      ru: 'Крапива, лист',
      en: 'Nettle Leaf',
    },
    description: {
      ky: 'Жаз башында чалкандын жаш учтары терилип, көлөкөдө кургатылат. Чайы жашыл, жумшак, бир аз жаңгак сыяктуу даамдуу. Аны темирге бай чай катары ичишет, ал эми кайнатмасы менен чачты чайкашат.',
      ru: 'Ранней весной собирают молодые верхушки крапивы и сушат в тени. Настой зелёный, мягкий, с лёгким ореховым привкусом. Его пьют как источник железа, а отваром ополаскивают волосы.',
      en: 'Young nettle tips are gathered in early spring and dried in the shade. The brew is green and mellow with a slightly nutty taste. People drink it as an iron-rich tonic and use it as a hair rinse.',
    },
    ingredients: {
      ky: 'Чалкан жалбырагы.',
      ru: 'Лист крапивы.',
      en: 'Nettle leaves.',
    },
    variants: [v('Кагаз пакет, 50 г', 'Крафт-пакет, 50 г', 'Kraft pouch, 50 g', 140, 80, '1211.90')],
    shelfLifeDays: 540,
  },
];

// ---------------------------------------------------------------------------
// TEXTILES (felt goods are catalogued separately)
// ---------------------------------------------------------------------------
const textiles: ProductSeed[] = [
  {
    key: 'tush-kiyiz-wall-hanging',
    category: 'textiles',
    featured: true,
    name: {
      ky: 'Туш кийиз',
      ru: 'Туш кийиз — вышитый настенный ковёр',
      en: 'Tush Kiyiz Embroidered Wall Hanging',
    },
    description: {
      ky: 'Туш кийиз — кыз узатууда берилчү, боз үйдүн төрүнө илинчү эң кымбат буюм. Бөкөнбаевдеги чеберлер кара баркытка жибек жип менен илме сайма салып, бир кийизге үч-төрт ай убакыт коротушат. Ар бир оюунун өз мааниси бар: кочкор мүйүз — байлык, гүл — узак өмүр.',
      ru: 'Туш кийиз — самая дорогая вещь в приданом невесты, которую вешают на почётном месте в юрте. Мастерицы из Боконбаева вышивают его тамбурным швом шёлковой нитью по тёмному бархату и тратят на одно панно три-четыре месяца. Каждый узор что-то значит: бараний рог — достаток, цветок — долгую жизнь.',
      en: 'The tush kiyiz is the most precious piece of a Kyrgyz bride’s dowry, hung in the place of honour in the yurt. Needlewomen in Bokonbaevo chain-stitch it in silk thread onto dark velvet, spending three to four months on a single hanging. Every motif carries meaning: the ram’s horn for prosperity, the flower for long life.',
    },
    ingredients: {
      ky: 'Баркыт, жибек жана пахта жиптер, пахта кездеме (астары).',
      ru: 'Бархат, шёлковые и хлопковые нити, хлопковая подкладка.',
      en: 'Velvet, silk and cotton threads, cotton lining.',
    },
    variants: [
      v('Орточо, 120 × 180 см', 'Средний, 120 × 180 см', 'Medium, 120 × 180 cm', 32000, 2100, '6304.99'),
      v('Чоң, 150 × 220 см', 'Большой, 150 × 220 см', 'Large, 150 × 220 cm', 48000, 2900, '6304.99'),
    ],
  },
  {
    key: 'tush-kiyiz-mini-panel',
    category: 'textiles',
    name: {
      ky: 'Кичи туш кийиз панно',
      ru: 'Мини-панно в технике туш кийиз',
      en: 'Mini Tush Kiyiz Panel',
    },
    description: {
      ky: 'Чоң туш кийиздин бардык сулуулугу — шаардык батирдин дубалына ылайыкталган өлчөмдө. Кара же кочкул кызыл баркытка илме сайма менен бир гана борбордук оюу салынат. Жыгач илгичи менен келет, дароо илип койсоңуз болот.',
      ru: 'Вся красота большого туш кийиза в формате, который подойдёт для городской квартиры. На тёмном или бордовом бархате тамбурным швом вышит один центральный орнамент. Поставляется с деревянной планкой — можно сразу вешать.',
      en: 'All the beauty of a full-size tush kiyiz, scaled for a city apartment wall. A single central motif is chain-stitched onto black or burgundy velvet. It comes with a wooden hanging rod, ready to put up.',
    },
    ingredients: {
      ky: 'Баркыт, жибек жана пахта жиптер, пахта астар, жыгач илгич.',
      ru: 'Бархат, шёлковые и хлопковые нити, хлопковая подкладка, деревянная планка.',
      en: 'Velvet, silk and cotton threads, cotton lining, wooden rod.',
    },
    variants: [v('50 × 70 см', '50 × 70 см', '50 × 70 cm', 9500, 750, '6304.99')],
  },
  {
    key: 'chiy-reed-screen',
    category: 'textiles',
    name: {
      ky: 'Ороо чий',
      ru: 'Чий — ширма из камыша, обвитого шерстью',
      en: 'Chiy Screen of Wool-Wrapped Reeds',
    },
    description: {
      ky: 'Ороо чий боз үйдүн ичин бөлүп, керегени кооздоочу салттуу тосмо. Кызыл-Туудагы чеберлер ар бир чий сабагын боёлгон жүн жип менен өзүнчө ороп, андан кийин оюу чыккандай кылып тизип, жүн жип менен токушат. Бир тосмону жасоого эки айдай убакыт кетет.',
      ru: 'Чий — традиционная ширма, которая отгораживает часть юрты и украшает её решётчатые стены. Мастера из Кызыл-Туу обматывают каждый стебель степной травы чий цветной шерстяной нитью так, чтобы после сборки сложился орнамент, и сплетают стебли шерстяной пряжей. На одну ширму уходит около двух месяцев.',
      en: 'A chiy is the traditional screen that divides the yurt and dresses its lattice walls. Craftswomen in Kyzyl-Tuu wrap each stem of chiy grass individually in dyed wool so that, once lined up and bound together, the stems form a pattern. One screen takes about two months to make.',
    },
    ingredients: {
      ky: 'Чий сабактары, табигый боёк менен боёлгон кой жүнү.',
      ru: 'Стебли чия, овечья шерсть, окрашенная натуральными красителями.',
      en: 'Chiy grass stems, sheep’s wool coloured with natural dyes.',
    },
    variants: [v('180 × 140 см', '180 × 140 см', '180 × 140 cm', 28000, 7500, '4601.29')],
  },
  {
    key: 'chiy-placemats-set',
    category: 'textiles',
    name: {
      ky: 'Чий салфеткалар, 4 даана',
      ru: 'Салфетки-подставки из чия, набор из 4 штук',
      en: 'Chiy Placemats, Set of Four',
    },
    description: {
      ky: 'Илгерки чий токуу өнөрү азыркы ашканага: жүн менен оролгон чий сабактарынан жасалган төрт салфетка. Ар бирин бир кыргыз оюусу кооздойт. Ысык идишке чыдайт, кургак щётка же чүпүрөк менен тазалаңыз.',
      ru: 'Древнее ремесло чия для современной кухни: четыре подставки из стеблей, обвитых шерстью. На каждой — свой кыргызский орнамент. Выдерживают горячую посуду; чистить сухой щёткой или тканью.',
      en: 'An ancient craft for the modern table: four placemats made from wool-wrapped chiy stems, each with a different Kyrgyz motif. They can take a hot dish; clean with a dry brush or cloth.',
    },
    ingredients: {
      ky: 'Чий сабактары, боёлгон кой жүнү.',
      ru: 'Стебли чия, крашеная овечья шерсть.',
      en: 'Chiy grass stems, dyed sheep’s wool.',
    },
    variants: [v('4 × 30 × 45 см', '4 шт., 30 × 45 см', '4 pcs, 30 × 45 cm', 3200, 1200, '4601.29')],
  },
  {
    key: 'chiy-wall-panel',
    category: 'textiles',
    name: {
      ky: 'Дубалга илинчү чий панно',
      ru: 'Настенное панно из чия',
      en: 'Chiy Wall Panel',
    },
    description: {
      ky: 'Кичинекей чий панно — боз үйдүн бир бөлүгүн үйүңүзгө алып келүүнүн эң жөнөкөй жолу. Оюу тоо, көл жана түндүк сүрөтүн элестетет. Төрт бурчу табигый жыгач менен бекемделген.',
      ru: 'Небольшое панно из чия — самый простой способ принести в дом частичку юрты. Узор складывается в горы, озеро и тюндюк — купол юрты. Края укреплены рамкой из натурального дерева.',
      en: 'A small chiy panel is the simplest way to bring a piece of the yurt into your home. The pattern evokes mountains, the lake and the tunduk, the yurt’s crown. The edges are framed in natural wood.',
    },
    ingredients: {
      ky: 'Чий сабактары, боёлгон кой жүнү, карагай жыгачы.',
      ru: 'Стебли чия, крашеная овечья шерсть, ель.',
      en: 'Chiy grass stems, dyed sheep’s wool, spruce wood.',
    },
    variants: [v('50 × 70 см', '50 × 70 см', '50 × 70 cm', 7500, 1600, '4601.29')],
  },
  {
    key: 'kurak-patchwork-quilt',
    category: 'textiles',
    name: {
      ky: 'Курак жууркан',
      ru: 'Лоскутное одеяло курак',
      en: 'Kurak Patchwork Quilt',
    },
    description: {
      ky: 'Курак — кыргыз аялдарынын эң байыркы өнөрлөрүнүн бири: кездеме калдыктарын ыргытпай, аларды жылдыз, үч бурчтук жана «тумар» оюуларына куруп чыгышат. Жуурканды Каракол шаарындагы аялдар кооперативи тигет, ичине жуулган кой жүнү салынат. Жеңил, жылуу жана ар бири кайталангыс.',
      ru: 'Курак — одно из древнейших ремёсел кыргызских женщин: лоскуты не выбрасывают, а собирают в звёзды, треугольники и узор «тумар»-оберег. Одеяло шьёт женский кооператив из Каракола, внутри — мытая овечья шерсть. Лёгкое, тёплое и каждое в единственном экземпляре.',
      en: 'Kurak is one of the oldest crafts of Kyrgyz women: no scrap of fabric is wasted, but pieced into stars, triangles and the protective “tumar” amulet motif. These quilts are sewn by a women’s cooperative in Karakol and filled with washed sheep’s wool. Light, warm and every one unique.',
    },
    ingredients: {
      ky: 'Пахта кездемелер, жуулган кой жүнү (ичи), пахта жип.',
      ru: 'Хлопковые ткани, мытая овечья шерсть (наполнитель), хлопковые нитки.',
      en: 'Cotton fabrics, washed sheep’s wool filling, cotton thread.',
    },
    variants: [
      v('160 × 210 см', '160 × 210 см', '160 × 210 cm', 9500, 3800, '9404.90'),
      v('200 × 220 см', '200 × 220 см', '200 × 220 cm', 12500, 5000, '9404.90'),
    ],
  },
  {
    key: 'kurak-baby-quilt',
    category: 'textiles',
    name: {
      ky: 'Ымыркайлар үчүн курак жууркан',
      ru: 'Детское лоскутное одеяло курак',
      en: 'Kurak Baby Quilt',
    },
    description: {
      ky: 'Кыргыздарда жаңы төрөлгөн балага курак жууркан жабуу — «көп адамдын батасы тийсин» деген ырым. Бул жуурканды ачык түстөгү пахта кездемелерден тигип, ичине жеңил жүн салабыз. Бешикке, балдар арабасына же белекке эң ылайыктуу.',
      ru: 'У кыргызов есть обычай укрывать новорождённого лоскутным одеялом: «пусть на малыша снизойдёт благословение многих людей». Это одеяло сшито из ярких хлопковых лоскутов с лёгким шерстяным наполнителем. Для колыбели, коляски или в подарок на рождение.',
      en: 'There’s a Kyrgyz custom of wrapping a newborn in a patchwork quilt, so that the blessings of many people will rest on the child. This one is pieced from bright cotton scraps with a light wool filling — for the cradle, the pram or as a birth gift.',
    },
    ingredients: {
      ky: 'Пахта кездемелер, кой жүнү (ичи), пахта жип.',
      ru: 'Хлопковые ткани, овечья шерсть (наполнитель), хлопковые нитки.',
      en: 'Cotton fabrics, sheep’s wool filling, cotton thread.',
    },
    variants: [v('100 × 120 см', '100 × 120 см', '100 × 120 cm', 5500, 1500, '9404.90')],
  },
  {
    key: 'kurak-korpocho-floor-mattress',
    category: 'textiles',
    name: {
      ky: 'Курак көрпөчө',
      ru: 'Курпача с лоскутным верхом',
      en: 'Kurak Korpocho Floor Cushion',
    },
    description: {
      ky: 'Көрпөчө — дасторкондун тегерегине төшөлүүчү жумшак жука төшөк; коноктор ага отуруп чай ичишет. Үстү курак ыкмасында курулуп, ичи кой жүнү менен тыгыз толтурулат. Оңой бүктөлүп, жыйналат.',
      ru: 'Курпача — мягкий тонкий тюфяк, который раскладывают вокруг дастархана, чтобы гостям было удобно сидеть за чаем. Верх собран из лоскутов в технике курак, внутри — плотно уложенная овечья шерсть. Легко складывается и убирается.',
      en: 'A korpocho is the thin, soft mattress laid around the dastorkon so guests can sit comfortably over tea. The top is pieced in kurak patchwork and the inside is firmly packed with sheep’s wool. It folds up easily for storage.',
    },
    ingredients: {
      ky: 'Пахта жана баркыт кездемелер, кой жүнү (ичи).',
      ru: 'Хлопковые и бархатные ткани, овечья шерсть (наполнитель).',
      en: 'Cotton and velvet fabrics, sheep’s wool filling.',
    },
    variants: [v('180 × 60 см', '180 × 60 см', '180 × 60 cm', 6500, 4000, '9404.29')],
  },
  {
    key: 'kurak-cushion',
    category: 'textiles',
    name: {
      ky: 'Курак жаздык',
      ru: 'Подушка в технике курак',
      en: 'Kurak Patchwork Cushion',
    },
    description: {
      ky: 'Ар түстүү кесимдерден курулган кооз жаздык диванга, креслого же көрпөчөнүн үстүнө ылайыктуу. Ичи кой жүнүнөн, ошондуктан жаздык формасын жылдар бою сактайт. Кабы сыдырма менен чечилет.',
      ru: 'Яркая подушка, собранная из разноцветных лоскутов, оживит диван, кресло или курпачу. Наполнитель — овечья шерсть, поэтому подушка держит форму долгие годы. Наволочка снимается, застёжка на молнии.',
      en: 'A bright cushion pieced from many-coloured scraps to liven up a sofa, armchair or korpocho. The sheep’s-wool filling keeps its shape for years. The cover comes off with a zip.',
    },
    ingredients: {
      ky: 'Пахта кездемелер, кой жүнү (ичи), сыдырма.',
      ru: 'Хлопковые ткани, овечья шерсть (наполнитель), молния.',
      en: 'Cotton fabrics, sheep’s wool filling, zip.',
    },
    variants: [
      v('40 × 40 см', '40 × 40 см', '40 × 40 cm', 2200, 900, '9404.90'),
      v('50 × 50 см', '50 × 50 см', '50 × 50 cm', 2800, 1200, '9404.90'),
    ],
  },
  {
    key: 'yurt-pattern-table-runner',
    category: 'textiles',
    name: {
      ky: 'Түндүк оюулуу дасторкон жолу',
      ru: 'Дорожка на стол с узором «тюндюк»',
      en: 'Tunduk Yurt-Pattern Table Runner',
    },
    description: {
      ky: 'Зыгыр кездемеге боз үйдүн түндүгү жана кереге торунун оюусу кол менен сайылган. Жөнөкөй ак же боз дасторконду майрамдык кылып өзгөртөт. 30 градуста кол менен жууса болот.',
      ru: 'На льняное полотно вручную вышит узор тюндюка — купола юрты — и решётки-кереге. Дорожка сразу превращает простую скатерть в праздничную. Можно стирать вручную при 30 °C.',
      en: 'The crown (tunduk) and lattice (kerege) of the yurt are hand-embroidered onto linen. Lay it over a plain tablecloth and the table instantly looks festive. Hand-wash at 30 °C.',
    },
    ingredients: {
      ky: 'Зыгыр кездеме, пахта жиптер.',
      ru: 'Льняная ткань, хлопковые нити мулине.',
      en: 'Linen, cotton embroidery floss.',
    },
    variants: [
      v('35 × 150 см', '35 × 150 см', '35 × 150 cm', 2800, 350, '6302.59'),
      v('35 × 200 см', '35 × 200 см', '35 × 200 cm', 3500, 450, '6302.59'),
    ],
  },
  {
    key: 'embroidered-cushion-cover',
    category: 'textiles',
    name: {
      ky: 'Сайма жаздык кап',
      ru: 'Вышитая наволочка для декоративной подушки',
      en: 'Embroidered Cushion Cover',
    },
    description: {
      ky: 'Таластык чеберлер пахта кездемеге «кочкор мүйүз» оюусун кызыл жана алтын түстөгү жиптер менен сайышат. Жаздык кабы сыдырма менен бекийт. Ичи кошулбайт — колуңуздагы 45 × 45 см жаздыкка кийгизиңиз.',
      ru: 'Мастерицы из Таласа вышивают на хлопке орнамент «кочкор мүйүз» — бараний рог — красными и золотистыми нитями. Наволочка застёгивается на молнию. Подушка в комплект не входит — подойдёт любая 45 × 45 см.',
      en: 'Needlewomen in Talas embroider the ram’s-horn (kochkor müyüz) motif onto cotton in red and gold threads. The cover closes with a zip. Insert not included — it fits any standard 45 × 45 cm cushion.',
    },
    ingredients: {
      ky: 'Пахта кездеме, пахта жиптер, сыдырма.',
      ru: 'Хлопковая ткань, хлопковые нити, молния.',
      en: 'Cotton fabric, cotton threads, zip.',
    },
    variants: [v('45 × 45 см', '45 × 45 см', '45 × 45 cm', 1600, 250, '6304.92')],
  },
  {
    key: 'yak-wool-scarf',
    category: 'textiles',
    featured: true,
    name: {
      ky: 'Топоз жүнүнөн моюн орогуч',
      ru: 'Шарф из пуха яка',
      en: 'Yak-Down Scarf',
    },
    description: {
      ky: 'Жазында топоздор түлөгөндө Нарындын малчылары алардын назик түбүтүн тарак менен тарап алышат. Бул түбүт кашемирдей жумшак, бирок андан жылуураак жана терини кычыштырбайт. Жип кол менен ийрилип, Кочкордогу чеберлер шарфты жай токушат — боёгу жок, топоздун табигый күрөң түсүндө.',
      ru: 'Весной, когда яки линяют, нарынские чабаны вычёсывают гребнем их нежный подшёрсток. Этот пух мягок, как кашемир, но теплее и совсем не колется. Пряжу прядут вручную, а мастерицы из Кочкора неспешно вяжут шарф — без красителей, в естественном коричневом цвете яка.',
      en: 'Each spring, when the yaks moult, Naryn herders comb out their fine undercoat by hand. The down is as soft as cashmere, warmer still, and never itchy. It’s hand-spun and knitted slowly by craftswomen in Kochkor — undyed, in the yak’s own natural brown.',
    },
    ingredients: {
      ky: '100 % топоз түбүтү.',
      ru: '100 % пух яка.',
      en: '100% yak down.',
    },
    variants: [v('30 × 180 см', '30 × 180 см', '30 × 180 cm', 3400, 250, '6214.20')],
  },
  {
    key: 'yak-wool-shawl',
    category: 'textiles',
    name: {
      ky: 'Топоз түбүтүнөн шаль',
      ru: 'Шаль из пуха яка',
      en: 'Yak-Down Shawl',
    },
    description: {
      ky: 'Кең, жеңил жана жылуу шаль ийинге жабылат же моюнга оролот. Ичке ийрилген топоз түбүтүнөн ажур оюу менен токулган. Табигый боз жана күрөң түстөрдө, ар бири кол менен жасалган.',
      ru: 'Большая, лёгкая и тёплая шаль, которую можно накинуть на плечи или обернуть вокруг шеи. Связана ажурным узором из тонко спрядённого пуха яка. Естественные серые и коричневые оттенки, каждая связана вручную.',
      en: 'A generous, feather-light and warm shawl to throw over your shoulders or wrap around your neck. It’s knitted in an openwork pattern from finely spun yak down, in natural greys and browns, every one made by hand.',
    },
    ingredients: {
      ky: '100 % топоз түбүтү.',
      ru: '100 % пух яка.',
      en: '100% yak down.',
    },
    variants: [v('70 × 200 см', '70 × 200 см', '70 × 200 cm', 6000, 450, '6214.20')],
  },
  {
    key: 'yak-wool-knitted-hat',
    category: 'textiles',
    name: {
      ky: 'Топоз жүнүнөн токулган топу',
      ru: 'Вязаная шапка из шерсти яка',
      en: 'Knitted Yak-Wool Beanie',
    },
    description: {
      ky: 'Тоодо, чаңгы тебүүдө жана шаардын кышкы аязында — бул топу кулакты жылытып, башты терлетпейт. Топоз жүнү менен бир аз кой жүнү аралаштырылып, бекем жана жумшак жип алынат. Эки түрдүү: табигый күрөң жана кара көк.',
      ru: 'В горах, на лыжном склоне и в городской мороз эта шапка греет уши, но не даёт голове вспотеть. Шерсть яка смешивают с небольшой долей овечьей — пряжа получается прочной и мягкой. Два цвета: натуральный коричневый и тёмно-синий.',
      en: 'On the mountain, on the ski slope or on a freezing city morning, this beanie keeps your ears warm without making you sweat. Yak wool blended with a little sheep’s wool makes a yarn that’s both tough and soft. Two colours: natural brown and deep navy.',
    },
    ingredients: {
      ky: '80 % топоз жүнү, 20 % кой жүнү.',
      ru: '80 % шерсть яка, 20 % овечья шерсть.',
      en: '80% yak wool, 20% sheep’s wool.',
    },
    variants: [
      v('Табигый күрөң', 'Натуральный коричневый', 'Natural brown', 1600, 150, '6505.00'),
      v('Кара көк', 'Тёмно-синий', 'Deep navy', 1600, 150, '6505.00'),
    ],
  },
  {
    key: 'camel-wool-socks',
    category: 'textiles',
    name: {
      ky: 'Төө жүнүнөн байпак',
      ru: 'Носки из верблюжьей шерсти',
      en: 'Camel-Wool Socks',
    },
    description: {
      ky: 'Ат-Башы жана Ак-Сай жагындагы төөлөрдүн жүнүнөн ийрилген жиптен колго токулган байпак. Төө жүнү жылуу, нымды жакшы сиңирет жана буттун жытын кетирет. Кышкы үйгө, чатырга же тоо жүрүшүнө ылайыктуу.',
      ru: 'Вязаные вручную носки из пряжи, спрядённой из шерсти верблюдов долин Ат-Башы и Ак-Сай. Верблюжья шерсть тёплая, хорошо впитывает влагу и не даёт ногам потеть. Для зимнего дома, палатки и горных походов.',
      en: 'Hand-knitted socks made from yarn spun from the wool of camels in the At-Bashy and Ak-Sai valleys. Camel wool is warm, wicks moisture well and keeps feet fresh. For winter evenings at home, the tent or the trail.',
    },
    ingredients: {
      ky: '100 % төө жүнү.',
      ru: '100 % верблюжья шерсть.',
      en: '100% camel wool.',
    },
    variants: [
      v('1 жуп (36–45 өлчөм)', '1 пара (размеры 36–45)', '1 pair (EU 36–45)', 650, 150, '6115.94'),
      v('3 жуп', '3 пары', '3 pairs', 1800, 400, '6115.94'),
    ],
  },
  {
    key: 'sheep-wool-mittens',
    category: 'textiles',
    name: {
      ky: 'Оюулуу жүн мээлей',
      ru: 'Шерстяные варежки с орнаментом',
      en: 'Patterned Wool Mittens',
    },
    description: {
      ky: 'Кой жүнүнөн токулган калың мээлейдин үстүнө ак жана кызыл жип менен «ит куйрук» оюусу салынган. Каракол жанындагы апалар кыш бою токушат. Чоңдор үчүн эки өлчөмдө.',
      ru: 'Плотные варежки из овечьей шерсти с узором «ит куйрук» («собачий хвост»), вывязанным белой и красной нитью. Их всю зиму вяжут бабушки из сёл под Караколом. Два взрослых размера.',
      en: 'Thick sheep’s-wool mittens knitted with the traditional “it kuyruk” (dog’s-tail) pattern in white and red. Grandmothers in the villages near Karakol knit them all winter long. Two adult sizes.',
    },
    ingredients: {
      ky: '100 % кой жүнү.',
      ru: '100 % овечья шерсть.',
      en: '100% sheep’s wool.',
    },
    variants: [
      v('Аялдардыкы (S/M)', 'Женские (S/M)', 'Women’s (S/M)', 900, 200, '6116.91'),
      v('Эркектердики (L/XL)', 'Мужские (L/XL)', 'Men’s (L/XL)', 950, 220, '6116.91'),
    ],
  },
  {
    key: 'yak-wool-sweater',
    category: 'textiles',
    name: {
      ky: 'Топоз жүнүнөн свитер',
      ru: 'Свитер из шерсти яка',
      en: 'Yak-Wool Sweater',
    },
    description: {
      ky: 'Кочкордогу токуучулар топоз жүнүнөн жумшак, бирок бекем свитер токушат: жакасы бийик, жеңдеринде кичинекей оюу бар. Аны кийсеңиз, жайлоодо да, шаарда да үшүбөйсүз. Жылдар бою формасын жоготпойт.',
      ru: 'Вязальщицы из Кочкора делают из шерсти яка мягкий, но прочный свитер с высоким воротом и небольшим орнаментом на рукавах. В нём не замёрзнешь ни на джайлоо, ни в городе. Держит форму годами.',
      en: 'Knitters in Kochkor make this soft yet hard-wearing yak-wool sweater with a high neck and a small ornament on the sleeves. Warm enough for a high pasture, smart enough for town, and it keeps its shape for years.',
    },
    ingredients: {
      ky: '100 % топоз жүнү.',
      ru: '100 % шерсть яка.',
      en: '100% yak wool.',
    },
    variants: [
      v('S–M өлчөм', 'Размер S–M', 'Size S–M', 9500, 800, '6110.19'),
      v('L–XL өлчөм', 'Размер L–XL', 'Size L–XL', 9900, 900, '6110.19'),
    ],
  },
  {
    key: 'camel-wool-duvet',
    category: 'textiles',
    name: {
      ky: 'Төө жүнүнөн жууркан',
      ru: 'Одеяло с верблюжьей шерстью',
      en: 'Camel-Wool Duvet',
    },
    description: {
      ky: 'Жуулуп, таралган төө жүнү пахта кездеменин ичине бир калыпта жайылып, кол менен сырылат. Жууркан кышында жылытат, жайында денени ысытпайт, анткени төө жүнү аба өткөрөт. Аллергиясы бар адамдар да колдоно алышат.',
      ru: 'Мытую, расчёсанную верблюжью шерсть ровным слоем укладывают в хлопковый чехол и простёгивают вручную. Зимой одеяло греет, а летом не перегревает — верблюжья шерсть дышит. Подходит и аллергикам.',
      en: 'Washed and carded camel wool is laid evenly inside a cotton shell and hand-quilted. The duvet keeps you warm in winter without overheating in summer, because camel wool breathes. Suitable for allergy sufferers too.',
    },
    ingredients: {
      ky: 'Төө жүнү (ичи), пахта кездеме (сырты).',
      ru: 'Верблюжья шерсть (наполнитель), хлопковый чехол.',
      en: 'Camel wool filling, cotton shell.',
    },
    variants: [
      v('Бир жарым кишилик, 150 × 200 см', 'Полуторное, 150 × 200 см', 'Single, 150 × 200 cm', 14000, 2800, '9404.90'),
      v('Эки кишилик, 200 × 220 см', 'Двуспальное, 200 × 220 см', 'Double, 200 × 220 cm', 18000, 3800, '9404.90'),
    ],
  },
  {
    key: 'baskur-yurt-band',
    category: 'textiles',
    name: {
      ky: 'Терме баскур',
      ru: 'Баскур — тканая лента для юрты',
      en: 'Baskur Woven Yurt Band',
    },
    description: {
      ky: 'Баскур — боз үйдүн керегесин сыртынан бекемдеп, ичин кооздогон узун терме тасма. Аны тар өрмөктө кол менен, кызыл, ак жана кара жүн жиптен согушат. Азыр аны дубалга, тепкичке же узун дасторкондун үстүнө кооздук катары илишет.',
      ru: 'Баскур — длинная тканая лента, которая стягивает решётку юрты и украшает её изнутри. Её ткут вручную на узком станке-өрмөк в технике терме из красной, белой и чёрной шерсти. Сегодня баскур вешают на стену, вдоль лестницы или стелют по длинному столу.',
      en: 'A baskur is the long woven band that binds the yurt’s lattice walls and decorates the interior. It’s hand-woven in the terme technique on a narrow loom from red, white and black wool. Today people hang it on a wall or a staircase, or lay it down a long dining table.',
    },
    ingredients: {
      ky: 'Кой жүнүнөн ийрилген жип, табигый боёктор.',
      ru: 'Пряжа из овечьей шерсти, натуральные красители.',
      en: 'Hand-spun sheep’s-wool yarn, natural dyes.',
    },
    variants: [v('25 см × 3 м', '25 см × 3 м', '25 cm × 3 m', 8500, 1200, '5806.39')],
  },
  {
    key: 'embroidered-velvet-clutch',
    category: 'textiles',
    name: {
      ky: 'Саймалуу баркыт капчык',
      ru: 'Бархатный клатч с вышивкой',
      en: 'Embroidered Velvet Clutch',
    },
    description: {
      ky: 'Туш кийиздин илме саймасы кичинекей кечки капчыкка которулду. Кочкул көк баркытка алтын түстөгү жип менен гүл оюусу салынган. Ичи жибек сымал астар менен капталган, магнит топчу менен бекийт.',
      ru: 'Тамбурная вышивка туш кийиза перенесена на маленький вечерний клатч. На тёмно-синем бархате — цветочный узор золотистой нитью. Внутри — гладкая подкладка, застёжка на магнитной кнопке.',
      en: 'The chain-stitch embroidery of the tush kiyiz, reimagined as a small evening clutch. A floral motif in gold thread glows on deep-blue velvet. Smooth lining inside; closes with a magnetic snap.',
    },
    ingredients: {
      ky: 'Баркыт, жибек жана пахта жиптер, астар кездеме, магнит топчу.',
      ru: 'Бархат, шёлковые и хлопковые нити, подкладочная ткань, магнитная кнопка.',
      en: 'Velvet, silk and cotton threads, lining fabric, magnetic snap.',
    },
    variants: [v('22 × 14 см', '22 × 14 см', '22 × 14 cm', 1900, 300, '4202.22')],
  },
  {
    key: 'saima-embroidered-tablecloth',
    category: 'textiles',
    name: {
      ky: 'Сайма дасторкон',
      ru: 'Скатерть с ручной вышивкой',
      en: 'Hand-Embroidered Tablecloth',
    },
    description: {
      ky: 'Ак пахта кездеменин четтерине жана ортосуна ай-чолпон, гүл жана кочкор мүйүз оюулары кол менен сайылат. Мындай дасторкон кыргыз үйлөрүндө майрамдарда гана жайылат. Бир дасторконду сайууга бир айдан ашык убакыт кетет.',
      ru: 'По краям и в центре белого хлопкового полотна вручную вышиты полумесяцы со звездой, цветы и бараньи рога. Такой дастархан в кыргызских семьях стелют только по праздникам. На одну скатерть уходит больше месяца работы.',
      en: 'The border and centre of this white cotton cloth are hand-embroidered with crescent moons and stars, flowers and ram’s horns. In Kyrgyz homes a cloth like this comes out only for celebrations. Each one takes more than a month to stitch.',
    },
    ingredients: {
      ky: 'Пахта кездеме, пахта жана жибек жиптер.',
      ru: 'Хлопковая ткань, хлопковые и шёлковые нити.',
      en: 'Cotton fabric, cotton and silk threads.',
    },
    variants: [v('150 × 150 см', '150 × 150 см', '150 × 150 cm', 8500, 1200, '6302.51')],
  },
];

// ---------------------------------------------------------------------------
// COSMETICS
// ---------------------------------------------------------------------------
const cosmetics: ProductSeed[] = [
  {
    key: 'sea-buckthorn-oil',
    category: 'cosmetics',
    featured: true,
    name: {
      ky: 'Чычырканак майы',
      ru: 'Облепиховое масло',
      en: 'Sea-Buckthorn Oil',
    },
    description: {
      ky: 'Ысык-Көл чычырканагы — Кыргызстандын эң белгилүү брендтеринин бири, анын майы каротиноиддерге өтө бай. Мөмө күзүндө Ак-Суу өрөөнүнөн терилип, май муздак ыкма менен сыгылат, ошондуктан кочкул кызгылт сары түсүн жана пайдалуу касиетин сактайт. Кургак териге, кичинекей жаракаттарга жана күйүккө бир-эки тамчы сүртүңүз, же тамак менен бир чай кашык ичиңиз.',
      ru: 'Иссык-Кульская облепиха — один из самых известных брендов Кыргызстана, а её масло невероятно богато каротиноидами. Ягоду собирают осенью в долине Ак-Суу, масло отжимают холодным способом, поэтому оно сохраняет насыщенный оранжево-красный цвет и полезные свойства. Наносите пару капель на сухую кожу, мелкие ранки и ожоги или принимайте по чайной ложке во время еды.',
      en: 'Issyk-Kul sea buckthorn is one of Kyrgyzstan’s best-known exports, and its oil is extraordinarily rich in carotenoids. The berries are harvested in autumn in the Ak-Suu valley and cold-pressed, so the oil keeps its deep orange-red colour and all its goodness. Smooth a drop or two onto dry skin, small cuts and minor burns, or take a teaspoon with food.',
    },
    ingredients: {
      ky: '100 % муздак ыкма менен сыгылган чычырканак майы.',
      ru: '100 % облепиховое масло холодного отжима.',
      en: '100% cold-pressed sea-buckthorn oil.',
    },
    variants: [
      v('Айнек флакон, 50 мл', 'Стеклянный флакон, 50 мл', 'Glass bottle, 50 ml', 280, 120, '1515.90'),
      v('Айнек флакон, 100 мл', 'Стеклянный флакон, 100 мл', 'Glass bottle, 100 ml', 520, 210, '1515.90'),
    ],
  },
  {
    key: 'sea-buckthorn-face-cream',
    category: 'cosmetics',
    name: {
      ky: 'Чычырканак майы кошулган бет крем',
      ru: 'Крем для лица с облепиховым маслом',
      en: 'Sea-Buckthorn Face Cream',
    },
    description: {
      ky: 'Жеңил, тез сиңүүчү крем чычырканак майы менен ши майын бириктирет. Тоо шамалы менен күндөн кургаган териге нымдуулук кайтарып, аны жумшартат. Эртең менен жана кечинде тазаланган териге сүртүңүз.',
      ru: 'Лёгкий, быстро впитывающийся крем объединяет облепиховое масло и масло ши. Возвращает влагу и мягкость коже, пересушенной горным ветром и солнцем. Наносите утром и вечером на очищенную кожу.',
      en: 'A light, fast-absorbing cream that pairs sea-buckthorn oil with shea butter. It brings moisture and softness back to skin dried out by mountain wind and sun. Apply morning and evening to cleansed skin.',
    },
    ingredients: {
      ky: 'Суу, чычырканак майы, ши майы, аары мому, глицерин, өрүк данегинин майы, Е витамини, табигый консервант.',
      ru: 'Вода, облепиховое масло, масло ши, пчелиный воск, глицерин, масло абрикосовых косточек, витамин E, натуральный консервант.',
      en: 'Water, sea-buckthorn oil, shea butter, beeswax, glycerin, apricot kernel oil, vitamin E, natural preservative.',
    },
    variants: [v('Банка, 50 мл', 'Баночка, 50 мл', 'Jar, 50 ml', 450, 120, '3304.99')],
  },
  {
    key: 'sea-buckthorn-soap',
    category: 'cosmetics',
    name: {
      ky: 'Чычырканак самыны',
      ru: 'Мыло с облепихой',
      en: 'Sea-Buckthorn Soap',
    },
    description: {
      ky: 'Күн нурундай сары түстөгү бул самын чычырканак майы менен мөмөсүнүн ширесинен муздак ыкма менен бышырылат. Көбүгү жумшак, жыты жемиштүү, терини кургатпайт. Ар бир кесими кол менен кесилет жана бир ай бышат.',
      ru: 'Солнечно-оранжевое мыло холодного способа варки на облепиховом масле и соке ягод. Мягкая пена, фруктовый аромат, не сушит кожу. Каждый брусок режется вручную и созревает месяц.',
      en: 'A sunny orange cold-process soap made with sea-buckthorn oil and berry juice. Soft lather, a fruity scent and no tight, dry feeling afterwards. Every bar is hand-cut and cured for a month.',
    },
    ingredients: {
      ky: 'Зайтун, кокос жана чычырканак майлары, чычырканак ширеси, натрий гидроксиди (сабындоо үчүн).',
      ru: 'Оливковое, кокосовое и облепиховое масла, облепиховый сок, гидроксид натрия (для омыления).',
      en: 'Olive, coconut and sea-buckthorn oils, sea-buckthorn juice, sodium hydroxide (for saponification).',
    },
    variants: [v('100 г', '100 г', '100 g', 200, 120, '3401.11')],
  },
  {
    key: 'mares-milk-soap',
    category: 'cosmetics',
    name: {
      ky: 'Бээ сүтү кошулган самын',
      ru: 'Мыло на кобыльем молоке',
      en: 'Mare’s Milk Soap',
    },
    description: {
      ky: 'Бээ сүтү элде «сулуулуктун сүтү» деп аталат: ал жумшак, майы аз, терини назик кылат. Самынды Суусамыр жайлоосунан алынган жаңы бээ сүтүнөн муздак ыкма менен жасайбыз. Жыты жок дээрлик, сезимтал териге жана балдарга ылайыктуу.',
      ru: 'Кобылье молоко в народе зовут «молоком красоты»: нежное, нежирное, оно делает кожу мягкой и бархатистой. Мыло варим холодным способом на свежем кобыльем молоке с джайлоо Суусамыр. Почти без запаха — подходит для чувствительной кожи и детей.',
      en: 'Mare’s milk has long been called the milk of beauty: light, low in fat and wonderfully gentle on skin. We make this cold-process soap with fresh mare’s milk from the Suusamyr pastures. Almost unscented, it suits sensitive skin and children.',
    },
    ingredients: {
      ky: 'Зайтун, кокос жана күн карама майлары, бээ сүтү, натрий гидроксиди (сабындоо үчүн).',
      ru: 'Оливковое, кокосовое и подсолнечное масла, кобылье молоко, гидроксид натрия (для омыления).',
      en: 'Olive, coconut and sunflower oils, mare’s milk, sodium hydroxide (for saponification).',
    },
    variants: [
      v('100 г', '100 г', '100 g', 230, 120, '3401.11'),
      v('3 × 100 г, белек кутусу', '3 × 100 г, подарочная коробка', '3 × 100 g, gift box', 650, 380, '3401.11'),
    ],
  },
  {
    key: 'mares-milk-face-cream',
    category: 'cosmetics',
    name: {
      ky: 'Бээ сүтү кошулган бет крем',
      ru: 'Крем для лица с кобыльим молоком',
      en: 'Mare’s Milk Face Cream',
    },
    description: {
      ky: 'Кургатылган бээ сүтү, өрүк данегинин майы жана гиалурон кислотасы менен жасалган назик крем. Терини жумшартып, кызарууну басаңдатат. Түнкү крем катары же макияж алдына колдонсо болот.',
      ru: 'Нежный крем с сухим кобыльим молоком, маслом абрикосовой косточки и гиалуроновой кислотой. Смягчает кожу и успокаивает покраснения. Подходит как ночной крем и как база под макияж.',
      en: 'A delicate cream with powdered mare’s milk, apricot kernel oil and hyaluronic acid. It softens the skin and calms redness — use it as a night cream or under make-up.',
    },
    ingredients: {
      ky: 'Суу, кургатылган бээ сүтү, өрүк данегинин майы, ши майы, глицерин, гиалурон кислотасы, Е витамини, табигый консервант.',
      ru: 'Вода, сухое кобылье молоко, масло абрикосовой косточки, масло ши, глицерин, гиалуроновая кислота, витамин E, натуральный консервант.',
      en: 'Water, powdered mare’s milk, apricot kernel oil, shea butter, glycerin, hyaluronic acid, vitamin E, natural preservative.',
    },
    variants: [v('Банка, 50 мл', 'Баночка, 50 мл', 'Jar, 50 ml', 550, 120, '3304.99')],
  },
  {
    key: 'walnut-oil-soap',
    category: 'cosmetics',
    name: {
      ky: 'Жаңгак майы кошулган самын',
      ru: 'Мыло с маслом грецкого ореха',
      en: 'Walnut Oil Soap',
    },
    description: {
      ky: 'Арстанбаптын дүйнөдөгү эң чоң жапайы жаңгак токоюнан алынган жаңгак майы самынга коюу, каймактай көбүк берет. Майдаланган жаңгак кабыгы жеңил скраб болуп берет. Кургак жана жетилген териге ылайыктуу.',
      ru: 'Масло из грецких орехов Арсланбоба — крупнейшего в мире дикого орехового леса — даёт мылу густую сливочную пену. Молотая ореховая скорлупа работает как мягкий скраб. Подходит для сухой и зрелой кожи.',
      en: 'Walnut oil from Arslanbob, the world’s largest wild walnut forest, gives this soap a thick, creamy lather, while finely ground shell acts as a gentle scrub. Good for dry and mature skin.',
    },
    ingredients: {
      ky: 'Зайтун, кокос жана жаңгак майлары, майдаланган жаңгак кабыгы, натрий гидроксиди (сабындоо үчүн).',
      ru: 'Оливковое, кокосовое и ореховое масла, молотая скорлупа грецкого ореха, гидроксид натрия (для омыления).',
      en: 'Olive, coconut and walnut oils, ground walnut shell, sodium hydroxide (for saponification).',
    },
    variants: [v('100 г', '100 г', '100 g', 210, 120, '3401.11')],
  },
  {
    key: 'walnut-oil-skin-hair',
    category: 'cosmetics',
    name: {
      ky: 'Тери жана чач үчүн жаңгак майы',
      ru: 'Масло грецкого ореха для кожи и волос',
      en: 'Walnut Oil for Skin & Hair',
    },
    description: {
      ky: 'Арстанбап жаңгагынан муздак ыкма менен сыгылган тунук алтын май. Чачтын учтарын азыктандырып, жылтырак берет, ал эми массаж майы катары теринин ийкемдүүлүгүн сактайт. Чачты жуурдан 30 мүнөт мурун сүртүп коюңуз.',
      ru: 'Прозрачное золотистое масло холодного отжима из орехов Арсланбоба. Питает кончики волос и придаёт им блеск, а как массажное масло поддерживает упругость кожи. Нанесите на волосы за 30 минут до мытья.',
      en: 'Clear, golden cold-pressed oil from Arslanbob walnuts. It nourishes dry hair ends and adds shine, and as a massage oil it keeps skin supple. Work it into your hair half an hour before washing.',
    },
    ingredients: {
      ky: '100 % муздак ыкма менен сыгылган жаңгак майы.',
      ru: '100 % масло грецкого ореха холодного отжима.',
      en: '100% cold-pressed walnut oil.',
    },
    variants: [v('Айнек флакон, 100 мл', 'Стеклянный флакон, 100 мл', 'Glass bottle, 100 ml', 480, 210, '1515.90')],
  },
  {
    key: 'honey-propolis-balm',
    category: 'cosmetics',
    name: {
      ky: 'Бал жана прополис бальзамы',
      ru: 'Бальзам с мёдом и прополисом',
      en: 'Honey & Propolis Balm',
    },
    description: {
      ky: 'Тоо балы, прополис жана аары мому кошулган коюу бальзам жарылган колго, эринге жана таманга сүртүлөт. Аны Ысык-Көлдүн түштүк жээгиндеги аарычылар үй-бүлөсү жасайт. Аязда жана шамалда теринин эң жакшы коргоочусу.',
      ru: 'Плотный бальзам с горным мёдом, прополисом и пчелиным воском для обветренных рук, губ и потрескавшихся пяток. Его делает семья пасечников с южного берега Иссык-Куля. Лучшая защита кожи в мороз и на ветру.',
      en: 'A rich balm of mountain honey, propolis and beeswax for chapped hands, lips and cracked heels. It’s made by a beekeeping family on the south shore of Issyk-Kul — the best protection for skin in frost and wind.',
    },
    ingredients: {
      ky: 'Аары мому, тоо балы, прополис, күн карама майы, чычырканак майы.',
      ru: 'Пчелиный воск, горный мёд, прополис, подсолнечное масло, облепиховое масло.',
      en: 'Beeswax, mountain honey, propolis, sunflower oil, sea-buckthorn oil.',
    },
    variants: [v('Банка, 30 мл', 'Баночка, 30 мл', 'Tin, 30 ml', 350, 70, '3304.99')],
  },
  {
    key: 'archa-juniper-soap',
    category: 'cosmetics',
    name: {
      ky: 'Арча самыны',
      ru: 'Мыло с арчой (можжевельником)',
      en: 'Archa Juniper Soap',
    },
    description: {
      ky: 'Кыргыздар арчаны ыйык дарак деп эсептеп, үйдү анын түтүнү менен тазалашат. Бул самынга арча эфир майы жана майдаланган арча бүрү кошулган, жыты тоо токоюн эске салат. Майлуу жана көйгөйлүү териге ылайыктуу.',
      ru: 'Кыргызы считают арчу священным деревом и окуривают её дымом дом. В это мыло добавлены эфирное масло и молотая хвоя арчи — аромат напоминает горный хвойный лес. Подходит для жирной и проблемной кожи.',
      en: 'Kyrgyz people regard archa, the mountain juniper, as a sacred tree and cleanse their homes with its smoke. This soap carries archa essential oil and ground needles, and it smells like a mountain forest. Good for oily and blemish-prone skin.',
    },
    ingredients: {
      ky: 'Зайтун, кокос жана күн карама майлары, арча эфир майы, майдаланган арча бүрү, натрий гидроксиди (сабындоо үчүн).',
      ru: 'Оливковое, кокосовое и подсолнечное масла, эфирное масло арчи, молотая хвоя арчи, гидроксид натрия (для омыления).',
      en: 'Olive, coconut and sunflower oils, juniper essential oil, ground juniper needles, sodium hydroxide (for saponification).',
    },
    variants: [v('100 г', '100 г', '100 g', 220, 120, '3401.11')],
  },
  {
    key: 'archa-essential-oil',
    category: 'cosmetics',
    name: {
      ky: 'Арча эфир майы',
      ru: 'Эфирное масло арчи',
      en: 'Archa Juniper Essential Oil',
    },
    description: {
      ky: 'Түштүк Кыргызстандын тоолорунда өскөн арчанын бутактары буу менен айдалып, тунук жыттуу май алынат. Бир нече тамчысын аромалампага, мончого же массаж майына кошуңуз. Таза бойдон териге сүртпөңүз.',
      ru: 'Масло получают паровой дистилляцией веток арчи, растущей в горах юга Кыргызстана. Добавьте несколько капель в аромалампу, в баню или в массажное масло. В чистом виде на кожу не наносить.',
      en: 'Steam-distilled from the branches of juniper growing in the mountains of southern Kyrgyzstan. Add a few drops to a diffuser, the sauna or a massage oil. Do not apply undiluted to the skin.',
    },
    ingredients: {
      ky: '100 % арча эфир майы.',
      ru: '100 % эфирное масло арчи.',
      en: '100% juniper (archa) essential oil.',
    },
    variants: [v('Флакон, 10 мл', 'Флакон, 10 мл', 'Bottle, 10 ml', 650, 50, '3301.29')],
  },
  {
    key: 'apricot-kernel-oil',
    category: 'cosmetics',
    name: {
      ky: 'Өрүк данегинин майы',
      ru: 'Масло абрикосовых косточек',
      en: 'Apricot Kernel Oil',
    },
    description: {
      ky: 'Баткендин күн чыккан бактарында бышкан өрүктүн данектеринен муздак ыкма менен сыгылган жеңил май. Тез сиңет, майлуу из калтырбайт, жыты бир аз бадамга окшош. Бет, көздүн айланасы жана ымыркайдын териси үчүн ылайыктуу.',
      ru: 'Лёгкое масло холодного отжима из косточек абрикосов, созревших в солнечных садах Баткена. Быстро впитывается, не оставляет жирного блеска, пахнет чуть-чуть миндалём. Подходит для лица, кожи вокруг глаз и даже для малышей.',
      en: 'A light, cold-pressed oil from the kernels of apricots ripened in Batken’s sun-drenched orchards. It sinks in quickly without a greasy sheen and has a faint almond scent. Gentle enough for the face, the eye area and even babies.',
    },
    ingredients: {
      ky: '100 % муздак ыкма менен сыгылган өрүк данегинин майы.',
      ru: '100 % масло абрикосовых косточек холодного отжима.',
      en: '100% cold-pressed apricot kernel oil.',
    },
    variants: [v('Айнек флакон, 100 мл', 'Стеклянный флакон, 100 мл', 'Glass bottle, 100 ml', 450, 210, '1515.90')],
  },
  {
    key: 'apricot-lip-balm',
    category: 'cosmetics',
    name: {
      ky: 'Өрүк майы кошулган эрин бальзамы',
      ru: 'Бальзам для губ с абрикосовым маслом',
      en: 'Apricot Lip Balm',
    },
    description: {
      ky: 'Аары мому, өрүк данегинин майы жана бир тамчы бал — тоодо, аязда эринди жарылуудан сактайт. Жыты өрүк кыямын эске салат. Чөнтөккө батуучу ыңгайлуу таякча.',
      ru: 'Пчелиный воск, масло абрикосовой косточки и капля мёда защищают губы от трещин в горах и на морозе. Пахнет абрикосовым вареньем. Удобный стик, который поместится в любой карман.',
      en: 'Beeswax, apricot kernel oil and a touch of honey keep lips from cracking in mountain sun and frost. It smells faintly of apricot jam and comes in a handy stick that fits any pocket.',
    },
    ingredients: {
      ky: 'Аары мому, өрүк данегинин майы, ши майы, бал, Е витамини.',
      ru: 'Пчелиный воск, масло абрикосовой косточки, масло ши, мёд, витамин E.',
      en: 'Beeswax, apricot kernel oil, shea butter, honey, vitamin E.',
    },
    variants: [v('Таякча, 5 г', 'Стик, 5 г', 'Stick, 5 g', 180, 20, '3304.10')],
  },
  {
    key: 'tian-shan-herbal-salve',
    category: 'cosmetics',
    name: {
      ky: '«Тоо дабасы» чөп бальзамы',
      ru: 'Травяной бальзам «Горный целитель»',
      en: '“Mountain Healer” Herbal Salve',
    },
    description: {
      ky: 'Календула, сары чай чөп жана бака жалбырак күн карама майына бир ай чыландырылып, андан соң аары мому менен коюлтулат. Мындай бальзамды тоолуктар чийилген, сыйрылган жана кургап жарылган териге сүртүшкөн. Үй аптечкасында, жолдо жана тоо жүрүшүндө керектүү.',
      ru: 'Календулу, зверобой и подорожник месяц настаивают на подсолнечном масле, а затем загущают пчелиным воском. Такими бальзамами горцы издавна мазали царапины, ссадины и потрескавшуюся кожу. Пригодится в домашней аптечке, в дороге и в походе.',
      en: 'Calendula, St John’s wort and plantain are steeped in sunflower oil for a month, then thickened with beeswax. Mountain families have long used salves like this on scratches, grazes and cracked skin. A must for the home first-aid box, the car and the trail.',
    },
    ingredients: {
      ky: 'Күн карама майы, календула, сары чай чөп (зверобой), бака жалбырак, аары мому, Е витамини.',
      ru: 'Подсолнечное масло, календула, зверобой, подорожник, пчелиный воск, витамин E.',
      en: 'Sunflower oil, calendula, St John’s wort, plantain, beeswax, vitamin E.',
    },
    variants: [v('Банка, 30 мл', 'Баночка, 30 мл', 'Tin, 30 ml', 320, 70, '3304.99')],
  },
  {
    key: 'issyk-kul-healing-mud-mask',
    category: 'cosmetics',
    name: {
      ky: 'Ысык-Көлдүн дары ылайынан бет маска',
      ru: 'Грязевая маска с иссык-кульской лечебной грязью',
      en: 'Issyk-Kul Healing Mud Mask',
    },
    description: {
      ky: 'Тоң районундагы туздуу көлдүн түбүндөгү кара дары ылай миңдеген жылдар бою минералдарды топтоп келген. Ылай тазаланып, бир аз чычырканак майы кошулуп, колдонууга даяр маска болот. Тазаланган бетке 10–15 мүнөткө жаап, жылуу суу менен жууп салыңыз.',
      ru: 'Чёрная лечебная грязь со дна солёного озера в Тонском районе тысячелетиями копила минералы. Её очищают, добавляют немного облепихового масла — и получается готовая маска. Нанесите на очищенное лицо на 10–15 минут, затем смойте тёплой водой.',
      en: 'The black mud from the bed of a salt lake in Ton district has been gathering minerals for thousands of years. It’s purified and blended with a little sea-buckthorn oil into a ready-to-use mask. Apply to clean skin for 10–15 minutes, then rinse off with warm water.',
    },
    ingredients: {
      ky: 'Туздуу көлдүн дары ылайы, суу, глицерин, чычырканак майы.',
      ru: 'Лечебная грязь солёного озера, вода, глицерин, облепиховое масло.',
      en: 'Salt-lake therapeutic mud, water, glycerin, sea-buckthorn oil.',
    },
    variants: [v('Банка, 200 г', 'Баночка, 200 г', 'Jar, 200 g', 380, 270, '3304.99')],
  },
  {
    key: 'issyk-kul-blue-clay',
    category: 'cosmetics',
    name: {
      ky: 'Ысык-Көлдүн көк чопосу',
      ru: 'Голубая глина Иссык-Куля',
      en: 'Issyk-Kul Blue Clay',
    },
    description: {
      ky: 'Көлдүн түштүк жээгиндеги адырлардан казылган жумшак көк чопо кургатылып, майда порошокко айландырылат. Аны суу же айран менен аралаштырып, бет же чач маскасы кылсаңыз болот. Тешикчелерди тазалап, майлуу жылтырактан арылтат.',
      ru: 'Мягкую голубую глину добывают в предгорьях южного берега Иссык-Куля, сушат и перемалывают в тонкий порошок. Смешайте с водой или айраном — получится маска для лица или волос. Очищает поры и убирает жирный блеск.',
      en: 'Soft blue clay is dug from the foothills of Issyk-Kul’s south shore, dried and milled into a fine powder. Mix it with water — or ayran — for a face or hair mask that clears pores and takes away shine.',
    },
    ingredients: {
      ky: '100 % табигый көк чопо.',
      ru: '100 % натуральная голубая глина.',
      en: '100% natural blue clay.',
    },
    variants: [
      v('Пакет, 200 г', 'Пакет, 200 г', 'Pouch, 200 g', 180, 230, '2508.40'),
      v('Пакет, 500 г', 'Пакет, 500 г', 'Pouch, 500 g', 350, 540, '2508.40'),
    ],
  },
  {
    key: 'tuz-kol-salt-scrub',
    category: 'cosmetics',
    name: {
      ky: 'Туз-Көл тузунан дене скрабы',
      ru: 'Солевой скраб для тела с солью озера Туз-Кёль',
      en: 'Tuz-Köl Salt Body Scrub',
    },
    description: {
      ky: 'Ысык-Көлдүн түштүгүндөгү туздуу Туз-Көлдүн тузу чычырканак жана өрүк данегинин майлары менен аралаштырылат. Скраб өлүк клеткаларды тазалап, терини жибектей жумшак кылат. Нымдуу териге айландыра сүртүп, жылуу суу менен жууп салыңыз.',
      ru: 'Соль солёного озера Туз-Кёль на южном берегу Иссык-Куля смешана с облепиховым маслом и маслом абрикосовой косточки. Скраб отшелушивает ороговевшие клетки и делает кожу шелковистой. Массируйте влажную кожу круговыми движениями и смойте тёплой водой.',
      en: 'Salt from Tuz-Köl, the little salt lake on Issyk-Kul’s south shore, blended with sea-buckthorn and apricot kernel oils. It buffs away dead skin and leaves your body silky-soft. Massage onto damp skin in circles, then rinse with warm water.',
    },
    ingredients: {
      ky: 'Туз-Көлдүн тузу, өрүк данегинин майы, чычырканак майы, Е витамини, арча эфир майы.',
      ru: 'Соль озера Туз-Кёль, масло абрикосовой косточки, облепиховое масло, витамин E, эфирное масло арчи.',
      en: 'Tuz-Köl lake salt, apricot kernel oil, sea-buckthorn oil, vitamin E, juniper essential oil.',
    },
    variants: [v('Банка, 250 г', 'Баночка, 250 г', 'Jar, 250 g', 420, 330, '3304.99')],
  },
  {
    key: 'rose-hip-seed-oil',
    category: 'cosmetics',
    name: {
      ky: 'Итмурун уругунун майы',
      ru: 'Масло семян шиповника',
      en: 'Rose Hip Seed Oil',
    },
    description: {
      ky: 'Тоо итмурунунун уругунан муздак ыкма менен сыгылган кызгылт сары май. Ал тактарды, безеткинин изин жана майда бырыштарды жумшартууга жардам берет. Кечинде бетке 2–3 тамчы сүртүңүз.',
      ru: 'Золотисто-оранжевое масло холодного отжима из семян горного шиповника. Помогает выровнять тон кожи, сделать менее заметными следы постакне и мелкие морщинки. Наносите вечером 2–3 капли на лицо.',
      en: 'A golden-orange oil cold-pressed from the seeds of wild mountain rose hips. It helps even out skin tone and soften the look of marks and fine lines. Press 2–3 drops into your face in the evening.',
    },
    ingredients: {
      ky: '100 % муздак ыкма менен сыгылган итмурун уругунун майы.',
      ru: '100 % масло семян шиповника холодного отжима.',
      en: '100% cold-pressed rose hip seed oil.',
    },
    variants: [
      v('Тамчылаткычы бар флакон, 30 мл', 'Флакон с пипеткой, 30 мл', 'Dropper bottle, 30 ml', 480, 90, '1515.90'),
    ],
  },
  {
    key: 'nettle-burdock-hair-oil',
    category: 'cosmetics',
    name: {
      ky: 'Чалкан жана төө жалбырак кошулган чач майы',
      ru: 'Масло для волос с крапивой и лопухом',
      en: 'Nettle & Burdock Hair Oil',
    },
    description: {
      ky: 'Чалкан жана төө жалбырактын тамыры күн карама жана жаңгак майларына чыландырылат — чачты бекемдөөнүн чоң энелерден калган ыкмасы. Чачтын түбүнө массаж менен сүртүп, бир саат кармап, андан соң жууп салыңыз. Жумасына бир-эки жолу колдонуңуз.',
      ru: 'Крапиву и корень лопуха настаивают на подсолнечном и ореховом маслах — бабушкин способ укрепить волосы. Вмассируйте в кожу головы, подержите час и смойте шампунем. Используйте раз-два в неделю.',
      en: 'Nettle and burdock root infused in sunflower and walnut oils — the grandmother’s way to strengthen hair. Massage into the scalp, leave for an hour, then shampoo out. Use once or twice a week.',
    },
    ingredients: {
      ky: 'Күн карама майы, жаңгак майы, чалкан, төө жалбырак тамыры, Е витамини.',
      ru: 'Подсолнечное масло, масло грецкого ореха, крапива, корень лопуха, витамин E.',
      en: 'Sunflower oil, walnut oil, nettle, burdock root, vitamin E.',
    },
    variants: [v('Айнек флакон, 100 мл', 'Стеклянный флакон, 100 мл', 'Glass bottle, 100 ml', 380, 210, '3305.90')],
  },
  {
    key: 'goat-milk-honey-soap',
    category: 'cosmetics',
    name: {
      ky: 'Эчки сүтү жана бал кошулган самын',
      ru: 'Мыло с козьим молоком и мёдом',
      en: 'Goat Milk & Honey Soap',
    },
    description: {
      ky: 'Эчки сүтү менен тоо балы кошулган самын каймактай жумшак көбүк берет жана терини назик тазалайт. Жыты таттуу, бир аз балдай. Күнүмдүк колдонууга, бет жана дене үчүн ылайыктуу.',
      ru: 'Мыло на козьем молоке с горным мёдом даёт сливочную пену и бережно очищает кожу. Аромат сладкий, медовый. Для ежедневного ухода за лицом и телом.',
      en: 'Goat’s milk and mountain honey make a creamy, gentle lather that cleans without stripping. Sweetly honey-scented and mild enough for everyday use on face and body.',
    },
    ingredients: {
      ky: 'Зайтун, кокос жана күн карама майлары, эчки сүтү, бал, натрий гидроксиди (сабындоо үчүн).',
      ru: 'Оливковое, кокосовое и подсолнечное масла, козье молоко, мёд, гидроксид натрия (для омыления).',
      en: 'Olive, coconut and sunflower oils, goat’s milk, honey, sodium hydroxide (for saponification).',
    },
    variants: [v('100 г', '100 г', '100 g', 220, 120, '3401.11')],
  },
  {
    key: 'horse-fat-skin-balm',
    category: 'cosmetics',
    name: {
      ky: 'Жылкы майынан тери бальзамы',
      ru: 'Бальзам для кожи на конском жире',
      en: 'Horse Fat Skin Balm',
    },
    description: {
      ky: 'Жылкы майы — кыргыз малчыларынын аяздан, шамалдан жана күйүктөн коргонуу үчүн колдонгон байыркы дабасы. Биз аны тазалап, жытсыздандырып, чычырканак жана арча майлары менен байытабыз. Өтө кургак, жарылган териге жана тырмакка сүртүңүз.',
      ru: 'Конский жир — старинное средство кыргызских чабанов от мороза, ветра и ожогов. Мы его очищаем, дезодорируем и обогащаем облепиховым маслом и маслом арчи. Наносите на очень сухую, потрескавшуюся кожу и вокруг ногтей.',
      en: 'Horse fat is the herders’ age-old remedy against frost, wind and burns — the same ingredient treasured in Japanese skincare. We purify and deodorise it and enrich it with sea-buckthorn oil and archa juniper oil. Use it on very dry, cracked skin and around the nails.',
    },
    ingredients: {
      ky: 'Тазаланган жылкы майы, чычырканак майы, аары мому, арча эфир майы, Е витамини.',
      ru: 'Очищенный конский жир, облепиховое масло, пчелиный воск, эфирное масло арчи, витамин E.',
      en: 'Refined horse fat, sea-buckthorn oil, beeswax, juniper essential oil, vitamin E.',
    },
    variants: [v('Банка, 50 мл', 'Баночка, 50 мл', 'Jar, 50 ml', 600, 120, '3304.99')],
  },
];

export const productsB: ProductSeed[] = [...meat, ...dairy, ...herbsTea, ...textiles, ...cosmetics];
