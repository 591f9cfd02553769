// Logging and tracing against the mock (issue 16 "Must show"). Build core first (`pnpm --filter @terrapin/core
// build`), start the mock (`npx terrapin-mock --port 4010`), then:
//   TERRAPIN_LOG=debug TERRAPIN_BASE_URL=http://127.0.0.1:4010 TERRAPIN_API_KEY=<a key the mock accepts> \
//     node packages/core/examples/observability-demo.mjs
// The first request carries `x-mock-fault: 500`, so the call is retried once. Log lines go to stderr (console),
// the finished spans from the in-memory exporter to stdout.
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { createTerrapinClient } from '../dist/index.js';
import { terrapinTracing } from '../dist/otel/index.js';

const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer(
  'demo',
);

let faulted = false;
const client = createTerrapinClient({
  // Only the very first request asks the mock for a 500 (the retry goes through clean).
  fetch: (input, init) => {
    if (faulted) return fetch(input, init);
    faulted = true;
    const request = new Request(input, init);
    request.headers.set('x-mock-fault', '500');
    return fetch(request);
  },
  logger: { error: console.error, warn: console.error, info: console.error, debug: console.error },
  ...terrapinTracing({ tracer }),
});

const { data } = await client.bonds.search({ limit: 2 });
await client.bonds.reference({ isins: data.map((bond) => bond.isin) });

for (const span of exporter.getFinishedSpans()) {
  console.log(
    JSON.stringify(
      {
        name: span.name,
        kind: span.kind,
        traceId: span.spanContext().traceId,
        spanId: span.spanContext().spanId,
        parentSpanId: span.parentSpanContext?.spanId ?? null,
        durationMs: span.duration[0] * 1e3 + span.duration[1] / 1e6,
        status: span.status,
        attributes: span.attributes,
        events: span.events.map((event) => ({ name: event.name, attributes: event.attributes })),
      },
      null,
      2,
    ),
  );
}
