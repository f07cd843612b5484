// File and folder names made from names the analyst chose (annotators, document ids), for formats that
// write one file or folder per document or per annotator. ASCII letters, digits, `.`, `_` and `-` survive,
// accents are dropped (`Élodie` → `Elodie`, so macOS's decomposed file names cannot differ), and any other
// run of characters becomes one `-`. Names that collide after that get `-2`, `-3`… in sorted order, so
// the same input always gives the same, unique paths.

/** A file-name-safe form of `name`, never empty and never hidden (no leading dot). */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '')
  return slug === '' ? 'unnamed' : slug
}

/** One distinct slug per name: the names are sorted first, so a collision always resolves the same way. */
export function uniqueFileSlugs(names: readonly string[]): Map<string, string> {
  const slugs = new Map<string, string>()
  const taken = new Set<string>()
  for (const name of [...new Set(names)].sort()) {
    const base = fileSlug(name)
    let slug = base
    for (let n = 2; taken.has(slug.toLowerCase()); n++) slug = `${base}-${n}`
    taken.add(slug.toLowerCase())
    slugs.set(name, slug)
  }
  return slugs
}
