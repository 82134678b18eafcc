import { describe, expect, it } from 'vitest';
import { chartDataText, chartTable } from './chartTable';

describe('chartTable', () => {
  it('turns a category chart into one row per category and one column per series', () => {
    const table = chartTable({
      xAxis: { type: 'category', data: ['2026-01', '2026-02'], name: '月份' },
      yAxis: { type: 'value' },
      series: [
        { name: '投入', type: 'bar', data: [1200.5, 900] },
        { name: 'ROI', type: 'line', data: [{ value: 0.25 }, null] },
        // An error-bar decoration with another length is not a column.
        { type: 'custom', data: [[0, 1, 2]] },
      ],
    });
    expect(table).toEqual({
      head: ['月份', '投入', 'ROI'],
      rows: [
        ['2026-01', (1200.5).toLocaleString(), (0.25).toLocaleString()],
        ['2026-02', (900).toLocaleString(), '—'],
      ],
    });
  });

  it('reads horizontal bars (category on the y axis) and radars', () => {
    expect(
      chartTable({
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: ['A'] },
        series: [{ name: 'n', type: 'bar', data: [3] }],
      })?.rows,
    ).toEqual([['A', '3']]);
    expect(
      chartTable({
        radar: { indicator: [{ name: '沟通' }, { name: '领导力' }] },
        series: [
          {
            type: 'radar',
            data: [
              { name: '当前', value: [3, 2] },
              { name: '目标', value: [4, 4] },
            ],
          },
        ],
      }),
    ).toEqual({
      head: ['', '当前', '目标'],
      rows: [
        ['沟通', '3', '4'],
        ['领导力', '2', '4'],
      ],
    });
  });

  it('gives nothing for a chart without a tabular shape', () => {
    expect(chartTable({ series: [{ type: 'scatter', data: [[1, 2]] }] })).toBeNull();
  });
});

describe('chartDataText', () => {
  it('is the category axis and the radar indicators, not series or axis names', () => {
    expect(
      chartDataText({
        xAxis: { type: 'value', name: 'Score' },
        yAxis: { type: 'category', data: ['张三', '2026-01', ''], name: 'Nominee' },
        series: [{ name: 'Total', type: 'bar', data: [1, 2, 3] }],
      }),
    ).toEqual(['张三', '2026-01']);
    expect(
      chartDataText({
        radar: { indicator: [{ name: '沟通' }, { name: '客户洞察' }] },
        series: [{ type: 'radar', data: [{ name: 'Actual', value: [3, 4] }] }],
      }),
    ).toEqual(['沟通', '客户洞察']);
  });
});
