import { describe, expect, it } from 'vitest';
import type { EChartsOption } from './echarts.types';
import { rankedBarToOption } from './rankedBar.chart';

const values = (option: EChartsOption) =>
  (option.series as Array<{ data: Array<{ value: number }> }>)[0]!.data.map((d) => d.value);

describe('rankedBarToOption', () => {
  const rows = [
    { label: '张三', value: 1.2, n: 10 },
    { label: '李四', value: 3.456, n: 4, note: 'rating 4.8' },
    { label: '王五', value: 2 },
  ];

  it('ranks descending, best at the top of a horizontal chart', () => {
    const option = rankedBarToOption(rows, { name: 'Value-added' });
    expect((option.yAxis as { data: string[] }).data).toEqual(['张三', '王五', '李四']);
    expect(values(option)).toEqual([1.2, 2, 3.46]);
  });

  it('writes value, unit and n at each bar and titles the value axis', () => {
    const option = rankedBarToOption(rows, { name: 'V', unit: ' pts', showN: true, axisName: 'Exam points' });
    const labels = (option.series as Array<{ data: Array<{ label: { formatter: string } }> }>)[0]!.data.map(
      (d) => d.label.formatter,
    );
    expect(labels).toEqual(['1.2 pts · n=10', '2 pts', '3.46 pts · n=4']);
    expect(option.xAxis).toMatchObject({ name: 'Exam points', nameLocation: 'middle' });
    expect(option.grid).toMatchObject({ outerBoundsContain: 'all' });
  });

  it('keeps the given order when sort is off (pipeline gates) and can be vertical', () => {
    const option = rankedBarToOption(rows, { name: 'Blocked', sort: false, horizontal: false, digits: 0 });
    expect((option.xAxis as { data: string[] }).data).toEqual(['张三', '李四', '王五']);
    expect(values(option)).toEqual([1, 3, 2]);
  });

  it('shows n and the note in the tooltip', () => {
    const option = rankedBarToOption(rows, { name: 'V', unit: ' pp' });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 2 })).toBe('李四<br/>V: 3.46 pp<br/>n = 4<br/>rating 4.8');
  });
});
