import type { FieldProblem } from './errors';
import { type FieldKey, fieldForPointer } from './pointers';
import type { Universe } from './universe';

export interface PlacedProblems {
  /** Message per form field; several problems on one field are joined. */
  byField: Record<FieldKey, string>;
  /** Problems that point at no form field (shown in the summary only). */
  unplaced: FieldProblem[];
}

/** Sends each problem of a 422 / request-validation error to the input it is about. */
export function placeProblems(universe: Universe, problems: readonly FieldProblem[]): PlacedProblems {
  const byField: Record<FieldKey, string> = {};
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const field = fieldForPointer(universe, problem.pointer);
    if (field === null) {
      unplaced.push(problem);
      continue;
    }
    const existing = byField[field];
    byField[field] =
      existing && existing !== problem.detail ? `${existing}; ${problem.detail}` : problem.detail;
  }
  return { byField, unplaced };
}
