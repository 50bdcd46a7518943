/**
 * Turns what a buyer typed into a search plan: which words are filters (organic, honey…), which
 * spellings each remaining word stands for (synonyms, inflected forms, a typo's correction from the
 * index's own vocabulary), and the FTS5 queries that find and rank them. Plain data in, plain data out.
 */
import { foldText } from './search-text.ts';
import { filterOf, synonymsOf } from './synonyms.ts';

/** The distinct terms of the search index, sorted, with the number of products holding each. */
export interface Vocabulary {
  readonly terms: readonly string[];
  readonly docs: ReadonlyMap<string, number>;
  /** Terms without digits by length: what a typo may be corrected to. */
  readonly words: ReadonlyMap<number, readonly string[]>;
}

/** Builds a vocabulary from (term, product count) pairs in any order. */
export function buildVocabulary(entries: Iterable<readonly [string, number]>): Vocabulary {
  const docs = new Map(entries);
  const words = new Map<number, string[]>();
  for (const term of docs.keys()) {
    if (/\d/.test(term)) continue;
    const same = words.get(term.length);
    if (same) same.push(term);
    else words.set(term.length, [term]);
  }
  return { terms: [...docs.keys()].sort(), docs, words };
}

const EMPTY: Vocabulary = buildVocabulary([]);

/** Index of the first term not sorted before `prefix`. */
function lowerBound(terms: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to `limit` vocabulary terms starting with `prefix`, in sorted order. */
function termsStartingWith(vocab: Vocabulary, prefix: string, limit: number): string[] {
  const out: string[] = [];
  for (let i = lowerBound(vocab.terms, prefix); i < vocab.terms.length && out.length < limit; i++) {
    const t = vocab.terms[i]!;
    if (!t.startsWith(prefix)) break;
    out.push(t);
  }
  return out;
}

/** Letters an inflected form may add to a word and still count as the same word (балы, honeys, slippers). */
const INFLECTION = 2;

/** The word and its forms in the index: itself and terms it begins that are at most INFLECTION letters longer. */
function wholeForms(vocab: Vocabulary, word: string): string[] {
  if (word.length < 3) return [word];
  return [
    word,
    ...termsStartingWith(vocab, word, 64).filter((t) => t !== word && t.length - word.length <= INFLECTION),
  ];
}

/** Optimal-string-alignment distance (a swap of two neighbours counts as one edit), or max+1 beyond max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Three rows of the usual table, reused: this runs over the whole vocabulary for each unknown word.
  let before = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[n]!;
}

/** Edits a typed word of this length may have: none below 4 letters, one up to 6, two beyond. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length <= 6 ? 1 : 2;
}

/** The closest vocabulary term (fewest edits, then most products), if one is close enough. */
export function closestTerm(vocab: Vocabulary, word: string): string | null {
  const max = allowedEdits(word.length);
  if (max === 0) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  let bestDocs = 0;
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const term of vocab.words.get(length) ?? []) {
      if (term === word) continue;
      const d = editDistance(word, term, Math.min(max, bestDistance));
      if (d > max || d > bestDistance) continue;
      const docs = vocab.docs.get(term) ?? 0;
      if (d < bestDistance || docs > bestDocs) {
        best = term;
        bestDistance = d;
        bestDocs = docs;
      }
    }
  }
  return bestDistance <= max ? best : null;
}

/** Filters the catalogue page knows, as far as a search query can name them. */
export interface WordFilters {
  category?: string;
  cert?: string;
}

export interface PlannedWord {
  /** What the buyer typed, folded. */
  typed: string;
  /** The vocabulary term used instead, when the typed word is not in the index. */
  corrected: string | null;
  /** Spellings counted as the whole word (synonyms and their inflected forms). */
  whole: string[];
  /** Whether words merely starting with the typed word match too (not for a corrected typo). */
  prefix: boolean;
}

