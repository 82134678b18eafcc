import type { ApolloClient } from '@apollo/client';
import type { PositionFamily } from '../../graphql/generated/graphql';
import { type CandidatePath, mapLimit } from './pipeline.model';
import {
  CandidatePathDocument,
  PipelineCandidatesDocument,
  PipelineSetupDocument,
} from './promotion.queries';

export interface EvaluatedCandidate {
  employee: { id: string; name: string; employeeNo: string };
  targetPositionId: string;
  path: CandidatePath;
}

export interface CandidateEvaluation {
  candidates: EvaluatedCandidate[];
  /** Active employees in the feeder positions, evaluated or not (at most 100 per position are). */
  population: number;
  /** Candidate × target pairs sent to the rules engine. */
  evaluated: number;
  /** The ruled targets considered, with their rule version ("初级经理 v1"). */
  targets: string[];
}

/**
 * Every active employee in a position that leads (career path) to a position with a promotion
 * rule, evaluated against that rule by the API's rules engine (`promotionPath`), at most the
 * first 100 per feeder position, three requests at a time. The promotion pipeline and HR's
 * "find eligible candidates" both read this; `network-only` when the answer must be fresh.
 */
export async function evaluateCandidates(
  client: ApolloClient,
  options: {
    departmentId?: string | null;
    family?: string | null;
    fetchPolicy?: 'cache-first' | 'network-only';
  } = {},
): Promise<CandidateEvaluation> {
  const { departmentId = null, family = null, fetchPolicy = 'cache-first' } = options;
  const setup = await client.query({ query: PipelineSetupDocument, fetchPolicy });
  if (!setup.data) throw setup.error ?? new Error('no data');
  const ruled = new Map(setup.data.rules.map((r) => [r.key, r.version]));
  const targets = setup.data.positions.filter(
    (p) => ruled.has(p.code) && (!family || p.family === (family as PositionFamily)),
  );
  const pairs: Array<{ employee: EvaluatedCandidate['employee']; targetPositionId: string }> = [];
  let population = 0;
  for (const target of targets) {
    for (const edge of target.previousPositions) {
      const res = await client.query({
        query: PipelineCandidatesDocument,
        variables: { positionId: edge.fromPosition.id, departmentId },
        fetchPolicy,
      });
      population += res.data?.employees.totalCount ?? 0;
      for (const employee of res.data?.employees.nodes ?? [])
        pairs.push({ employee, targetPositionId: target.id });
    }
  }
  const evaluated = await mapLimit(pairs, 3, async (pair) => {
    const res = await client.query({
      query: CandidatePathDocument,
      variables: { employeeId: pair.employee.id, targetPositionId: pair.targetPositionId },
      fetchPolicy,
    });
    const path = res.data?.promotionPath as CandidatePath | null | undefined;
    return path ? { ...pair, path } : null;
  });
  return {
    candidates: evaluated.filter((c): c is EvaluatedCandidate => c !== null),
    population,
    evaluated: pairs.length,
    targets: targets.map((t) => `${t.name} v${ruled.get(t.code)}`),
  };
}
