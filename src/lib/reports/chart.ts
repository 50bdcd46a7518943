/**
 * Geometry of a server-drawn bar chart: plain numbers that BarChart.astro turns into SVG, so the
 * arithmetic is tested without rendering. Two layouts: `columns` for a time series (periods along the
 * bottom) and `rows` for named groups (a label, a bar and its value per row).
 */

export interface BarDatum {
  label: string;
  value: number;
  /** The value as the reader should see it (“KGS 1,250.00”). */
  valueText: string;
}

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** The label as drawn: shortened to fit, or empty when columns are too many to label each one. */
  shownLabel: string;
  valueText: string;
  labelX: number;
  labelY: number;
  valueX: number;
  valueY: number;
}

export interface ChartTick {
  value: number;
  /** Position along the value axis (y for columns). */
  at: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: ChartBar[];
  ticks: ChartTick[];
  /** The plot area, for the axis lines. */
  plot: { left: number; top: number; right: number; bottom: number };
}

/** The smallest “round” number (1, 2, 2.5 or 5 × 10ⁿ) at least `max`; 1 for nothing to show. */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max * (1 - 1e-12)) return step * power;
  return 10 * power;
}

/** Cuts a label to `max` characters with an ellipsis. */
export function shorten(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

const WIDTH = 720;

/** Vertical bars along a time axis, with round gridlines and at most one label every 56 px. */
export function columnsLayout(items: BarDatum[], height = 280): ChartLayout {
  const plot = { left: 76, top: 14, right: WIDTH - 12, bottom: height - 40 };
  const plotW = plot.right - plot.left;
  const plotH = plot.bottom - plot.top;
  // A round step (about five gridlines) and the axis ends at the first step above the tallest bar.
  const max = Math.max(0, ...items.map((i) => i.value));
  const step = niceCeiling(max / 5);
  const steps = Math.max(1, Math.ceil(max / step - 1e-9));
  const top = step * steps;
  const slot = plotW / Math.max(1, items.length);
  const barW = Math.max(1, slot * 0.72);
  const every = Math.max(1, Math.ceil(items.length / Math.floor(plotW / 56)));
  const bars = items.map((item, i) => {
    const h = (Math.max(0, item.value) / top) * plotH;
    const cx = plot.left + slot * (i + 0.5);
    return {
      x: round(cx - barW / 2),
      y: round(plot.bottom - h),
      width: round(barW),
      height: round(h),
      label: item.label,
      shownLabel: i % every === 0 ? shorten(item.label, 10) : '',
      valueText: item.valueText,
      labelX: round(cx),
      labelY: plot.bottom + 20,
      valueX: round(cx),
      valueY: round(plot.bottom - h - 4),
    };
  });
  const ticks = Array.from({ length: steps + 1 }, (_, k) => ({
    value: step * k,
    at: round(plot.bottom - (plotH * k) / steps),
  }));
  return { width: WIDTH, height, bars, ticks, plot };
}

/** Horizontal bars, one row per group: the label on the left, the value after the bar. */
export function rowsLayout(items: BarDatum[], rowHeight = 30): ChartLayout {
  const labelW = 250;
  const valueW = 140;
  const plot = { left: labelW, top: 6, right: WIDTH - valueW, bottom: 6 + rowHeight * items.length };
  const top = Math.max(0, ...items.map((i) => i.value)) || 1;
  const bars = items.map((item, i) => {
    const w = (Math.max(0, item.value) / top) * (plot.right - plot.left);
    const y = plot.top + rowHeight * i;
    return {
      x: plot.left,
      y: y + 5,
      width: round(w),
      height: rowHeight - 10,
      label: item.label,
      shownLabel: shorten(item.label, 27),
      valueText: item.valueText,
      labelX: labelW - 8,
      labelY: y + rowHeight / 2 + 5,
      valueX: round(plot.left + w + 6),
      valueY: y + rowHeight / 2 + 5,
    };
  });
  return { width: WIDTH, height: plot.bottom + 6, bars, ticks: [], plot };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
