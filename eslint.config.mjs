// Typed linting for TypeScript and Astro files. Formatting is Prettier's job (npm run format).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.scratch/',
      '.stryker-tmp/',
      'dist/',
      'test-output/',
      'bench-output/',
      '.astro/',
      'node_modules/',
      'public/',
      'src/content/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // One import style: `import type` for types (verbatimModuleSyntax needs it too).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    // The Astro parser gives template expressions (JSX in .map callbacks) no type, so the
    // no-unsafe-* rules would flag every list rendered in a template.
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['tests/**', '**/*.test.ts', 'bench/**', 'scripts/**'],
    // Tests, benchmarks and scripts read JSON (built pages, open data, package files) whose shape
    // the assertions themselves check; typing every JSON.parse would only restate them.
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // A fixed sleep before an assertion passes or fails by luck. A warning while the finder's and
      // search's browser tests still sleep; make it an error once they wait for states.
      'no-restricted-syntax': [
        'warn',
        {
          selector: "CallExpression[callee.property.name='waitForTimeout']",
          message: 'Wait for a state (locator.waitFor, page.waitForFunction, expect.poll, settled()), not for a time.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
