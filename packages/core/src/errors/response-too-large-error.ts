import { requestIdSuffix } from './error-item';
import { TerrapinError } from './terrapin-error';

/** What {@link TerrapinResponseTooLargeError} is built from. */
export interface ResponseTooLargeInit {
  operation: string;
  url: string;
  status: number;
  requestId: string | null;
  /** The limit that was passed, in bytes. */
  limitBytes: number;
  /** The client option that sets it: `maxResponseBytes` (JSON, CSV) or `maxDocumentBytes` (documents). */
  limitOption: 'maxResponseBytes' | 'maxDocumentBytes';
  /** Bytes received when reading stopped, or `null` when the declared `content-length` alone refused the body. */
  receivedBytes: number | null;
  /** The `content-length` the server declared, if any. */
  contentLength: number | null;
}

/** `32 MiB (33554432 bytes)`: the option's value as a person reads it, and exactly. */
function describeBytes(bytes: number): string {
  const units: Array<[string, number]> = [
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
    ['KiB', 2 ** 10],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit} (${bytes} bytes)`;
  }
  return `${bytes} bytes`;
}

/**
 * An answer's body was larger than the client accepts (issue 14 item 3): `maxResponseBytes` for JSON and CSV,
 * `maxDocumentBytes` for `download_document`. The body is refused while it streams in (or at once, from a
 * `content-length` above the limit) and the connection is cancelled, so a huge or endless answer never sits in
 * memory. Not retried: the same request would get the same answer.
 */
export class TerrapinResponseTooLargeError extends TerrapinError {
  static override readonly kind: string = 'TerrapinResponseTooLargeError';
  readonly operation: string;
  readonly url: string;
  readonly status: number;
  readonly requestId: string | null;
  readonly limitBytes: number;
  readonly limitOption: 'maxResponseBytes' | 'maxDocumentBytes';
  readonly receivedBytes: number | null;
  readonly contentLength: number | null;

  constructor(init: ResponseTooLargeInit) {
    const how =
      init.receivedBytes === null
        ? `its content-length says ${init.contentLength} bytes; nothing was read`
        : `reading stopped after ${init.receivedBytes} bytes`;
    const cure =
      init.limitOption === 'maxDocumentBytes'
        ? 'Raise `maxDocumentBytes` if documents this large are expected'
        : 'Ask for less (a smaller `limit`, fewer ISINs per call) or raise `maxResponseBytes`';
    super(
      `${init.operation} answered ${init.status} with a body larger than ${init.limitOption} ` +
        `(${describeBytes(init.limitBytes)}): ${how}. ${cure}${requestIdSuffix(init.requestId)}`,
    );
    this.operation = init.operation;
    this.url = init.url;
    this.status = init.status;
    this.requestId = init.requestId;
    this.limitBytes = init.limitBytes;
    this.limitOption = init.limitOption;
    this.receivedBytes = init.receivedBytes;
    this.contentLength = init.contentLength;
  }
}
