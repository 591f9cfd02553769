import * as z from 'zod/mini';

/**
 * Builds an object schema. The generated request schemas take the factory as a parameter so one definition yields
 * both the client's lenient schema (unknown keys pass through to the server, whose spec we only partly know) and
 * the mock server's strict one (unknown keys rejected, as the real API does: CONTRACT.md §1).
 * It is typed as `z.object` so the TypeScript param types list only known fields (a typo such as `countriez` is a
 * compile error), while at run time the lenient or strict factory is passed.
 */
export type ObjectFactory = typeof z.object;

/**
 * A response enum that stays open: known values give autocomplete, unseen values still parse (CONTRACT.md §8).
 * The known values are kept on the schema for tools (the mock server draws from them).
 */
export function openEnum<const T extends readonly string[]>(
  values: T,
): z.ZodMiniType<T[number] | (string & {})> {
  const schema = z.string() as unknown as z.ZodMiniType<T[number] | (string & {})>;
  knownValues.set(schema, values);
  return schema;
}
const knownValues = new WeakMap<object, readonly string[]>();

/** Known values of an {@link openEnum} schema, or `undefined` for other schemas. */
export function openEnumValues(schema: unknown): readonly string[] | undefined {
  return typeof schema === 'object' && schema !== null ? knownValues.get(schema) : undefined;
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
  return z.superRefine((value: Record<string, unknown>, ctx) => {
    const from = value[start];
    const to = value[end];
    if (typeof from === 'string' && typeof to === 'string' && to < from) {
      ctx.issues.push({ code: 'custom', message, path: [end], input: to });
    }
  });
}

/** Field facts used to derive CLI flags and documentation from the spec. */
export interface FieldMeta {
  name: string;
  type: string;
  items?: string;
  format?: 'date' | 'isin';
  enum?: string[];
  required: boolean;
  minimum?: number;
  maximum?: number;
  description?: string;
}

interface OperationSpec<Name extends string, Req extends z.ZodMiniType, Res, Item> {
  name: Name;
  path: `/api/v1/${Name}`;
  namespace: 'bonds' | 'agency' | 'munis' | null;
  method: string;
  summary: string;
  description: string;
  buildRequest: (obj: ObjectFactory) => Req;
  response: Res;
  item: Item;
  consumesQuota: boolean;
  paginated: boolean;
  hasLimit: boolean;
  isinField: 'isins' | 'isin' | null;
  bodyIsArray: boolean;
  acceptsCsv: boolean;
  fields: readonly FieldMeta[];
}

/** One entry of the operations table. */
export interface OperationDefinition<
  Name extends string = string,
  Req extends z.ZodMiniType = z.ZodMiniType,
  Res = unknown,
  Item = unknown,
> extends Omit<OperationSpec<Name, Req, Res, Item>, 'buildRequest'> {
  /** Request schema used by the SDK: known fields typed and checked, unknown fields passed through. */
  readonly request: Req;
  /** Request schema with unknown fields rejected at every level, as the real API does (used by the mock). */
  readonly strictRequest: Req;
}

/** Turns a generated spec entry into a table entry; the strict schema is built on first use only. */
export function defineOperation<Name extends string, Req extends z.ZodMiniType, Res, Item>(
  spec: OperationSpec<Name, Req, Res, Item>,
): OperationDefinition<Name, Req, Res, Item> {
  const { buildRequest, ...facts } = spec;
  let strict: Req | undefined;
  return {
    ...facts,
    request: buildRequest(z.looseObject as unknown as ObjectFactory),
    get strictRequest() {
      strict ??= buildRequest(z.strictObject as unknown as ObjectFactory);
      return strict;
    },
  };
}
