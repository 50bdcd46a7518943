import { describe, expect, it } from 'vitest';
import { columnsLayout, niceCeiling, rowsLayout, shorten } from './chart.ts';

const item = (label: string, value: number) => ({ label, value, valueText: `${value} som` });

describe('bar chart geometry', () => {
  it('rounds the axis up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(1)).toBe(1);
    expect(niceCeiling(1.2)).toBe(2);
    expect(niceCeiling(2300)).toBe(2500);
    expect(niceCeiling(4100)).toBe(5000);
    expect(niceCeiling(7300)).toBe(10_000);
    expect(niceCeiling(0.03)).toBeCloseTo(0.05);
  });

  it('draws columns in proportion, inside the plot, with thinned labels', () => {
    const items = Array.from({ length: 30 }, (_, i) => item(`Day ${i + 1}`, i === 4 ? 2000 : i === 9 ? 1000 : 0));
    const chart = columnsLayout(items);
    const tallest = chart.bars[4]!;
    const half = chart.bars[9]!;
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(tallest.y).toBe(chart.plot.top);
    expect(tallest.height).toBeCloseTo(2 * half.height, 0);
    expect(chart.bars[0]!.height).toBe(0);
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right + 0.1);
    }
    const labelled = chart.bars.filter((b) => b.shownLabel !== '').length;
    expect(labelled).toBeGreaterThan(5);
    expect(labelled).toBeLessThan(30);
  });

  it('ends the axis at the first round step above the tallest bar', () => {
    expect(columnsLayout([item('a', 23_560)]).ticks.map((t) => t.value)).toEqual([
      0, 5000, 10_000, 15_000, 20_000, 25_000,
    ]);
    expect(columnsLayout([item('a', 0)]).ticks.map((t) => t.value)).toEqual([0, 1]);
    expect(columnsLayout([item('a', 730)]).ticks.at(-1)!.value).toBe(800);
  });

  it('draws one row per group, the longest bar full width, labels shortened', () => {
    const chart = rowsLayout([item('Семья Токтогуловых из села Барскоон, Джети-Огузский район', 300), item('B', 150)]);
    expect(chart.bars).toHaveLength(2);
    expect(chart.bars[0]!.width).toBe(chart.plot.right - chart.plot.left);
    expect(chart.bars[1]!.width).toBeCloseTo(chart.bars[0]!.width / 2, 0);
    expect(chart.bars[0]!.shownLabel.endsWith('…')).toBe(true);
    expect([...chart.bars[0]!.shownLabel]).toHaveLength(27);
    expect(chart.height).toBeGreaterThan(2 * 30);
    expect(rowsLayout([item('zero', 0)]).bars[0]!.width).toBe(0);
  });

  it('shortens by characters, not bytes', () => {
    expect(shorten('Өндүрүүчү', 20)).toBe('Өндүрүүчү');
    expect(shorten('Өндүрүүчү', 5)).toBe('Өндү…');
  });
});
