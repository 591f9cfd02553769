import {
  context,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import type { TerrapinCallObserver, TerrapinHooks } from '../client/hooks';
import type { TerrapinClient } from '../client/types';
import { SDK_VERSION } from '../client/version';
import { ATTR, resultAttributes, retryAttributes } from './attributes';

/** Options of {@link terrapinTracing}. */
export interface TerrapinTracingOptions {
  /**
   * Tracer for the spans.
   * @default tracerProvider.getTracer('@terrapin/core', SDK_VERSION)
   */
  tracer?: Tracer;
  /**
   * Where the default tracer comes from (ignored when `tracer` is given). Looked up at each call, so a provider
   * registered after the client was made is still used.
   * @default the global provider (`trace.getTracerProvider()`)
   */
  tracerProvider?: TracerProvider;
}

/**
 * OpenTelemetry tracing for a Terrapin client, as client options: spread the result into `createTerrapinClient`
 * (or `terrapinProxy`, or `client.withOptions`). Each logical call (one method call, retries and ISIN chunks
 * included) becomes one `CLIENT` span named `terrapin <operation>`, a child of the context active when the method
 * was called (an incoming request's span, under a context manager), with `terrapin.operation`,
 * `http.response.status_code`, `terrapin.request_id`, `terrapin.attempts`, `terrapin.pacing_wait_ms` and
 * `terrapin.ratelimit.remaining`; a `terrapin.retry` event per retry; status `ERROR` with `error.type` and the
 * exception when the call throws. The call runs inside the span's context, so HTTP instrumentation nests under it.
 *
 * Needs `@opentelemetry/api` (an optional peer dependency: install it, `npm i @opentelemetry/api`); the main
 * `@terrapin/core` entry never loads it.
 * @example
 * import { createTerrapinClient } from '@terrapin/core';
 * import { terrapinTracing } from '@terrapin/core/otel';
 * const terrapin = createTerrapinClient({ ...terrapinTracing() });
 */
export function terrapinTracing(
  options: TerrapinTracingOptions = {},
): Required<Pick<TerrapinHooks, 'onCall'>> {
  const tracer = (): Tracer =>
    options.tracer ??
    (options.tracerProvider ?? trace.getTracerProvider()).getTracer('@terrapin/core', SDK_VERSION);
  return {
    onCall: ({ operation }) => {
      const parent = context.active();
      const span = tracer().startSpan(
        `terrapin ${operation}`,
        { kind: SpanKind.CLIENT, attributes: { [ATTR.operation]: operation } },
        parent,
      );
      return observerFor(span, trace.setSpan(parent, span));
    },
  };
}

/**
 * A client like `client` whose calls are traced (`client.withOptions(terrapinTracing(options))`: it shares the
 * original's rate limiter and quota ledger). Replaces any `onCall` the client had.
 */
export function instrumentTerrapin(
  client: TerrapinClient,
  options: TerrapinTracingOptions = {},
): TerrapinClient {
  return client.withOptions(terrapinTracing(options));
}

/**
 * The string `name` and `message` of a thrown value, read the way `error.name` reads them (own or inherited, as
 * an Error's `name` is). Errors reach the observer untyped: a thrown value may be anything.
 */
function errorText(error: unknown): { name?: string; message?: string } {
  if ((typeof error !== 'object' && typeof error !== 'function') || error === null) return {};
  return {
    name: 'name' in error && typeof error.name === 'string' ? error.name : undefined,
    message: 'message' in error && typeof error.message === 'string' ? error.message : undefined,
  };
}

function observerFor(span: Span, spanContext: ReturnType<typeof context.active>): TerrapinCallObserver {
  return {
    run: (fn) => context.with(spanContext, fn),
    onRetry: (info) => {
      span.addEvent('terrapin.retry', retryAttributes(info));
    },
    onEnd: (result) => {
      span.setAttributes(resultAttributes(result));
      if (result.error !== null) {
        const text = errorText(result.error);
        const name = text.name ?? 'Error';
        span.setAttribute(ATTR.errorType, name);
        // SDK error messages are already redacted (the key never appears in them).
        if (result.error instanceof Error) span.recordException(result.error);
        span.setStatus({
          code: SpanStatusCode.ERROR,
          message: text.message ?? name,
        });
      }
      span.end();
    },
  };
}
