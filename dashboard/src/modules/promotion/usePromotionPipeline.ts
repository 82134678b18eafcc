import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import {
  CandidatePathDocument,
  PipelineCandidatesDocument,
  PipelineSetupDocument,
} from './promotion.queries';
import { aggregatePipeline, type CandidatePath, mapLimit, type Pipeline } from './pipeline.model';

export interface PipelineState {
  loading: boolean;
  error?: Error;
  pipeline?: Pipeline;
  ruleVersions?: string;
  /**
   * Set when the pipeline is a sample: the browser evaluates at most the first 100 active
   * employees per feeder position, and there were more (this many in all).
   */
  population?: number;
}

/**
 * Promotion pipeline by gate, from the rules engine itself: every active employee in a position
 * that leads (career path) to a position with a promotion rule is evaluated against that rule,
 * and counted at the first gate they fail. Exact for the caller's scope; the API evaluates.
 */
export function usePromotionPipeline(filters: {
  departmentId: string | null;
  family: string | null;
}): PipelineState {
  const client = useApolloClient();
  const [state, setState] = useState<PipelineState>({ loading: true });
  useEffect(() => {
    let cancelled = false;
    setState({ loading: true });
    (async () => {
      const setup = await client.query({ query: PipelineSetupDocument });
      if (!setup.data) throw setup.error ?? new Error('no data');
      const ruled = new Map(setup.data.rules.map((r) => [r.key, r.version]));
      const targets = setup.data.positions.filter(
        (p) => ruled.has(p.code) && (!filters.family || p.family === filters.family),
      );
      const pairs: Array<{ employeeId: string; targetPositionId: string }> = [];
      let population = 0;
      for (const target of targets) {
        for (const edge of target.previousPositions) {
          const res = await client.query({
            query: PipelineCandidatesDocument,
            variables: { positionId: edge.fromPosition.id, departmentId: filters.departmentId },
          });
          population += res.data?.employees.totalCount ?? 0;
          for (const e of res.data?.employees.nodes ?? [])
            pairs.push({ employeeId: e.id, targetPositionId: target.id });
        }
      }
      const paths = await mapLimit(pairs, 3, async (pair) => {
        const res = await client.query({ query: CandidatePathDocument, variables: pair });
        return (res.data?.promotionPath ?? null) as CandidatePath | null;
      });
      const ok = paths.filter((p): p is CandidatePath => p !== null);
      if (!cancelled) {
        setState({
          loading: false,
          pipeline: aggregatePipeline(ok),
          population: population > pairs.length ? population : undefined,
          ruleVersions: targets.map((t) => `${t.name} v${ruled.get(t.code)}`).join(', '),
        });
      }
    })().catch((error: unknown) => {
      if (!cancelled)
        setState({ loading: false, error: error instanceof Error ? error : new Error(String(error)) });
    });
    return () => {
      cancelled = true;
    };
  }, [client, filters.departmentId, filters.family]);
  return state;
}
