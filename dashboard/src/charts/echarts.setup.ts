import { BarChart, CustomChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  RadarComponent,
  TooltipComponent,
} from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the charts use, so the bundle stays tree-shaken; the SVG renderer keeps charts
// crisp on phones and inspectable by the browser tests (one DOM node per mark).
use([
  BarChart,
  LineChart,
  RadarChart,
  ScatterChart,
  CustomChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  MarkPointComponent,
  RadarComponent,
  SVGRenderer,
]);
