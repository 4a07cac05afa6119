/** Expected failures are values, not exceptions (chili3d's `Result`). */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** One problem in an incoming file: where (JSON path like `$.racks[2].position.row`) and what. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}
