// `npm run lint` (also a step of `npm test`): the rules the code already follows. Formatting is left to
// the authors except what the code keeps everywhere (single quotes, no semicolons) and a 140-character
// line limit on code; the quality bar's size limits hold for src/ (components <= 250 lines, functions <= 60).
import stylistic from '@stylistic/eslint-plugin'
import { defineConfig, globalIgnores } from 'eslint/config'
import vue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

/** Long strings, template literals, regular expressions, comments and URLs are exempt: breaking them hurts reading. */
const LINE = {
  code: 140,
  ignoreComments: true,
  ignoreStrings: true,
  ignoreTemplateLiterals: true,
  ignoreUrls: true,
  ignoreRegExpLiterals: true,
}

export default defineConfig([
  globalIgnores([
    '**/dist/', '**/node_modules/', '**/.nuxt/', '**/.output/', '**/.data/',
    'storybook-static/', 'coverage/', '.types/', '.vitest-results/', 'bench/.cache/', 'bench/pages/',
  ]),
  tseslint.configs.recommended,
  vue.configs['flat/essential'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    plugins: { '@stylistic': stylistic },
    rules: {
      // TypeScript (vue-tsc) reports undefined names with the right globals for each file.
      'no-undef': 'off',
      'no-control-regex': 'error',
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/semi': ['error', 'never'],
      '@stylistic/max-len': ['error', LINE],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.vue'],
    rules: {
      // Pages and bench fixtures are single words (Table, Faq, [...slug]); library components are Sh-prefixed anyway.
      'vue/multi-word-component-names': 'off',
      // Highlighted text is rendered as keyless fragments: a text segment has no identity, and index keys are banned.
      'vue/require-v-for-key': 'off',
      'vue/valid-v-for': 'off',
      // Templates: vue/max-len also exempts attribute values (class lists) and text.
      '@stylistic/max-len': 'off',
      'vue/max-len': ['error', { ...LINE, ignoreHTMLAttributeValues: true, ignoreHTMLTextContents: true }],
    },
  },
  {
    files: ['src/**/*.vue'],
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    rules: { 'max-lines-per-function': ['error', { max: 60 }] },
  },
])
