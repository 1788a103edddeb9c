// Lint rules, and the architecture's import boundaries as compile-time facts (see ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'util', 'events', 'stream', 'url', 'http', 'https', 'net', 'worker_threads', 'process', 'buffer', 'assert', 'readline', 'perf_hooks'];
const noNode = [{ group: ['node:*'], message: 'No Node built-ins here: inject what you need.' },
  ...nodeBuiltins.map((n) => ({ group: [n, `${n}/*`], message: 'No Node built-ins here: inject what you need.' }))];
const noEditor = [{ group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*', '@vscode/debugadapter*'], message: 'The engine and protocol know nothing of VS Code, LSP or DAP.' }];
const noUpward = (...folders) => folders.map((f) => ({ group: [`../${f}/*`, `../../${f}/*`, `../../../${f}/*`, `../${f}`, `../../${f}`], message: `Do not import ${f}/ from here.` }));

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'test-results/**', '**/*.generated.js', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['engine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noNode, ...noEditor, ...noUpward('server', 'client', 'webview', 'cli', 'protocol', 'test')] }],
      'no-eval': 'error', 'no-new-func': 'error', 'no-implied-eval': 'error' },
  },
  {
    files: ['protocol/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noNode, ...noEditor, ...noUpward('server', 'client', 'webview', 'cli', 'test')] }] },
  },
  {
    files: ['webview/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noNode, ...noEditor, ...noUpward('server', 'client', 'cli', 'test')] }],
      'no-eval': 'error', 'no-new-func': 'error', 'no-implied-eval': 'error' },
  },
  {
    files: ['server/**/*.ts', 'cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['vscode'], message: 'The server and CLI run outside VS Code.' }, ...noUpward('client', 'webview', 'test')] }] },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', window: 'readonly', document: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
