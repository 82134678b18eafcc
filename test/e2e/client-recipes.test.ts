import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '@talentloop/api/issue-token';
import { cubeLoad } from '@talentloop/semantic/client';
import type { CubeQuery } from '@talentloop/semantic/security';
import { type Stack, startStack } from '../support/stack';

/**
 * The client recipes of docs/api.md ("Client recipes") as an integrator would use them: the
 * GraphQL Code Generator config and operations are generated (with the dashboard's installed
 * @graphql-codegen packages) and type-checked, and the Power Query snippet's request — URL path,
 * headers and query, read from the M text — is sent to Cube as written.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOC = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
const SECTION = DOC.slice(
  DOC.indexOf('## Client recipes'),
  DOC.indexOf('\n## ', DOC.indexOf('## Client recipes') + 1),
);

function block(lang: string, marker = ''): string {
  const found = [...SECTION.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))]
    .map((m) => m[1]!)
    .filter((text) => text.includes(marker));
  expect(found, `one \`\`\`${lang} block containing ${marker}`).toHaveLength(1);
  return found[0]!;
}

const schemaScalars = [...readFileSync(join(ROOT, 'api/schema.graphql'), 'utf8').matchAll(/^scalar (\w+)/gm)]
  .map((m) => m[1]!)
  .sort();

interface CodegenConfigLike {
  schema: string;
  documents: string[];
  generates: Record<string, { preset: string; config: { scalars: Record<string, string> } }>;
}

describe('docs/api.md: GraphQL Code Generator and Relay recipe', () => {
  let dir: string;
  let config: CodegenConfigLike;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'talentloop-codegen-'));
    // The packages the recipe names, as the dashboard installs them.
    symlinkSync(join(ROOT, 'dashboard/node_modules'), join(dir, 'node_modules'), 'dir');
    const js = ts.transpileModule(block('ts', 'CodegenConfig'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(dir, 'codegen.mjs'), js);
    config = ((await import(pathToFileURL(join(dir, 'codegen.mjs')).href)) as { default: CodegenConfigLike })
      .default;
    writeFileSync(join(dir, config.schema), readFileSync(join(ROOT, 'api/schema.graphql')));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/courses.graphql'), block('graphql', 'query CoursePage'));
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('maps every custom scalar of the schema, in codegen and in the Relay config alike', () => {
    expect(schemaScalars).toEqual(['Date', 'DateTime', 'Decimal', 'JSONObject']);
    const output = Object.values(config.generates)[0]!;
    expect(Object.keys(output.config.scalars).sort()).toEqual(schemaScalars);
    expect(output.config.scalars).toMatchObject({ Decimal: 'string', Date: 'string', DateTime: 'string' });
    const relay = JSON.parse(block('json', 'customScalarTypes')) as {
      customScalarTypes: Record<string, string>;
    };
    expect(relay.customScalarTypes).toEqual(output.config.scalars);
    for (const scalar of schemaScalars) expect(SECTION).toContain(`| \`${scalar}\``);
  });

  it('generates types for the sample operations that type Decimal and Date as string', async () => {
    const require = createRequire(join(ROOT, 'dashboard/package.json'));
    const { generate } = require('@graphql-codegen/cli') as {
      generate(input: object, saveToFile: boolean): Promise<{ filename: string }[]>;
    };
    const files = await generate({ ...config, cwd: dir, silent: true }, true);
    const outDir = Object.keys(config.generates)[0]!;
    expect(files.map((f) => f.filename.replace(/.*\/(?=[^/]+$)/, '')).sort()).toContain('graphql.ts');

    const check = (name: string, source: string) => {
      const file = join(dir, name);
      writeFileSync(file, source);
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        skipLibCheck: true,
        types: [],
      });
      return ts
        .getPreEmitDiagnostics(program)
        .map((d) => `${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    };
    const header = `import type { CoursePageQuery, CourseNodeQuery } from './${outDir}graphql';
import { CoursePageDocument } from './${outDir}graphql';
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Course = CoursePageQuery['courses']['edges'][number]['node'];
type Hire = CoursePageQuery['employees']['nodes'][number]['hireDate'];
type Node = NonNullable<CourseNodeQuery['node']>;
declare const page: CoursePageQuery;
export const doc = CoursePageDocument;
`;
    expect(
      check(
        'typed.ts',
        header +
          `export const decimal: Exactly<Course['cost'], string> = true;
export const date: Exactly<Hire, string> = true;
export const cursor: string | null | undefined = page.courses.pageInfo.endCursor;
export function fromNode(n: Node): string | undefined {
  return 'cost' in n ? n.cost : undefined;
}
`,
      ),
    ).toEqual([]);
    // A Decimal is not a number: using one as a number is a compile error.
    const misuse = check(
      'misuse.ts',
      header + `export const n: number = page.courses.edges[0]!.node.cost;\n`,
    );
    expect(misuse).toEqual([
      expect.stringMatching(/^2322: Type 'string' is not assignable to type 'number'/),
    ]);
  });
});

/** The value of an M expression made of text literals ("" escapes a quote), names and `&`. */
function evalM(expression: string, env: Record<string, string>): string {
  const parts = expression.trim().match(/"(?:[^"]|"")*"|#"[^"]+"|[A-Za-z_]\w*|&|\S+/g) ?? [];
  let out = '';
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      expect(part, expression).toBe('&');
    } else if (part.startsWith('"')) {
      out += part.slice(1, -1).replaceAll('""', '"');
    } else {
      expect(env, `${part} in ${expression}`).toHaveProperty(part);
      out += env[part]!;
    }
  });
  return out;
}

