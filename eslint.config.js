// @ts-check
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const frameworks = ['react', 'react-dom', 'react-*', 'three', 'three/*', '@react-three/*', 'zustand', 'zustand/*', 'zundo', 'idb', 'i18next', 'react-i18next'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'test-results-*', 'playwright-report', 'bench-results'] },
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Tests may assert that a value exists with `!`; Playwright's fixture `use` is not a React hook.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The domain is pure: no framework, no storage, no clock, no DOM. So is the top-view diagram, which a report draws too.
    files: ['src/domain/**/*.ts', 'src/diagram/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: frameworks, message: 'domain/ is pure TypeScript; frameworks live in store/, scene/, ui/.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'performance'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is injected into the domain.' },
        { object: 'Math', property: 'random', message: 'Ids and randomness are injected into the domain.' },
      ],
    },
  },
  {
    // Panels are React DOM only: the room is drawn by scene/.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['three', 'three/*', '@react-three/*'], message: 'ui/ never imports three; put 3D code in scene/.' }] },
      ],
    },
  },
);
