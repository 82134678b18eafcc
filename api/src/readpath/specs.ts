/**
 * What the read-path compiler knows of each GraphQL object type it can build inside
 * PostgreSQL. A field listed here is compiled into the statement; any other field of the type
 * (Course.rating, Enrollment.impact, Position.nextPositions …) is resolved by its ordinary
 * field resolver on the entity, loaded by id through the request's loaders (readpath/install.ts).
 * So this table only lists what is plain data — a column, a many-to-one, an ordered list — and
 * each list's order and scope are the ones its field resolver documents.
 *
 * Column names come from MikroORM's metadata (GraphQL field name = entity property name).
 */

/** How rows of a type are row-scoped (auth/scope.filter.ts, the same rules in SQL). */
export type ScopeKind =
  /** Not scoped: reference data (departments, positions, courses, sessions). */
  | 'none'
  /** Employee rows: the scope's employee condition. */
  | 'employee'
  /** Rows owned through `employee`: visible when their owner is. */
  | 'owned'
  /** Practice cases: owned, or adopted into the shared knowledge base. */
  | 'ownedOrAdopted'
  /** Knowledge citations: visible with their practice case. */
  | 'viaPracticeCase'
  /** KPI observations: owned, or (subtree scopes) a production line of a department in the subtree. */
  | 'kpiObservation';

export interface OneSpec {
  /** The many-to-one property of the entity. */
  property: string;
  /** GraphQL type of the target. */
  type: string;
}

export interface ManySpec {
  type: string;
  /** The child's many-to-one property pointing at the parent. */
  foreignKey: string;
  /** Entity properties, as the field resolver orders them. */
  orderBy: [string, 'asc' | 'desc'][];
  /**
   * The children's scope follows from the parent's (owned rows of an in-scope employee): no
   * extra condition in SQL. The field resolvers' loaders add the owner join anyway; the
   * result is the same.
   */
  scopedByParent: boolean;
}

export interface TypeSpec {
  entity: string;
  scope: ScopeKind;
  /** Fields that are a column of the same name (Decimal fields are sent as text). */
  scalars: string[];
  /** PII columns: read raw, masked per viewer in JS by the field's one rule (employee.resolver.ts). */
  pii?: Record<string, 'email' | 'phone'>;
  one?: Record<string, OneSpec>;
  many?: Record<string, ManySpec>;
  /** Fields that are the (unscoped, directory) name of the employee a many-to-one points to. */
  names?: Record<string, string>;
}

