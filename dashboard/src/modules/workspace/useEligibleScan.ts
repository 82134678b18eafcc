import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { evaluateCandidates } from '../promotion/evaluateCandidates';
import { eligibleCandidates, type ScannedCandidate } from './promotionReview.model';

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
      // Fresh answers: HR scans again after approving someone.
      const { candidates } = await evaluateCandidates(client, { fetchPolicy: 'network-only' });
      const scanned = candidates.map(({ employee, targetPositionId, path }): ScannedCandidate => ({
        employeeId: employee.id,
        name: employee.name,
        employeeNo: employee.employeeNo,
        targetPositionId,
        targetPosition: path.targetPosition,
        eligible: path.eligible,
        passed: path.gates.filter((g) => g.passed).length,
        gates: path.gates.length,
      }));
      if (run.current === id)
        setState({ loading: false, scanned: scanned.length, eligible: eligibleCandidates(scanned) });
    })().catch((error: unknown) => {
      if (run.current === id)
        setState({ loading: false, error: error instanceof Error ? error : new Error(String(error)) });
    });
  }, [client]);
  return [state, start];
}
