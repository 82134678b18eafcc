import { type ECharts, init } from 'echarts/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../charts/echarts.setup';
import { countDataPoints, type EChartsOption } from '../charts/echarts.types';
import { type ChartTable, chartTable } from './chartTable';

export interface EChartProps {
  option: EChartsOption;
  /** CSS height; width always follows the container. */
  height?: number | string;
  /** Accessible name, also used by the browser tests to find a chart. */
  label: string;
  testId?: string;
  /** The data as a table when it cannot be read off the option (default: derived from it). */
  table?: ChartTable | null;
}

/**
 * The one ECharts wrapper: init on mount (SVG renderer), setOption on change, resize with the
 * container (not just the window — side panels and phone rotation change it too), dispose on
 * unmount. The number of data points is exposed as `data-points` so tests can check that a
 * chart actually drew data without reaching into ECharts internals. A toggle shows the same
 * data as a table (WCAG 1.1.1: a chart alone says nothing to a screen reader).
 */
export function EChart({ option, height = 320, label, testId, table }: EChartProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
  const data = useMemo(() => (table === undefined ? chartTable(option) : table), [option, table]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const instance = init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a filter change may remove series; merging would leave stale ones drawn.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div className="echart-wrap">
      {data ? (
        <button
          type="button"
          className="btn btn-small chart-toggle"
          aria-expanded={asTable}
          aria-controls={tableId}
          onClick={() => setAsTable((v) => !v)}
          data-testid="chart-table-toggle"
        >
          {asTable ? t('a11y.showChart') : t('a11y.showTable')}
        </button>
      ) : null}
      <div
        ref={ref}
        className="echart"
        role="img"
        aria-label={label}
        hidden={asTable}
        data-testid={testId ?? 'chart'}
        data-chart={label}
        data-points={countDataPoints(option)}
        style={{ height, width: '100%' }}
      />
      {data && asTable ? (
        <div className="table-scroll" id={tableId}>
          <table className="table chart-table" data-testid="chart-table">
            <caption className="sr-only">{label}</caption>
            <thead>
              <tr>
                {data.head.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
