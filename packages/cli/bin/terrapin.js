#!/usr/bin/env node
// The `terrapin` command. A committed shim rather than `dist/bin.js` itself, so that `pnpm install` in a fresh
// clone can link the command for the packages that depend on the CLI before anything is built (it warned "Failed to
// create bin" for each of them), as `terrapin-mock` does.
import '../dist/bin.js';
