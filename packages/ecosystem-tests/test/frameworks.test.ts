import { createTerrapinClient } from '@terrapin/core';
import { params as nextPageParams } from '../fixtures/next/app/params.js';
import { describeTargets, type TargetSpec } from '../src/matrix';
import { sdkUserAgent, V } from '../src/versions';

const react = (version: string): TargetSpec => ({
  name: `React ${version.split('.').slice(0, 2).join('.')}`,
  versions: `react ${version}, @tanstack/react-query ${V.reactQuery}, jsdom ${V.jsdom}`,
  project: {
    id: `react${version.split('.')[0]}`,
    dependencies: {
      react: version,
      'react-dom': version,
      '@tanstack/react-query': V.reactQuery,
      jsdom: V.jsdom,
    },
    terrapin: ['@terrapin/react-hooks'],
    files: ['react'],
  },
  command: () => ({ command: process.execPath, args: ['react/react-entry.mjs'] }),
  checks: ['render', 'Suspense', 'coalescing'],
});

const express = (version: string): TargetSpec => ({
  name: `Express ${version}`,
  versions: `express ${version}`,
  project: {
    id: `express${version.split('.')[0]}`,
    dependencies: { express: version },
    terrapin: ['@terrapin/express-middleware'],
    files: ['express'],
  },
  command: () => ({ command: process.execPath, args: ['express/express-entry.mjs'] }),
  checks: ['terrapinProxy', 'req.terrapin', 'error handler'],
  userAgent: sdkUserAgent(`node ${process.version}; ${process.platform}-${process.arch}`),
});

const reactApp = {
  react: V.react19,
  'react-dom': V.react19,
  '@tanstack/react-query': V.reactQuery,
};

describeTargets('matrix-frameworks', [
  react(V.react18),
  react(V.react19),
  express(V.express4),
  express(V.express5),
  {
    name: 'Vite',
    versions: `vite ${V.vite}, react ${V.react19}`,
    project: {
      id: 'vite',
      dependencies: { vite: V.vite, ...reactApp },
      terrapin: ['@terrapin/react-hooks'],
      files: ['vite'],
    },
    command: () => ({ command: process.execPath, args: ['vite/build-check.mjs'] }),
    checks: ['build', 'bundle has core', 'no Node built-ins', 'browser build of core'],
  },
  {
    name: 'Next.js',
    versions: `next ${V.next}, react ${V.react19}`,
    project: {
      id: 'next',
      dependencies: { next: V.next, ...reactApp },
      terrapin: ['@terrapin/react-hooks'],
      files: ['next'],
    },
    // The rows the page must carry: what the mock answers for the page's own query.
    command: async (_project, mock) => {
      const client = createTerrapinClient({ apiKey: mock.apiKey, baseUrl: mock.mock.url });
      const { data } = await client.bonds.search(nextPageParams);
      return {
        command: process.execPath,
        args: ['next/build-check.mjs'],
        env: { EXPECT_ISINS: data.map((b) => b.isin).join(',') },
      };
    },
    checks: ['next build', 'prefetched rows in HTML', 'no key in client bundles'],
    timeoutMs: 300_000,
  },
]);
