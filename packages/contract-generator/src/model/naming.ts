import type { Node } from './node';
import type { Shared, Usage } from './share';
import { camel, commonPrefix, commonWords, pascal, sharedWords, singular, words } from './words';

/** Words that say what a declaration is, not what it holds: left out when owners' names are compared. */
const ROLE_WORDS = new Set(['request', 'item', 'result', 'record']);
const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof let new null return super switch this throw true try typeof var void while with yield'.split(
    ' ',
  ),
);

const ownerWords = (owner: string) => words(owner).filter((w) => !ROLE_WORDS.has(w));

/** The words of the key a schema is used under; an array's items take the singular (`cashflows` → `cashflow`). */
function usageWords(usage: Usage): string[] {
  if (usage.position === 'root' || !usage.property) return ownerWords(usage.owner);
  const parts = words(usage.property);
  if (usage.position === 'item') parts.push(singular(parts.pop() ?? ''));
  return parts;
}

/**
 * What a schema is, in words, from its structure: `optional nullable string` for
 * `z.optional(z.nullable(z.string()))`, `optional non negative int` for `z.optional(int().check(z.gte(0)))`.
 */
export function structuralWords(node: Node): string[] {
  if (node.kind === 'check') return [...node.checks.flatMap(checkWords), ...structuralWords(node.target)];
  if (node.kind !== 'call') return [];
  const base = BASE_WORDS[node.callee];
  if (base) return base;
  const inner = node.args[0];
  const own = node.callee.replace(/^z\./, '');
  return [...words(own), ...(inner ? structuralWords(inner) : [])];
}

const BASE_WORDS: Record<string, string[]> = {
  'z.enum': ['enum'],
  openEnum: ['enum'],
  isoDate: ['iso', 'date'],
  int: ['int'],
};

function checkWords(check: Node): string[] {
  if (check.kind !== 'call') return [];
  const arg = check.args[0];
  const n = arg?.kind === 'json' ? arg.value : undefined;
  if (check.callee === 'z.gte' && n === 0) return ['non', 'negative'];
  if (check.callee === 'z.minLength' && n === 1) return ['non', 'empty'];
  const name = words(check.callee.replace(/^z\./, ''));
  return typeof n === 'number' ? [...name, String(n)] : name;
}

/** The kind of a field schema, said in one word: the suffix of a name that would otherwise be a bare key. */
function kindWord(node: Node): string {
  if (node.kind === 'check') return kindWord(node.target);
  if (node.kind !== 'call') return 'schema';
  if (node.callee === 'z.optional' || node.callee === 'z.nullable') {
    const inner = node.args[0];
    return inner ? kindWord(inner) : 'schema';
  }
  if (node.callee === 'z.array') return 'list';
  return structuralWords(node).at(-1) ?? 'schema';
}

/** True for schemas made of zod calls alone, no values: their structure is the best name. */
const isPurelyStructural = (node: Node): boolean =>
  node.kind === 'call' && node.typeArg === undefined && node.args.every((a) => isPurelyStructural(a));

/**
 * Names for the shared schemas, derived from where they are used:
 * - records: the words their keys share, e.g. the items of `cashflows` → `CashflowRecord`, the answers of
 *   `agency_pricing_latest` and `agency_pricing_history` → `AgencyPricingRecord`;
 * - fields made of zod calls alone: their structure (`optionalNullableString`);
 * - other fields: the words their keys share (`issue_rating_group`, `rating_group` → `ratingGroup`), after the
 *   words their owners start with (`muni_stats_*` → `muniStatsInterestTypes`); a one-word name takes the words
 *   its owners share (`cashflowType`) or else its kind (`isinString`); when the keys share nothing, the
 *   structure with its checks (`optionalNonNegativeInt`).
 * A name already taken is qualified by its owners' words, then numbered.
 * @param taken names declared elsewhere in the module (components, imports, operation types).
 */
export function nameShared(
  shared: readonly Shared[],
  usages: ReadonlyMap<string, readonly Usage[]>,
  taken: ReadonlySet<string>,
): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set(taken);
  // A use at the top of another shared schema (`z.array(isinString)`) is a use under that schema's keys and owners.
  const expand = (u: Usage): Usage[] =>
    !u.property && usages.has(u.owner)
      ? (usages.get(u.owner) ?? []).flatMap(expand).map((outer) => ({ ...outer, position: u.position }))
      : [{ ...u, owner: names.get(u.owner) ?? u.owner }];
  for (const s of shared) {
    const uses = (usages.get(s.id) ?? []).flatMap(expand);
    const owners = uses.map((u) => ownerWords(u.owner));
    const keys = uses.map(usageWords);
    const candidates = s.kind === 'record' ? recordNames(keys, owners) : fieldNames(s.node, keys, owners);
    const name =
      candidates.find((c) => c && !used.has(c) && !RESERVED.has(c)) ?? numbered(candidates[0], used);
    used.add(name);
    names.set(s.id, name);
  }
  return names;
}

function recordNames(keys: string[][], owners: string[][]): string[] {
  const base = sharedWords(keys);
  const qualifier = commonPrefix(owners).filter((w) => !base.includes(w));
  const stem = base.length ? base : qualifier.length ? qualifier : ['shared'];
  return [pascal([...stem, 'record']), pascal([...qualifier, ...stem, 'record'])];
}

function fieldNames(node: Node, keys: string[][], owners: string[][]): string[] {
  const structural = camel(structuralWords(node));
  const base = sharedWords(keys);
  if (isPurelyStructural(node) || !base.length) return [structural];
  const prefix = commonPrefix(owners);
  const qualifier =
    prefix.length || base.length > 1 ? prefix : commonWords(owners).filter((w) => !base.includes(w));
  const kind = kindWord(node);
  // `isinList`, not `isinsList`: the kind already says there are several.
  const stem = kind === 'list' ? [...base.slice(0, -1), singular(base.at(-1) ?? '')] : base;
  const named = qualifier.length || base.length > 1 ? [...qualifier, ...base] : [...stem, kind];
  return [camel(named), camel([...commonWords(owners), ...named]), structural];
}

function numbered(name = 'shared', used: ReadonlySet<string>): string {
  let n = 2;
  while (used.has(`${name}${n}`)) n++;
  return `${name}${n}`;
}
