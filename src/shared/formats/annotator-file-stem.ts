// The file name an annotator's set gets inside an export: the same readable stem the workspace uses for
// `annotations/<who>.json` (« Aïcha Benali » → `aicha-benali`), made distinct when two names slug alike, so
// an export never writes one annotator's file over another's.

/** A file-system-safe, readable stem; the same rule as the workspace's `slugify` in src/main. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
}

/** Annotator names with no Latin letters still get a stable, distinct stem. */
export function annotatorFileStem(annotator: string): string {
  const slug = slugify(annotator)
  if (slug) return slug
  const hex = [...annotator].map((c) => c.codePointAt(0)?.toString(16) ?? '').join('-')
  return `annotator-${hex}`.slice(0, 100)
}

/** Stems for one document's annotators, in the order given; a stem already taken gets `-2`, `-3`… */
export function distinctFileStems(annotators: readonly string[]): string[] {
  const taken = new Set<string>()
  return annotators.map((annotator) => {
    const base = annotatorFileStem(annotator)
    let stem = base
    for (let n = 2; taken.has(stem); n++) stem = `${base}-${n}`
    taken.add(stem)
    return stem
  })
}
