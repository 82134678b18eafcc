import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { mapLimit } from '../promotion/pipeline.model';
import { CandidatePathDocument, PipelineSetupDocument } from '../promotion/promotion.queries';
import { eligibleCandidates, type ScannedCandidate } from './promotionReview.model';
import { ReviewCandidatesDocument } from './workspace.queries';

export interface EligibleScan {
  loading: boolean;
  error?: Error;
  /** Candidates evaluated (everyone in a position leading to a ruled target). */
  scanned?: number;
  eligible?: ScannedCandidate[];
}

/**
 * On demand ("find eligible candidates"): every active employee in a position that leads to a
 * position with a promotion rule is evaluated by the rules engine (promotionPath), and those who
 * meet every gate are listed — so HR can start a review without guessing whom to pick.
 */
export function useEligibleScan(): [EligibleScan | null, () => void] {
  const client = useApolloClient();
  const [state, setState] = useState<EligibleScan | null>(null);
  const run = useRef(0);
  const start = useCallback(() => {
    const id = ++run.current;
    setState({ loading: true });
    (async () => {
      const setup = await client.query({ query: PipelineSetupDocument, fetchPolicy: 'network-only' });
      if (!setup.data) throw setup.error ?? new Error('no data');
      const ruled = new Set(setup.data.rules.map((r) => r.key));
      const pairs: Array<{ employee: { id: string; name: string; employeeNo: string }; targetId: string }> =
        [];
      for (const target of setup.data.positions.filter((p) => ruled.has(p.code))) {
        for (const edge of target.previousPositions) {
          const res = await client.query({
            query: ReviewCandidatesDocument,
            variables: { positionId: edge.fromPosition.id },
            fetchPolicy: 'network-only',
          });
          for (const e of res.data?.employees.nodes ?? []) pairs.push({ employee: e, targetId: target.id });
        }
      }
      const scanned = await mapLimit(pairs, 3, async ({ employee, targetId }) => {
        const res = await client.query({
          query: CandidatePathDocument,
          variables: { employeeId: employee.id, targetPositionId: targetId },
          fetchPolicy: 'network-only',
        });
        const path = res.data?.promotionPath;
        if (!path) return null;
        return {
          employeeId: employee.id,
          name: employee.name,
          employeeNo: employee.employeeNo,
          targetPositionId: targetId,
          targetPosition: path.targetPosition,
          eligible: path.eligible,
          passed: path.gates.filter((g) => g.passed).length,
          gates: path.gates.length,
        } satisfies ScannedCandidate;
      });
      const ok = scanned.filter((c): c is ScannedCandidate => c !== null);
      if (run.current === id)
        setState({ loading: false, scanned: ok.length, eligible: eligibleCandidates(ok) });
    })().catch((error: unknown) => {
      if (run.current === id)
        setState({ loading: false, error: error instanceof Error ? error : new Error(String(error)) });
    });
  }, [client]);
  return [state, start];
}
