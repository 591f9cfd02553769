#!/usr/bin/env node
// The `terrapin-mock` command. A committed shim rather than `dist/bin.js` itself, so that `pnpm install` in a fresh
// clone can link the command before anything is built (it warned "Failed to create bin" for every dependent).
import '../dist/bin.js';
