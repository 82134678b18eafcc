import { SignJWT } from 'jose';
import { startCube } from './server';
import { viewPolicies } from './policies';
if (process.env.RAW) { viewPolicies.training_participation.kind = 'rows'; (viewPolicies as any).training_activity = { kind: 'rows', roles: ['HR'] }; }
const url = process.argv[2];
const SECRET = 'x'.repeat(40);
const cube = await startCube({ databaseUrl: url, port: 0, jwtSecret: SECRET, refreshSeconds: false, logger: process.env.FULL ? (m: string, p: any) => { if (p?.error) console.error(m, p.error); } : undefined });
const tok = await new SignJWT({ role: process.argv[3] ?? 'HR', employeeId: Number(process.argv[4] ?? 1), departmentId: Number(process.argv[5] ?? 1), scopes: [] }).setProtectedHeader({ alg: 'HS256' }).setSubject('1').sign(new TextEncoder().encode(SECRET));
async function load(query: unknown) {
  const t0 = Date.now();
  for (;;) {
    const r = await fetch(`${cube.url}/cubejs-api/v1/load`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: tok }, body: JSON.stringify({ query }) });
    const b: any = await r.json();
    if (b.error === 'Continue wait') continue;
    if (process.env.DUMP) console.log(JSON.stringify(b).slice(0, 1500));
    return { status: r.status, ms: Date.now() - t0, error: b.error, rows: b.data?.length, sample: b.data?.slice(0, 3), pre: Object.keys(b.usedPreAggregations ?? {}) };
  }
}
const meta = await fetch(`${cube.url}/cubejs-api/v1/meta`, { headers: { authorization: tok } });
const m: any = await meta.json();
console.log('meta', meta.status, m.error ?? m.cubes?.map((c: any) => c.name));
const queries: Record<string, unknown> = JSON.parse(process.env.QUERIES ?? '{}');
const defaults: Record<string, unknown> = {
  participation: { measures: ['training_participation.participation_rate', 'training_participation.cost_per_employee'], timeDimensions: [{ dimension: 'training_participation.month', granularity: 'month' }] },
  byFamily: { measures: ['training_participation.participation_rate'], dimensions: ['training_participation.position_family'], timeDimensions: [{ dimension: 'training_participation.month', granularity: 'month' }] },
  course: { measures: ['course_training.learners', 'course_training.enrollments', 'course_training.voluntary_enrollments', 'course_training.mandatory_enrollments', 'course_training.finished', 'course_training.passed', 'course_training.exam_score_sum', 'course_training.exam_scored', 'course_training.hours', 'course_training.cost', 'course_training.completion_rate', 'course_training.pass_rate', 'course_training.avg_exam_score'], dimensions: ['course_training.course_id', 'course_training.course_name', 'course_training.course_category', 'course_training.course_mandatory'] },
  contribution: { measures: ['course_contribution.estimate', 'course_contribution.ci_low', 'course_contribution.ci_high', 'course_contribution.n_treated', 'course_contribution.n_control'], dimensions: ['course_contribution.course_name', 'course_contribution.kpi_code', 'course_contribution.evidence'] },
  roi: { measures: ['training_roi.benefit', 'training_roi.cost', 'training_roi.roi'], dimensions: ['training_roi.course_id', 'training_roi.course_name', 'training_roi.course_category'] },
  roiDetail: { dimensions: ['training_roi_detail.employee_name', 'training_roi_detail.course_name', 'training_roi_detail.benefit', 'training_roi_detail.cost'], limit: 5 },
  promo: { measures: ['promotion_profile.promoted_share', 'promotion_profile.comparison_share', 'promotion_profile.lift', 'promotion_profile.lift_ci_low', 'promotion_profile.lift_ci_high', 'promotion_profile.promotion_rate_ratio'], dimensions: ['promotion_profile.item_type', 'promotion_profile.item_name'] },
  awards: { measures: ['award_traits.winner_share', 'award_traits.nominee_share', 'award_traits.lift'], dimensions: ['award_traits.trait'] },
  lecturer: { measures: ['lecturer_value_added.exam_value_added', 'lecturer_value_added.kpi_value_added'], dimensions: ['lecturer_value_added.lecturer_id', 'lecturer_value_added.lecturer_name'] },
};
for (const [name, q] of Object.entries({ ...defaults, ...queries })) {
  if (process.env.ONLY && !process.env.ONLY.split(',').includes(name)) continue;
  console.log(name, JSON.stringify(await load(q)));
}
await cube.stop();
