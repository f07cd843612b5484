// Transient UI state of the main window: which popover or panel is open. One store, so commands (menus,
// shortcuts, the command list) and components agree.
import type { PointedAnnotations, TextSpan } from './text-targets'
import { createStore } from './store'

export interface TagAllOffer {
  readonly label: string
  readonly type: string | undefined
  readonly quote: string
}

export interface UiState {
  /** The text selection the palette applies to, or a retag of the selected annotation. */
  readonly palette:
    | { readonly kind: 'tag'; readonly span: TextSpan }
    | { readonly kind: 'retag'; readonly at: { left: number; top: number } }
    | null
  readonly overlap: PointedAnnotations | null
  readonly hover: PointedAnnotations | null
  readonly findOpen: boolean
  readonly tagAll: TagAllOffer | null
  readonly cheatSheet: boolean
  readonly settings: boolean
  readonly exporting: boolean
  readonly importing: boolean
  /** The command palette (Ctrl/⌘+K). */
  readonly commandPalette: boolean
  /** The annotation guidelines, beside the text. */
  readonly guidelines: boolean
  /** The first-run guide. */
  readonly guide: boolean
  /** The Preferences dialog (language, text size). */
  readonly preferences: boolean
}

export const ui = createStore<UiState>({
  palette: null,
  overlap: null,
  hover: null,
  findOpen: false,
  tagAll: null,
  cheatSheet: false,
  settings: false,
  exporting: false,
  importing: false,
  commandPalette: false,
  guidelines: false,
  guide: false,
  preferences: false,
})

export const patchUi = (patch: Partial<UiState>): void => ui.set((s) => ({ ...s, ...patch }))
