import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const features = ['event-panel', 'tag-filter', 'timeline', 'search', 'stories', 'overview', 'list-view'];

/**
 * The architecture as import zones. Data flows one way: the compiler writes the bundle, the app
 * reads it, and `src/bundle` is the contract both import. In the browser, shared code (`lib`)
 * -> features -> `app`: a feature never imports another feature or the app, and `lib` imports
 * neither. test/lint/zones.test.ts proves each zone rejects a probe import.
 */
const zones = [
  {
    target: './src/bundle',
    from: './src',
    except: ['./bundle'],
    message: 'The bundle contract imports nothing of ours.',
  },
  {
    target: './src/lib',
    from: ['./src/features', './src/app'],
    message: 'Shared code must not import features or the app.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: ['./src/features', './src/app'],
    except: [`./${feature}`],
    message: 'A feature must not import another feature or the app; share through src/lib.',
  })),
  {
    target: ['./src/app', './src/features', './src/lib', './src/main.tsx'],
    from: ['./src/compiler', './src/generator', './src/pages'],
    message: 'Browser code must not import the Node-only compiler, generator or page writer.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'public/data', 'node_modules', 'bench/.cache', 'test-results', 'test/fixtures'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['src/**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
    // The timeline is one tab stop that takes arrow keys itself: an application, focusable.
    rules: { 'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'application'] }] },
  },
  {
    // Browser code runs where Node's modules do not exist.
    files: ['src/app/**', 'src/features/**', 'src/lib/**', 'src/bundle/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Browser code must not import Node modules.' }] },
      ],
    },
  },
);
