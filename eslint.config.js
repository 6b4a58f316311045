// Doc lint (issue 17 item 7): documentation rules only, for what src/ exports
// (`npm run lint:docs`, in .ci/run). Style and correctness are left to tsc.
// eslint-plugin-jsdoc 62.x is the last line that runs on Node 20 (63+ needs Node 22).
// Checked for every exported function and class:
// - a doc block (require-jsdoc);
// - `@param` names match the signature (check-param-names), and a block that documents
//   parameters documents all of them (require-param; a block that describes them in prose
//   only is accepted);
// - a function whose body contains a `throw` has `@throws {Class} when …` (require-throws,
//   require-throws-type). The rule sees only a `throw` in the body itself: a function that
//   lets a helper's error through (a date argument read by `instantArg`, `evaluateIndex`'s
//   checks …) documents it by hand; async functions likewise (reviewed, not linted);
// - `@returns` on a function that returns a value (require-returns), and an `@example`
//   (require-example), except on helpers tagged `@internal` (exported for other modules
//   of the package, not meant for users);
// - known tag names only, no JSDoc types where TypeScript has them (check-tag-names, no-types).
import jsdoc from 'eslint-plugin-jsdoc';
import tsParser from '@typescript-eslint/parser';

// What the package exports: a function declared with `export`, an exported arrow or
// function expression, an exported class (rules that take `contexts` check only these;
// unexported helpers are free to go without).
const exported = [
  'ExportNamedDeclaration > FunctionDeclaration',
  'ExportDefaultDeclaration > FunctionDeclaration',
  'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > ArrowFunctionExpression',
  'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > FunctionExpression',
];
// Public methods of exported classes (`PostsTable.take` …): checked for `@throws` only.
const exportedMethods = ['ExportNamedDeclaration > ClassDeclaration MethodDefinition:not([accessibility="private"]):not([key.type="PrivateIdentifier"]) > FunctionExpression'];

export default [
  {
    files: ['src/**/*.ts'],
    // internal/ modules are not part of the public surface; the CLI's commands are
    // documented by their --help text (test/cli/usage.test.ts), not as a library API.
    ignores: ['src/**/internal/**', 'src/cli/**'],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { jsdoc },
    settings: { jsdoc: { mode: 'typescript', tagNamePreference: { returns: 'returns', throws: 'throws' } } },
    rules: {
      'jsdoc/require-jsdoc': [
        'error',
        {
          publicOnly: { esm: true, cjs: false },
          require: { FunctionDeclaration: true, ClassDeclaration: true, ArrowFunctionExpression: true, FunctionExpression: true, MethodDefinition: false },
        },
      ],
      'jsdoc/check-param-names': ['error', { checkDestructured: false }],
      'jsdoc/require-param': ['error', { contexts: exported, checkDestructured: false, ignoreWhenAllParamsMissing: true }],
      'jsdoc/require-returns': ['error', { contexts: exported, exemptedBy: ['internal'] }],
      'jsdoc/require-throws': ['error', { contexts: [...exported, ...exportedMethods] }],
      'jsdoc/require-throws-type': 'error',
      'jsdoc/require-example': ['error', { contexts: exported, exemptedBy: ['internal'] }],
      'jsdoc/check-tag-names': ['error', { definedTags: ['remarks', 'internal'] }],
      'jsdoc/no-types': 'error',
    },
  },
];
