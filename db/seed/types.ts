/** Shapes of the demo-catalogue data files. Every human-readable text exists in ky, ru and en. */

export type Locale = 'ky' | 'ru' | 'en';
/** A text in all three languages, written as a native speaker would. */
export type L10n = { ky: string; ru: string; en: string };

export type CategorySlug =
  'honey' | 'felt' | 'jams' | 'juices' | 'dried-fruit-nuts' | 'meat' | 'dairy' | 'herbs-tea' | 'textiles' | 'cosmetics';

export type CertificationKindSlug = 'organic' | 'halal' | 'eac' | 'gi' | 'ovop' | 'made-in-kg';

export interface RegionSeed {
  slug: string; // 'issyk-kul', 'chuy', 'naryn', 'talas', 'jalal-abad', 'osh-region', 'batken', 'bishkek', 'osh'
  kind: 'oblast' | 'city';
  lat: number;
  lng: number;
  name: L10n;
  /** Two or three sentences: landscape, what the region is known for. */
  description: L10n;
}

export interface VillageSeed {
  slug: string; // latin, kebab-case, e.g. 'barskoon'
  region: string; // RegionSeed.slug
  district: L10n; // e.g. { ky: 'Жети-Өгүз району', ru: 'Джети-Огузский район', en: 'Jeti-Oguz District' }
  lat: number;
  lng: number;
  population?: number;
  name: L10n;
  /** Short story of the village (2-3 sentences). */
  story: L10n;
}

export interface CertificateSeed {
  kind: CertificationKindSlug;
  issuer: L10n;
  number: string;
  validFrom: string; // ISO date
  validUntil: string; // ISO date; some deliberately in the past (expired)
  /** Optional: the product (ProductSeed.key) the certificate covers; omitted = the producer as a whole. */
  productKey?: string;
}

export interface ProducerSeed {
  slug: string;
  village: string; // VillageSeed.slug
  kind: 'family' | 'cooperative' | 'company';
  name: L10n;
  /** The producer's story in 3-5 sentences: who they are, how they started, what they make and why. */
  story: L10n;
  foundedYear: number;
  socialContract: boolean;
  grantYear?: number; // when socialContract: 2022..2025
  womenLed: boolean;
  familyMembersWorking: number;
  phone: string; // +996 ...
  email?: string;
  /** What they make: products of these categories are assigned to them. */
  categories: CategorySlug[];
  certificates: CertificateSeed[];
  /** Wholesale terms. */
  minOrder?: L10n;
  monthlyCapacity?: L10n;
  leadTimeDays?: number;
}

export interface VariantSeed {
  label: L10n; // '250 g jar', 'Large, 40 × 60 cm'
  priceKgs: number; // whole som, realistic Karakol-shop prices
  weightGrams: number; // shipping weight
  hsCode: string; // e.g. '0409.00' for honey
}

export interface ProductSeed {
  key: string; // unique latin kebab-case, becomes the URL slug
  category: CategorySlug;
  name: L10n;
  /** 2-4 sentences that make a buyer want it: taste/feel, origin, how it is made. */
  description: L10n;
  /** Ingredients (food) or materials (felt, textiles, cosmetics). */
  ingredients: L10n;
  variants: VariantSeed[]; // 1-3
  /** Shelf life in days for food (used for batch best-before); omit for non-food. */
  shelfLifeDays?: number;
  featured?: boolean;
  /** Optional: the producer (ProducerSeed.slug) who makes it; otherwise assigned by category. */
  producer?: string;
}
