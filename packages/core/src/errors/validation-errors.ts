import { describeErrorItems, requestIdSuffix, type TerrapinErrorItem, withHint } from './error-item';
import { TerrapinError } from './terrapin-error';

/**
 * The request body failed the contract's checks before anything was sent (no quota, no rate-limit unit spent).
 * `errors` has the same shape as a server 422: `title`, `detail`, `source.pointer` (and `pointer`), with pointers
 * into the body you passed (for ISIN lists, indices into your original array).
 */
export class TerrapinRequestValidationError extends TerrapinError {
  static override readonly kind: string = 'TerrapinRequestValidationError';
  /** The operation whose request was refused. */
  readonly operation: string;
  /** 422-shaped items with JSON pointers into your request body. */
  readonly errors: TerrapinErrorItem[];

  constructor(operation: string, errors: TerrapinErrorItem[]) {
    super(`Invalid request to ${operation} (nothing was sent): ${describeErrorItems(errors)}`);
    this.operation = operation;
    this.errors = errors;
  }
}

/**
 * A 2xx whose body is not JSON, or not the `{ data, total }` envelope the contract describes. Never a raw
 * `SyntaxError`. Set `validateResponses: 'warn'` (or `'off'`) to accept bodies that only drift from the schema.
 */
export class TerrapinResponseValidationError extends TerrapinError {
  static override readonly kind: string = 'TerrapinResponseValidationError';
  readonly operation: string;
  readonly status: number;
  readonly requestId: string | null;
  /** Where the body departs from the contract: pointers into the response body, e.g. `/data/0/isin`. */
  readonly errors: TerrapinErrorItem[];
  /** Raw body (truncated) when it was not JSON, else `null`. */
  readonly body: string | null;

  constructor(init: {
    operation: string;
    status: number;
    requestId: string | null;
    errors: TerrapinErrorItem[];
    body?: string | null;
    summary: string;
    hint?: string;
  }) {
    super(
      `${withHint(`${init.summary}: ${describeErrorItems(init.errors)}`, init.hint)}${requestIdSuffix(init.requestId)}`,
    );
    this.operation = init.operation;
    this.status = init.status;
    this.requestId = init.requestId;
    this.errors = init.errors;
    this.body = init.body ?? null;
  }
}
