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
    // Deliberate: the query key names the data (operation + canonical params), not the client object, so a
    // server-prefetched entry hydrates into the browser's cache although the browser's client is another object
    // (test/ssr.test.tsx); the rule would demand the client in the key. One QueryClient per data source instead
    // (react-hooks README, "Query keys and invalidation"). Body and limit are in the key already, canonicalised.
    files: [
      'packages/react-hooks/src/options/query-options.ts',
      'packages/react-hooks/src/options/infinite-query-options.ts',
    ],
    rules: { '@tanstack/query/exhaustive-deps': 'off' },
  },
];
