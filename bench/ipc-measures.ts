// The desktop app's IPC, measured here where Electron cannot run: an opened 1 MB document with its 20,000
// annotations goes from main to the renderer by the structured clone (V8's serializer, the same in Node and
// in Electron). Timed both ways: the annotations as objects (serialise, deserialise), and packed in columns
// as main now sends them (pack, serialise, deserialise, unpack: packed-reply.ts). The context bridge's
// second copy, object by object as well, is not measured: it needs Electron.
import { deserialize, serialize } from 'node:v8'
import type { OpenedDocument } from '@shared/ipc/contract'
import { packReply, unpackReply } from '@shared/ipc/packed-reply'
import type { Result } from '@shared/result'

export interface IpcSamples {
  /** The renderer's part (deserialise, and unpack when packed), per run, in ms. */
  readonly objectsMs: readonly number[]
  readonly packedMs: readonly number[]
  /** Main's part (pack when packed, serialise), per run, in ms. */
  readonly objectsMainMs: readonly number[]
  readonly packedMainMs: readonly number[]
  readonly annotations: number
  /** Bytes of the serialised reply, each way. */
  readonly objectsBytes: number
  readonly packedBytes: number
}

export function measureIpc(opened: Result<OpenedDocument>, runs: number): IpcSamples {
  if (!opened.ok) throw new Error(opened.error.message)
  const samples = { objectsMs: [], packedMs: [], objectsMainMs: [], packedMainMs: [] } as Record<
    'objectsMs' | 'packedMs' | 'objectsMainMs' | 'packedMainMs',
    number[]
  >
  let objectsBytes = 0
  let packedBytes = 0
  for (let run = -1; run < runs; run++) {
    // A fresh list each run, as after a save: packing is not taken from the cache of the last list.
    const reply = { ...opened, value: { ...opened.value, annotations: [...opened.value.annotations] } }
    const t0 = performance.now()
    const plain = serialize(reply)
    const t1 = performance.now()
    deserialize(plain)
    const t2 = performance.now()
    const packed = serialize(packReply(reply))
    const t3 = performance.now()
    const unpacked = unpackReply(deserialize(packed)) as typeof reply
    const t4 = performance.now()
    if (unpacked.value.annotations.length !== reply.value.annotations.length)
      throw new Error('the packed reply lost annotations')
    if (run < 0) continue
    samples.objectsMainMs.push(t1 - t0)
    samples.objectsMs.push(t2 - t1)
    samples.packedMainMs.push(t3 - t2)
    samples.packedMs.push(t4 - t3)
    objectsBytes = plain.length
    packedBytes = packed.length
  }
  const annotations = opened.value.annotations.length
  return { ...samples, annotations, objectsBytes, packedBytes }
}
