import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CourseContributionRow,
  courseContributionToOption,
} from '../../charts/courseContribution.chart';
import { num, pct } from '../../charts/echarts.types';
import { type RankedBarRow, rankedBarToOption } from '../../charts/rankedBar.chart';
import { type SpendGainRow, spendGainToOption } from '../../charts/spendGain.chart';
import { type TrendRow, trendToOption } from '../../charts/trend.chart';
import { Card, Stat } from '../../components/Card';
import { EChart } from '../../components/EChart';
import { Empty } from '../../components/States';

export interface OverviewTotals {
  cost: number | null;
  gain: number | null;
  roi: number | null;
  participation: number | null;
  completion: number | null;
  passRate: number | null;
  /** Employees / enrollments behind the totals. */
  employees: number | null;
  enrollments: number | null;
}

export interface OverviewViewModel {
  window: string;
  totals: OverviewTotals | null;
  spendGain: SpendGainRow[];
  trends: TrendRow[];
  contribution: CourseContributionRow[];
  lecturers: RankedBarRow[];
}

const money = (v: number | null) => (v === null ? '—' : `¥${num(v, 0)}`);

export function OverviewView({
  vm,
  contributionActions,
}: {
  vm: OverviewViewModel;
  contributionActions?: ReactNode;
}) {
  // `t` changes identity when the language changes, so options rebuild with translated labels.
  const { t } = useTranslation();
  const spendOption = useMemo(
    () =>
      spendGainToOption(vm.spendGain, {
        cost: t('overview.cost'),
        gain: t('overview.gain'),
        roi: t('overview.roi'),
      }),
    [vm.spendGain, t],
  );
  const trendOption = useMemo(
    () =>
      trendToOption(vm.trends, [
        { key: 'participation', name: t('overview.participation') },
        { key: 'completion', name: t('overview.completion') },
        { key: 'passRate', name: t('overview.passRate') },
      ]),
    [vm.trends, t],
  );
  const contributionOption = useMemo(
    () =>
      courseContributionToOption(vm.contribution, {
        estimate: t('overview.estimate'),
        ci: t('overview.ci'),
        insufficient: t('overview.insufficient'),
      }),
    [vm.contribution, t],
  );
  const lecturerOption = useMemo(
    () => rankedBarToOption(vm.lecturers, { name: t('overview.valueAdded') }),
    [vm.lecturers, t],
  );
  const totals = vm.totals;
  const contributionN = vm.contribution.reduce((s, r) => s + r.n, 0);

  return (
    <>
      {totals ? (
        <div className="stats">
          <Stat
            label={t('overview.cost')}
            value={money(totals.cost)}
            explain={{ formula: t('formula.cost'), window: vm.window, n: totals.enrollments }}
          />
          <Stat
            label={t('overview.gain')}
            value={money(totals.gain)}
            explain={{ formula: t('formula.gain'), window: vm.window, n: totals.employees }}
          />
          <Stat
            label={t('overview.roi')}
            value={pct(totals.roi, 0)}
            tone={totals.roi === null ? undefined : totals.roi >= 0 ? 'good' : 'bad'}
            explain={{ formula: t('formula.roi'), window: vm.window, n: totals.employees }}
          />
          <Stat
            label={t('overview.participation')}
            value={pct(totals.participation)}
            explain={{ formula: t('formula.participation'), window: vm.window, n: totals.employees }}
          />
          <Stat
            label={t('overview.completion')}
            value={pct(totals.completion)}
            explain={{ formula: t('formula.completion'), window: vm.window, n: totals.enrollments }}
          />
          <Stat
            label={t('overview.passRate')}
            value={pct(totals.passRate)}
            explain={{ formula: t('formula.passRate'), window: vm.window, n: totals.enrollments }}
          />
        </div>
      ) : null}
      <div className="grid">
        <Card
          title={t('overview.spendVsGain')}
          explain={{
            formula: `${t('formula.roi')} ${t('formula.gain')}`,
            window: vm.window,
            n: totals?.employees,
          }}
          testId="card-spend-gain"
        >
          {vm.spendGain.length ? (
            <EChart option={spendOption} label={t('overview.spendVsGain')} />
          ) : (
            <Empty />
          )}
        </Card>
        <Card
          title={t('overview.trends')}
          explain={{
            formula: `${t('formula.participation')} ${t('formula.completion')}`,
            window: vm.window,
            n: totals?.enrollments,
          }}
          testId="card-trends"
        >
          {vm.trends.length ? <EChart option={trendOption} label={t('overview.trends')} /> : <Empty />}
        </Card>
        <Card
          title={t('overview.contribution')}
          actions={contributionActions}
          explain={{
            formula: `${t('formula.contribution')} ${t('formula.suppression')}`,
            window: t('overview.fixedWindow'),
            n: contributionN,
          }}
          testId="card-contribution"
        >
          {vm.contribution.length ? (
            <EChart
              option={contributionOption}
              label={t('overview.contribution')}
              height={Math.max(280, vm.contribution.length * 30)}
            />
          ) : (
            <Empty />
          )}
        </Card>
        <Card
          title={t('overview.lecturers')}
          explain={{
            formula: t('formula.lecturer'),
            window: t('overview.fixedWindow'),
            n: vm.lecturers.reduce((s, r) => s + (r.n ?? 0), 0),
          }}
          testId="card-lecturers"
        >
          {vm.lecturers.length ? (
            <EChart
              option={lecturerOption}
              label={t('overview.lecturers')}
              height={Math.max(280, vm.lecturers.length * 28)}
            />
          ) : (
            <Empty />
          )}
        </Card>
      </div>
    </>
  );
}