export const SPECS: Record<string, TypeSpec> = {
  Employee: {
    entity: 'Employee',
    scope: 'employee',
    scalars: ['employeeNo', 'name', 'hireDate', 'status'],
    pii: { email: 'email', phone: 'phone' },
    one: {
      department: { property: 'department', type: 'Department' },
      position: { property: 'position', type: 'Position' },
      manager: { property: 'manager', type: 'Employee' },
    },
    names: { managerName: 'manager' },
    many: {
      reports: {
        type: 'Employee',
        foreignKey: 'manager',
        orderBy: [['employeeNo', 'asc']],
        scopedByParent: false,
      },
      enrollments: {
        type: 'Enrollment',
        foreignKey: 'employee',
        orderBy: [
          ['enrolledOn', 'asc'],
          ['id', 'asc'],
        ],
        scopedByParent: true,
      },
      reviews: {
        type: 'PerformanceReview',
        foreignKey: 'employee',
        orderBy: [['periodStart', 'asc']],
        scopedByParent: true,
      },
      practiceCases: {
        type: 'PracticeCase',
        foreignKey: 'employee',
        orderBy: [
          ['submittedAt', 'asc'],
          ['id', 'asc'],
        ],
        scopedByParent: true,
      },
      peerFeedback: {
        type: 'PeerFeedback',
        foreignKey: 'employee',
        orderBy: [
          ['createdAt', 'asc'],
          ['id', 'asc'],
        ],
        scopedByParent: true,
      },
    },
  },
  Department: {
    entity: 'Department',
    scope: 'none',
    scalars: ['code', 'name', 'path', 'depth'],
    one: { parent: { property: 'parent', type: 'Department' } },
  },
  Position: {
    entity: 'Position',
    scope: 'none',
    scalars: ['code', 'name', 'family', 'level', 'managerial'],
    many: {
      nextPositions: {
        type: 'CareerPath',
        foreignKey: 'fromPosition',
        orderBy: [['id', 'asc']],
        scopedByParent: true,
      },
      previousPositions: {
        type: 'CareerPath',
        foreignKey: 'toPosition',
        orderBy: [['id', 'asc']],
        scopedByParent: true,
      },
    },
  },
  CareerPath: {
    entity: 'CareerPath',
    scope: 'none',
    scalars: ['typicalMonths'],
    one: {
      fromPosition: { property: 'fromPosition', type: 'Position' },
      toPosition: { property: 'toPosition', type: 'Position' },
    },
  },
  KnowledgeCitation: {
    entity: 'KnowledgeCitation',
    scope: 'viaPracticeCase',
    scalars: ['citedAt', 'note'],
    one: {
      practiceCase: { property: 'practiceCase', type: 'PracticeCase' },
      department: { property: 'department', type: 'Department' },
      citedBy: { property: 'citedBy', type: 'Employee' },
    },
  },
  KpiDefinition: {
    entity: 'KpiDefinition',
    scope: 'none',
    scalars: ['code', 'name', 'unit', 'direction', 'valuePerUnit', 'positionFamily', 'description'],
  },
  KpiObservation: {
    entity: 'KpiObservation',
    scope: 'kpiObservation',
    scalars: ['month', 'value', 'productionLine', 'recordedAt', 'sourceSystem'],
    one: {
      kpi: { property: 'kpi', type: 'KpiDefinition' },
      employee: { property: 'employee', type: 'Employee' },
      department: { property: 'department', type: 'Department' },
    },
  },
  Course: {
    entity: 'Course',
    scope: 'none',
    scalars: [
      'code',
      'name',
      'category',
      'hours',
      'cost',
      'core',
      'mandatory',
      'passScore',
      'description',
      'active',
    ],
  },
  CourseSession: {
    entity: 'CourseSession',
    scope: 'none',
    scalars: ['startsOn', 'endsOn', 'location', 'capacity', 'ratingAvg', 'ratingCount'],
    one: {
      course: { property: 'course', type: 'Course' },
      lecturer: { property: 'lecturer', type: 'Employee' },
    },
    names: { lecturerName: 'lecturer' },
  },
  Enrollment: {
    entity: 'Enrollment',
    scope: 'owned',
    scalars: [
      'status',
      'enrolledOn',
      'completedOn',
      'hours',
      'examScore',
      'practiceScore',
      'voluntary',
      'attempt',
      'sessionRating',
    ],
    one: {
      employee: { property: 'employee', type: 'Employee' },
      course: { property: 'course', type: 'Course' },
      session: { property: 'session', type: 'CourseSession' },
    },
  },
  PerformanceReview: {
    entity: 'PerformanceReview',
    scope: 'owned',
    scalars: [
      'period',
      'periodStart',
      'baseScore',
      'trainingAdjustment',
      'finalScore',
      'rating',
      'reviewedAt',
    ],
    one: {
      employee: { property: 'employee', type: 'Employee' },
      reviewer: { property: 'reviewer', type: 'Employee' },
    },
  },
  PeerFeedback: {
    entity: 'PeerFeedback',
    scope: 'owned',
    scalars: ['period', 'score', 'comment', 'createdAt'],
    one: {
      employee: { property: 'employee', type: 'Employee' },
      fromEmployee: { property: 'fromEmployee', type: 'Employee' },
    },
  },
  PracticeCase: {
    entity: 'PracticeCase',
    scope: 'ownedOrAdopted',
    scalars: [
      'title',
      'summary',
      'status',
      'submittedAt',
      'reviewedAt',
      'reviewScore',
      'reviewComment',
      'adoptedAt',
    ],
    one: {
      employee: { property: 'employee', type: 'Employee' },
      course: { property: 'course', type: 'Course' },
      enrollment: { property: 'enrollment', type: 'Enrollment' },
      reviewer: { property: 'reviewer', type: 'Employee' },
    },
    many: {
      citations: {
        type: 'KnowledgeCitation',
        foreignKey: 'practiceCase',
        orderBy: [
          ['citedAt', 'asc'],
          ['id', 'asc'],
        ],
        scopedByParent: true,
      },
    },
  },
};

/** Fields every compiled object answers from its database id (`$`), in JS. */
export const ID_FIELDS = new Set(['id', 'databaseId']);

/** GraphQL scalars whose value must reach the client as PostgreSQL's text, not a JSON number. */
export const TEXT_SCALARS = new Set(['Decimal']);