interface PowerQueryRequest {
  baseUrl: string;
  relativePath: string;
  query: CubeQuery & { measures: string[]; dimensions: string[] };
  headers: (token: string) => Record<string, string>;
  body: (token: string) => string;
}

export function parsePowerQuery(m: string): PowerQueryRequest {
  // One `Name = value` line of the let (a step) or of the Web.Contents options record.
  const step = (name: string) => {
    const found = m.match(new RegExp(`^\\s*${name} = (.*?),?$`, 'm'));
    expect(found, `${name} = …`).toBeTruthy();
    return found![1]!;
  };
  expect(m).toMatch(/Response = Web\.Contents\(\s*CubeUrl,/);
  expect(m).toMatch(/Body = Json\.Document\(Response\)/);
  expect(m).toMatch(/= Table\.FromRecords\(Body\[data\]\)/);
  const query = evalM(step('Query'), {});
  const headersText = step('Headers').match(/^\[(.*)\]$/)![1]!;
  const headerPairs = [
    ...headersText.matchAll(/(#"[^"]+"|\w+) = ((?:"(?:[^"]|"")*"|\w+)(?: & (?:"(?:[^"]|"")*"|\w+))*)/g),
  ];
  return {
    baseUrl: evalM(step('CubeUrl'), {}),
    relativePath: evalM(step('RelativePath'), {}),
    query: JSON.parse(query) as PowerQueryRequest['query'],
    headers: (token) =>
      Object.fromEntries(
        headerPairs.map((h) => [h[1]!.replace(/^#"(.*)"$/, '$1'), evalM(h[2]!, { Token: token })]),
      ),
    body: (token) =>
      evalM(step('Content').match(/^Text\.ToBinary\((.*)\)$/)![1]!, { Query: query, Token: token }),
  };
}

describe('docs/api.md: Power Query over Cube REST', () => {
  let stack: Stack;
  let token: string;
  const recipe = parsePowerQuery(block('powerquery', 'Web.Contents'));

  beforeAll(async () => {
    stack = await startStack({ employees: 80, cube: true });
    // The recipe is for an integration login with the analytics scope (the seeded `integration`).
    token = await issueToken(stack.databaseUrl, stack.jwtSecret, 'integration', '1h');
    // A first query may build a pre-aggregation ("Continue wait", as the recipe says): let the
    // client library wait for it, so the recipe's single request below meets a built one.
    await cubeLoad(recipe.query, token, { url: stack.cubeUrl, timeoutMs: 500_000 });
  }, 600_000);
  afterAll(async () => stack?.stop());

  it('names the documented Cube endpoint, a bearer token and a JSON body', () => {
    expect(recipe.baseUrl).toBe('http://127.0.0.1:4001');
    expect(recipe.relativePath).toBe('cubejs-api/v1/load');
    expect(recipe.headers('T')).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer T' });
    expect(JSON.parse(recipe.body('T'))).toEqual({ query: recipe.query });
  });

  it('answers the request as written with rows carrying every column the recipe names', async () => {
    const res = await fetch(`${stack.cubeUrl}/${recipe.relativePath}`, {
      method: 'POST',
      headers: recipe.headers(token),
      body: recipe.body(token),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>[]; error?: string };
    expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body.error).toBeUndefined();
    const rows = body.data!;
    expect(rows.length).toBeGreaterThan(0);
    const columns = [...recipe.query.dimensions, ...recipe.query.measures].sort();
    expect(columns).toContain('course_training.course_name');
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(columns);
      expect(typeof row['course_training.course_name']).toBe('string');
      // Suppression: no cell of fewer than five learners.
      expect(Number(row['course_training.learners'])).toBeGreaterThanOrEqual(5);
    }
    const enrollments = rows.map((r) => Number(r['course_training.enrollments']));
    expect(enrollments).toEqual([...enrollments].sort((a, b) => b - a));
  });
});
