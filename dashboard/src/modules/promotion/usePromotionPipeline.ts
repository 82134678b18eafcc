import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { evaluateCandidates } from './evaluateCandidates';
import { aggregatePipeline, type Pipeline } from './pipeline.model';

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
      const { departmentId, family } = filters;
      const result = await evaluateCandidates(client, { departmentId, family });
      if (!cancelled) {
        setState({
          loading: false,
          pipeline: aggregatePipeline(result.candidates.map((c) => c.path)),
          population: result.population > result.evaluated ? result.population : undefined,
          ruleVersions: result.targets.join(', '),
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
