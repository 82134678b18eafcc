import type { EntityManager } from '@mikro-orm/core';
import {
  AppRole,
  AppUser,
  CareerPath,
  Competency,
  Course,
  CourseCompetency,
  Department,
  Employee,
  Enrollment,
  EnrollmentStatus,
  KpiDefinition,
  KpiDirection,
  KpiObservation,
  PerformanceRating,
  PerformanceReview,
  Position,
  PositionCompetency,
  PositionFamily,
} from '@talentloop/db/entities';

// A tiny sales team with the article's names, for the workflow tests: 李娜 (客户经理) is one
// improvement case away from 初级经理 once she passes 团队管理基础 and 项目协调技巧, and her
// 客户谈判技巧 course (completed 2026-01-15) was followed by +18% sales and +12% retention.
// Ids start at 8000 so they never meet generator or other fixture ids.

export interface WorkflowFixture {
  managerId: number;
  employeeId: number;
  juniorManagerId: number;
  enrollments: { teamBasics: number; coordination: number; negotiation: number };
  courses: { teamBasics: number; coordination: number; negotiation: number };
  users: { hr: string; manager: string; employee: string };
}

const months = (from: string, values: number[]) =>
  values.map((value, i) => {
    const d = new Date(`${from}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + i);
    return { month: d.toISOString().slice(0, 10), value };
  });

export async function createWorkflowFixture(em: EntityManager): Promise<WorkflowFixture> {
  const sales = em.create(Department, {
    id: 8001,
    code: 'WF-SALES',
    name: '销售部',
    path: '/8001/',
    depth: 0,
  });
  const team = em.create(Department, {
    id: 8002,
    code: 'WF-SALES-1',
    name: '销售一部',
    path: '/8001/8002/',
    depth: 1,
    parent: sales,
  });
  const rep = em.create(Position, {
    id: 8101,
    code: 'WF-REP',
    name: '客户经理',
    family: PositionFamily.SALES,
    level: 2,
  });
  const jm = em.create(Position, {
    id: 8102,
    code: 'WF-JM',
    name: '初级经理',
    family: PositionFamily.SALES,
    level: 3,
    managerial: true,
  });
  em.create(CareerPath, { id: 8151, fromPosition: rep, toPosition: jm, typicalMonths: 24 });
  const lead = em.create(Competency, { id: 8161, code: 'WF-TEAM', name: '团队管理' });
  em.create(PositionCompetency, { id: 8171, position: jm, competency: lead, requiredLevel: 3 });

  const manager = em.create(Employee, {
    id: 8201,
    employeeNo: 'WF001',
    name: '王经理',
    department: sales,
    position: jm,
    hireDate: '2015-03-01',
  });
  const li = em.create(Employee, {
    id: 8202,
    employeeNo: 'WF002',
    name: '李娜',
    department: team,
    position: rep,
    manager,
    hireDate: '2021-05-10',
  });
  sales.head = em.getReference(Employee, manager.id, { wrapped: true });

  const course = (id: number, code: string, name: string, hours: number, core: boolean) =>
    em.create(Course, { id, code, name, category: 'MANAGEMENT', hours, cost: '800.00', core });
  const teamBasics = course(8301, 'WF-C-TEAM', '团队管理基础', 16, true);
  const coordination = course(8302, 'WF-C-COORD', '项目协调技巧', 12, true);
  const negotiation = course(8303, 'WF-C-NEGO', '客户谈判技巧', 16, false);
  em.create(CourseCompetency, { id: 8311, course: teamBasics, competency: lead, weight: 1 });

  const enroll = (id: number, c: Course, patch: Partial<Enrollment> = {}) =>
    em.create(Enrollment, {
      id,
      employee: li,
      course: c,
      enrolledOn: '2026-01-05',
      status: EnrollmentStatus.ENROLLED,
      hours: 0,
      ...patch,
    });
  enroll(8401, teamBasics);
  enroll(8402, coordination);
  enroll(8403, negotiation, {
    status: EnrollmentStatus.COMPLETED,
    completedOn: '2026-01-15',
    hours: 16,
    examScore: 88,
  });

  const kpi = (id: number, code: string, name: string) =>
    em.create(KpiDefinition, {
      id,
      code,
      name,
      unit: '%',
      direction: KpiDirection.HIGHER_IS_BETTER,
      valuePerUnit: '100.0000',
      positionFamily: PositionFamily.SALES,
    });
  // 销售额增长率 in %, read by the sales rule in points (2 → 20 is +18).
  const growth = kpi(8501, 'SALES_GROWTH', '销售额增长率');
  const retention = kpi(8502, 'CUSTOMER_RETENTION', '客户留存率');
  let obsId = 8600;
  // Baseline 2025-10..12, completion month 2026-01 (ignored), post 2026-02..04.
  for (const { month, value } of months('2025-10', [2, 2, 2, 7, 20, 20, 20]))
    em.create(KpiObservation, { id: obsId++, kpi: growth, employee: li, month, value, sourceSystem: 'CRM' });
  for (const { month, value } of months('2025-10', [80, 80, 80, 82, 89.6, 89.6, 89.6]))
    em.create(KpiObservation, {
      id: obsId++,
      kpi: retention,
      employee: li,
      month,
      value,
      sourceSystem: 'CRM',
    });

  em.create(PerformanceReview, {
    id: 8701,
    employee: li,
    period: '2026-Q2',
    periodStart: '2026-04-01',
    baseScore: 80,
    trainingAdjustment: 0,
    finalScore: 80,
    rating: PerformanceRating.B,
    reviewer: manager,
  });

  em.create(AppUser, { id: 8801, username: 'wf-hr', role: AppRole.HR });
  em.create(AppUser, { id: 8802, username: 'wf-manager', role: AppRole.MANAGER, employee: manager });
  em.create(AppUser, { id: 8803, username: 'wf-employee', role: AppRole.EMPLOYEE, employee: li });
  await em.flush();
  return {
    managerId: manager.id,
    employeeId: li.id,
    juniorManagerId: jm.id,
    enrollments: { teamBasics: 8401, coordination: 8402, negotiation: 8403 },
    courses: { teamBasics: teamBasics.id, coordination: coordination.id, negotiation: negotiation.id },
    users: { hr: 'wf-hr', manager: 'wf-manager', employee: 'wf-employee' },
  };
}
