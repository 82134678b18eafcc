import { describe, expect, it } from 'vitest';
import { competencyRadarToOption } from './competencyRadar.chart';
import { countDataPoints } from './echarts.types';

describe('competencyRadarToOption', () => {
  it('plots actual vs target on shared indicators', () => {
    const option = competencyRadarToOption(
      [
        { competency: '沟通', actual: 3, target: 4 },
        { competency: '领导力', actual: null, target: 3 },
        { competency: '专业', actual: 6, target: 4 },
      ],
      { actual: 'Current', target: 'Target' },
    );
    const radar = option.radar as { indicator: Array<{ name: string; max: number }> };
    expect(radar.indicator).toEqual([
      { name: '沟通', max: 6 },
      { name: '领导力', max: 6 },
      { name: '专业', max: 6 },
    ]);
    const data = (option.series as Array<{ data: Array<{ name: string; value: number[] }> }>)[0]!.data;
    expect(data.map((d) => d.name)).toEqual(['Current', 'Target']);
    expect(data[0]!.value).toEqual([3, 0, 6]);
    expect(data[1]!.value).toEqual([4, 3, 4]);
    expect(countDataPoints(option)).toBe(6);
  });

  it('falls back to paired bars below three competencies (a radar needs three axes)', () => {
    const option = competencyRadarToOption(
      [
        { competency: '领导力', actual: 1, target: 3 },
        { competency: '团队管理', actual: 2.5, target: 2 },
      ],
      { actual: 'Current', target: 'Target' },
    );
    expect(option.radar).toBeUndefined();
    const series = option.series as Array<{ type: string; name: string; data: number[] }>;
    expect(series.map((x) => [x.type, x.name, x.data])).toEqual([
      ['bar', 'Current', [1, 2.5]],
      ['bar', 'Target', [3, 2]],
    ]);
  });
});
