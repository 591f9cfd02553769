// P2 (issue 10): the cost of response validation. A 1000-row bond_reference response and a 1000-row
// muni_reference one (nested: advisors, insurers, schedules), taken from the mock as bytes, are read the way the
// client reads a 2xx — `JSON.parse` then `validateResponse` (a read-only check compiled from the operation's
// response schema; zod runs only when it fails) — vs `JSON.parse` alone of the same bytes. Interleaved, per-parse
// medians. Goal ≤ 1.10× (issue 19; it was ≤ 1.25×, met at 1.16–1.25×). The zod schema's own `safeParse` (what the client did before) is reported beside it.
import { pathToFileURL } from 'node:url';
import { importBuilt } from './lib/packages.mjs';
import { startMock } from './lib/servers.mjs';
import { nowMs } from './lib/stats.mjs';

const ROWS = 1000;
const PARSES = 40;
const WARM_UP = 20;

/** The raw bytes of a 1000-row reference answer for `operation`, from the first ISINs a search returns. */
export async function responseText(mock, search, operation) {
  const post = async (op, body) => {
    const response = await fetch(`${mock.url}/api/v1/${op}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${mock.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`P2: ${op} answered ${response.status}: ${text.slice(0, 300)}`);
    return text;
  };
  const { data } = JSON.parse(await post(search, { limit: ROWS }));
  const isins = data.map((row) => row.isin);
  if (isins.length < ROWS) throw new Error(`P2: ${search} found ${isins.length} bonds, need ${ROWS}`);
  // The real API caps nothing but the 1000-object response (CONTRACT.md §2); ask in chunks in case the mock caps
  // ISINs per request, then assemble one 1000-row envelope as the API would send it.
  const rows = [];
  for (let i = 0; i < isins.length; i += 100) {
    rows.push(...JSON.parse(await post(operation, { isins: isins.slice(i, i + 100) })).data);
  }
  if (rows.length !== ROWS)
    throw new Error(`P2: ${operation} returned ${rows.length} rows, expected ${ROWS}`);
  return JSON.stringify({ data: rows, total: rows.length });
}

export const scenario = {
  id: 'P2',
  title: 'response validation (schema parse vs JSON.parse)',
  needs: ['core', 'mock-server'],
  runs: 5,
  figures: [
    {
      key: 'bond_reference',
      name: 'P2 bond_reference 1000 rows: JSON.parse+schema vs JSON.parse',
      unit: 'ms',
      goal: { op: '<=', value: 1.1, of: 'ratio' },
    },
    {
      key: 'muni_reference',
      name: 'P2 muni_reference 1000 rows (nested): JSON.parse+schema vs JSON.parse',
      unit: 'ms',
      goal: { op: '<=', value: 1.1, of: 'ratio' },
    },
    {
      key: 'bond_reference:zod',
      name: 'P2 (info) bond_reference 1000 rows: JSON.parse+zod safeParse vs JSON.parse',
      unit: 'ms',
      goal: null,
    },
    {
      key: 'muni_reference:zod',
      name: 'P2 (info) muni_reference 1000 rows: JSON.parse+zod safeParse vs JSON.parse',
      unit: 'ms',
      goal: null,
    },
  ],
  async setup() {
    const { operations, validateResponse } = await importBuilt('core');
    const mock = await startMock();
    const cases = {};
    try {
      for (const [operation, search] of [
        ['bond_reference', 'bond_search'],
        ['muni_reference', 'muni_search'],
      ]) {
        const text = await responseText(mock, search, operation);
        const schema = operations[operation].response;
        if (
          !schema.safeParse(JSON.parse(text)).success ||
          !validateResponse(operation, JSON.parse(text)).success
        )
          throw new Error(`P2: the mock's ${operation} answer fails its own schema`);
        const validate = (doc) => validateResponse(operation, doc);
        const zod = (doc) => schema.safeParse(doc);
        cases[operation] = { text, validate, bytes: text.length };
        cases[`${operation}:zod`] = { text, validate: zod, bytes: text.length };
      }
    } finally {
      await mock.close();
    }
    for (const { text, validate } of Object.values(cases)) {
      for (let i = 0; i < WARM_UP; i++) validate(JSON.parse(text));
    }
    return { cases };
  },
  async measure({ cases }, run) {
    const out = [];
    for (const [key, { text, validate }] of Object.entries(cases)) {
      const validated = [];
      const parsed = [];
      let sink = 0;
      const withSchema = () => {
        const start = nowMs();
        const result = validate(JSON.parse(text));
        validated.push(nowMs() - start);
        if (!result.success) throw new Error(`P2: ${key} failed validation`);
        sink += result.data.data.length;
      };
      const parseOnly = () => {
        const start = nowMs();
        const doc = JSON.parse(text);
        parsed.push(nowMs() - start);
        sink += doc.data.length;
      };
      for (let i = 0; i < PARSES; i++) {
        if ((i + run) % 2 === 0) {
          withSchema();
          parseOnly();
        } else {
          parseOnly();
          withSchema();
        }
      }
      if (sink !== 2 * PARSES * ROWS) throw new Error('P2: lost rows');
      const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      out.push({
        key,
        value: mid(validated),
        baseline: mid(parsed),
        samples: validated,
        baselineSamples: parsed,
      });
    }
    return out;
  },
  report({ cases }) {
    return Object.entries(cases)
      .filter(([key]) => !key.endsWith(':zod'))
      .map(([key, c]) => `  ${key}: ${(c.bytes / 1024).toFixed(0)} KB of JSON, ${ROWS} rows`)
      .join('\n');
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const context = await scenario.setup();
  for (const f of await scenario.measure(context, 0)) {
    console.log(
      `${f.key}: schema ${f.value.toFixed(2)} ms, JSON.parse ${f.baseline.toFixed(2)} ms, ${(f.value / f.baseline).toFixed(2)}×`,
    );
  }
  console.log(scenario.report(context));
}
