import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionFamily } from '../../graphql/generated/graphql';
import { gateName } from '../../i18n/rules';
import { toPipeline, type Pipeline } from './pipeline.model';
import { PromotionPipelineDocument } from './promotion.queries';

export interface PipelineState {
  loading: boolean;
  error?: Error;
  pipeline?: Pipeline;
  /** The ruled targets with their rule version ("初级经理 v1"). */
  ruleVersions?: string;
  refetch: () => void;
}

/**
 * Promotion pipeline by gate, from the rules engine on the server: every active employee in the
 * caller's scope whose position leads (career path) to a position with a promotion rule is
 * evaluated against that rule and counted at the first gate they fail. Exact, one request.
 */
export function usePromotionPipeline(filters: {
  departmentId: string | null;
  family: string | null;
}): PipelineState {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PromotionPipelineDocument, {
    variables: { departmentId: filters.departmentId, family: filters.family as PositionFamily | null },
  });
  const summary = data?.promotionCandidates.summary;
  const pipeline = useMemo(
    () => (summary ? toPipeline(summary, (gate) => gateName(t, gate)) : undefined),
    [summary, t],
  );
  return {
    loading,
    error,
    pipeline,
    ruleVersions: summary?.targets
      .map((x) =>
        t('promotionCandidates.ruleVersion', { position: x.targetPosition, version: x.ruleVersion }),
      )
      .join(t('rules.listSeparator')),
    refetch: () => void refetch(),
  };
}