export interface SearchPlan {
  /** Words searched as text (filter words taken out). */
  words: PlannedWord[];
  /** Filters read from the words, and the word that named each. */
  derived: { kind: 'category' | 'cert'; slug: string; word: string; typed: string }[];
  /** FTS5 query every result matches; null when no text is left (filters only). */
  match: string | null;
  /** FTS5 query of the results that hold every word whole (no prefix-only matches). */
  whole: string | null;
  /** The same query with corrected words, when a word was corrected or a far commoner neighbour exists. */
  suggestion: string | null;
}

const MAX_WORDS = 8;

/** Quoted so FTS5 operators typed by a visitor (AND, NEAR, column:) are plain words. */
const quote = (term: string) => `"${term.replace(/"/g, '')}"`;

/**
 * Plans a search. `taken` filters are already chosen on the page: a word naming another value of the
 * same filter stays a text word. With `plain`, no word is read as a filter.
 */
export function planSearch(
  input: string,
  vocab: Vocabulary = EMPTY,
  options: { taken?: WordFilters; plain?: boolean; categoryWords?: boolean } = {},
): SearchPlan {
  const typed = (foldText(input).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  const derived: SearchPlan['derived'] = [];
  const words: PlannedWord[] = [];
  let suggested = false;
  const suggestion: string[] = [];
  const known = (w: string) => vocab.docs.has(w) || termsStartingWith(vocab, w, 1).length > 0;
  for (const word of typed) {
    const spellings = synonymsOf(word);
    let corrected: string | null = null;
    let near: string | null = null;
    if (vocab.terms.length > 0 && !/\d/.test(word) && filterOf(word).category === undefined && !filterOf(word).cert) {
      const docs = vocab.docs.get(word) ?? 0;
      if (!spellings.some(known)) corrected = closestTerm(vocab, word);
      else if (docs > 0 && docs < 3) {
        // A rare word (a typo in one description) beside a far commoner close one: suggested, not replaced.
        const candidate = closestTerm(vocab, word);
        if (candidate && (vocab.docs.get(candidate) ?? 0) >= 10 * docs) near = candidate;
      }
    }
    const meant = corrected ?? word;
    if (corrected || near) suggested = true;
    const named = options.plain ? {} : filterOf(meant);
    if (named.cert && !options.taken?.cert && !derived.some((d) => d.kind === 'cert')) {
      derived.push({ kind: 'cert', slug: named.cert, word: meant, typed: word });
      suggestion.push(meant);
      continue;
    }
    if (named.cert && named.cert === options.taken?.cert) continue;
    if (named.category && named.category === options.taken?.category) continue;
    if (
      named.category &&
      options.categoryWords !== false &&
      !options.taken?.category &&
      !derived.some((d) => d.kind === 'category')
    ) {
      derived.push({ kind: 'category', slug: named.category, word: meant, typed: word });
      suggestion.push(meant);
      continue;
    }
    const whole = [...new Set(synonymsOf(meant).flatMap((s) => wholeForms(vocab, s)))];
    words.push({ typed: word, corrected, whole, prefix: corrected === null });
    suggestion.push(near ?? meant);
  }
  const clause = (w: PlannedWord, withPrefix: boolean) => {
    // The typed word's prefix term already matches its whole forms that start with it.
    const covered = (t: string) => withPrefix && w.prefix && t.startsWith(w.typed);
    const terms = w.whole.filter((t) => !covered(t)).map(quote);
    if (withPrefix && w.prefix) terms.push(`${quote(w.typed)}*`);
    return terms.length === 1 ? terms[0]! : `(${terms.join(' OR ')})`;
  };
  return {
    words,
    derived,
    match: words.length ? words.map((w) => clause(w, true)).join(' AND ') : null,
    whole: words.length ? words.map((w) => clause(w, false)).join(' AND ') : null,
    suggestion: suggested ? suggestion.join(' ') : null,
  };
}
