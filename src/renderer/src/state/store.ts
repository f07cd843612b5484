// A minimal observable store for React's useSyncExternalStore: state changes by whole replacement, so a
// selector's result can be compared by identity and only what changed re-renders.
import { useSyncExternalStore } from 'react'

export interface Store<T> {
  get(): T
  set(update: T | ((previous: T) => T)): void
  subscribe(listener: () => void): () => void
}

export function createStore<T>(initial: T): Store<T> {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    set(update) {
      const next = typeof update === 'function' ? (update as (previous: T) => T)(state) : update
      if (next === state) return
      state = next
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export function useStore<T, S>(store: Store<T>, select: (state: T) => S): S {
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => select(store.get()),
  )
}
