import type { EntityManager } from '@mikro-orm/core';
import {
  AppRole,
  Award,
  AwardCampaign,
  Enrollment,
  EnrollmentStatus,
  KnowledgeCitation,
  KpiObservation,
  PeerFeedback,
  PerformanceRating,
  PerformanceReview,
  PracticeCase,
  PracticeCaseStatus,
  Promotion,
  AppUser,
  CareerPath,
  Competency,
  Course,
  CourseKpiBinding,
  CourseSession,
  Department,
  Employee,
  KpiDefinition,
  KpiDirection,
  Position,
  PositionCompetency,
  PositionFamily,
} from '@talentloop/db/entities';

/**
 * A tiny, fully known organisation for tests that assert exact values (the seeded company is
 * for scale and realism). Ids start high so they never collide with generator ids.
 *
 *   HQ (/9001/)
 *   ├── Sales (/9001/9002/)        head: Mgr Sales (M1)
 *   │   └── Sales East (/9001/9002/9003/)   E1 (employee login), E2
 *   └── Plant (/9001/9004/)        head: Mgr Plant (M2), E3
 */
export interface Fixture {
  departments: { hq: Department; sales: Department; salesEast: Department; plant: Department };
  positions: { rep: Position; seniorRep: Position; juniorManager: Position; engineer: Position };
  employees: { m1: Employee; m2: Employee; e1: Employee; e2: Employee; e3: Employee };
  courses: { negotiation: Course; lean: Course };
  kpis: { salesGrowth: KpiDefinition; defectRate: KpiDefinition };
  users: Record<'hr' | 'exec' | 'manager' | 'employee' | 'integration' | 'plantManager', AppUser>;
}

