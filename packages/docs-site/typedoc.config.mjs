// `pnpm run docs`: one static site with the API reference of every public package (TypeDoc's `packages` strategy over
// scripts/public-packages.mjs, each package's entry points taken from its `exports`) and the guides in docs/guides
// as project documents. Validation warnings are errors: an undocumented public export, a broken relative link or an
// unresolved {@link} fails the build.
import { OptionDefaults } from 'typedoc';
import { publicPackages } from '../../scripts/public-packages.mjs';

// TypeDoc's languages plus JSX: the hooks README's Next.js pages are .jsx files as an app writes them.
const highlightLanguages = [...OptionDefaults.highlightLanguages, 'jsx'];

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'Terrapin SDK',
  entryPointStrategy: 'packages',
  entryPoints: publicPackages.map((p) => `../../${p.dir}`),
  out: 'site',
  readme: '../../README.md',
  projectDocuments: ['../../docs/guides/*.md'],
  // No git remote in this repository: source links would be broken.
  disableSources: true,
  // Options every package's conversion runs with (the `packages` strategy does not pass root options down).
  packageOptions: {
    excludePrivate: true,
    excludeInternal: true,
    disableSources: true,
    // "A public export without TSDoc" fails: every exported declaration and every method must say what it is.
    // (Properties of generated API rows are described by the API's own field docs, `@terrapin/core/docs`.)
    requiredToBeDocumented: [
      'Enum',
      'Variable',
      'Function',
      'Class',
      'Interface',
      'TypeAlias',
      'Namespace',
      'Method',
      'Accessor',
    ],
    validation: {
      notExported: true,
      invalidLink: true,
      invalidPath: true,
      rewrittenLink: true,
      notDocumented: true,
    },
  },
  highlightLanguages,
  includeVersion: false,
  navigation: { includeCategories: false, includeGroups: false, includeFolders: false },
  validation: {
    notExported: true,
    invalidLink: true,
    invalidPath: true,
    rewrittenLink: true,
    notDocumented: true,
  },
  treatWarningsAsErrors: true,
  treatValidationWarningsAsErrors: true,
};
