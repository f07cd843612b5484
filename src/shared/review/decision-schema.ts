// The shape of a curation decision where it crosses a trust boundary: a save from the renderer, or the
// curation log read back from disk.
import { z } from 'zod'
import { idSchema } from '../model/annotation-schema'

const annotatorName = z.string().trim().min(1).max(80)

export const curationDecisionSchema = z
  .object({
    itemKey: z.string().min(1).max(100_000),
    action: z.enum(['agreed', 'accepted', 'merged', 'edited', 'rejected']),
    sources: z.array(z.object({ annotator: annotatorName, id: idSchema }).strict()).max(100),
    curatedIds: z.array(idSchema).max(100),
    curator: annotatorName,
    decided: z.iso.datetime(),
  })
  .strict()
