// What the text view reports to the rest of the window: a selected span, or the annotations under a point.
import type { Annotation } from '@shared/model/annotation'
import type { CodePointOffset } from '@shared/text/offsets'

export interface TextSpan {
  readonly start: CodePointOffset
  readonly end: CodePointOffset
  /** Where the selection ends on screen, to place the palette. */
  readonly rect: { readonly left: number; readonly top: number; readonly bottom: number }
}

export interface PointedAnnotations {
  /** Innermost first. */
  readonly annotations: readonly Annotation[]
  readonly x: number
  readonly y: number
}
