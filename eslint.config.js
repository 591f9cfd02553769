// ESLint runs only the rules Biome does not have: TanStack Query's and React's hooks rules, over the hooks package
// and the example app. Biome stays the linter and formatter for everything else (`pnpm lint`).
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.reports/**', '**/test-results/**'] },
  {
    files: ['packages/react-hooks/{src,test}/**/*.{ts,tsx}', 'apps/bond-screener/{src,test}/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@tanstack/query': pluginQuery, 'react-hooks': reactHooks },
    rules: {
      ...pluginQuery.configs['flat/recommended'][0].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Known, not yet fixed (issue 15): the client is not part of the query key, so two clients sharing one
    // QueryClient would share cache entries. The fix is a per-client identity in the key; until it lands these two
    // option factories are exempt from this one rule (body and limit are in the key already, canonicalised).
    files: [
      'packages/react-hooks/src/options/query-options.ts',
      'packages/react-hooks/src/options/infinite-query-options.ts',
    ],
    rules: { '@tanstack/query/exhaustive-deps': 'off' },
  },
];
