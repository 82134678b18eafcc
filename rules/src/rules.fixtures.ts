import type { ArchiveEnrollment, CatalogCourse, GrowthArchive } from './rules.types';

// Test fixtures shared by the evaluator tests: a tiny, explicit archive builder.

export function archive(id: number, patch: Partial<GrowthArchive> = {}): GrowthArchive {
  return {
    employee: { id, name: `员工${id}`, hireDate: '2020-03-01' },
    enrollments: [],
    cases: [],
    lectures: [],
    reviews: [],
    peerFeedback: [],
    competencies: [],
    ...patch,
  };
}

let nextId = 1000;
export function enrollment(
  courseId: number,
  courseName: string,
  p: Partial<ArchiveEnrollment> = {},
): ArchiveEnrollment {
  return {
    id: nextId++,
    courseId,
    courseName,
    hours: 8,
    status: 'COMPLETED',
    completedOn: '2026-03-10',
    examScore: 85,
    practiceScore: 85,
    ...p,
  };
}

export const CATALOG: CatalogCourse[] = [
  { id: 1, name: '团队管理基础', hours: 16, core: true, competencies: ['TEAM_LEAD'] },
  { id: 2, name: '项目协调技巧', hours: 12, core: true, competencies: ['COORDINATION'] },
  { id: 3, name: '战略管理', hours: 20, core: false, competencies: ['STRATEGY'] },
  { id: 4, name: '战略规划实务', hours: 10, core: false, competencies: ['STRATEGY'] },
  { id: 5, name: '沟通技巧', hours: 6, core: false, competencies: ['COMMUNICATION'] },
];

export const TARGET_COMPETENCIES = [
  { code: 'TEAM_LEAD', name: '团队领导' },
  { code: 'COORDINATION', name: '项目协调' },
  { code: 'STRATEGY', name: '战略规划能力' },
];
