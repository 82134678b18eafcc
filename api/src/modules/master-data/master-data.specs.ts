import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import {
  AwardCampaign,
  AwardCampaignStatus,
  Competency,
  Course,
  CourseSession,
  Department,
  Employee,
  EmployeeStatus,
  Position,
  ProductionLine,
} from '@talentloop/db/entities';
import { RefIndex, type RowReport, type SyncBatch, type SyncSpec, type Values } from './master-data.sync';
import type {
  AwardCampaignSyncInput,
  CompetencySyncInput,
  CourseSessionSyncInput,
  CourseSyncInput,
  DepartmentSyncInput,
  EmployeeSyncInput,
  PositionSyncInput,
  ProductionLineSyncInput,
} from './master-data.inputs';
import { day, email, money, number, optionalText, required, text } from './master-data.validate';

// One spec per synced entity: how a row's fields become column values, which references it
// names, and which department paths a department-limited writer must own. Specs are built per
// batch (factories), so rows created early in a batch can be referenced by later rows.

type Ref = { id?: string | null; externalId?: string | null; sourceSystem?: string | null };

/** The reference fields `<name>Id` / `<name>ExternalId` of each row, in the row's source system. */
function refsOf<I extends Ref>(rows: I[], name: string): Ref[] {
  return rows.map((row) => {
    const r = row as unknown as Record<string, string | null | undefined>;
    return { id: r[`${name}Id`], externalId: r[`${name}ExternalId`], sourceSystem: row.sourceSystem };
  });
}

function resolveRef<E extends { id: number }>(
  index: RefIndex<E & { externalId?: string | null; sourceSystem?: string | null }>,
  r: RowReport,
  row: Ref,
  name: string,
): E | null | undefined {
  const fields = row as unknown as Record<string, string | null | undefined>;
  return index.resolve(r, name, fields[`${name}Id`], fields[`${name}ExternalId`], row.sourceSystem);
}

const keyField = (existing: unknown, row: Ref) => (existing && row.id ? 'id' : 'externalId');

export function departmentSpec(): SyncSpec<DepartmentSyncInput, Department> {
  const parents = new RefIndex(Department, 'Department');
  return {
    entity: Department,
    typeName: 'Department',
    action: 'department',
    companyWide: false,
    unique: ['code'],
    async prepare(batch, rows) {
      await parents.load(batch.tx, refsOf(rows, 'parent'));
    },
    values(_batch, row, r, existing) {
      const parent = resolveRef(parents, r, row, 'parent');
      if (parent && existing && parent.path.startsWith(existing.path))
        r.bad('parentId', 'would put the department under itself');
      return {
        code: text(r, 'code', row.code, { required: !existing, max: 64 }),
        name: text(r, 'name', row.name, { required: !existing }),
        parent: parent ?? undefined,
      };
    },
    paths(values, existing) {
      const parent = values.parent as Department | undefined;
      const paths = existing ? [{ field: 'externalId', path: existing.path }] : [];
      if (!existing || (parent && parent !== existing.parent?.getEntity()))
        paths.push({ field: 'parentId', path: parent?.path ?? '' });
      return paths;
    },
    // The path holds the department's own id: reserve it from the identity sequence first.
    async beforeCreate(batch, data) {
      const [row] = await (batch.tx as SqlEntityManager).execute<{ id: number }[]>(
        `select nextval(pg_get_serial_sequence('department', 'id'))::int as id`,
      );
      const parent = data.parent as Department | undefined;
      data.id = row!.id;
      data.path = `${parent?.path ?? '/'}${row!.id}/`;
      data.depth = parent ? parent.depth + 1 : 0;
    },
    // A new parent moves the whole subtree: every descendant's path and depth follow.
    async afterUpdate(batch, department, before) {
      if (!('parent' in before)) return;
      const parent = department.parent!.getEntity();
      const oldPath = department.path;
      const newPath = `${parent.path}${department.id}/`;
      const shift = parent.depth + 1 - department.depth;
      await (batch.tx as SqlEntityManager).execute(
        `update department set path = ? || substr(path, length(?) + 1), depth = depth + ? where path like ?`,
        [newPath, oldPath, shift, `${oldPath}%`],
      );
      department.path = newPath;
      department.depth += shift;
    },
    created(row) {
      parents.add(row);
    },
  };
}

