import type { TerrapinClient } from '@terrapin/core';
import type { PlannedCall } from './plan';
import type { Recorder } from './recorder';

/** How one planned call ended: the status the caller saw (0 when it threw before any answer). */
export interface CallResult {
  call: PlannedCall;
  status: number;
  error?: string;
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : 0;
}

/**
 * Runs the plan one call at a time through `client` (sequential, so Prism's log lines follow the calls in order).
 * Faults and revoked keys go in through the recorder's fetch, which sits on the hop that reaches Prism.
 */
export async function drive(
  client: TerrapinClient,
  recorder: Recorder,
  plan: readonly PlannedCall[],
): Promise<CallResult[]> {
  const results: CallResult[] = [];
  for (const call of plan) {
    recorder.fault = call.fault ?? null;
    recorder.badKey = call.badKey ?? false;
    try {
      const answer = await (call.accept === 'csv'
        ? client.call(call.operation, call.body as never, { accept: 'csv' })
        : client.call(call.operation, call.body as never));
      // A document answers a stream: read it so the response completes before the next call.
      const body = (answer as { body?: unknown }).body;
      if (body && typeof (body as ReadableStream).getReader === 'function') {
        await new Response(body as ReadableStream).arrayBuffer();
      }
      results.push({ call, status: 200 });
    } catch (error) {
      results.push({ call, status: statusOf(error), error: String((error as Error)?.message ?? error) });
    } finally {
      recorder.fault = null;
      recorder.badKey = false;
    }
  }
  return results;
}

/**
 * The status a planned call should end with. Through the proxy, an upstream 401 (the server's own key) and upstream
 * 5xx become a generic 502; 4xx that describe the caller's request (404, 422, 429) pass through.
 */
export function expectedStatus(call: PlannedCall, via: 'client' | 'proxy'): number {
  if (call.badKey) return via === 'proxy' ? 502 : 401;
  if (call.fault) {
    const status = Number(call.fault);
    return via === 'proxy' && status >= 500 ? 502 : status;
  }
  if (call.label.includes('(404)')) return 404;
  if (call.label.includes('(server-side 422)')) return 422;
  return 200;
}
