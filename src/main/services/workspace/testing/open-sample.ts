// Test helper: the services on a fresh workspace with the sample communiqué open for Claire, and a way to
// make an annotation over a word of it (with its code-point offsets and quote).
import type { Annotation } from '@shared/model/annotation'
import { quoteAt } from '@shared/model/quote'
import { asCodePoint, codePointLength, createOffsetIndex } from '@shared/text/offsets'
import { openServices } from '../../open-services'
import type { ServiceHost } from '../../service-host'

export const SAMPLE_ID = 'cn-kz-strategic-dialogue-2024-03-29-fr'

export interface OpenSample {
  readonly services: ServiceHost
  readonly text: string
  /** An annotation over the first occurrence of `word`, with the given id and note. */
  tag(word: string, id?: string, note?: string): Annotation
}

/** The services on a workspace folder, as the web host opens them. */
export const openParley = (workspaceDir: string): Promise<ServiceHost> =>
  openServices({ workspaceDir, host: 'web', suggestedAnnotator: 'tester', appVersion: '0' })

export async function openSample(workspaceDir: string): Promise<OpenSample> {
  const services = await openParley(workspaceDir)
  await services.setAnnotator('Claire')
  const opened = await services.openDocument(SAMPLE_ID)
  if (!opened.ok) throw new Error(opened.error.message)
  const text = opened.value.text
  const index = createOffsetIndex(text)
  const tag = (word: string, id = `a-${word}`, note = ''): Annotation => {
    const at = text.indexOf(word)
    if (at < 0) throw new Error(`${word} is not in the sample`)
    const start = asCodePoint(codePointLength(text.slice(0, at)))
    const end = asCodePoint(start + codePointLength(word))
    const time = '2024-03-29T10:00:00.000Z'
    const quote = quoteAt(text, index, start, end)
    return {
      id,
      label: 'ENTITY',
      start,
      end,
      quote,
      attributes: {},
      roles: {},
      note,
      author: 'Claire',
      created: time,
      modified: time,
    }
  }
  return { services, text, tag }
}
