import { describe, expect, it } from 'vitest';
import { liftToOption, sortByLift } from './lift.chart';

const rows = [
  { label: '团队管理基础', shareFocus: 0.8, shareBase: 0.4, lift: 2, nFocus: 10, nBase: 50 },
  { label: '沟通技巧', shareFocus: 0.5, shareBase: 0.5, lift: 1 },
  { label: '新课程', shareFocus: 0.2, shareBase: 0, lift: null },
  { label: '项目协调', shareFocus: 0.9, shareBase: 0.3, lift: 3 },
];

describe('liftToOption', () => {
  it('sorts by lift with undefined lifts last', () => {
    expect(sortByLift(rows).map((r) => r.label)).toEqual(['项目协调', '团队管理基础', '沟通技巧', '新课程']);
  });

  it('draws focus and base shares with the lift as the focus bar label', () => {
    const option = liftToOption(rows, { focus: 'Promoted', base: 'Not promoted', lift: 'Lift' });
    expect((option.yAxis as { data: string[] }).data).toEqual([
      '新课程',
      '沟通技巧',
      '团队管理基础',
      '项目协调',
    ]);
    const [focus, base] = option.series as Array<{
      name: string;
      data: Array<{ value: number; label: { formatter: string } } | number>;
    }>;
    expect(focus!.name).toBe('Promoted');
    expect((focus!.data as Array<{ value: number }>).map((d) => d.value)).toEqual([0.2, 0.5, 0.8, 0.9]);
    expect((focus!.data as Array<{ label: { formatter: string } }>).map((d) => d.label.formatter)).toEqual([
      '—',
      '×1',
      '×2',
      '×3',
    ]);
    expect(base!.data).toEqual([0, 0.5, 0.4, 0.3]);
  });

  it('tooltip gives both shares with n and the lift', () => {
    const option = liftToOption(rows, { focus: 'P', base: 'B', lift: 'L' });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 2 }])).toBe(
      '团队管理基础<br/>P: 80% (n = 10)<br/>B: 40% (n = 50)<br/>L: ×2',
    );
  });
});
