// What a click or a selection in the text means right now: normal tagging, or filling a role of the
// selected annotation (click an entity, or select text to create one on the spot). Also remembers the
// last label used, so it can be repeated with one key.
import { createStore } from './store'

export type EditorMode =
  | { readonly kind: 'normal' }
  | {
      readonly kind: 'pick-role'
      readonly annotationId: string
      readonly role: string
      readonly targets: readonly string[]
    }

export interface LabelChoice {
  readonly label: string
  readonly type: string | undefined
}

export const editorMode = createStore<EditorMode>({ kind: 'normal' })
export const lastLabel = createStore<LabelChoice | null>(null)
