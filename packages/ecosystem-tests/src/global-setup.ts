import type { TestProject } from 'vitest/node';
import { packPublicPackages } from './pack';

/** Packs the public packages once per run and hands the tarball paths to every test file. */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('tarballs', await packPublicPackages());
}
