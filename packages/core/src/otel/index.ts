/**
 * `@terrapin/core/otel`: opt-in OpenTelemetry tracing for the client (issue 16 "Tracing"). The only entry that
 * imports `@opentelemetry/api` (an optional peer dependency).
 */
export { ATTR as TERRAPIN_SPAN_ATTRIBUTES } from './attributes';
export { instrumentTerrapin, type TerrapinTracingOptions, terrapinTracing } from './tracing';
