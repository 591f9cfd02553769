import * as z from 'zod/mini';
import type { namespaces } from './namespaces.generated';

/**
 * Builds an object schema. The generated request schemas take the factory as a parameter so one definition yields
 * both the client's lenient schema (unknown keys pass through to the server, whose spec we only partly know) and
 * the mock server's strict one (unknown keys rejected, as the real API does: CONTRACT.md §1).
 * It is typed as `z.object` so the TypeScript param types list only known fields (a typo such as `countriez` is a
 * compile error), while at run time the lenient or strict factory is passed.
 */
export type ObjectFactory = typeof z.object;

/**
 * A response enum that stays open: the known values give autocomplete, unseen values still parse (CONTRACT.md §8).
 * The values live in the type only (`openEnum<['bearer', 'registered']>()`): at run time this is `z.string()`, so
 * the browser bundle does not carry lists nothing reads. Tools that want them read the spec.
 */
export function openEnum<const T extends readonly string[]>(): z.ZodMiniType<T[number] | (string & {})> {
  const schema: z.ZodMiniType<T[number] | (string & {})> = z.string();
  return schema;
}

// ---- Request formats. `z.iso.date()` and `z.int()` would pull zod's string- and number-format machinery into the
// browser bundle (≈1.4 KB gzip, bench P5) for two small tests. These run the same tests on plain `z.string()` /
// `z.number()` and report the same issues as zod would (code, format, expected, origin), so validate.ts words them
// the same way and the pointers do not change.

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for `YYYY-MM-DD` naming a day that exists (`2024-02-29` yes, `2023-02-29` no): what `z.iso.date()` accepts. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : MONTH_DAYS[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** A date string `YYYY-MM-DD` of an existing day; invalid ones get zod's `invalid_format` issue (format `date`). */
export function isoDate() {
  return z.string().check(
    z.check<string>((payload) => {
      if (isIsoDate(payload.value)) return;
      payload.issues.push({
        code: 'invalid_format',
        format: 'date',
        origin: 'string',
        input: payload.value,
        continue: true,
      });
    }),
  );
}

/**
 * A safe integer, as `z.int()`: a fraction gets `invalid_type` (expected `int`) and stops further checks; an integer
 * beyond ±(2^53 − 1) gets `too_big` / `too_small`, and later checks (ranges) still run.
 */
export function int() {
  return z.number().check(
    z.check<number>((payload) => {
      const input = payload.value;
      if (!Number.isInteger(input)) {
        payload.issues.push({
          code: 'invalid_type',
          expected: 'int',
          format: 'safeint',
          input,
          continue: false,
        });
      } else if (!Number.isSafeInteger(input)) {
        payload.issues.push(
          input > 0
            ? {
                code: 'too_big',
                origin: 'int',
                maximum: Number.MAX_SAFE_INTEGER,
                inclusive: true,
                input,
                continue: true,
              }
            : {
                code: 'too_small',
                origin: 'int',
                minimum: Number.MIN_SAFE_INTEGER,
                inclusive: true,
                input,
                continue: true,
              },
        );
      }
    }),
  );
}

/** The success envelope `{ data, total }` (CONTRACT.md §2); extra top-level keys are kept. */
export function envelope<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({ data: z.array(item), total: z.number() });
}

/** Marker for operations whose 200 body is raw bytes (`download_document`), never JSON. */
export const binaryResponse = { kind: 'binary' } as const;
/** Type of {@link binaryResponse}. */
export type BinaryResponse = typeof binaryResponse;

/** Object-level check: `end` must not precede `start` (both `YYYY-MM-DD`, so string order is date order). */
export function endNotBeforeStart(start: string, end: string, message: string) {
  // z.check, not z.superRefine: the same payload, without the wrapper (one less zod piece in the browser bundle).
  return z.check<Record<string, unknown>>((payload) => {
    const from = payload.value[start];
    const to = payload.value[end];
    if (typeof from === 'string' && typeof to === 'string' && to < from) {
      payload.issues.push({ code: 'custom', message, path: [end], input: to });
    }
  });
}

interface OperationSpec<Req extends z.ZodMiniType, Item> {
  /** The client namespace (`namespaces` key), or null for a top-level method. */
  namespace: keyof typeof namespaces | null;
  method: string;
  buildRequest: (obj: ObjectFactory) => Req;
  /** Schema of one `data` row; `null` for the operation that answers with bytes. */
  item: Item;
  consumesQuota: boolean;
  paginated: boolean;
  hasLimit: boolean;
  isinField: 'isins' | 'isin' | null;
  bodyIsArray: boolean;
  acceptsCsv: boolean;
  /**
   * Request fields the body must carry (empty for a top-level-array body). Kept at run time for callers that wait
   * for required input (the hooks' `enabled`); the full field metadata lives in `@terrapin/core/docs`.
   */
  requiredFields: readonly string[];
}

/** The response schema an item implies: the `{ data, total }` envelope of it, or bytes when there is no item. */
export type ResponseOf<Item> = Item extends z.ZodMiniType
  ? ReturnType<typeof envelope<Item>>
  : BinaryResponse;

/** One entry of the operations table. */
export interface OperationDefinition<
  Name extends string = string,
  Req extends z.ZodMiniType = z.ZodMiniType,
  Res = unknown,
  Item = unknown,
> extends Omit<OperationSpec<Req, Item>, 'buildRequest'> {
  /** Schema of a whole answer: `envelope(item)`, or {@link binaryResponse} for `download_document`. */
  readonly response: Res;
  /** The API's operation name, e.g. `'bond_search'` (the table key). */
  readonly name: Name;
  /** `POST` path of the operation: `/api/v1/<name>`. */
  readonly path: `/api/v1/${Name}`;
  /** Request schema used by the SDK: known fields typed and checked, unknown fields passed through. */
  readonly request: Req;
  /** Request schema with unknown fields rejected at every level, as the real API does (used by the mock). */
  readonly strictRequest: Req;
}

/**
 * Presents the lenient or strict factory as {@link ObjectFactory}, the `z.object` type the generated builders are
 * written against. Sound for them: all three take the same shape and build the same typed fields; they differ only
 * in what happens to unknown keys, a run-time policy the param types deliberately leave out. The one cast for it.
 */
function asObjectFactory(factory: typeof z.looseObject | typeof z.strictObject): ObjectFactory {
  return factory as ObjectFactory;
}

/**
 * The response schema of an item, typed by it. The cast is sound (the branch taken is the one the type picks), but
 * TypeScript does not narrow a generic through a run-time check.
 */
function responseOf<Item extends z.ZodMiniType | null>(item: Item): ResponseOf<Item> {
  return (item === null ? binaryResponse : envelope(item)) as ResponseOf<Item>;
}

/**
 * Turns a generated spec entry into a table entry: adds the name, its path and the response schema its item
 * implies, builds the lenient request schema; the strict one is built on first use only.
 */
export function defineOperation<
  Name extends string,
  Req extends z.ZodMiniType,
  Item extends z.ZodMiniType | null,
>(name: Name, spec: OperationSpec<Req, Item>): OperationDefinition<Name, Req, ResponseOf<Item>, Item> {
  const { buildRequest, ...facts } = spec;
  let strict: Req | undefined;
  return {
    name,
    path: `/api/v1/${name}`,
    ...facts,
    response: responseOf(spec.item),
    request: buildRequest(asObjectFactory(z.looseObject)),
    get strictRequest() {
      strict ??= buildRequest(asObjectFactory(z.strictObject));
      return strict;
    },
  };
}
