import { printSchema } from 'graphql';
import { buildSortedSchema } from './schema';
const s = await buildSortedSchema();
console.log(printSchema(s));
