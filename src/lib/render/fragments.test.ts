import { describe, expect, it } from 'vitest';
import { FRAGMENT_CHARS, FRAGMENT_ENTRIES, keepFragment, peekFragment, rateKey } from './fragments.ts';

describe('rendered fragments', () => {
  it('are kept per catalogue version and key', () => {
    const db = {};
    expect(peekFragment(db, 1, 'footer|en')).toBeUndefined();
    keepFragment(db, 1, 'footer|en', '<footer>1</footer>');
    expect(peekFragment(db, 1, 'footer|en')).toBe('<footer>1</footer>');
    expect(peekFragment(db, 1, 'footer|ru')).toBeUndefined();
    // Another database (a test server's) keeps its own.
    expect(peekFragment({}, 1, 'footer|en')).toBeUndefined();
  });

  it('are dropped when the version moves, and one rendered at an older version is not kept', () => {
    const db = {};
    keepFragment(db, 1, 'a', 'old');
    expect(peekFragment(db, 2, 'a')).toBeUndefined();
    keepFragment(db, 2, 'a', 'new');
    expect(peekFragment(db, 1, 'a')).toBeUndefined();
    // A request that read version 1 and rendered after the change must not replace version 2's fragments.
    keepFragment(db, 1, 'b', 'late');
    expect(peekFragment(db, 2, 'a')).toBe('new');
    expect(peekFragment(db, 1, 'b')).toBeUndefined();
  });

  it('keep at most FRAGMENT_ENTRIES, dropping the least recently used', () => {
    const db = {};
    for (let i = 0; i < FRAGMENT_ENTRIES; i++) keepFragment(db, 1, `k${i}`, String(i));
    expect(peekFragment(db, 1, 'k0')).toBe('0'); // now the most recently used
    keepFragment(db, 1, 'extra', 'x');
    expect(peekFragment(db, 1, 'k0')).toBe('0');
    expect(peekFragment(db, 1, 'k1')).toBeUndefined();
    expect(peekFragment(db, 1, 'extra')).toBe('x');
  });

  it('keep at most FRAGMENT_CHARS characters, so made-up searches cannot fill memory with card grids', () => {
    const db = {};
    const grid = 'x'.repeat(20_000);
    const fit = Math.floor(FRAGMENT_CHARS / grid.length);
    for (let i = 0; i <= fit; i++) keepFragment(db, 1, `grid${i}`, grid);
    expect(peekFragment(db, 1, 'grid0')).toBeUndefined();
    expect(peekFragment(db, 1, `grid${fit}`)).toBe(grid);
    expect(peekFragment(db, 1, 'grid1')).toBe(grid);
    // Kept again under the same key, a fragment is counted once.
    keepFragment(db, 1, 'grid1', grid);
    keepFragment(db, 1, 'small', 'y');
    expect(peekFragment(db, 1, 'grid2')).toBe(grid);
  });

  it('name the display currency by its code, rate and day', () => {
    expect(rateKey(undefined)).toBe('KGS');
    expect(rateKey({ currency: 'USD', kgsPerUnitMicros: 87_910_000, setOn: '2026-12-01' })).toBe(
      'USD:87910000:2026-12-01',
    );
    expect(rateKey({ currency: 'USD', kgsPerUnitMicros: 88_000_000, setOn: '2026-12-02' })).not.toBe(
      rateKey({ currency: 'USD', kgsPerUnitMicros: 87_910_000, setOn: '2026-12-01' }),
    );
  });
});
