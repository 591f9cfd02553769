/**
 * The part of OpenAPI 3.0 that spec/openapi.yaml uses, with the extensions it adds (`x-check`, `x-transform`,
 * `x-known-values`, `x-evidence`). Typed here so the model can be written as plain functions over data.
 */
export interface SchemaObject {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  $ref?: string;
  anyOf?: readonly SchemaObject[];
  properties?: Record<string, SchemaObject>;
  required?: readonly string[];
  items?: SchemaObject;
  enum?: readonly (string | null)[];
  nullable?: boolean;
  format?: string;
  description?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  /** Response values seen in the docs, without a promise that the set is closed. */
  'x-known-values'?: readonly (string | null)[];
  /** Where a fact comes from; "open set" marks a request enum the SDK must not close. */
  'x-evidence'?: string;
  /** A server-side check: `valid_check_digit` (ISIN) or `end_date_gte_start_date`. */
  'x-check'?: string;
  'x-check-error'?: string;
  /** `upcase`: the server trims and upper-cases the value. */
  'x-transform'?: string;
}

export interface MediaType {
  schema?: SchemaObject;
}

export interface ResponseObject {
  content?: Record<string, MediaType>;
  $ref?: string;
}

export interface OperationObject {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in?: string }[];
  requestBody: { content: Record<string, MediaType> };
  /** Keyed by status code (`'200'`, `'422'`, `'5XX'`…); only the 200 answer shapes the SDK's types. */
  responses: Record<string, ResponseObject>;
}

export interface TagObject {
  name: string;
  description?: string;
}

export interface Spec {
  tags?: TagObject[];
  paths: Record<string, { post?: OperationObject }>;
  components: { schemas: Record<string, SchemaObject> };
  'x-contract-notes': { quotas: { consumes_data_quota: string[] } };
}
