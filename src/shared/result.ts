// Expected failures travel as values, not exceptions, so they cross IPC and HTTP intact.

export interface AppError {
  /** A stable machine-readable reason, e.g. `binary-file`, `too-large`, `not-found`. */
  readonly code: string
  /** What went wrong and where, in words an analyst can act on. */
  readonly message: string
}

export type Result<T, E = AppError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E }

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value })

export const err = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } })
