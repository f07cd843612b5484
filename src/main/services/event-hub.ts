// A tiny typed event hub for the pushes of the contract (menu commands, session changes).
import type { ApiEventName, ApiEvents } from '@shared/ipc/contract'

type Listener<K extends ApiEventName> = (payload: ApiEvents[K]) => void

export class EventHub {
  private readonly listeners = new Map<ApiEventName, Set<Listener<ApiEventName>>>()

  on<K extends ApiEventName>(name: K, listener: Listener<K>): () => void {
    let set = this.listeners.get(name)
    if (!set) this.listeners.set(name, (set = new Set()))
    set.add(listener as Listener<ApiEventName>)
    return () => set.delete(listener as Listener<ApiEventName>)
  }

  emit<K extends ApiEventName>(name: K, payload: ApiEvents[K]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(payload)
  }
}
