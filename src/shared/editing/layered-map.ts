// A read-only map made of a shared base and a small layer of changes over it, so that a new version after
// a few changes costs a copy of the layer, not of the whole map (copying a 20,000-entry Map takes ~9 ms).
// When the layer grows past a bound it is folded into a fresh base, an amortised cost. A map keyed from a
// list builds its base on first use, so opening a document does not pay for an index it may not read
// before its first paint.
const MAX_LAYER = 256

export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  /** The base, or how to build it on first use. */
  private built: ReadonlyMap<K, V> | (() => ReadonlyMap<K, V>)
  private readonly knownSize: number | null

  /** Entries changed over the base: a value, or `deleted`; `size` is null where the base is still to build. */
  private constructor(
    base: ReadonlyMap<K, V> | (() => ReadonlyMap<K, V>),
    private readonly layer: ReadonlyMap<K, V | typeof deleted>,
    size: number | null,
  ) {
    this.built = base
    this.knownSize = size
  }

  private get base(): ReadonlyMap<K, V> {
    if (typeof this.built === 'function') this.built = this.built()
    return this.built
  }

  get size(): number {
    return this.knownSize ?? this.base.size
  }

  static of<K, V>(entries: Iterable<readonly [K, V]>): LayeredMap<K, V> {
    const base = new Map(entries)
    return new LayeredMap<K, V>(base, new Map<K, V | typeof deleted>(), base.size)
  }

  /** Values by their key (the last one wins), without a [key, value] pair made for each; built on first use. */
  static keyed<K, V>(values: readonly V[], keyOf: (value: V) => K): LayeredMap<K, V> {
    const copy = values.slice()
    const build = (): ReadonlyMap<K, V> => {
      const base = new Map<K, V>()
      for (const value of copy) base.set(keyOf(value), value)
      return base
    }
    return new LayeredMap<K, V>(build, new Map<K, V | typeof deleted>(), null)
  }

  /** Builds the base now if it is still to build (for a moment when nothing waits on it). */
  prepare(): void {
    void this.base
  }

  /** A new version with these entries set (a value) or removed (undefined); this one is unchanged. */
  with(changes: ReadonlyMap<K, V | undefined>): LayeredMap<K, V> {
    const layer = new Map(this.layer)
    let size = this.size
    for (const [key, value] of changes) {
      const had = this.has(key)
      if (value === undefined) {
        if (had) size--
        layer.set(key, deleted)
      } else {
        if (!had) size++
        layer.set(key, value)
      }
    }
    if (layer.size <= MAX_LAYER) return new LayeredMap<K, V>(this.base, layer, size)
    const base = new Map(this.base)
    for (const [key, value] of layer) {
      if (value === deleted) base.delete(key)
      else base.set(key, value)
    }
    return new LayeredMap<K, V>(base, new Map<K, V | typeof deleted>(), base.size)
  }

  get(key: K): V | undefined {
    const changed = this.layer.get(key)
    if (changed === deleted) return undefined
    return changed ?? this.base.get(key)
  }

  has(key: K): boolean {
    const changed = this.layer.get(key)
    return changed === undefined ? this.base.has(key) : changed !== deleted
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) if (!this.layer.has(key)) yield [key, value]
    for (const [key, value] of this.layer) if (value !== deleted) yield [key, value]
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries()
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this)
  }
}

const deleted: unique symbol = Symbol('deleted')