export function positionSpec(): SyncSpec<PositionSyncInput, Position> {
  return {
    entity: Position,
    typeName: 'Position',
    action: 'position',
    companyWide: true,
    unique: ['code'],
    values(_batch, row, r, existing) {
      return {
        code: text(r, 'code', row.code, { required: !existing, max: 64 }),
        name: text(r, 'name', row.name, { required: !existing }),
        family: required(r, 'family', row.family ?? undefined, existing),
        level: number(r, 'level', row.level, { min: 1, max: 20, integer: true, required: !existing }),
        managerial: row.managerial ?? undefined,
      };
    },
  };
}

export function competencySpec(): SyncSpec<CompetencySyncInput, Competency> {
  return {
    entity: Competency,
    typeName: 'Competency',
    action: 'competency',
    companyWide: true,
    unique: ['code'],
    values(_batch, row, r, existing) {
      return {
        code: text(r, 'code', row.code, { required: !existing, max: 64 }),
        name: text(r, 'name', row.name, { required: !existing }),
        category: optionalText(r, 'category', row.category, 100),
        description: optionalText(r, 'description', row.description),
      };
    },
  };
}

/** Status and termination day agree: TERMINATED has a day, the others none. */
function employment(r: RowReport, row: EmployeeSyncInput, existing: Employee | null): Values {
  const terminatedOn = day(r, 'terminatedOn', row.terminatedOn);
  let status = row.status ?? undefined;
  if (terminatedOn && status === undefined) status = EmployeeStatus.TERMINATED;
  const finalStatus = status ?? existing?.status ?? EmployeeStatus.ACTIVE;
  if (finalStatus === EmployeeStatus.TERMINATED) {
    if (!terminatedOn && !existing?.terminatedOn)
      r.bad('terminatedOn', 'is required when the status is TERMINATED');
    return { status, terminatedOn };
  }
  if (terminatedOn) r.bad('terminatedOn', 'is only set when the status is TERMINATED');
  // Re-hired or back from leave: the old termination day no longer applies.
  return { status, terminatedOn: status !== undefined && existing?.terminatedOn ? null : undefined };
}

export function employeeSpec(): SyncSpec<EmployeeSyncInput, Employee> {
  const departments = new RefIndex(Department, 'Department');
  const positions = new RefIndex(Position, 'Position');
  const managers = new RefIndex(Employee, 'Employee');
  return {
    entity: Employee,
    typeName: 'Employee',
    action: 'employee',
    companyWide: false,
    unique: ['employeeNo'],
    populate: ['department'],
    async prepare(batch, rows) {
      await departments.load(batch.tx, refsOf(rows, 'department'));
      await positions.load(batch.tx, refsOf(rows, 'position'));
      await managers.load(batch.tx, refsOf(rows, 'manager'));
    },
    values(_batch, row, r, existing) {
      const department = resolveRef(departments, r, row, 'department');
      const position = resolveRef(positions, r, row, 'position');
      const manager = resolveRef(managers, r, row, 'manager');
      if (!existing && department === undefined) r.bad('departmentId', 'is required for a new row');
      if (!existing && position === undefined) r.bad('positionId', 'is required for a new row');
      if (manager && existing && manager === existing) r.bad('managerId', 'cannot be the employee');
      return {
        employeeNo: text(r, 'employeeNo', row.employeeNo, { required: !existing, max: 64 }),
        name: text(r, 'name', row.name, { required: !existing }),
        department: department ?? undefined,
        position: position ?? undefined,
        manager: manager ?? undefined,
        hireDate: day(r, 'hireDate', row.hireDate, !existing),
        email: email(r, 'email', row.email),
        phone: optionalText(r, 'phone', row.phone, 32),
        ...employment(r, row, existing),
      };
    },
    paths(values, existing) {
      const paths = existing
        ? [{ field: keyField(existing, {}), path: existing.department.getEntity().path }]
        : [];
      const department = values.department as Department | undefined;
      if (department) paths.push({ field: 'departmentId', path: department.path });
      return paths;
    },
    created(row) {
      managers.add(row);
    },
  };
}

export function courseSpec(): SyncSpec<CourseSyncInput, Course> {
  return {
    entity: Course,
    typeName: 'Course',
    action: 'course',
    companyWide: true,
    unique: ['code'],
    values(_batch, row, r, existing) {
      return {
        code: text(r, 'code', row.code, { required: !existing, max: 64 }),
        name: text(r, 'name', row.name, { required: !existing }),
        category: text(r, 'category', row.category, { required: !existing, max: 64 }),
        hours: number(r, 'hours', row.hours, { min: 0, max: 10000, required: !existing }),
        cost: money(r, 'cost', row.cost, !existing),
        core: row.core ?? undefined,
        mandatory: row.mandatory ?? undefined,
        passScore: number(r, 'passScore', row.passScore, { min: 0, max: 100 }),
        description: optionalText(r, 'description', row.description),
        active: row.active ?? undefined,
      };
    },
  };
}