export async function createFixture(em: EntityManager): Promise<Fixture> {
  const dep = (id: number, code: string, name: string, path: string, depth: number, parent?: Department) =>
    em.create(Department, { id, code, name, path, depth, parent: parent ?? null });
  const hq = dep(9001, 'FX-HQ', 'Fixture HQ', '/9001/', 0);
  const sales = dep(9002, 'FX-SALES', 'Fixture Sales', '/9001/9002/', 1, hq);
  const salesEast = dep(9003, 'FX-SALES-E', 'Fixture Sales East', '/9001/9002/9003/', 2, sales);
  const plant = dep(9004, 'FX-PLANT', 'Fixture Plant', '/9001/9004/', 1, hq);

  const pos = (
    id: number,
    code: string,
    name: string,
    family: PositionFamily,
    level: number,
    managerial = false,
  ) => em.create(Position, { id, code, name, family, level, managerial });
  const rep = pos(9101, 'FX-REP', '客户经理(FX)', PositionFamily.SALES, 2);
  const seniorRep = pos(9102, 'FX-SREP', '高级客户经理(FX)', PositionFamily.SALES, 3);
  const juniorManager = pos(9103, 'FX-JM', '初级经理(FX)', PositionFamily.SALES, 4, true);
  const engineer = pos(9104, 'FX-ENG', '工程师(FX)', PositionFamily.MANUFACTURING, 2);
  em.create(CareerPath, { id: 9151, fromPosition: rep, toPosition: seniorRep, typicalMonths: 24 });
  em.create(CareerPath, { id: 9152, fromPosition: rep, toPosition: juniorManager, typicalMonths: 36 });
  const negotiationSkill = em.create(Competency, {
    id: 9161,
    code: 'FX-NEGO',
    name: '谈判(FX)',
    category: 'SALES',
  });
  em.create(PositionCompetency, {
    id: 9171,
    position: seniorRep,
    competency: negotiationSkill,
    requiredLevel: 3,
  });

  const emp = (
    id: number,
    no: string,
    name: string,
    department: Department,
    position: Position,
    manager: Employee | null,
    hireDate: string,
  ) =>
    em.create(Employee, {
      id,
      employeeNo: no,
      name,
      department,
      position,
      manager,
      hireDate,
      email: `${no.toLowerCase()}@fixture.example.com`,
      phone: `1380000${String(id).slice(-4)}`,
    });
  const m1 = emp(9201, 'FX0001', 'Fixture Manager Sales', sales, juniorManager, null, '2015-03-01');
  const m2 = emp(9202, 'FX0002', 'Fixture Manager Plant', plant, engineer, null, '2016-04-01');
  const e1 = emp(9203, 'FX0003', 'Fixture Employee One', salesEast, rep, m1, '2021-05-10');
  const e2 = emp(9204, 'FX0004', 'Fixture Employee Two', salesEast, rep, m1, '2022-06-15');
  const e3 = emp(9205, 'FX0005', 'Fixture Employee Three', plant, engineer, m2, '2020-01-20');
  sales.head = em.getReference(Employee, m1.id) as never;
  plant.head = em.getReference(Employee, m2.id) as never;

  const negotiation = em.create(Course, {
    id: 9301,
    code: 'FX-C-NEGO',
    name: '客户谈判技巧(FX)',
    category: 'SALES',
    hours: 16,
    cost: '1200.00',
    core: true,
    passScore: 60,
  });
  const lean = em.create(Course, {
    id: 9302,
    code: 'FX-C-LEAN',
    name: '精益生产(FX)',
    category: 'PRODUCTION',
    hours: 24,
    cost: '2500.50',
    core: false,
    passScore: 70,
  });
  em.create(CourseSession, {
    id: 9311,
    course: negotiation,
    lecturer: m1,
    startsOn: '2026-01-10',
    endsOn: '2026-01-11',
    location: 'Room A',
    capacity: 20,
    ratingAvg: 4.5,
    ratingCount: 2,
  });
  const salesGrowth = em.create(KpiDefinition, {
    id: 9401,
    code: 'FX_SALES_GROWTH',
    name: 'Sales growth (FX)',
    unit: '%',
    direction: KpiDirection.HIGHER_IS_BETTER,
    valuePerUnit: '1000.0000',
    positionFamily: PositionFamily.SALES,
  });
  const defectRate = em.create(KpiDefinition, {
    id: 9402,
    code: 'FX_DEFECT_RATE',
    name: 'Defect rate (FX)',
    unit: '%',
    direction: KpiDirection.LOWER_IS_BETTER,
    valuePerUnit: '500.0000',
    positionFamily: PositionFamily.MANUFACTURING,
  });
  em.create(CourseKpiBinding, {
    id: 9451,
    course: negotiation,
    kpi: salesGrowth,
    windowMonths: 3,
    thresholds: { measure: 'POINT_CHANGE' },
  });

  const user = (
    id: number,
    username: string,
    role: AppRole,
    employee: Employee | null,
    scopes: string[] = [],
  ) => em.create(AppUser, { id, username, role, employee, scopes });
  const users = {
    hr: user(9501, 'fx-hr', AppRole.HR, null),
    exec: user(9502, 'fx-exec', AppRole.EXECUTIVE, null),
    manager: user(9503, 'fx-manager', AppRole.MANAGER, m1),
    employee: user(9504, 'fx-employee', AppRole.EMPLOYEE, e1),
    integration: user(9505, 'fx-integration', AppRole.INTEGRATION, null, ['archive:read', 'kpi:write']),
    plantManager: user(9506, 'fx-plant-manager', AppRole.MANAGER, m2),
  };
  await em.flush();
  await createArchiveRows(em, { negotiation, lean, m1, e1, e2, plant, rep, salesGrowth, defectRate });
  return {
    departments: { hq, sales, salesEast, plant },
    positions: { rep, seniorRep, juniorManager, engineer },
    employees: { m1, m2, e1, e2, e3 },
    courses: { negotiation, lean },
    kpis: { salesGrowth, defectRate },
    users,
  };
}

/**
 * Fixture Employee One's archive, with known values (see api/src/modules/archive tests):
 * one passed core course, one open enrolment, an approved + adopted + cited case, three
 * monthly sales-growth values, a 2025-Q4 review, a promotion, a 2025 award, one lecture.
 */
