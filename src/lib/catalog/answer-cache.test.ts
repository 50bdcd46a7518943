import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client.ts';
import { answerCache } from './answer-cache.ts';

const db = {} as Db;

describe('answerCache', () => {
  it('computes a key once per stamp and again under a new stamp', async () => {
    const cache = answerCache<number>(10);
    let runs = 0;
    const compute = async () => ++runs;
    expect(await cache.get(db, [1], 'a', compute)).toBe(1);
    expect(await cache.get(db, [1], 'a', compute)).toBe(1);
    expect(await cache.get(db, [2], 'a', compute)).toBe(2);
    // A stamp part compared by identity: another vocabulary object is another stamp.
    const vocab = {};
    expect(await cache.get(db, [2, vocab], 'a', compute)).toBe(3);
    expect(await cache.get(db, [2, vocab], 'a', compute)).toBe(3);
    expect(await cache.get(db, [2, {}], 'a', compute)).toBe(4);
  });
  it('shares one computation between concurrent asks', async () => {
    const cache = answerCache<number>(10);
    let runs = 0;
    const compute = () => new Promise<number>((done) => setTimeout(() => done(++runs), 5));
    expect(await Promise.all([1, 2, 3].map(() => cache.get(db, [1], 'k', compute)))).toEqual([1, 1, 1]);
  });
  it('does not keep a failed computation', async () => {
    const cache = answerCache<number>(10);
    await expect(cache.get(db, [1], 'k', () => Promise.reject(new Error('busy')))).rejects.toThrow('busy');
    expect(await cache.get(db, [1], 'k', async () => 7)).toBe(7);
  });
  it('drops the least recently used key beyond its limit', async () => {
    const cache = answerCache<string>(2);
    await cache.get(db, [1], 'a', async () => 'a1');
    await cache.get(db, [1], 'b', async () => 'b1');
    await cache.get(db, [1], 'a', async () => 'a2'); // a is used again: b is now the oldest
    await cache.get(db, [1], 'c', async () => 'c1');
    expect(cache.size(db)).toBe(2);
    expect(await cache.get(db, [1], 'a', async () => 'a3')).toBe('a1');
    expect(await cache.get(db, [1], 'b', async () => 'b2')).toBe('b2');
  });
});
