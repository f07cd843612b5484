// Limits every host enforces on what crosses the contract, kept apart from the schemas so the renderer
// can check them without loading the validator.

/** Above this, an import is refused before it is read (also enforced from `stat` for paths). */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024
/** Changes per save call: bulk operations larger than this are split by the renderer. */
export const MAX_CHANGES_PER_SAVE = 50_000