async function createArchiveRows(
  em: EntityManager,
  r: {
    negotiation: Course;
    lean: Course;
    m1: Employee;
    e1: Employee;
    e2: Employee;
    plant: Department;
    rep: Position;
    salesGrowth: KpiDefinition;
    defectRate: KpiDefinition;
  },
): Promise<void> {
  const assistant = em.create(Position, {
    id: 9100,
    code: 'FX-ASSIST',
    name: '销售助理(FX)',
    family: PositionFamily.SALES,
    level: 1,
  });
  const completed = em.create(Enrollment, {
    id: 9601,
    employee: r.e1,
    course: r.negotiation,
    session: em.getReference(CourseSession, 9311),
    status: EnrollmentStatus.COMPLETED,
    enrolledOn: '2026-01-05',
    completedOn: '2026-01-11',
    hours: 16,
    examScore: 85,
    practiceScore: 78,
    sessionRating: 5,
  });
  em.create(Enrollment, {
    id: 9602,
    employee: r.e1,
    course: r.lean,
    status: EnrollmentStatus.ENROLLED,
    enrolledOn: '2026-02-01',
    voluntary: true,
  });
  em.create(Enrollment, {
    id: 9603,
    employee: r.e2,
    course: r.negotiation,
    status: EnrollmentStatus.FAILED,
    enrolledOn: '2026-01-05',
    completedOn: '2026-01-11',
    hours: 16,
    examScore: 55,
  });
  const practiceCase = em.create(PracticeCase, {
    id: 9701,
    employee: r.e1,
    enrollment: completed,
    course: r.negotiation,
    title: 'Key account renewal',
    summary: 'Applied the negotiation framework to a renewal.',
    status: PracticeCaseStatus.APPROVED,
    submittedAt: new Date('2026-01-20T09:00:00Z'),
    reviewedAt: new Date('2026-01-25T10:00:00Z'),
    reviewer: r.m1,
    reviewScore: 88,
    reviewComment: 'Well applied',
    adoptedAt: new Date('2026-02-01T08:00:00Z'),
  });
  em.create(KnowledgeCitation, {
    id: 9751,
    practiceCase,
    department: r.plant,
    citedAt: new Date('2026-02-10T08:00:00Z'),
    note: 'Used for supplier talks',
  });
  const kpi = (id: number, month: string, value: number) =>
    em.create(KpiObservation, { id, kpi: r.salesGrowth, employee: r.e1, month, value, sourceSystem: 'CRM' });
  kpi(9771, '2026-01-01', 10);
  kpi(9772, '2026-02-01', 12.5);
  kpi(9773, '2026-03-01', 11);
  em.create(KpiObservation, {
    id: 9774,
    kpi: r.defectRate,
    productionLine: 'FX-LINE-1',
    department: r.plant,
    month: '2026-01-01',
    value: 3.2,
    sourceSystem: 'MES',
  });
  em.create(PerformanceReview, {
    id: 9801,
    employee: r.e1,
    period: '2025-Q4',
    periodStart: '2025-10-01',
    baseScore: 80,
    trainingAdjustment: 2,
    finalScore: 82,
    rating: PerformanceRating.B,
    reviewer: r.m1,
    reviewedAt: new Date('2026-01-05T09:00:00Z'),
  });
  em.create(Promotion, {
    id: 9851,
    employee: r.e1,
    fromPosition: assistant,
    toPosition: r.rep,
    effectiveOn: '2023-07-01',
  });
  const c2025 = em.create(AwardCampaign, {
    id: 9951,
    name: '2025 优秀员工(FX)',
    period: '2025',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    standardHours: 40,
    criteria: {},
  });
  em.create(AwardCampaign, {
    id: 9952,
    name: '2026 优秀员工(FX)',
    period: '2026',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    standardHours: 48,
    criteria: {},
  });
  em.create(Award, { id: 9901, campaign: c2025, employee: r.e1, title: '优秀员工', awardedOn: '2025-12-20' });
  em.create(CourseSession, {
    id: 9312,
    course: r.lean,
    lecturer: r.e1,
    startsOn: '2026-03-05',
    endsOn: '2026-03-06',
    ratingAvg: 4,
    ratingCount: 5,
  });
  em.create(PeerFeedback, {
    id: 9981,
    employee: r.e1,
    fromEmployee: r.e2,
    period: '2026-Q1',
    score: 90,
    comment: 'Helpful',
  });
  await em.flush();
}
