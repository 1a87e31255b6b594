import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/coverage/**',
      '**/node_modules/**',
      '**/.turbo/**',
      'packages/schemas/json-schema/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      curly: ['error', 'all'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Pure core: the domain never touches a clock, a file or a socket (DESIGN.md).
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'net', 'http', 'https', 'child_process'],
              message: '@nrm/domain is pure: no I/O.',
            },
            {
              group: ['@nrm/schemas', '@nrm/client', '@nrm/gateway', '@nrm/adapters'],
              message:
                'Nothing imports up the chain domain ← schemas ← client ← gateway ← adapters.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is a parameter in @nrm/domain.' },
        { object: 'Math', property: 'random', message: '@nrm/domain is deterministic.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time is a parameter in @nrm/domain.',
        },
      ],
    },
  },
  {
    files: ['packages/schemas/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nrm/client', '@nrm/gateway', '@nrm/adapters'],
              message: 'Nothing imports up the chain.',
            },
          ],
        },
      ],
    },
  },
  {
    // What agencies install: no server, no native module, nothing from the gateway (ADR 0013).
    files: ['packages/client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nrm/gateway', '@nrm/gateway/*', '@nrm/adapters', '@nrm/adapters/*'],
              message: 'Nothing imports up the chain domain ← schemas ← client ← gateway.',
            },
            {
              group: [
                'better-sqlite3',
                'fastify',
                'kysely',
                'prom-client',
                '@trpc/server',
                '@fastify/*',
              ],
              message: '@nrm/client installs without a compiler or a server: no server modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/*.test.ts',
      '**/test/**/*.ts',
      '**/bench/**/*.ts',
      'scripts/**',
      '*.config.*',
      '**/*.config.*',
    ],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
);
