// The promotion review as HR reads it: every gate of the rule with the archive rows behind it.
// The report's `frozen` packet (live preview or the copy frozen at decision) carries the gate
// results and the archive they were judged on, so the evidence shown is exactly what was used.
import type { GateLike } from '../../i18n/rules';

export type EvidenceVm =
  | {
      kind: 'ENROLLMENT';
      key: string;
      course: string;
      completedOn: string | null;
      exam: number | null;
      practice: number | null;
    }
  | { kind: 'CASE'; key: string; title: string; status: string; approvedOn: string | null }
  | { kind: 'REVIEW'; key: string; period: string; rating: string }
  | { kind: 'OTHER'; key: string; type: string; id: number };

export interface ReviewGateVm {
  key: string;
  label: string;
  passed: boolean;
  required: string;
  actual: string;
  /** Without the engine's "missing:" prefix; null when passed. */
  missing: string | null;
  evidence: EvidenceVm[];
  /** The gate as codes (code, course, checks) for the dashboard's own words; null in packets
   * frozen before the engine sent codes, where the English strings above are all there is. */
  codes: GateLike | null;
}

export interface ReviewGatesVm {
  eligible: boolean;
  passed: number;
  gates: ReviewGateVm[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function gateCodes(g: Json): GateLike | null {
  if (typeof g.code !== 'string' || !Array.isArray(g.checks)) return null;
  return {
    code: g.code,
    passed: g.passed === true,
    courseName: typeof g.courseName === 'string' ? g.courseName : null,
    checks: list(g.checks).map((c) => ({
      code: str(c.code),
      required: numOrNull(c.required) ?? 0,
      actual: numOrNull(c.actual),
      passed: c.passed === true,
      requiredRating: typeof c.requiredRating === 'string' ? c.requiredRating : null,
      actualRating: typeof c.actualRating === 'string' ? c.actualRating : null,
    })),
  };
}

/**
 * Gates and evidence from a report's frozen packet (`frozen.inputs.eligibility.gates`, evidence ids
 * resolved against `frozen.inputs.archive`). Null when the packet has no eligibility snapshot.
 */
export function reviewGates(frozen: unknown): ReviewGatesVm | null {
  if (!isObject(frozen) || !isObject(frozen.inputs)) return null;
  const { eligibility, archive } = frozen.inputs;
  if (!isObject(eligibility) || !Array.isArray(eligibility.gates)) return null;
  const byId = (rows: unknown) => new Map(list(rows).map((r) => [r.id, r]));
  const enrollments = byId(isObject(archive) ? archive.enrollments : null);
  const cases = byId(isObject(archive) ? archive.cases : null);
  const reviews = byId(isObject(archive) ? archive.reviews : null);

  const evidenceOf = (ref: Json): EvidenceVm => {
    const type = str(ref.type);
    const id = Number(ref.id);
    const key = `${type}:${id}`;
    const e = type === 'ENROLLMENT' ? enrollments.get(id) : undefined;
    if (e)
      return {
        kind: 'ENROLLMENT',
        key,
        course: str(e.courseName),
        completedOn: e.completedOn == null ? null : str(e.completedOn),
        exam: numOrNull(e.examScore),
        practice: numOrNull(e.practiceScore),
      };
    const c = type === 'CASE' ? cases.get(id) : undefined;
    if (c)
      return {
        kind: 'CASE',
        key,
        title: str(c.title),
        status: str(c.status),
        approvedOn: c.approvedOn == null ? null : str(c.approvedOn),
      };
    const r = type === 'REVIEW' ? reviews.get(id) : undefined;
    if (r) return { kind: 'REVIEW', key, period: str(r.period), rating: str(r.rating) };
    return { kind: 'OTHER', key, type, id };
  };

  const gates = list(eligibility.gates).map((g): ReviewGateVm => ({
    key: str(g.key),
    label: str(g.label),
    passed: g.passed === true,
    required: str(g.required),
    actual: str(g.actual),
    missing: g.passed === true || g.missing == null ? null : str(g.missing).replace(/^missing:\s*/i, ''),
    evidence: list(g.evidence).map(evidenceOf),
    codes: gateCodes(g),
  }));
  return {
    eligible: eligibility.eligible === true,
    passed: gates.filter((g) => g.passed).length,
    gates,
  };
}

export interface ScannedCandidate {
  employeeId: string;
  name: string;
  employeeNo: string;
  targetPositionId: string;
  targetPosition: string;
  eligible: boolean;
  passed: number;
  gates: number;
}

/** Candidates who meet every gate, by target position then employee number. */
export function eligibleCandidates(scanned: ScannedCandidate[]): ScannedCandidate[] {
  return scanned
    .filter((c) => c.eligible)
    .sort(
      (a, b) =>
        a.targetPosition.localeCompare(b.targetPosition, 'zh-CN') || a.employeeNo.localeCompare(b.employeeNo),
    );
}

export type QueueTab = 'PENDING' | 'APPROVED' | 'REJECTED';
export const QUEUE_TABS: readonly QueueTab[] = ['PENDING', 'APPROVED', 'REJECTED'];

/** Whether HR may still decide: only an undecided application (decisions are final). */
export function canDecide(app: { status: string; decision?: string | null } | null | undefined): boolean {
  return !!app && app.status !== 'DECIDED' && !app.decision;
}

/** HR's comment as the API takes it: trimmed, blank is no comment, at most 2000 characters. */
export function decisionNote(text: string): string | null {
  const note = text.trim();
  return note ? note.slice(0, 2000) : null;
}
