// Plain-data inputs of the rule evaluators. The service layer maps ORM rows to these so the
// evaluators stay pure (no I/O, no clock) and their results can be frozen and replayed.
// Dates are ISO strings: 'YYYY-MM-DD' for days, 'YYYY-MM' for months, 'YYYY-Qn' for quarters.

export type IsoDate = string;
export type IsoMonth = string;

export interface ArchiveEmployee {
  id: number;
  name: string;
  positionId?: number | null;
  positionName?: string | null;
  departmentId?: number | null;
  managerId?: number | null;
  hireDate?: IsoDate | null;
}

export interface ArchiveEnrollment {
  id: number;
  courseId: number;
  courseCode?: string | null;
  courseName: string;
  /** Hours credited for this enrollment (the course's hours unless recorded otherwise). */
  hours: number;
  /** Only 'COMPLETED' enrollments count as training done. */
  status: string;
  completedOn: IsoDate | null;
  examScore: number | null;
  practiceScore: number | null;
}

export interface ArchiveCase {
  id: number;
  title: string;
  courseId?: number | null;
  enrollmentId?: number | null;
  status: 'SUBMITTED' | 'APPROVED' | 'REJECTED' | string;
  submittedOn: IsoDate;
  approvedOn?: IsoDate | null;
  /** Set when the case was adopted into the knowledge base. */
  adoptedOn?: IsoDate | null;
}

export interface ArchiveLecture {
  /** The course session the employee taught. */
  id: number;
  courseId: number;
  courseName: string;
  heldOn: IsoDate;
  /** Mean participant rating; null when nobody rated the session. */
  rating: number | null;
}

export interface ArchiveReview {
  id: number;
  /** e.g. '2026-Q1' — sorts chronologically as a string. */
  period: string;
  finalScore: number;
  rating: string;
}

export interface ArchivePeerFeedback {
  id: number;
  givenOn: IsoDate;
  score: number;
}

export interface ArchiveCompetency {
  code: string;
  name: string;
}

/** The growth archive (成长档案) of one employee, as the evaluators need it. */
export interface GrowthArchive {
  employee: ArchiveEmployee;
  enrollments: ArchiveEnrollment[];
  cases: ArchiveCase[];
  lectures: ArchiveLecture[];
  reviews: ArchiveReview[];
  peerFeedback: ArchivePeerFeedback[];
  competencies: ArchiveCompetency[];
}

export interface CatalogCourse {
  id: number;
  code?: string | null;
  name: string;
  hours: number;
  core: boolean;
  /** Competency codes the course develops. */
  competencies: string[];
}

/** Monthly values of one KPI (for an employee or their production line). */
export interface KpiPoint {
  month: IsoMonth;
  value: number;
}

/** A reference to evidence behind a result, resolvable to a row by the service layer. */
export interface EvidenceRef {
  type: 'ENROLLMENT' | 'CASE' | 'LECTURE' | 'REVIEW' | 'PEER_FEEDBACK' | 'IMPACT';
  id: number;
}
