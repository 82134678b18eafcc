import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type LiftRow, liftToOption } from '../../charts/lift.chart';
import { type RankedBarRow, rankedBarToOption } from '../../charts/rankedBar.chart';
import { Card } from '../../components/Card';
import { EChart } from '../../components/EChart';
import { Empty } from '../../components/States';

export interface PromotionInsightsViewModel {
  window: string;
  profile: LiftRow[];
  /** Employees blocked per gate, in gate order. */
  pipeline: RankedBarRow[];
  /** Average months to promotion per target position. */
  timeToPromotion: RankedBarRow[];
}

export function PromotionInsightsView({ vm }: { vm: PromotionInsightsViewModel }) {
  const { t } = useTranslation();
  const profileOption = useMemo(
    () =>
      liftToOption(vm.profile, {
        focus: t('promotion.promoted'),
        base: t('promotion.notPromoted'),
        lift: t('promotion.lift'),
      }),
    [vm.profile, t],
  );
  const pipelineOption = useMemo(
    () => rankedBarToOption(vm.pipeline, { name: t('promotion.blocked'), sort: false, digits: 0 }),
    [vm.pipeline, t],
  );
  const timeOption = useMemo(
    () => rankedBarToOption(vm.timeToPromotion, { name: t('promotion.months'), digits: 1 }),
    [vm.timeToPromotion, t],
  );
  const profileN = vm.profile[0] ? `${vm.profile[0].nFocus ?? '?'} / ${vm.profile[0].nBase ?? '?'}` : null;
  return (
    <div className="grid">
      <Card
        title={t('promotion.profile')}
        explain={{
          formula: `${t('formula.profileLift')} ${t('formula.suppression')}`,
          window: vm.window,
          n: profileN,
        }}
        testId="card-profile"
        wide
      >
        {vm.profile.length ? (
          <EChart
            option={profileOption}
            label={t('promotion.profile')}
            height={Math.max(300, vm.profile.length * 34)}
          />
        ) : (
          <Empty />
        )}
      </Card>
      <Card
        title={t('promotion.pipeline')}
        explain={{ formula: t('formula.pipeline'), n: vm.pipeline.reduce((s, r) => s + r.value, 0) }}
        testId="card-pipeline"
      >
        {vm.pipeline.length ? <EChart option={pipelineOption} label={t('promotion.pipeline')} /> : <Empty />}
      </Card>
      <Card
        title={t('promotion.timeTo')}
        explain={{
          formula: t('formula.timeToPromotion'),
          window: vm.window,
          n: vm.timeToPromotion.reduce((s, r) => s + (r.n ?? 0), 0),
        }}
        testId="card-time-to-promotion"
      >
        {vm.timeToPromotion.length ? <EChart option={timeOption} label={t('promotion.timeTo')} /> : <Empty />}
      </Card>
    </div>
  );
}
