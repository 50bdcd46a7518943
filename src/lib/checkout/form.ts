import { z } from 'zod';

/** ISO 3166-1 alpha-2 codes the shop ships to (everything Intl knows of, minus a few with no post). */
export const COUNTRY_CODES = (() => {
  const codes: string[] = [];
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      // A retired code (UK, DY, BU, YU, ZR…) is not its own canonical form: it would list a country twice.
      const current = new Intl.Locale(`und-${code}`).region === code;
      const skip = ['AQ', 'BV', 'HM', 'UM', 'XK', 'XA', 'XB', 'ZZ', 'EU', 'UN', 'EZ', 'QO'].includes(code);
      if (name && name !== code && current && !skip) codes.push(code);
    }
  }
  return codes;
})();

const text = (max: number) => z.string().trim().max(max);

/**
 * The checkout form. Error messages are message keys (checkout.error.*): the page shows them in its
 * language next to the field.
 */
export const CheckoutForm = z
  .object({
    email: z.email({ error: 'checkout.error.email' }).max(200),
    name: text(120).min(2, { error: 'checkout.error.name' }),
    phone: text(40)
      .regex(/^\+?[0-9 ()-]{6,}$/, { error: 'checkout.error.phone' })
      .or(z.literal('')),
    shipping: z.enum(['pickup', 'domestic', 'international'], { error: 'checkout.error.shipping' }),
    country: z.string().trim().toUpperCase().or(z.literal('')),
    city: text(120),
    address: text(300),
    postalCode: text(20),
    payment: z.enum(['stripe', 'bank_transfer', 'pay_at_pickup'], { error: 'checkout.error.payment' }),
    note: text(1000),
  })
  .superRefine((f, ctx) => {
    if (f.shipping !== 'pickup') {
      if (!COUNTRY_CODES.includes(f.country))
        ctx.addIssue({ code: 'custom', path: ['country'], message: 'checkout.error.country' });
      else if (f.shipping === 'domestic' && f.country !== 'KG')
        ctx.addIssue({ code: 'custom', path: ['country'], message: 'checkout.error.domesticOnly' });
      else if (f.shipping === 'international' && f.country === 'KG')
        ctx.addIssue({ code: 'custom', path: ['country'], message: 'checkout.error.useDomestic' });
      if (f.city.length < 2) ctx.addIssue({ code: 'custom', path: ['city'], message: 'checkout.error.city' });
      if (f.address.length < 4) ctx.addIssue({ code: 'custom', path: ['address'], message: 'checkout.error.address' });
      if (!/^[A-Za-z0-9 -]{3,12}$/.test(f.postalCode))
        ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'checkout.error.postalCode' });
      if (f.payment === 'pay_at_pickup')
        ctx.addIssue({ code: 'custom', path: ['payment'], message: 'checkout.error.payAtPickup' });
    }
  });
export type CheckoutForm = z.infer<typeof CheckoutForm>;

export type CheckoutValues = Record<keyof z.input<typeof CheckoutForm>, string>;
export type CheckoutErrors = Partial<Record<keyof CheckoutValues, string>>;

const FIELDS = [
  'email',
  'name',
  'phone',
  'shipping',
  'country',
  'city',
  'address',
  'postalCode',
  'payment',
  'note',
] as const;

/** Reads the posted form: the typed values (to show again) and either the parsed form or errors per field. */
export function readCheckoutForm(data: FormData): {
  values: CheckoutValues;
  form?: CheckoutForm;
  errors: CheckoutErrors;
} {
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? '').slice(0, 2000)])) as CheckoutValues;
  const parsed = CheckoutForm.safeParse(values);
  if (parsed.success) return { values, form: parsed.data, errors: {} };
  const errors: CheckoutErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof CheckoutValues;
    errors[field] ??= issue.message.startsWith('checkout.error.') ? issue.message : `checkout.error.${String(field)}`;
  }
  return { values, errors };
}
