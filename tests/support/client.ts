/** A minimal HTTP client with its own cookie jar: one buyer talking to the shop, forms posted like a browser. */
import { parse, type HTMLElement } from 'node-html-parser';
import { Agent, fetch as fetchVia, FormData as FormDataVia } from 'undici';

type Reply = { status: number; location: string | null; html: string; doc: HTMLElement; headers: Headers };

/** A browser-like visitor: a buyer, a producer or staff. */
export class Buyer {
  readonly base: string;
  readonly cookies = new Map<string, string>();
  /**
   * Connects from another loopback address (127.0.0.2, ...) so the shop sees another visitor's IP, and/or
   * trusts a test certificate authority (`ca`, PEM) for a shop behind an HTTPS proxy.
   */
  private readonly dispatcher: Agent | undefined;

  constructor(base: string, options: { localAddress?: string; ca?: string } = {}) {
    this.base = base;
    const { localAddress, ca } = options;
    this.dispatcher = localAddress || ca ? new Agent({ localAddress, connect: ca ? { ca } : undefined }) : undefined;
  }

  private async send(path: string, init: RequestInit): Promise<Reply> {
    const options = {
      redirect: 'manual' as const,
      ...init,
      headers: { Cookie: this.cookieHeader(), ...(init.headers as Record<string, string>) },
    };
    // Node's own fetch cannot take the npm undici's dispatcher: use that undici's fetch for it.
    const res = (
      this.dispatcher
        ? await fetchVia(new URL(path, this.base), { ...(options as object), dispatcher: this.dispatcher })
        : await fetch(new URL(path, this.base), options)
    ) as Response;
    this.remember(res);
    const html = await res.text();
    return { status: res.status, location: res.headers.get('location'), html, doc: parse(html), headers: res.headers };
  }

  /** Posts a multipart form with files, as a browser does for an upload. */
  upload(
    path: string,
    fields: Record<string, string>,
    files: Record<string, { name: string; bytes: Uint8Array; type?: string }>,
  ) {
    // Each fetch wants its own FormData class.
    const body = (this.dispatcher ? new FormDataVia() : new FormData()) as FormData;
    for (const [k, v] of Object.entries(fields)) body.set(k, v);
    for (const [k, f] of Object.entries(files))
      body.set(
        k,
        new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.type ?? 'application/octet-stream' }),
        f.name,
      );
    return this.send(path, { method: 'POST', body, headers: { Origin: this.base } });
  }

  /** Signs in through the sign-in form. */
  async signIn(email: string, password: string, locale = 'en'): Promise<Reply> {
    return this.post(`/${locale}/account/sign-in`, { email, password });
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      // A cookie set to expire at once is how a server deletes it.
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, pair!.slice(eq + 1).trim());
    }
  }

  get(path: string): Promise<Reply> {
    return this.send(path, {});
  }

  /**
   * Checks out as a buyer does: posts the form, and on the review page presses "Place order" (the review
   * form's hidden fields and quote digest). Answers the review's own reply when there is no review (errors).
   */
  async checkout(path: string, form: Record<string, string | number>): Promise<Reply & { review: Reply }> {
    const review = await this.post(path, { ...form, step: 'review' });
    const fields = review.doc.querySelectorAll('form.place input[type="hidden"]');
    if (review.status !== 200 || fields.length === 0) return { ...review, review };
    const placed = await this.post(path, {
      ...Object.fromEntries(fields.map((i) => [i.getAttribute('name')!, i.getAttribute('value') ?? ''])),
      step: 'place',
    });
    return { ...placed, review };
  }

  /** Posts a form as a browser on the shop's own page would (same Origin), with any extra headers. */
  post(path: string, form: Record<string, string | number>, headers: Record<string, string> = {}): Promise<Reply> {
    const body = new URLSearchParams(Object.entries(form).map(([k, v]) => [k, String(v)]));
    return this.send(path, {
      method: 'POST',
      body,
      headers: { Origin: this.base, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    });
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
