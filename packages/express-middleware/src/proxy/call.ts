import { type AnyOperation, type OperationName, type OperationParams, validateRequest } from '@terrapin/core';
import { getOperation, requestedIsins } from '@terrapin/core/adapter-kit';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { errorItem, sendErrors } from '../internal/send-errors';
import { authorized, runHook, userOf } from './app-hooks';
import type { ProxyContext } from './context';
import { answerFailure } from './fail';
import { checkRequestCaps } from './request-caps';
import { sendUpstream } from './send';

/** One admitted call on its way through the steps. `userHeaders` are the caller's own rate-limit headers. */
interface Call {
  readonly req: Request;
  readonly res: Response;
  readonly next: NextFunction;
  readonly operation: OperationName;
  readonly op: AnyOperation;
  userHeaders: Record<string, string>;
}

/**
 * The steps after the body parser, in order: per-user rate (429) → the contract's strict validation (422) → caps
 * (422) → `authorize` (401) → per-user monthly ISIN budget, reserved atomically (403) → cache or upstream. Nothing
 * is spent upstream until every check passed. Each step answers and returns `undefined` when it stops the call.
 */
export function callStep(ctx: ProxyContext): RequestHandler {
  return (req, res, next) => {
    const operation = ctx.admitted.get(req);
    if (operation === undefined) {
      next();
      return;
    }
    const call: Call = { req, res, next, operation, op: getOperation(operation), userHeaders: {} };
    runCall(ctx, call).catch((error: unknown) => answerFailure(ctx, res, error, operation, call.userHeaders));
  };
}

async function runCall(ctx: ProxyContext, call: Call): Promise<void> {
  const who = await admitUser(ctx, call);
  if (!who) return;
  const body = checkBody(ctx, call);
  if (!body) return;
  // `authorize` sees the operation and the validated body (issue 14 #8), so an app can decide per ISIN.
  const allowedHere = await runHook(ctx, call.req, call.next, () =>
    authorized(ctx, call.req, call.operation, body.value),
  );
  if (allowedHere === undefined) return;
  if (!allowedHere) {
    sendErrors(call.res, 401, [errorItem('Not authorized')]);
    return;
  }
  const { user } = who;
  const period = ctx.client.quota.period;
  const reserved = user === null ? [] : await reserveBudget(ctx, call, user, period, body.value);
  if (!reserved) return;
  try {
    await sendUpstream(ctx, call.res, call.operation, body.value, call.userHeaders);
  } catch (error) {
    // Nothing was pulled for this user: give the reservation back.
    if (user !== null) await ctx.users.release(user, period, reserved);
    throw error;
  }
}

// The per-user rate first: invalid requests count too (a user cannot hammer the validator for free).
async function admitUser(ctx: ProxyContext, call: Call): Promise<{ user: string | null } | undefined> {
  const who = await runHook(ctx, call.req, call.next, () => userOf(ctx, call.req));
  if (!who || who.user === null) return who;
  const admission = await ctx.users.admit(who.user);
  call.userHeaders = admission.headers;
  if (admission.refusal) {
    ctx.report(new Error(admission.refusal.errors[0]?.detail), 429, false, call.operation);
    sendErrors(call.res, 429, admission.refusal.errors, admission.refusal.headers);
    return undefined;
  }
  return who;
}

// The contract's strict validation, then the proxy's own caps on lists and `limit`.
function checkBody(ctx: ProxyContext, call: Call): { value: OperationParams<OperationName> } | undefined {
  const valid = validateRequest(call.operation, call.req.body, { strict: true });
  if (!valid.success) {
    sendErrors(call.res, 422, valid.errors);
    return undefined;
  }
  const capErrors = checkRequestCaps(call.op, valid.data, ctx.caps);
  if (capErrors.length > 0) {
    sendErrors(call.res, 422, capErrors);
    return undefined;
  }
  return { value: valid.data };
}

// Reserves the call's ISINs against the caller's monthly budget, atomically; the reserved ones, or `undefined`.
async function reserveBudget(
  ctx: ProxyContext,
  call: Call,
  user: string,
  period: string,
  body: unknown,
): Promise<string[] | undefined> {
  const budget = await ctx.users.reserveBudget(user, period, requestedIsins(call.op, body) ?? []);
  if (budget.refusal) {
    ctx.report(new Error(budget.refusal.errors[0]?.detail), 403, false, call.operation);
    sendErrors(call.res, 403, budget.refusal.errors, budget.refusal.headers);
    return undefined;
  }
  return budget.reserved;
}
