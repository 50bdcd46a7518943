/**
 * A least-recently-used map of answers (a search's results, the places a query finds) kept while a stamp
 * stays the same — the catalogue version and whatever else the answer was computed from (decision 68).
 * A new stamp drops every entry; an answer computed under an older stamp is not kept. Concurrent asks for
 * the same key share one computation.
 */
import type { Db } from '../../../db/client.ts';

export interface AnswerCache<T> {
  /** The answer kept under `key` for this stamp, else `compute()`'s (kept unless the stamp moved meanwhile). */
  get(db: Db, stamp: readonly unknown[], key: string, compute: () => Promise<T>): Promise<T>;
  /** Entries kept for this database now (tests). */
  size(db: Db): number;
}

const sameStamp = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

export function answerCache<T>(limit: number): AnswerCache<T> {
  const held = new WeakMap<Db, { stamp: readonly unknown[]; entries: Map<string, Promise<T>> }>();
  return {
    get(db, stamp, key, compute) {
      let memo = held.get(db);
      if (!memo || !sameStamp(memo.stamp, stamp)) {
        memo = { stamp, entries: new Map() };
        held.set(db, memo);
      }
      const entries = memo.entries;
      const kept = entries.get(key);
      if (kept) {
        entries.delete(key);
        entries.set(key, kept);
        return kept;
      }
      const answer = compute();
      entries.set(key, answer);
      if (entries.size > limit) entries.delete(entries.keys().next().value!);
      // A failed computation is not kept: the next ask tries again.
      answer.catch(() => {
        if (entries.get(key) === answer) entries.delete(key);
      });
      return answer;
    },
    size: (db) => held.get(db)?.entries.size ?? 0,
  };
}
