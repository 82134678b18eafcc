import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'test/artifacts/**',
      'bench/reports/**',
      'dashboard/src/graphql/generated/**',
      'db/migrations/.snapshot*.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Entities and type-graphql classes rely on declaration merging and empty constructors.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
);
