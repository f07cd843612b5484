// The rest of a large set is asked for once the first part is painted: after the frame asked for, or after
// 100 ms in a window that gets no frames (hidden), and at once where there are no frames at all.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextPaint } from './next-paint'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

const settled = async (promise: Promise<void>): Promise<boolean> => {
  let done = false
  void promise.then(() => (done = true))
  await new Promise((resolve) => setTimeout(resolve, 0))
  return done
}

describe('nextPaint', () => {
  it('resolves at once where there are no frames', async () => {
    expect(await settled(nextPaint())).toBe(true)
  })

  it('waits for the frame it asks for, and for the end of its rendering', async () => {
    const frames: (() => void)[] = []
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback))
    const painted = nextPaint()
    expect(await settled(painted)).toBe(false)
    frames.shift()!()
    await expect(painted).resolves.toBeUndefined()
  })

  it('does not wait more than 100 ms for a frame that does not come', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', () => 0)
    let done = false
    void nextPaint().then(() => (done = true))
    await vi.advanceTimersByTimeAsync(99)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
  })
})
