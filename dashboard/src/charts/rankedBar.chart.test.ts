import { describe, expect, it } from 'vitest';
import { rankedBarToOption } from './rankedBar.chart';

describe('rankedBarToOption', () => {
  const rows = [
    { label: '张三', value: 1.2, n: 10 },
    { label: '李四', value: 3.456, n: 4, note: 'rating 4.8' },
    { label: '王五', value: 2 },
  ];

  it('ranks descending, best at the top of a horizontal chart', () => {
    const option = rankedBarToOption(rows, { name: 'Value-added' });
    expect((option.yAxis as { data: string[] }).data).toEqual(['张三', '王五', '李四']);
    expect((option.series as Array<{ data: number[] }>)[0]!.data).toEqual([1.2, 2, 3.46]);
  });

  it('keeps the given order when sort is off (pipeline gates) and can be vertical', () => {
    const option = rankedBarToOption(rows, { name: 'Blocked', sort: false, horizontal: false, digits: 0 });
    expect((option.xAxis as { data: string[] }).data).toEqual(['张三', '李四', '王五']);
    expect((option.series as Array<{ data: number[] }>)[0]!.data).toEqual([1, 3, 2]);
  });

  it('shows n and the note in the tooltip', () => {
    const option = rankedBarToOption(rows, { name: 'V', unit: ' pp' });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 2 })).toBe('李四<br/>V: 3.46 pp<br/>n = 4<br/>rating 4.8');
  });
});
