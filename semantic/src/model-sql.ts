/**
 * The SQL of a cube as the semantic model defines it (semantic/model/cubes/<name>.yml): the one
 * definition of a metric's source rows. The bench reads it to compute the same numbers without
 * Cube; nothing restates the SQL elsewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const MODEL = fileURLToPath(new URL('../model/cubes/', import.meta.url));

/** Cube's partition filters, `{FILTER_PARAMS.<cube>.<member>.filter('<sql>')}`. */
const FILTER_PARAMS = /\{FILTER_PARAMS\.[A-Za-z_]+\.[A-Za-z_]+\.filter\('[^']*'\)\}/g;

/** The cube's SQL over all its rows: a partition filter (FILTER_PARAMS) reads as no filter. */
export function cubeSql(cube: string): string {
  const doc = parse(readFileSync(join(MODEL, `${cube}.yml`), 'utf8')) as {
    cubes: { name: string; sql: string }[];
  };
  const found = doc.cubes.find((c) => c.name === cube);
  if (!found) throw new Error(`No cube ${cube} in semantic/model/cubes/${cube}.yml`);
  return found.sql.replace(FILTER_PARAMS, '1 = 1');
}
