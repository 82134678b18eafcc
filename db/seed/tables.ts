// The columns the generator fills, per table, with their SQL types (the embedded-database
// fallback casts text parameters to these). Order here = order of values in generated rows.
// Tables are listed in foreign-key dependency order.

export const TABLES = {
  position: { id: 'int', code: 'text', name: 'text', family: 'text', level: 'int', managerial: 'boolean' },
  career_path: { id: 'int', from_position_id: 'int', to_position_id: 'int', typical_months: 'int' },
  competency: { id: 'int', code: 'text', name: 'text', category: 'text', description: 'text' },
  position_competency: { id: 'int', position_id: 'int', competency_id: 'int', required_level: 'int' },
  department: {
    id: 'int',
    code: 'text',
    name: 'text',
    parent_id: 'int',
    path: 'text',
    depth: 'int',
    head_id: 'int',
  },
  kpi_definition: {
    id: 'int',
    code: 'text',
    name: 'text',
    unit: 'text',
    direction: 'text',
    value_per_unit: 'numeric',
    position_family: 'text',
    description: 'text',
  },
  course: {
    id: 'int',
    code: 'text',
    name: 'text',
    category: 'text',
    hours: 'numeric',
    cost: 'numeric',
    core: 'boolean',
    mandatory: 'boolean',
    pass_score: 'numeric',
    description: 'text',
    active: 'boolean',
  },
  course_competency: { id: 'int', course_id: 'int', competency_id: 'int', weight: 'numeric' },
  course_kpi_binding: {
    id: 'int',
    course_id: 'int',
    kpi_id: 'int',
    window_months: 'int',
    thresholds: 'jsonb',
    active: 'boolean',
  },
  employee: {
    id: 'int',
    employee_no: 'text',
    name: 'text',
    department_id: 'int',
    position_id: 'int',
    manager_id: 'int',
    hire_date: 'date',
    email: 'text',
    phone: 'text',
    status: 'text',
    terminated_on: 'date',
  },
  course_session: {
    id: 'int',
    course_id: 'int',
    lecturer_id: 'int',
    starts_on: 'date',
    ends_on: 'date',
    location: 'text',
    capacity: 'int',
    rating_avg: 'numeric',
    rating_count: 'int',
  },
  enrollment: {
    id: 'int',
    employee_id: 'int',
    course_id: 'int',
    session_id: 'int',
    status: 'text',
    enrolled_on: 'date',
    completed_on: 'date',
    hours: 'numeric',
    exam_score: 'numeric',
    practice_score: 'numeric',
    voluntary: 'boolean',
    attempt: 'int',
    session_rating: 'smallint',
  },
  practice_case: {
    id: 'int',
    employee_id: 'int',
    enrollment_id: 'int',
    course_id: 'int',
    title: 'text',
    summary: 'text',
    status: 'text',
    submitted_at: 'timestamptz',
    reviewed_at: 'timestamptz',
    reviewer_id: 'int',
    review_score: 'numeric',
    review_comment: 'text',
    adopted_at: 'timestamptz',
  },
  knowledge_citation: {
    id: 'int',
    practice_case_id: 'int',
    department_id: 'int',
    cited_by_id: 'int',
    cited_at: 'timestamptz',
    note: 'text',
  },
  kpi_observation: {
    id: 'int',
    kpi_id: 'int',
    employee_id: 'int',
    production_line: 'text',
    department_id: 'int',
    month: 'date',
    value: 'numeric',
    source_system: 'text',
    recorded_at: 'timestamptz',
  },
  performance_review: {
    id: 'int',
    employee_id: 'int',
    period: 'text',
    period_start: 'date',
    base_score: 'numeric',
    training_adjustment: 'numeric',
    final_score: 'numeric',
    rating: 'text',
    reviewer_id: 'int',
    reviewed_at: 'timestamptz',
  },
  peer_feedback: {
    id: 'int',
    employee_id: 'int',
    from_employee_id: 'int',
    period: 'text',
    score: 'numeric',
    comment: 'text',
    created_at: 'timestamptz',
  },
  promotion: {
    id: 'int',
    employee_id: 'int',
    from_position_id: 'int',
    to_position_id: 'int',
    effective_on: 'date',
    application_id: 'int',
  },
  award_campaign: {
    id: 'int',
    name: 'text',
    period: 'text',
    period_start: 'date',
    period_end: 'date',
    standard_hours: 'numeric',
    criteria: 'jsonb',
    rule_version: 'int',
    status: 'text',
    created_at: 'timestamptz',
  },
  award_nomination: {
    id: 'int',
    campaign_id: 'int',
    employee_id: 'int',
    score_breakdown: 'jsonb',
    evidence: 'jsonb',
    total: 'numeric',
    rank: 'int',
    result: 'text',
    exclusion_reason: 'text',
    created_at: 'timestamptz',
  },
  award: {
    id: 'int',
    campaign_id: 'int',
    employee_id: 'int',
    nomination_id: 'int',
    title: 'text',
    awarded_on: 'date',
  },
  success_story: {
    id: 'int',
    award_id: 'int',
    employee_id: 'int',
    title: 'text',
    body: 'text',
    published_at: 'timestamptz',
    created_at: 'timestamptz',
  },
  app_user: {
    id: 'int',
    username: 'text',
    role: 'text',
    employee_id: 'int',
    scopes: 'text[]',
    password_hash: 'text',
    active: 'boolean',
    created_at: 'timestamptz',
  },
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLES[table]);
}

export function typesOf(table: TableName): string[] {
  return Object.values(TABLES[table]);
}

/** A generated value: numbers are already rounded, decimals already formatted as strings. */
export type Value = string | number | boolean | null;
export type Row = Value[];

/** Post-load fix-ups (rows whose values only exist after later tables were generated). */
export const UPDATES = {
  /** [department_id, head_id] */
  department_head: { table: 'department', key: 'id', set: ['head_id'], types: ['int', 'int'] },
  /** [session_id, rating_avg, rating_count] */
  session_rating: {
    table: 'course_session',
    key: 'id',
    set: ['rating_avg', 'rating_count'],
    types: ['int', 'numeric', 'int'],
  },
} as const;
export type UpdateName = keyof typeof UPDATES;
