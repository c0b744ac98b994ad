// Lint: ESLint's recommended rules on the TypeScript sources, read through Babel's TypeScript parser (the
// native TypeScript compiler used for type checks has no JavaScript API for a type-aware linter).
import babelParser from '@babel/eslint-parser';
import js from '@eslint/js';
import globals from 'globals';

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data*/**',
      '**/generated/**',
      'examples/src/gql/**',
      'infra/scratch/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: { presets: ['@babel/preset-typescript'] },
      },
      globals: { ...globals.node },
    },
    rules: {
      // Names and types are tsc's (noUnusedLocals included): a JavaScript linter cannot see type references.
      'no-undef': 'off',
      'no-unused-vars': 'off',
      'no-redeclare': 'off',
      eqeqeq: ['error', 'always'],
      'prefer-const': 'error',
      'no-var': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Command-line tools, examples and tests print on purpose.
    files: [
      '**/test/**',
      '**/bench/**',
      '**/faults/**',
      'infra/src/start.ts',
      'gateway/src/token.ts',
      'schema/src/**',
      'examples/src/**',
    ],
    rules: { 'no-console': 'off' },
  },
];
