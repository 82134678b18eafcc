import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseSeedArgs } from './args';
import { companyChecksum } from './checksum';
import { generateCompany, type GenerationReport } from './generate';
import type { Row, TableName } from './tables';
import { APPENDED_FIXTURES, FIXTURES, MIN_EMPLOYEES } from './truth';

// Pinned once from a run of the generator. If a deliberate change to the generator moves it,
// update the literal AND the realised numbers in GROUND_TRUTH.md in the same change.
const CHECKSUM_300_42 = 'e4db2c52b1769e2f2cfaefec2599b2666bcc21dda953d668baf5b9822cfaab47';
/**
 * The checksum of the generated company alone (before TL900009 was appended). Appended fixtures
 * must never move a generated row, so leaving their rows out must give exactly this value.
 */
const GENERATED_CHECKSUM_300_42 = '4e7f35e38cc284bba6b48e9b5d2da1f54647b779c57244032620644b5be6c24d';

function collect(employees: number, seed: number) {
  const report = {} as GenerationReport;
  const tables = new Map<TableName, Row[]>();
  for (const chunk of generateCompany({ employees, seed }, report)) {
    if (chunk.kind !== 'rows') continue;
    const list = tables.get(chunk.table) ?? [];
    for (const row of chunk.rows) list.push(row);
    tables.set(chunk.table, list);
  }
  return { report, tables };
}

describe('synthetic company generator', () => {
  it('is deterministic: same seed → the pinned checksum, other seed → another', () => {
    const a = companyChecksum({ employees: 300, seed: 42 });
    expect(a).toBe(CHECKSUM_300_42);
    expect(companyChecksum({ employees: 300, seed: 42 })).toBe(a);
    expect(companyChecksum({ employees: 300, seed: 43 })).not.toBe(a);
    expect(companyChecksum({ employees: 301, seed: 42 })).not.toBe(a);
  });

  it('scales row counts with the number of employees', () => {
    const small = collect(300, 42).report.rowCounts;
    const large = collect(1200, 42).report.rowCounts;
    // N generated employees plus the appended fixtures (TL900009)
    expect(small.employee).toBe(300 + APPENDED_FIXTURES.length);
    expect(large.employee).toBe(1200 + APPENDED_FIXTURES.length);
    // ≈ 20 enrollments per employee
    expect(small.enrollment! / 300).toBeGreaterThan(17);
    expect(small.enrollment! / 300).toBeLessThan(23);
    expect(large.enrollment! / 1200).toBeGreaterThan(17);
    expect(large.enrollment! / 1200).toBeLessThan(23);
    // 8 quarterly reviews each; KPI rows grow linearly (±10 %)
    expect(small.performance_review).toBe(8 * (300 + APPENDED_FIXTURES.length));
    expect(large.performance_review).toBe(8 * (1200 + APPENDED_FIXTURES.length));
    const ratio = large.kpi_observation! / small.kpi_observation!;
    expect(ratio).toBeGreaterThan(3.6);
    expect(ratio).toBeLessThan(4.4);
    // reference data does not scale
    expect(large.course).toBe(small.course);
    expect(large.position).toBe(small.position);
  });

  it('places every article fixture with its fixed employee number', () => {
    for (const size of [MIN_EMPLOYEES, 300, 1200]) {
      const { report, tables } = collect(size, 7);
      const numbers = new Set(tables.get('employee')!.map((r) => r[1]));
      for (const no of Object.values(FIXTURES)) expect(numbers.has(no)).toBe(true);
      expect(report.fixtures.negotiationExcellent.position).toBe('客户经理');
      expect(report.fixtures.juniorManagerCandidate.position).toBe('高级工程师');
      expect(report.fixtures.promotionCandidate.position).toBe('客户经理');
      // `employee` reports to `manager`
      const employeeRow = tables.get('employee')!.find((r) => r[1] === FIXTURES.promotionCandidate)!;
      expect(employeeRow[5]).toBe(report.logins.manager!.employeeId);
      // TL900009 is appended (id N + 1) into TL900006's team, reporting to its head
      const ready = report.fixtures.juniorManagerReady;
      expect(ready).toMatchObject({
        id: size + 1,
        position: '高级工程师',
        department: report.fixtures.juniorManagerCandidate.department,
      });
      const readyRow = tables.get('employee')!.find((r) => r[1] === FIXTURES.juniorManagerReady)!;
      const twinRow = tables.get('employee')!.find((r) => r[1] === FIXTURES.juniorManagerCandidate)!;
      expect(readyRow[5]).toBe(twinRow[5]);
    }
  });

  it('appends TL900009 without moving a generated row', () => {
    const fixtureId = 300 + 1;
    const chunks = [...generateCompany({ employees: 300, seed: 42 })];
    const ownSessions = new Set<unknown>();
    for (const c of chunks)
      if (c.kind === 'rows' && c.table === 'enrollment')
        for (const r of c.rows) if (r[1] === fixtureId) ownSessions.add(r[3]);
    const byEmployeeIdAt1 = ['enrollment', 'practice_case', 'performance_review', 'peer_feedback'];
    const owned = (table: string, r: Row) =>
      table === 'employee'
        ? r[0] === fixtureId
        : table === 'course_session'
          ? ownSessions.has(r[0])
          : table === 'kpi_observation'
            ? r[2] === fixtureId
            : byEmployeeIdAt1.includes(table) && r[1] === fixtureId;
    const hash = createHash('sha256');
    let ownRows = 0;
    for (const c of chunks) {
      if (c.kind === 'progress') continue;
      const name = c.kind === 'rows' ? c.table : c.update;
      const mine = c.kind === 'rows' ? c.rows.filter((r) => owned(c.table, r)).length : 0;
      // the fixture's rows come in chunks of their own, after the generated ones
      expect([0, c.rows.length], name).toContain(mine);
      ownRows += mine;
      if (mine > 0) continue;
      hash.update(name);
      for (const row of c.rows) hash.update(JSON.stringify(row));
    }
    // 1 employee, 10 sessions, 10 enrollments, 1 case, 24 KPI months, 8 reviews, 3 peer feedbacks
    expect(ownRows).toBe(57);
    expect(hash.digest('hex')).toBe(GENERATED_CHECKSUM_300_42);
  });

  it('keeps both arms of every planted comparison at ≥ 30 at the demo size', () => {
    const { arms, leadership } = collect(300, 42).report;
    for (const arm of Object.values(arms)) {
      expect(arm.treated).toBeGreaterThanOrEqual(30);
      expect(arm.untreated).toBeGreaterThanOrEqual(30);
    }
    expect(leadership.completers).toBeGreaterThanOrEqual(30);
    expect(leadership.promotedCompleters / leadership.completers).toBeGreaterThan(
      leadership.promotedOthers / (leadership.eligible - leadership.completers),
    );
  });
});

