import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import type { EligibleCandidatesQuery } from '../../graphql/generated/graphql';
import { EligibleCandidatesDocument } from '../promotion/promotion.queries';
import { eligibleCandidates, type ScannedCandidate } from './promotionReview.model';

export interface EligibleScan {
  loading: boolean;
  error?: Error;
  /** Candidates evaluated (everyone in scope in a position leading to a ruled target). */
  scanned?: number;
  eligible?: ScannedCandidate[];
}

/** Eligible candidates listed at most; the count above the list stays exact. */
const MAX_LISTED = 300;
const PAGE = 100;

/**
 * On demand ("find eligible candidates"): the API evaluates every candidate of HR's scope
 * (promotionCandidates) and returns those who meet every gate, so HR can start a review without
 * guessing whom to pick. Fresh answers (`network-only`): HR scans again after approving someone.
 */
export function useEligibleScan(): [EligibleScan | null, () => void] {
  const client = useApolloClient();
  const [state, setState] = useState<EligibleScan | null>(null);
  const run = useRef(0);
  const start = useCallback(() => {
    const id = ++run.current;
    setState({ loading: true });
    (async () => {
      const eligible: ScannedCandidate[] = [];
      let scanned = 0;
      let after: string | null = null;
      do {
        const res: { data?: EligibleCandidatesQuery; error?: Error } = await client.query({
          query: EligibleCandidatesDocument,
          variables: { first: PAGE, after },
          fetchPolicy: 'network-only',
        });
        if (!res.data) throw res.error ?? new Error('no data');
        const page: EligibleCandidatesQuery['promotionCandidates'] = res.data.promotionCandidates;
        scanned = page.summary.candidates;
        for (const c of page.nodes)
          eligible.push({
            employeeId: c.employeeId,
            name: c.name,
            employeeNo: c.employeeNo,
            targetPositionId: c.path.targetPositionId,
            targetPosition: c.path.targetPosition,
            eligible: true,
            passed: c.passedGates,
            gates: c.totalGates,
          });
        after =
          page.pageInfo.hasNextPage && eligible.length < MAX_LISTED
            ? (page.pageInfo.endCursor ?? null)
            : null;
      } while (after && run.current === id);
      if (run.current === id) setState({ loading: false, scanned, eligible: eligibleCandidates(eligible) });
    })().catch((error: unknown) => {
      if (run.current === id)
        setState({ loading: false, error: error instanceof Error ? error : new Error(String(error)) });
    });
  }, [client]);
  return [state, start];
}
