/**
 * The metric registry's generator: reads the Cube model (semantic/model, YAML) and the view
 * policies, and writes semantic/src/generated/members.ts — every public view's member names
 * (measures, dimensions, time dimensions) and the typed row a `load(view, query)` returns.
 *
 *   node --import ./scripts/register.mjs semantic/scripts/generate-members.ts
 *   (or: pnpm --filter @talentloop/semantic generate)
 *
 * The model is the one place a metric is defined; this file makes its names a type, so the
 * client, the API's GraphQL types and the dashboard fail the type check when a member they use
 * is renamed or removed. semantic/src/generated/members.test.ts fails when the committed file
 * drifts from the model.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { viewPolicies, type ViewPolicy } from '../src/policies';

export const MODEL_DIR = fileURLToPath(new URL('../model', import.meta.url));
export const OUTPUT_FILE = fileURLToPath(new URL('../src/generated/members.ts', import.meta.url));

interface YamlMember {
  name: string;
  type: string;
  description?: string;
  primary_key?: boolean;
  meta?: { nullable?: boolean; n?: boolean };
}
interface YamlCube {
  name: string;
  measures?: YamlMember[];
  dimensions?: YamlMember[];
}
type YamlInclude = string | { name: string; alias?: string };
interface YamlView {
  name: string;
  description?: string;
  cubes: { join_path: string; includes: '*' | YamlInclude[]; excludes?: string[]; prefix?: boolean }[];
}

/** What a member is to a client: which query list it goes in, and the type of its value. */
export interface MemberInfo {
  name: string;
  kind: 'measure' | 'dimension' | 'time';
  /**
   * A count or sum: a returned cell with no contributing values holds 0 of it (SQL's SUM over
   * only NULLs says NULL; the client reads it as 0, so the type stays a number).
   */
  additive?: boolean;
  /** TypeScript type of the parsed value. */
  ts: 'number' | 'string' | 'boolean' | 'number | null' | 'string | null' | 'boolean | null';
  description?: string;
}

export interface ViewInfo {
  name: string;
  description?: string;
  members: MemberInfo[];
  /** Aggregate views carry a people measure (n); row views do not. */
  aggregate: boolean;
  /** The measure that is the cell's n (the people it describes), on aggregate views. */
  n?: string;
}

function readYaml<T>(dir: string): T[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as T);
}

/**
 * Counts, sums, minima and maxima are never null for a returned cell (it has rows); ratios and
 * averages may be (0 / 0, no values).
 */
const ADDITIVE = ['count', 'count_distinct', 'count_distinct_approx', 'sum'];

function measureType(type: string): MemberInfo['ts'] {
  // A string or boolean measure (e.g. an evidence status per cell) may be null like a ratio.
  if (type === 'string') return 'string | null';
  if (type === 'boolean') return 'boolean | null';
  return ['count', 'count_distinct', 'count_distinct_approx', 'sum', 'min', 'max'].includes(type)
    ? 'number'
    : 'number | null';
}

function dimensionInfo(d: YamlMember): MemberInfo {
  if (d.type === 'time') return { name: d.name, kind: 'time', ts: 'string', description: d.description };
  // A dimension is a cell's key, typed non-null; `meta: { nullable: true }` in the model says otherwise.
  const base = d.type === 'number' ? 'number' : d.type === 'boolean' ? 'boolean' : 'string';
  const ts = (d.meta?.nullable ? `${base} | null` : base) as MemberInfo['ts'];
  return { name: d.name, kind: 'dimension', ts, description: d.description };
}

