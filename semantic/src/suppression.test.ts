import { SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { cubeLoad, type CubeRow } from './client';
import type { CubeQuery } from './security';
import type { RunningCube } from './server';
import { startTestCube } from './testing';

// A differencing attack on a small company (150 employees): an HR caller (who sees every
// aggregate) asks every view at every grouping it allows, plus the ungrouped total, and tries to
// recover a group of fewer than 5 people from what comes back:
//   - a cell's own n;
//   - a share × its group (participants = rate × headcount, the inner counts of a 2×2 table,
//     winners with a trait = share × winners, measured people = coverage's people);
//   - total − Σ returned parts, for groupings that partition people (department, family).
// Each must be 0 or ≥ 5. And the department × course cells with ≥ 5 learners come back with
// their exact n (ground truth by SQL), but for the complements that stop total − part.
const SECRET = 'suppression-test-secret-suppression-test-0123';
// Dozens of Cube queries per view (every month for participation): minutes on a busy 2-core box.
vi.setConfig({ testTimeout: 300_000 });
const EMPLOYEES = 150;
const MIN = 5;

let db: TestDatabase;
let cube: RunningCube;
let client: pg.Client;
let hr: string;

type Row = Record<string, number | string | null>;
/** A query in short member names (filters in full names). */
interface Extra {
  timeDimensions?: CubeQuery['timeDimensions'];
  filters?: CubeQuery['filters'];
}

async function load(view: string, q: Extra & { measures: string[]; dimensions?: string[] }): Promise<Row[]> {
  const full = (m: string) => `${view}.${m}`;
  const rows = await cubeLoad(
    {
      ...q,
      measures: q.measures.map(full),
      dimensions: (q.dimensions ?? []).map(full),
      timeDimensions: q.timeDimensions?.map((t) => ({ ...t, dimension: full(t.dimension) })),
    },
    hr,
    { url: cube.url, timeoutMs: 300_000 },
  );
  return rows.map((r: CubeRow) => {
    const out: Row = {};
    for (const [key, value] of Object.entries(r)) {
      const [, member, granularity] = key.split('.');
      if (granularity) out[`${member}`] = String(value).slice(0, 10);
      else if (!(member! in out))
        out[member!] = value === null ? null : typeof value === 'boolean' ? String(value) : value;
    }
    for (const m of q.measures)
      if (out[m] !== null && out[m] !== undefined && !Number.isNaN(Number(out[m]))) out[m] = Number(out[m]);
    return out;
  });
}

/** A number an attacker learns about a group of people: fine when 0 (nobody) or ≥ 5. */
function expectSafe(group: number, what: string): void {
  if (group !== 0 && group < MIN) throw new Error(`${what} reveals a group of ${group}`);
}

beforeAll(async () => {
  db = await createTestDatabase({ seed: { employees: EMPLOYEES, seed: 7 } });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  cube = await startTestCube(db.url, SECRET);
  const { rows } = await client.query<{ id: number }>(`select id from app_user where username = 'hr'`);
  hr = await new SignJWT({ role: 'HR', employeeId: null, departmentId: null, scopes: [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(rows[0]!.id))
    .setExpirationTime('30m')
    .sign(new TextEncoder().encode(SECRET));
}, 600_000);

afterAll(async () => {
  await client?.end();
  await cube?.stop();
  await db?.close();
});

/** Checks a grouping against its total: each cell, its shares, and total − Σ parts when the grouping partitions people. */
async function attack(
  view: string,
  measures: string[],
  n: string,
  shares: (r: Row) => [string, number][],
  groupings: { dimensions: string[]; partition: boolean }[],
  extra: Extra = {},
): Promise<number> {
  let cells = 0;
  // Per-key views refuse a total (query-guard.ts REQUIRED_GROUPING): nothing to subtract from.
  const total = await load(view, { ...extra, measures }).then(
    ([row]) => row,
    (error: { code?: string }) => {
      if (error.code !== 'FORBIDDEN') throw error;
      return undefined;
    },
  );
  for (const g of groupings) {
    const rows = await load(view, { ...extra, measures, dimensions: g.dimensions });
    cells += rows.length;
    for (const r of rows) {
      expectSafe(Number(r[n]), `${view} by ${g.dimensions} cell n`);
      for (const [what, group] of shares(r)) expectSafe(group, `${view} by ${g.dimensions}: ${what}`);
    }
    if (g.partition && total) {
      const rest = Number(total[n]) - rows.reduce((s, r) => s + Number(r[n]), 0);
      expectSafe(rest, `${view}: total − Σ by ${g.dimensions}`);
    }
  }
  return cells;
}

describe('differencing attack on every view and grouping', () => {
  it('training_participation (per month, by department and family)', async () => {
    const months = await client.query<{ m: string }>(
      `select to_char(date_trunc('month', enrolled_on), 'YYYY-MM-DD') as m from enrollment group by 1 order by 1`,
    );
    let cells = 0;
    for (const { m } of months.rows) {
      const end = new Date(Date.parse(m) + 31 * 86_400_000).toISOString().slice(0, 8) + '01';
      const lastDay = new Date(Date.parse(end) - 86_400_000).toISOString().slice(0, 10);
      cells += await attack(
        'training_participation',
        [
          'headcount',
          'participants',
          'voluntary_participants',
          'mandatory_participants',
          'participation_rate',
        ],
        'headcount',
        (r) => [
          ['participants', Number(r.participants)],
          ['non-participants', Number(r.headcount) - Number(r.participants)],
          ['voluntary', Number(r.voluntary_participants)],
          ['not voluntary', Number(r.headcount) - Number(r.voluntary_participants)],
          ['mandatory', Number(r.mandatory_participants)],
          ['not mandatory', Number(r.headcount) - Number(r.mandatory_participants)],
        ],
        [
          { dimensions: ['department_id'], partition: true },
          { dimensions: ['position_family'], partition: true },
        ],
        { timeDimensions: [{ dimension: 'month', granularity: 'month', dateRange: [m, lastDay] }] },
      );
    }
    expect(cells).toBeGreaterThan(0);
  });

  it('course_training (course, category, type, family, department, department × course)', async () => {
    const cells = await attack('course_training', ['learners', 'enrollments', 'cost'], 'learners', () => [], [
      { dimensions: ['course_id'], partition: false },
      { dimensions: ['course_category'], partition: false },
      { dimensions: ['participation_type'], partition: false },
      { dimensions: ['position_family'], partition: true },
      { dimensions: ['department_id'], partition: true },
      { dimensions: ['department_id', 'course_id'], partition: false },
    ]);
    expect(cells).toBeGreaterThan(0);
  });

  // A course with fewer than 5 learners is suppressed, and so is its complement (the smallest
  // other course, query-guard.ts suppressCells): the ungrouped total minus the returned courses
  // then describes the learners of at least two courses, never fewer than 5 people.
  it('overlapping groupings: total − Σ courses stays safe (complementary suppression)', async () => {
    const [total] = await load('course_training', { measures: ['learners', 'enrollments'] });
    const courses = await load('course_training', {
      measures: ['learners', 'enrollments'],
      dimensions: ['course_id'],
    });
    const rest = Number(total!.enrollments) - courses.reduce((sum, r) => sum + Number(r.enrollments), 0);
    expect(rest).toBeGreaterThan(0);
    // The people behind those enrollments: the learners of every course the answer left out.
    const { rows } = await client.query<{ n: number }>(
      `select count(distinct employee_id)::int as n from enrollment where not (course_id = any($1::int[]))`,
      [courses.map((r) => Number(r.course_id))],
    );
    expectSafe(rows[0]!.n, 'course_training: total − Σ courses');
  });

  it('department × course cells with ≥ 5 learners come back with their exact n (bar complements)', async () => {
    const rows = await load('course_training', {
      measures: ['learners', 'enrollments'],
      dimensions: ['department_id', 'course_id'],
    });
    const { rows: truth } = await client.query<{ department_id: number; course_id: number; n: number }>(
      `select e.department_id, en.course_id, count(distinct en.employee_id)::int as n
         from enrollment en join employee e on e.id = en.employee_id group by 1, 2`,
    );
    const exact = new Map(truth.map((t) => [`${t.department_id}/${t.course_id}`, t.n]));
    const returned = new Map(rows.map((r) => [`${r.department_id}/${r.course_id}`, Number(r.learners)]));
    // Every returned cell has its exact n, and no cell under 5 is returned.
    for (const [cell, n] of returned) expect([cell, n]).toEqual([cell, exact.get(cell)]);
    expect([...returned.values()].every((n) => n >= MIN)).toBe(true);
    // A cell of ≥ 5 learners is missing only as a complement: one per department row or course
    // column that hides a small cell, at most.
    const small = truth.filter((t) => t.n < MIN);
    const marginsWithSmall =
      new Set(small.map((t) => t.department_id)).size + new Set(small.map((t) => t.course_id)).size;
    const complements = truth.filter((t) => t.n >= MIN && !returned.has(`${t.department_id}/${t.course_id}`));
    expect(returned.size).toBeGreaterThan(0);
    expect(complements.length).toBeLessThanOrEqual(marginsWithSmall);
    expect(returned.size + complements.length).toBe(truth.filter((t) => t.n >= MIN).length);
    // The differencing the complements stop: per department, the department's enrollments minus
    // its returned cells' belong to at least 5 learners (or none).
    const byDepartment = await load('course_training', {
      measures: ['learners', 'enrollments'],
      dimensions: ['department_id'],
    });
    for (const d of byDepartment) {
      const shown = rows.filter((r) => r.department_id === d.department_id);
      const rest = Number(d.enrollments) - shown.reduce((sum, r) => sum + Number(r.enrollments), 0);
      if (rest === 0) continue;
      const { rows: hidden } = await client.query<{ n: number }>(
        `select count(distinct en.employee_id)::int as n
           from enrollment en join employee e on e.id = en.employee_id
          where e.department_id = $1 and not (en.course_id = any($2::int[]))`,
        [Number(d.department_id), shown.map((r) => Number(r.course_id))],
      );
      expectSafe(hidden[0]!.n, `course_training department ${d.department_id}: total − Σ courses`);
    }
  });

  it('training_roi (total, course, category, department, family)', async () => {
    const cells = await attack(
      'training_roi',
      ['participants', 'measured_people', 'spend', 'measured_spend', 'coverage', 'benefit', 'roi'],
      'participants',
      (r) => [
        ['measured people', Number(r.measured_people)],
        ['unmeasured people', Math.max(Number(r.participants) - Number(r.measured_people), 0)],
      ],
      [
        { dimensions: ['course_id'], partition: false },
        { dimensions: ['course_category'], partition: false },
        { dimensions: ['department_id'], partition: true },
        { dimensions: ['position_family'], partition: true },
      ],
    );
    expect(cells).toBeGreaterThan(0);
  });

  it('no course or department on a small company shows an ROI number without sufficient evidence', async () => {
    for (const dimension of ['course_id', 'department_id']) {
      const rows = await load('training_roi', {
        measures: ['participants', 'roi', 'roi_ci_low', 'roi_evidence', 'credited_units'],
        dimensions: [dimension],
      });
      for (const r of rows) {
        if (r.roi_evidence !== 'SUFFICIENT') expect([r.roi, r.roi_ci_low]).toEqual([null, null]);
        else expect(Number(r.credited_units)).toBeGreaterThanOrEqual(30);
      }
    }
  });

  it('promotion_profile (course, category: the 2×2 table)', async () => {
    for (const itemType of ['COURSE', 'CATEGORY']) {
      await attack(
        'promotion_profile',
        ['promoted_n', 'comparison_n', 'promoted_share', 'comparison_share', 'min_group'],
        'min_group',
        (r) => {
          const a = Math.round(Number(r.promoted_share) * Number(r.promoted_n));
          const c = Math.round(Number(r.comparison_share) * Number(r.comparison_n));
          return [
            ['promoted with', a],
            ['promoted without', Number(r.promoted_n) - a],
            ['comparison with', c],
            ['comparison without', Number(r.comparison_n) - c],
          ];
        },
        [{ dimensions: ['item_key'], partition: false }],
        { filters: [{ member: 'promotion_profile.item_type', operator: 'equals', values: [itemType] }] },
      );
    }
  });

  it('award_traits (trait, trait × campaign)', async () => {
    await attack(
      'award_traits',
      ['winners', 'winner_nominations', 'nominations', 'winner_share', 'nominee_share', 'min_group'],
      'min_group',
      (r) => {
        const w = Number(r.winner_nominations);
        const a = Math.round(Number(r.winner_share) * w);
        const t = Math.round(Number(r.nominee_share) * Number(r.nominations));
        return [
          ['winners with', a],
          ['winners without', w - a],
          ['other nominees with', t - a],
          ['other nominees without', Number(r.nominations) - w - t + a],
        ];
      },
      [
        { dimensions: ['trait'], partition: false },
        { dimensions: ['trait', 'campaign_id'], partition: false },
      ],
    );
  });

  it('lecturer_value_added, promotion_timing and course_contribution', async () => {
    await attack('lecturer_value_added', ['trainees', 'scored'], 'trainees', () => [], [
      { dimensions: ['lecturer_id'], partition: false },
      { dimensions: ['course_id'], partition: false },
      { dimensions: ['lecturer_id', 'course_id'], partition: false },
    ]);
    await attack('promotion_timing', ['people', 'promotions'], 'people', () => [], [
      { dimensions: ['from_position_id', 'to_position_id'], partition: false },
      { dimensions: ['position_family'], partition: false },
      { dimensions: ['department_id'], partition: true },
    ]);
    await attack(
      'course_contribution',
      ['n', 'n_treated', 'n_control'],
      'n',
      (r) => [['treated', Number(r.n_treated)]],
      [{ dimensions: ['course_id', 'kpi_code'], partition: false }],
    );
  });
});
