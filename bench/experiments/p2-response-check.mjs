// Experiment for P2 (issue 10): what would bring response validation near JSON.parse? Reads the same 1000-row
// bond_reference and muni_reference answers as P2 and times, interleaved with JSON.parse alone:
//   - zod/mini as built (object schemas without JIT: every row is copied key by key),
//   - zod classic (JIT fast path for objects; ~20 KB gzip more in the browser, see P5 --explain),
//   - a straight-line predicate generated from the same schemas that checks without copying (what
//     scripts/generate-contract.mjs could emit next to each schema; zod would then run only on failure, for the
//     pointers). The predicate is built with `new Function` here for brevity; emitted as source it needs no eval.
//   node bench/experiments/p2-response-check.mjs
import { startMock } from '../lib/servers.mjs';
import { median } from '../lib/stats.mjs';
import { importCoreVariant } from './core-variants.mjs';

/** Straight-line source of a predicate for a response schema (loose objects, optional/nullable, arrays, unions). */
function predicate(schema) {
  const fns = [];
  const emit = (s, v) => {
    const def = s._zod.def;
    switch (def.type) {
      case 'string':
        return `typeof ${v} === 'string'`;
      case 'number':
        return `(typeof ${v} === 'number' && ${v} - ${v} === 0)`;
      case 'boolean':
        return `typeof ${v} === 'boolean'`;
      case 'unknown':
      case 'any':
        return 'true';
      case 'optional':
        return `(${v} === undefined || ${emit(def.innerType, v)})`;
      case 'nullable':
        return `(${v} === null || ${emit(def.innerType, v)})`;
      case 'union':
        return `(${def.options.map((o) => emit(o, v)).join(' || ')})`;
      case 'array': {
        const id = `f${fns.length}`;
        fns.push('');
        fns[Number(id.slice(1))] =
          `function ${id}(a) { for (let i = 0; i < a.length; i++) { const e = a[i]; if (!(${emit(def.element, 'e')})) return false; } return true; }`;
        return `(Array.isArray(${v}) && ${id}(${v}))`;
      }
      case 'object': {
        const id = `f${fns.length}`;
        fns.push('');
        const fields = Object.keys(def.shape)
          .map(
            (k) => `{ const x = o[${JSON.stringify(k)}]; if (!(${emit(def.shape[k], 'x')})) return false; }`,
          )
          .join(' ');
        fns[Number(id.slice(1))] =
          `function ${id}(o) { if (typeof o !== 'object' || o === null || Array.isArray(o)) return false; ${fields} return true; }`;
        return `${id}(${v})`;
      }
      default:
        throw new Error(`predicate: unsupported schema type ${def.type}`);
    }
  };
  const expression = emit(schema, 'v');
  return new Function(`${fns.join('\n')}\nreturn (v) => ${expression};`)();
}

const mock = await startMock();
const texts = {};
try {
  const post = async (op, body) =>
    (
      await fetch(`${mock.url}/api/v1/${op}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${mock.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).text();
  for (const [op, search] of [
    ['bond_reference', 'bond_search'],
    ['muni_reference', 'muni_search'],
  ]) {
    const isins = JSON.parse(await post(search, { limit: 1000 })).data.map((r) => r.isin);
    const rows = [];
    for (let i = 0; i < 1000; i += 100)
      rows.push(...JSON.parse(await post(op, { isins: isins.slice(i, i + 100) })).data);
    texts[op] = JSON.stringify({ data: rows, total: rows.length });
  }
} finally {
  await mock.close();
}

const mini = await importCoreVariant({ name: 'zod-mini' });
const classic = await importCoreVariant({ name: 'zod-classic', zodClassic: true });
const rows = [];
for (const [op, text] of Object.entries(texts)) {
  const check = predicate(mini.operations[op].response);
  const variants = {
    'JSON.parse': () => JSON.parse(text),
    'zod/mini (as built)': () => mini.operations[op].response.safeParse(JSON.parse(text)).success || fail(op),
    'zod classic (JIT)': () =>
      classic.operations[op].response.safeParse(JSON.parse(text)).success || fail(op),
    'generated check, no copy': () => check(JSON.parse(text)) || fail(op),
  };
  const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const names = Object.keys(variants);
  for (let i = 0; i < 60; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length];
      const t0 = performance.now();
      variants[name]();
      if (i >= 10) times[name].push(performance.now() - t0);
    }
  }
  const base = median(times['JSON.parse']);
  for (const name of names) {
    rows.push({
      response: op,
      variant: name,
      'ms (median)': Number(median(times[name]).toFixed(2)),
      ratio: Number((median(times[name]) / base).toFixed(2)),
    });
  }
}
console.table(rows);

function fail(op) {
  throw new Error(`${op}: a variant rejected the mock's answer`);
}
