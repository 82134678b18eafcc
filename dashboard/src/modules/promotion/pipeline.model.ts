import type { RankedBarRow } from '../../charts/rankedBar.chart';

export interface CandidatePath {
  targetPosition: string;
  eligible: boolean;
  gates: Array<{ key: string; label: string; passed: boolean }>;
}

export interface Pipeline {
  /** Candidates blocked, counted at the first failing gate (gate order of the rule). */
  blocked: RankedBarRow[];
  eligible: number;
  candidates: number;
}

/**
 * "How many are blocked by which gate": each candidate counts once, at the first gate of the
 * rule they fail — the gate that stops them now. Bars keep the rule's gate order per target.
 */
export function aggregatePipeline(paths: CandidatePath[]): Pipeline {
  const counts = new Map<string, RankedBarRow>();
  let eligible = 0;
  for (const p of paths) {
    const gate = p.gates.find((g) => !g.passed);
    if (p.eligible || !gate) {
      eligible += 1;
      continue;
    }
    const key = `${p.targetPosition}\u0000${gate.key}`;
    const row = counts.get(key) ?? { label: `${p.targetPosition} · ${gate.label}`, value: 0 };
    row.value += 1;
    counts.set(key, row);
  }
  return { blocked: [...counts.values()], eligible, candidates: paths.length };
}

/** Runs `task` over `items` with at most `limit` in flight (the API serialises on one database). */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
