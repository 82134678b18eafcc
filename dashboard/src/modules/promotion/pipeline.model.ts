import type { RankedBarRow } from '../../charts/rankedBar.chart';

/** The server's pipeline summary (promotionCandidates.summary), as much of it as the card reads. */
export interface PipelineSummary {
  candidates: number;
  eligible: number;
  blocked: ReadonlyArray<{
    targetPosition: string;
    gateKind: string;
    courseName?: string | null;
    count: number;
  }>;
}

export interface Pipeline {
  /** Candidates blocked, counted at the first failing gate (gate order of the rule). */
  blocked: RankedBarRow[];
  eligible: number;
  candidates: number;
}

/**
 * "How many are blocked by which gate", from the API's evaluation of the whole scope (each
 * candidate counted once, at the first gate of the rule they fail). Bars keep the server's
 * order: targets in rule order, gates in the rule's order. `gateName` words a gate.
 */
export function toPipeline(
  summary: PipelineSummary,
  gateName: (gate: { code: string; courseName?: string | null }) => string,
): Pipeline {
  return {
    blocked: summary.blocked.map((b) => ({
      label: `${b.targetPosition} · ${gateName({ code: b.gateKind, courseName: b.courseName })}`,
      value: b.count,
    })),
    eligible: summary.eligible,
    candidates: summary.candidates,
  };
}
