import { it } from 'vitest';
import { startTestApi } from '../testing/harness';
import { ARCHIVE_QUERY } from '../testing/queries';
it('probe', async () => {
  const api = await startTestApi({ seed: { employees: 60, seed: 7 } });
  const hr = await api.login('hr');
  const find = async (no: string) => (await api.gql(`{ employees(filter: { search: "${no}" }) { nodes { id name managerName department { name } position { name } } } }`, {}, hr)).data!.employees.nodes[0];
  for (const no of ['TL900006', 'TL900007', 'TL900008', 'TL900004']) {
    const e = await find(no);
    console.log(no, JSON.stringify(e));
    const a = await api.gql(ARCHIVE_QUERY, { id: e.id, from: '2026-01-01', to: '2026-12-31' }, hr);
    console.log(JSON.stringify(a.errors), JSON.stringify(a.data?.growthArchive.summary), a.data?.growthArchive.events.filter((x: any) => x.__typename !== 'KpiChangeEvent').map((x: any) => `${x.occurredOn} ${x.__typename} ${x.title}`).join('\n'));
  }
  const e1 = await find('TL900001');
  console.log(JSON.stringify((await api.gql(`query($id: ID!) { kpiSeries(employeeId: $id, kpi: "SALES_GROWTH", from: "2026-03-01", to: "2026-08-31") { points { month value } } }`, { id: e1.id }, hr)).data));
  console.log(JSON.stringify((await api.gql(`{ courses(filter: { search: "NEGOTIATION" }) { totalCount nodes { code name cost hours core kpiBindings { windowMonths thresholds kpi { code } } } } all: courses { totalCount } }`, {}, hr)).data));
  console.log(JSON.stringify((await api.gql(`{ positions(family: SALES) { name level nextPositions { toPosition { name } } } departments { name children { name } } }`, {}, hr)).data));
  await api.close();
}, 300000);
