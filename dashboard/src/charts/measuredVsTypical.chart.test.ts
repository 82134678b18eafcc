import { describe, expect, it } from 'vitest';
import { countDataPoints } from './echarts.types';
import { measuredVsTypicalToOption } from './measuredVsTypical.chart';

describe('measuredVsTypicalToOption', () => {
  const rows = [
    { label: 'A → B', measured: 12.345, n: 7, typical: 18 },
    { label: 'C → D', measured: 20, n: 5, typical: null },
    { label: 'E → F', measured: null, typical: 24 },
  ];
  const labels = { measured: 'Measured', typical: 'Typical', unit: ' mo' };

  it('puts measured steps first, longest at the top, configured-only steps after', () => {
    const option = measuredVsTypicalToOption(rows, labels);
    // Horizontal: the last category is drawn at the top.
    expect((option.yAxis as { data: string[] }).data).toEqual(['E → F', 'A → B', 'C → D']);
    const [measured, typical] = option.series as Array<{ data: unknown[] }>;
    expect(measured!.data.map((d) => (d === null ? null : (d as { value: number }).value))).toEqual([
      null,
      12.3,
      20,
    ]);
    expect(typical!.data).toEqual([24, 18, null]);
    expect(countDataPoints(option)).toBe(4);
  });

  it('prints n on the measured bar and both series in the tooltip', () => {
    const option = measuredVsTypicalToOption(rows, labels);
    const [measured] = option.series as Array<{ data: Array<{ label: { formatter: string } } | null> }>;
    expect(measured!.data[1]!.label.formatter).toBe('12.3 (n = 7)');
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 1 }])).toBe('A → B<br/>Measured: 12.3 mo (n = 7)<br/>Typical: 18 mo');
    expect(formatter([{ dataIndex: 0 }])).toBe('E → F<br/>Measured: —<br/>Typical: 24 mo');
  });
});