export function courseSessionSpec(): SyncSpec<CourseSessionSyncInput, CourseSession> {
  const courses = new RefIndex(Course, 'Course');
  const lecturers = new RefIndex(Employee, 'Employee');
  return {
    entity: CourseSession,
    typeName: 'CourseSession',
    action: 'courseSession',
    companyWide: true,
    unique: [],
    async prepare(batch, rows) {
      await courses.load(batch.tx, refsOf(rows, 'course'));
      await lecturers.load(batch.tx, refsOf(rows, 'lecturer'));
    },
    values(_batch, row, r, existing) {
      const course = resolveRef(courses, r, row, 'course');
      if (!existing && course === undefined) r.bad('courseId', 'is required for a new row');
      const lecturer = resolveRef(lecturers, r, row, 'lecturer');
      const startsOn = day(r, 'startsOn', row.startsOn, !existing);
      const endsOn = day(r, 'endsOn', row.endsOn, !existing);
      const start = startsOn ?? existing?.startsOn;
      const end = endsOn ?? existing?.endsOn;
      if (start && end && end < start) r.bad('endsOn', 'must not be before startsOn');
      return {
        course: course ?? undefined,
        lecturer: lecturer ?? undefined,
        startsOn,
        endsOn,
        location: optionalText(r, 'location', row.location, 200),
        capacity: number(r, 'capacity', row.capacity, { min: 1, max: 100000, integer: true }),
      };
    },
  };
}

export function productionLineSpec(): SyncSpec<ProductionLineSyncInput, ProductionLine> {
  const departments = new RefIndex(Department, 'Department');
  return {
    entity: ProductionLine,
    typeName: 'ProductionLine',
    action: 'productionLine',
    companyWide: false,
    unique: ['code'],
    populate: ['department'],
    async prepare(batch, rows) {
      await departments.load(batch.tx, refsOf(rows, 'department'));
    },
    values(_batch, row, r, existing) {
      const department = resolveRef(departments, r, row, 'department');
      if (!existing && department === undefined) r.bad('departmentId', 'is required for a new row');
      return {
        code: text(r, 'code', row.code, { required: !existing, max: 64 }),
        name: text(r, 'name', row.name, { required: !existing }),
        department: department ?? undefined,
        active: row.active ?? undefined,
      };
    },
    paths(values, existing) {
      const paths = existing
        ? [{ field: keyField(existing, {}), path: existing.department.getEntity().path }]
        : [];
      const department = values.department as Department | undefined;
      if (department) paths.push({ field: 'departmentId', path: department.path });
      return paths;
    },
  };
}

/** Campaigns a sync may set: DRAFT or OPEN. Scoring and publishing move them on (award.service). */
const SYNCABLE_STATUS = new Set<AwardCampaignStatus>([AwardCampaignStatus.DRAFT, AwardCampaignStatus.OPEN]);

export function awardCampaignSpec(): SyncSpec<AwardCampaignSyncInput, AwardCampaign> {
  return {
    entity: AwardCampaign,
    typeName: 'AwardCampaign',
    action: 'awardCampaign',
    companyWide: true,
    unique: [],
    values(_batch, row, r, existing) {
      if (row.status != null && !SYNCABLE_STATUS.has(row.status)) r.bad('status', 'must be DRAFT or OPEN');
      const periodStart = day(r, 'periodStart', row.periodStart, !existing);
      const periodEnd = day(r, 'periodEnd', row.periodEnd, !existing);
      const start = periodStart ?? existing?.periodStart;
      const end = periodEnd ?? existing?.periodEnd;
      if (start && end && end < start) r.bad('periodEnd', 'must not be before periodStart');
      return {
        name: text(r, 'name', row.name, { required: !existing }),
        period: text(r, 'period', row.period, { required: !existing, max: 32 }),
        periodStart,
        periodEnd,
        standardHours: number(r, 'standardHours', row.standardHours, {
          min: 0,
          max: 10000,
          required: !existing,
        }),
        criteria: row.criteria ?? (existing ? undefined : {}),
        status: row.status ?? undefined,
      };
    },
    // A closed campaign's winners are published: its facts take no more changes.
    locked: (existing) => (existing.status === AwardCampaignStatus.CLOSED ? 'the campaign is closed' : null),
  };
}

export type { SyncBatch };
