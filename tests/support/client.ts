/** A minimal HTTP client with its own cookie jar: one buyer talking to the shop, forms posted like a browser. */
import { parse, type HTMLElement } from 'node-html-parser';

export class Buyer {
  readonly base: string;
  readonly cookies = new Map<string, string>();

  constructor(base: string) {
    this.base = base;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }

  async get(path: string): Promise<{ status: number; location: string | null; html: string; doc: HTMLElement }> {
    const res = await fetch(new URL(path, this.base), { redirect: 'manual', headers: { Cookie: this.cookieHeader() } });
    this.remember(res);
    const html = await res.text();
    return { status: res.status, location: res.headers.get('location'), html, doc: parse(html) };
  }

  /** Posts a form as a browser on the shop's own page would (same Origin). */
  async post(
    path: string,
    form: Record<string, string | number>,
  ): Promise<{ status: number; location: string | null; html: string; doc: HTMLElement }> {
    const body = new URLSearchParams(Object.entries(form).map(([k, v]) => [k, String(v)]));
    const res = await fetch(new URL(path, this.base), {
      method: 'POST',
      redirect: 'manual',
      body,
      headers: { Cookie: this.cookieHeader(), Origin: this.base, 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    this.remember(res);
    const html = await res.text();
    return { status: res.status, location: res.headers.get('location'), html, doc: parse(html) };
  }
}

/** The form of a pickup order paid at the shop. */
export const PICKUP_FORM = {
  email: 'buyer@example.com',
  name: 'Aigerim Buyer',
  phone: '',
  shipping: 'pickup',
  country: '',
  city: '',
  address: '',
  postalCode: '',
  payment: 'pay_at_pickup',
  note: '',
};
