import { type ECharts, init } from 'echarts/core';
import { useEffect, useRef } from 'react';
import '../charts/echarts.setup';
import { countDataPoints, type EChartsOption } from '../charts/echarts.types';

export interface EChartProps {
  option: EChartsOption;
  /** CSS height; width always follows the container. */
  height?: number | string;
  /** Accessible name, also used by the browser tests to find a chart. */
  label: string;
  testId?: string;
}

/**
 * The one ECharts wrapper: init on mount (SVG renderer), setOption on change, resize with the
 * container (not just the window — side panels and phone rotation change it too), dispose on
 * unmount. The number of data points is exposed as `data-points` so tests can check that a
 * chart actually drew data without reaching into ECharts internals.
 */
export function EChart({ option, height = 320, label, testId }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

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
    <div
      ref={ref}
      className="echart"
      role="img"
      aria-label={label}
      data-testid={testId ?? 'chart'}
      data-chart={label}
      data-points={countDataPoints(option)}
      style={{ height, width: '100%' }}
    />
  );
}