describe('db:seed arguments', () => {
  const defaults = { employees: 300, seed: 42 };
  it('promotes after about the career step’s typical months in position (realistic tenure)', () => {
    for (const seed of [42, 5]) {
      const { tables } = collect(300, seed);
      // employee: [id, no, name, department, position, manager, hire_date, …]; career_path:
      // [id, from, to, typical_months]; promotion: [id, employee, from, to, effective_on, …].
      const hired = new Map(tables.get('employee')!.map((r) => [r[0], String(r[6])]));
      const typical = new Map(tables.get('career_path')!.map((r) => [`${r[1]}>${r[2]}`, Number(r[3])]));
      const promotions = tables.get('promotion')!;
      expect(promotions.length).toBeGreaterThan(30);
      const ratios = promotions.map((p) => {
        const t = typical.get(`${p[2]}>${p[3]}`)!;
        const months = (Date.parse(String(p[4])) - Date.parse(hired.get(p[1])!)) / 86_400_000 / 30.4375;
        // typical × U(0.85, 1.15), at least the promotion month + 2 (hired before the window).
        expect(months, `seed ${seed}, promotion ${p[0]}`).toBeGreaterThanOrEqual(0.8 * t);
        expect(months, `seed ${seed}, promotion ${p[0]}`).toBeLessThanOrEqual(Math.max(1.15 * t, 25) + 1);
        return months / t;
      });
      const median = ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
      expect(median).toBeGreaterThan(0.9);
      expect(median).toBeLessThan(1.1);
    }
  });

  it('parses flags and defaults', () => {
    expect(parseSeedArgs([], defaults)).toEqual({ employees: 300, seed: 42, force: false });
    expect(parseSeedArgs(['--', '--employees', '1000', '--seed=7', '--force'], defaults)).toEqual({
      employees: 1000,
      seed: 7,
      force: true,
    });
  });
  it('rejects bad values with one clear line', () => {
    expect(() => parseSeedArgs(['--employees', 'abc'], defaults)).toThrow(
      '--employees must be a positive integer',
    );
    expect(() => parseSeedArgs(['--employees', '-5'], defaults)).toThrow(
      '--employees must be a positive integer',
    );
    expect(() => parseSeedArgs(['--employees', '10'], defaults)).toThrow(
      `--employees must be at least ${MIN_EMPLOYEES}`,
    );
    expect(() => parseSeedArgs(['--seed', 'x'], defaults)).toThrow('--seed must be an integer');
    expect(() => parseSeedArgs(['--employees'], defaults)).toThrow('--employees needs a value');
    expect(() => parseSeedArgs(['--bogus'], defaults)).toThrow('unknown argument --bogus');
  });
});
