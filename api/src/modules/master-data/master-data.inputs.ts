import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { AwardCampaignStatus, EmployeeStatus, PositionFamily } from '@talentloop/db/entities';
import { DecimalScalar } from '../../common/scalars';
import './master-data.type';

// Inputs of master-data mutations. Every field is nullable at the GraphQL level on purpose: the
// service validates each row on its own (required for a new row, formats, references), so one
// bad row of a nightly batch is reported in its row instead of failing the whole request.

@InputType({ description: 'A department (org tree node).' })
export class DepartmentSyncInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of an existing row (instead of, or to attach, an external key).',
  })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The system that owns externalId (HRIS, LMS, MES …).' })
  sourceSystem?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The row's key in sourceSystem; unique per source system.",
  })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent department: global Department id.' })
  parentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Parent department: external id in the same sourceSystem.',
  })
  parentExternalId?: string | null;
}

@InputType({ description: 'A position (job).' })
export class PositionSyncInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of an existing row (instead of, or to attach, an external key).',
  })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The system that owns externalId (HRIS, LMS, MES …).' })
  sourceSystem?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The row's key in sourceSystem; unique per source system.",
  })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => PositionFamily, { nullable: true })
  family?: PositionFamily | null;

  @Field(() => Int, { nullable: true, description: 'Seniority within the family, 1 = entry level.' })
  level?: number | null;

  @Field(() => Boolean, { nullable: true })
  managerial?: boolean | null;
}

@InputType({ description: 'A competency.' })
export class CompetencySyncInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of an existing row (instead of, or to attach, an external key).',
  })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The system that owns externalId (HRIS, LMS, MES …).' })
  sourceSystem?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The row's key in sourceSystem; unique per source system.",
  })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'An employee (hire, update, bulk sync). Fields left out keep their stored value.' })
export class EmployeeSyncInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of an existing row (instead of, or to attach, an external key).',
  })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The system that owns externalId (HRIS, LMS, MES …).' })
  sourceSystem?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The row's key in sourceSystem; unique per source system.",
  })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  employeeNo?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Department: global Department id.' })
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Department: external id in the same sourceSystem.' })
  departmentExternalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Position: global Position id.' })
  positionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Position: external id in the same sourceSystem.' })
  positionExternalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Line manager: global Employee id.' })
  managerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Line manager: external id in the same sourceSystem.' })
  managerExternalId?: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  hireDate?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => EmployeeStatus, { nullable: true })
  status?: EmployeeStatus | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'; sets status TERMINATED" })
  terminatedOn?: string | null;
}

@InputType({ description: 'Moves an employee to another department and/or position.' })
export class EmployeeTransferInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of an existing row (instead of, or to attach, an external key).',
  })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The system that owns externalId (HRIS, LMS, MES …).' })
  sourceSystem?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The row's key in sourceSystem; unique per source system.",
  })
  externalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New department: global Department id.' })
  departmentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New department: external id in the same sourceSystem.',
  })
  departmentExternalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New position: global Position id.' })
  positionId?: string | null;

  @Field(() => String, { nullable: true, description: 'New position: external id in the same sourceSystem.' })
  positionExternalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New line manager: global Employee id.' })
  managerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New line manager: external id in the same sourceSystem.',
  })
  managerExternalId?: string | null;
}

@InputType({ description: 'A course.' })
export class CourseSyncInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of an existing row (instead of, or to attach, an external key).',
  })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The system that owns externalId (HRIS, LMS, MES …).' })
  sourceSystem?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The row's key in sourceSystem; unique per source system.",
  })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => Float, { nullable: true })
  hours?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Cost per participant, CNY, as a Decimal string.',
  })
  cost?: string | null;

  @Field(() => Boolean, { nullable: true })
  core?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  mandatory?: boolean | null;

  @Field(() => Float, { nullable: true })
  passScore?: number | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType({ description: 'One run of a course.' })
export class CourseSessionSyncInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of an existing row (instead of, or to attach, an external key).',
  })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The system that owns externalId (HRIS, LMS, MES …).' })
  sourceSystem?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The row's key in sourceSystem; unique per source system.",
  })
  externalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Course: global Course id.' })
  courseId?: string | null;

  @Field(() => String, { nullable: true, description: 'Course: external id in the same sourceSystem.' })
  courseExternalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Internal lecturer: global Employee id.' })
  lecturerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Internal lecturer: external id in the same sourceSystem.',
  })
  lecturerExternalId?: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;
}

@InputType({ description: 'A production line.' })
export class ProductionLineSyncInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of an existing row (instead of, or to attach, an external key).',
  })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The system that owns externalId (HRIS, LMS, MES …).' })
  sourceSystem?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The row's key in sourceSystem; unique per source system.",
  })
  externalId?: string | null;

  @Field(() => String, { nullable: true, description: 'The code KPI feeds send as productionLine.' })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owning department: global Department id.' })
  departmentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Owning department: external id in the same sourceSystem.',
  })
  departmentExternalId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType({ description: 'An award campaign (DRAFT or OPEN; scoring and publishing move it on).' })
export class AwardCampaignSyncInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of an existing row (instead of, or to attach, an external key).',
  })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The system that owns externalId (HRIS, LMS, MES …).' })
  sourceSystem?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The row's key in sourceSystem; unique per source system.",
  })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "e.g. '2026' or '2026-H1'" })
  period?: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  periodEnd?: string | null;

  @Field(() => Float, { nullable: true })
  standardHours?: number | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Criteria and weights (AwardCriteria); empty = the active AWARD rule.',
  })
  criteria?: Record<string, unknown> | null;

  @Field(() => AwardCampaignStatus, { nullable: true })
  status?: AwardCampaignStatus | null;
}

@InputType({ description: 'Ends an employment.' })
export class EmployeeTerminationInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of an existing row (instead of, or to attach, an external key).',
  })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The system that owns externalId (HRIS, LMS, MES …).' })
  sourceSystem?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The row's key in sourceSystem; unique per source system.",
  })
  externalId?: string | null;

  @Field(() => String, { description: "Last day, 'YYYY-MM-DD'." })
  terminatedOn!: string;
}

@InputType({ description: 'A career-path edge: holders of fromPosition typically move to toPosition.' })
export class CareerPathInput {
  @Field(() => String, { nullable: true, description: 'Source system of the external position ids.' })
  sourceSystem?: string | null;

  @Field(() => ID, { nullable: true, description: 'From position: global Position id.' })
  fromPositionId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'From position: external id in the same sourceSystem.',
  })
  fromPositionExternalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'To position: global Position id.' })
  toPositionId?: string | null;

  @Field(() => String, { nullable: true, description: 'To position: external id in the same sourceSystem.' })
  toPositionExternalId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Typical months in fromPosition before the move.' })
  typicalMonths?: number | null;
}
