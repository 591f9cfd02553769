import { memberOf } from './member-of';
import { TerrapinError } from './terrapin-error';

/**
 * The runtime refused to read an environment variable the client needed (issue 14 item 12): on Deno without
 * `--allow-env`, reading `TERRAPIN_API_KEY` throws `NotCapable` (Deno 2) or `PermissionDenied` (Deno 1). Told
 * apart from a key that is not set, because the cure differs.
 */
export class TerrapinEnvironmentError extends TerrapinError {
  static override readonly kind: string = 'TerrapinEnvironmentError';
  /** The variable that could not be read, e.g. `TERRAPIN_API_KEY`. */
  readonly variable: string;

  constructor(variable: string, cause: unknown) {
    const causeName = memberOf(cause, 'name');
    const causeMessage = memberOf(cause, 'message');
    const name = typeof causeName === 'string' ? causeName : 'Error';
    const said = typeof causeMessage === 'string' ? causeMessage.slice(0, 200) : String(cause);
    super(
      `Could not read the environment variable ${variable}: the runtime refused (${name}: ${said}). ` +
        'On Deno, grant access with --allow-env=TERRAPIN_API_KEY,TERRAPIN_BASE_URL, or pass `apiKey` and ' +
        '`baseUrl` to createTerrapinClient() yourself',
    );
    this.variable = variable;
  }
}
