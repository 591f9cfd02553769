// API reference options for this package: entry points come from package.json `exports` (see the docs-site package).
import { packageTypedocOptions } from '../docs-site/typedoc-package.mjs';

export default packageTypedocOptions(import.meta.url);