export function readModel(
  modelDir = MODEL_DIR,
  policies: Record<string, ViewPolicy> = viewPolicies,
): ViewInfo[] {
  const cubes = new Map<string, YamlCube>();
  for (const file of readYaml<{ cubes?: YamlCube[] }>(join(modelDir, 'cubes'))) {
    for (const cube of file.cubes ?? []) cubes.set(cube.name, cube);
  }
  const views: ViewInfo[] = [];
  for (const file of readYaml<{ views?: YamlView[] }>(join(modelDir, 'views'))) {
    for (const view of file.views ?? []) {
      const members: MemberInfo[] = [];
      const nMarked: string[] = [];
      for (const part of view.cubes) {
        const cubeName = part.join_path.split('.').at(-1)!;
        const cube = cubes.get(cubeName);
        if (!cube) throw new Error(`view ${view.name}: unknown cube ${cubeName}`);
        const all = new Map<string, MemberInfo>();
        for (const m of cube.measures ?? []) {
          if (m.meta?.n) nMarked.push(m.name);
          all.set(m.name, {
            name: m.name,
            kind: 'measure',
            ts: measureType(m.type),
            additive: ADDITIVE.includes(m.type),
            description: m.description,
          });
        }
        for (const d of cube.dimensions ?? []) all.set(d.name, dimensionInfo(d));
        const picked: MemberInfo[] =
          part.includes === '*'
            ? [...all.values()]
            : part.includes.map((inc) => {
                const name = typeof inc === 'string' ? inc : inc.name;
                const member = all.get(name);
                if (!member) throw new Error(`view ${view.name}: ${cubeName} has no member ${name}`);
                const alias = typeof inc === 'string' ? undefined : inc.alias;
                return { ...member, name: alias ?? name };
              });
        const excluded = new Set(part.excludes ?? []);
        for (const m of picked) {
          if (excluded.has(m.name)) continue;
          members.push(part.prefix ? { ...m, name: `${cubeName}_${m.name}` } : m);
        }
      }
      const policy = policies[view.name];
      // Only public views (a policy names them) are queryable; the rest are not worth a type.
      if (!policy) continue;
      // The cell's n: the measure marked `meta: { n: true }`, else the first described as "n — …".
      const n =
        nMarked.find((m) => members.some((x) => x.name === m)) ??
        members.find((m) => m.kind === 'measure' && /^n\s+[—-]/.test(m.description ?? ''))?.name;
      if (policy.people && !n) throw new Error(`view ${view.name}: no measure is its n`);
      views.push({
        name: view.name,
        description: view.description,
        members,
        aggregate: Boolean(policy.people),
        n: policy.people ? n : undefined,
      });
    }
  }
  return views.sort((a, b) => a.name.localeCompare(b.name));
}

/** snake_case member → camelCase row key; the same rule as the client's runtime `camel`. */
export const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string): string => camel(s).replace(/^./, (c) => c.toUpperCase());

function doc(text: string | undefined, indent = ''): string {
  if (!text) return '';
  const clean = text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
  return `${indent}/** ${clean} */\n`;
}

export function renderMembers(views: ViewInfo[]): string {
  const out: string[] = [
    '// GENERATED by semantic/scripts/generate-members.ts from semantic/model and semantic/src/policies.ts.\n',
    '// Do not edit: change the model and run `pnpm --filter @talentloop/semantic generate`.\n\n',
  ];
  for (const v of views) {
    out.push(doc(v.description));
    out.push(`export interface ${pascal(v.name)}Row {\n`);
    for (const m of v.members) out.push(`${doc(m.description, '  ')}  ${camel(m.name)}: ${m.ts};\n`);
    out.push('}\n\n');
  }
  out.push('/** The row type of every public view, by view name. */\n');
  out.push('export interface ViewRows {\n');
  for (const v of views) out.push(`  ${v.name}: ${pascal(v.name)}Row;\n`);
  out.push('}\n\n');
  const union = (names: string[]) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');
  for (const [type, kind] of [
    ['ViewMeasures', 'measure'],
    ['ViewDimensions', 'dimension'],
    ['ViewTimeDimensions', 'time'],
  ] as const) {
    out.push(`export interface ${type} {\n`);
    for (const v of views) {
      out.push(`  ${v.name}: ${union(v.members.filter((m) => m.kind === kind).map((m) => m.name))};\n`);
    }
    out.push('}\n\n');
  }
  out.push('/** Views whose cells describe groups of people: every row carries `n`. */\n');
  out.push(`export type AggregateView = ${union(views.filter((v) => v.aggregate).map((v) => v.name))};\n\n`);
  out.push("/** The measure that is each aggregate view's n: the people a cell describes. */\n");
  out.push('export const VIEW_N = {\n');
  for (const v of views) if (v.n) out.push(`  ${v.name}: '${v.n}',\n`);
  out.push('} as const satisfies Record<AggregateView, string>;\n\n');
  out.push(
    "/** Runtime [kind, value type, description (the model's formula), additive?] of every member, by view. */\n",
  );
  out.push('export const VIEW_MEMBERS = {\n');
  for (const v of views) {
    out.push(`  ${v.name}: {\n`);
    for (const m of v.members) {
      const description = JSON.stringify((m.description ?? '').replace(/\s+/g, ' ').trim());
      out.push(`    ${m.name}: ['${m.kind}', '${m.ts}', ${description}${m.additive ? ', true' : ''}],\n`);
    }
    out.push('  },\n');
  }
  out.push('} as const;\n');
  return out.join('');
}

/** The generated file's text, formatted as the repository's Prettier config says. */
export async function generate(modelDir = MODEL_DIR): Promise<string> {
  const options = (await resolveConfig(OUTPUT_FILE)) ?? {};
  return format(renderMembers(readModel(modelDir)), { ...options, parser: 'typescript' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OUTPUT_FILE, await generate());
  console.log(`wrote ${OUTPUT_FILE}`);
}
