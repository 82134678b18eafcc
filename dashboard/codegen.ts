import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the API's committed schema (CONVENTIONS 8): a query naming a field the
// API does not have fails here, not in the browser.
const config: CodegenConfig = {
  // TALENTLOOP_SCHEMA lets codegen run against a freshly emitted schema before it is committed.
  schema: process.env.TALENTLOOP_SCHEMA ?? '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          Date: 'string',
          Decimal: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
          BigInt: 'string',
        },
      },
    },
  },
};

export default config;
