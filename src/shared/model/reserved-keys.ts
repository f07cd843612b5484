// Names that must never become keys of attributes, roles or schema ids: as object keys they reach
// prototypes (`__proto__`) or shadow what every object has (`constructor`, `prototype`).
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype']

export const isReservedKey = (key: string): boolean => RESERVED_KEYS.includes(key)
