import { describe, expect, it, vi } from 'vitest'
import { apiMethodNames, type Bridge } from '@shared/ipc/contract'
import { packReply } from '@shared/ipc/packed-reply'
import { unpackingBridge } from './ipc-bridge'

const annotation = (n: number) => ({
  id: `a${n}`,
  label: 'ENTITY',
  start: n,
  end: n + 1,
  quote: { exact: 'x', prefix: '', suffix: '' },
  attributes: { type: 'STATE' },
  roles: {},
  note: '',
  author: 'Aïcha',
  created: '2024-03-29T10:00:00.000Z',
  modified: '2024-03-29T10:00:00.000Z',
})

describe('unpackingBridge', () => {
  it('unpacks an opened document main sent packed, and forwards every method and event as it is', async () => {
    const text = 'x'.repeat(2000)
    const opened = { ok: true, value: { meta: { id: 'd' }, text, annotations: [0, 1, 2].map(annotation) } }
    const packed = structuredClone(packReply(opened, 1))
    const calls: unknown[][] = []
    const unsubscribe = vi.fn()
    const fake = Object.fromEntries(
      apiMethodNames.map((method) => [
        method,
        (...args: unknown[]) => {
          calls.push([method, ...args])
          return Promise.resolve(method === 'openDocument' ? packed : { ok: true, value: method })
        },
      ]),
    )
    const subscribe = vi.fn(() => unsubscribe)
    const bridge = unpackingBridge({ ...fake, subscribe } as unknown as Bridge)

    expect(await bridge.openDocument('d', 'Yerlan')).toStrictEqual(opened)
    expect(await bridge.getSession()).toStrictEqual({ ok: true, value: 'getSession' })
    expect(calls).toStrictEqual([['openDocument', 'd', 'Yerlan'], ['getSession']])
    const listener = vi.fn()
    expect(bridge.subscribe('sessionChanged', listener)).toBe(unsubscribe)
    expect(subscribe).toHaveBeenCalledWith('sessionChanged', listener)
    expect(Object.keys(bridge).sort()).toStrictEqual([...apiMethodNames, 'subscribe'].sort())
  })
})
