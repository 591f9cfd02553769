// The packages we publish (lockstep, see .changeset/config.json). Scripts iterate this list.
export const publicPackages = [
  { name: '@terrapin/core', dir: 'packages/core' },
  { name: '@terrapin/mock-server', dir: 'packages/mock-server' },
  { name: '@terrapin/react-hooks', dir: 'packages/react-hooks' },
  { name: '@terrapin/express-middleware', dir: 'packages/express-middleware' },
  { name: '@terrapin/cli', dir: 'packages/cli' },
];
