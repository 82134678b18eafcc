import { type ECharts, init } from 'echarts/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../charts/echarts.setup';
import { countDataPoints, type EChartsOption } from '../charts/echarts.types';
import { type ChartTable, chartDataText, chartTable } from './chartTable';
import { DataText } from './DataText';

export interface EChartProps {
  option: EChartsOption;
  /** CSS height; width always follows the container. */
  height?: number | string;
  /** Accessible name, also used by the browser tests to find a chart. */
  label: string;
  testId?: string;
  /** The data as a table when it cannot be read off the option (default: derived from it). */
  table?: ChartTable | null;
  /**
   * Stored names the chart draws besides its category axis and radar indicators (those are
   * always data): KPI series, units, course marks. Drawn text containing one is `translate="no"`.
   */
  dataText?: readonly string[];
}

/**
 * Marks the chart's SVG texts that show data (a name, or a label with a name inside: the SVG
 * text cannot be split) `translate="no"`, and unmarks a reused text element that no longer
 * does; ECharts' own `…` truncation is recognised.
 */
function markDataTexts(el: HTMLElement, data: readonly string[]) {
  for (const text of el.querySelectorAll('svg text')) {
    const shown = (text.textContent ?? '').trim();
    const stem = shown.replace(/(\.\.\.|…)$/, '');
    const isData =
      shown !== '' &&
      data.some((d) => shown.includes(d) || (stem !== shown && stem !== '' && d.startsWith(stem)));
    if (isData) text.setAttribute('translate', 'no');
    else text.removeAttribute('translate');
  }
}

/**
 * The one ECharts wrapper: init on mount (SVG renderer), setOption on change, resize with the
 * container (not just the window — side panels and phone rotation change it too), dispose on
 * unmount. The number of data points is exposed as `data-points` so tests can check that a
 * chart actually drew data without reaching into ECharts internals. A toggle shows the same
 * data as a table (WCAG 1.1.1: a chart alone says nothing to a screen reader).
 */
export function EChart({ option, height = 320, label, testId, table, dataText }: EChartProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
  const data = useMemo(() => (table === undefined ? chartTable(option) : table), [option, table]);
  const dataStrings = useMemo(
    // Only strings with letters: a unit such as "%" would otherwise match every axis label.
    () => [...new Set([...chartDataText(option), ...(dataText ?? [])].filter((s) => /\p{L}/u.test(s)))],
    [option, dataText],
  );
  const dataRef = useRef(dataStrings);
  dataRef.current = dataStrings;

  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const instance = init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    // Every paint may add texts (animation, hover, resize): mark the data ones each time.
    instance.on('rendered', () => markDataTexts(el, dataRef.current));
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
    if (ref.current) markDataTexts(ref.current, dataRef.current);
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
                    <DataText text={h} data={dataStrings} />
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
                        <DataText text={cell} data={dataStrings} />
                      </th>
                    ) : (
                      <td key={c}>
                        <DataText text={cell} data={dataStrings} />
                      </td>
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
