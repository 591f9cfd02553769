#!/usr/bin/env node
// Sums the test runners' own JSON reports (vitest `.reports/vitest.json`, Playwright `.reports/playwright.json`)
// from every workspace package into the single line CI reads: `N passed, N failed`.
// A skipped or todo test counts as failed: a skipped test is a defect here (README "Standards").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../..');
let passed = 0;
let failed = 0;
const rows = [];
const failures = [];
// One line per failed test, so the tail of a CI log names what failed, not only how many. Names and messages come
// from test output (colour codes, hostile strings under test): control characters are shown as `?`.
const firstLine = (message) =>
  String(message ?? '')
    .split('\n')[0]
    .slice(0, 200)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
function collectVitestFailures(report, where) {
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
      failures.push(`${where}: ${firstLine(file.name)}: ${firstLine(file.message)}`);
    }
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') continue;
      failures.push(
        `${where}: ${firstLine(test.fullName)} [${test.status}] ${firstLine(test.failureMessages?.[0])}`,
      );
    }
  }
}
function collectPlaywrightFailures(suites, where) {
  for (const suite of suites ?? []) {
    for (const spec of suite.specs ?? []) {
      if (!spec.ok) failures.push(`${where}: ${firstLine(spec.file)} > ${firstLine(spec.title)}`);
    }
    collectPlaywrightFailures(suite.suites, where);
  }
}
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name, '.reports');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      let p = 0;
      let f = 0;
      if (typeof report.numPassedTests === 'number') {
        p = report.numPassedTests;
        f = report.numFailedTests + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
        if (report.success === false && f === 0) f = 1; // a suite that failed to load has no failed tests
        const named = failures.length;
        if (f) collectVitestFailures(report, `${group}/${name}`);
        // Failed, yet no file or test says so (an unhandled error): still one line, never two for one cause.
        if (f && failures.length === named) {
          failures.push(
            `${group}/${name}: the run failed outside any test (unhandled error or a file that did not load)`,
          );
        }
      } else if (report.stats) {
        p = report.stats.expected + (report.stats.flaky ?? 0);
        f = report.stats.unexpected + (report.stats.skipped ?? 0);
        if (f) collectPlaywrightFailures(report.suites, `${group}/${name}`);
      }
      rows.push(`${group}/${name}/${file}: ${p} passed, ${f} failed`);
      passed += p;
      failed += f;
    }
  }
}
for (const row of rows) console.log(`  ${row}`);
for (const failure of failures) console.log(`  FAILED ${failure}`);
if (rows.length === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
