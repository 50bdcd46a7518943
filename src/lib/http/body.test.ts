import { describe, expect, it } from 'vitest';
import { HttpError } from './errors.ts';
import { bodyClassOf, readForm, readLimitedForm, requireForm } from './body.ts';

const URL_ = 'http://shop.test/upload';
const MULTIPART = 'multipart/form-data; boundary=----ovop';

/** A body of `chunks` pieces of `size` bytes that records how far it was read. */
function countingStream(chunks: number, size: number) {
  const seen = { pulled: 0, finished: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) {
        seen.finished = true;
        controller.close();
        return;
      }
      seen.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, seen };
}

function streamedRequest(body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}): Request {
  return new Request(URL_, {
    method: 'POST',
    body,
    headers: { 'content-type': MULTIPART, ...headers },
    duplex: 'half',
  } as RequestInit);
}

describe('readLimitedForm', () => {
  it('parses a normal multipart form with a file', async () => {
    const form = new FormData();
    form.set('title', 'Бал');
    form.set('photo', new File([new Uint8Array([1, 2, 3, 4])], 'photo.jpg', { type: 'image/jpeg' }));
    const result = await readLimitedForm(new Request(URL_, { method: 'POST', body: form }), 1024);
    if (!result.ok) throw new Error(result.reason);
    expect(result.form.get('title')).toBe('Бал');
    const file = result.form.get('photo') as File;
    expect(file.name).toBe('photo.jpg');
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([1, 2, 3, 4]);
  });

  it('parses a urlencoded form', async () => {
    const request = new Request(URL_, { method: 'POST', body: new URLSearchParams({ note: 'ok' }) });
    const result = await readLimitedForm(request, 1024);
    expect(result.ok && result.form.get('note')).toBe('ok');
  });

  it('answers too_large for a streamed body past the limit, after draining it to the end', async () => {
    const { stream, seen } = countingStream(40, 64 * 1024);
    const result = await readLimitedForm(streamedRequest(stream), 256 * 1024);
    expect(result).toEqual({ ok: false, reason: 'too_large' });
    expect(seen.pulled).toBe(40);
    expect(seen.finished).toBe(true);
  });

  it('answers too_large when Content-Length already says so, still draining the body', async () => {
    const { stream, seen } = countingStream(2, 10);
    const result = await readLimitedForm(streamedRequest(stream, { 'content-length': '5000' }), 100);
    expect(result).toEqual({ ok: false, reason: 'too_large' });
    expect(seen.finished).toBe(true);
  });

  it('accepts a body of exactly the limit', async () => {
    const form = new FormData();
    form.set('a', 'x'.repeat(100));
    const encoded = new Request(URL_, { method: 'POST', body: form });
    const type = encoded.headers.get('content-type')!;
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const request = new Request(URL_, { method: 'POST', body: bytes, headers: { 'content-type': type } });
    const result = await readLimitedForm(request, bytes.length);
    expect(result.ok && result.form.get('a')).toBe('x'.repeat(100));
  });

  it('answers malformed for a body that is not a form', async () => {
    const garbage = new Request(URL_, {
      method: 'POST',
      body: 'not multipart',
      headers: { 'content-type': MULTIPART },
    });
    expect(await readLimitedForm(garbage, 1024)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('answers unsupported for a body that is not a form type, malformed for multipart without a boundary', async () => {
    const post = (type: string | null, body = '{}') =>
      new Request(URL_, { method: 'POST', body, headers: type ? { 'content-type': type } : {} });
    for (const type of ['application/json', 'text/plain', 'application/octet-stream', 'text/html; charset=utf-8']) {
      expect(await readLimitedForm(post(type), 1024), type).toEqual({ ok: false, reason: 'unsupported' });
    }
    expect(await readLimitedForm(post('multipart/form-data', 'x=1'), 1024)).toEqual({ ok: false, reason: 'malformed' });
    expect(await readLimitedForm(post('multipart/form-data; boundary=', 'x=1'), 1024)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('answers malformed when the client breaks off the upload', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(10));
        controller.error(new Error('connection reset'));
      },
    });
    expect(await readLimitedForm(streamedRequest(stream), 1024)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('readForm and requireForm', () => {
  const form = (body: string, type = 'application/x-www-form-urlencoded; charset=utf-8') =>
    new Request(URL_, { method: 'POST', body, headers: { 'content-type': type } });

  it('gives text fields, the last of a repeated field, and unicode as sent', async () => {
    expect(await readForm(form('a=1&a=2&name=%D0%9C%D1%91%D0%B4&e=%F0%9F%90%9D'))).toEqual({
      ok: true,
      fields: { a: '2', name: 'Мёд', e: '🐝' },
    });
  });

  it('maps refusals to 400, 413 and 415, and requireForm throws them as HttpError', async () => {
    expect(await readForm(form('{}', 'application/json'))).toEqual({ ok: false, status: 415 });
    expect(await readForm(form('a=1', 'multipart/form-data'))).toEqual({ ok: false, status: 400 });
    expect(await readForm(form('a=' + 'x'.repeat(2000)), 1000)).toEqual({ ok: false, status: 413 });
    const thrown = await requireForm(form('{}', 'text/plain')).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(HttpError);
    expect((thrown as HttpError).status).toBe(415);
  });

  it('classes routes by their body limit', () => {
    expect(bodyClassOf('/en/producer/products/12')).toBe('upload');
    expect(bodyClassOf('/ky/producer/certificates')).toBe('upload');
    expect(bodyClassOf('/ru/staff/stock/stocktake')).toBe('upload');
    expect(bodyClassOf('/api/stripe/webhook')).toBe('webhook');
    expect(bodyClassOf('/en/cart')).toBe('form');
    expect(bodyClassOf('/en/producer/products/12/extra')).toBe('form');
  });
});
