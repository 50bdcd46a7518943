import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format.ts';
import { formatKyDate, formatKyDateRange } from './ky-date.ts';

describe('Kyrgyz dates', () => {
  it('writes running text as an editor does, not as ICU does', () => {
    expect(formatKyDate('2026-12-03')).toBe('2026-жылдын 3-декабры');
    expect(formatKyDate('2026-12-03', 'long', 'dat')).toBe('2026-жылдын 3-декабрына');
    expect(formatKyDate('2026-05-01', 'long', 'loc')).toBe('2026-жылдын 1-майында');
    expect(formatKyDate('2026-04-09', 'long')).toBe('2026-жылдын 9-апрели');
    expect(formatKyDate('2026-08-30', 'long', 'abl')).toBe('2026-жылдын 30-августунан');
  });
  it('writes a day without the year with a plain case', () => {
    expect(formatKyDate('2026-12-03', 'day')).toBe('3-декабрь');
    expect(formatKyDate('2026-12-03', 'day', 'loc')).toBe('3-декабрда');
    expect(formatKyDate('2026-12-03', 'day', 'dat')).toBe('3-декабрга');
    expect(formatKyDate('2026-06-10', 'day', 'loc')).toBe('10-июнда');
    expect(formatKyDate('2026-04-10', 'day', 'dat')).toBe('10-апрелге');
  });
  it('has short forms for charts and labels', () => {
    expect(formatKyDate('2026-12-03', 'short')).toBe('3-дек.');
    expect(formatKyDate('2026-12-15', 'monthShort')).toBe('дек. 2026');
    expect(formatKyDate('2026-12-15', 'month')).toBe('2026-жылдын декабры');
    expect(formatKyDateRange('2026-12-01', '2026-12-07')).toBe('2026-жылдын 1–7-декабры');
    expect(formatKyDateRange('2026-11-30', '2026-12-06')).toBe('2026-жылдын 30-ноябры – 6-декабры');
  });
  it('reads instants in Bishkek time', () => {
    // 2026-12-02 19:30 UTC is already the 3rd in Bishkek (UTC+6).
    expect(formatKyDate(Date.UTC(2026, 11, 2, 19, 30))).toBe('2026-жылдын 3-декабры');
    expect(formatDateTime('ky', Date.UTC(2026, 11, 2, 19, 30))).toBe('2026-жылдын 3-декабры, 01:30');
    expect(formatDateTime('ky', Date.UTC(2026, 11, 3, 8, 5), 'medium')).toBe('2026-ж. 3-дек., 14:05');
    expect(formatDateTime('en', Date.UTC(2026, 11, 3, 8, 5), 'medium')).toMatch(/Dec 3, 2026.*2:05/);
  });
  it('is what formatDate gives Kyrgyz pages', () => {
    expect(formatDate('ky', '2026-12-03')).toBe('2026-жылдын 3-декабры');
    expect(formatDate('ky', '2026-12-03', 'medium')).toBe('2026-ж. 3-дек.');
    expect(formatDate('ru', '2026-12-03')).toBe('3 декабря 2026 г.');
  });
});
