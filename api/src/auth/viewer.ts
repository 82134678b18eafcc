/** The roles of TalentLoop (TEAM.md / DESIGN.md "Roles and scope"). */
export enum Role {
  EMPLOYEE = 'EMPLOYEE',
  MANAGER = 'MANAGER',
  HR = 'HR',
  EXECUTIVE = 'EXECUTIVE',
  INTEGRATION = 'INTEGRATION',
}

/**
 * Scopes an INTEGRATION token may carry. Human roles get their abilities from the role;
 * integrations get exactly what the token lists.
 */
export const IntegrationScope = {
  /** Read growth archives (employees and their training, cases, KPIs, reviews). */
  ARCHIVE_READ: 'archive:read',
  /** Record training results (enrolments, completions) — e.g. an LMS. */
  ARCHIVE_WRITE: 'archive:write',
  /** Feed KPI observations — sales, production and service systems. */
  KPI_WRITE: 'kpi:write',
  /** See unmasked email/phone. */
  PII_READ: 'pii:read',
  /**
   * Sync master data (HRIS, LMS, MES): employees, departments, positions, courses, lines, campaigns;
   * without a department limit also the company-wide rows: course KPI bindings, career paths and
   * the award campaigns' workflow (nominate, score, decide, publish).
   */
  MASTERDATA_WRITE: 'masterdata:write',
} as const;

/** The authenticated caller, from the verified JWT claims. */
export interface Viewer {
  /** app_user id (JWT `sub`). */
  userId: number;
  username?: string;
  role: Role;
  /** The employee this login belongs to (null for HR/EXECUTIVE/INTEGRATION logins without one). */
  employeeId: number | null;
  /** Home department; for MANAGER the root of the visible subtree, for INTEGRATION an optional restriction. */
  departmentId: number | null;
  scopes: string[];
  /**
   * The login's token_version when the token was issued (JWT `ver`). A token whose version is
   * below the login's current one has been revoked (api/src/auth/sessions.ts).
   */
  tokenVersion?: number;
}

export function hasScope(viewer: Viewer | null | undefined, scope: string): boolean {
  return !!viewer && viewer.scopes.includes(scope);
}

/** PII (email, phone) is visible to HR, to the person themself, and to integrations holding pii:read. */
export function canSeePii(viewer: Viewer | null | undefined, employeeId: number): boolean {
  if (!viewer) return false;
  if (viewer.role === Role.HR || viewer.employeeId === employeeId) return true;
  if (viewer.role === Role.EXECUTIVE) return false;
  if (viewer.role === Role.INTEGRATION) return hasScope(viewer, IntegrationScope.PII_READ);
  // EMPLOYEE and MANAGER: their own record, and (managers) the people in their scope — the
  // row filter already guarantees the record is in scope.
  return true;
}
