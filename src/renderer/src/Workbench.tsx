// The editor for the open document: the text (with find), the palette, the details of the selected
// annotation and the annotation list, wired to the editing state and the commands.
import { useCallback, useEffect, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { findCategory, type TagSchema } from '@shared/model/tag-schema'
import { allCommands } from './commands/all-commands'
import { displayShortcut, type CommandContext } from './commands/command'
import { useShortcuts } from './commands/use-shortcuts'
import { SelectionAnnouncer } from './components/SelectionAnnouncer'
import { AnnotationList } from './features/annotation-list/AnnotationList'
import { DetailsPanel } from './features/details/DetailsPanel'
import { HoverCard } from './features/document-view/HoverCard'
import { OverlapPicker } from './features/document-view/OverlapPicker'
import { TextView } from './features/document-view/TextView'
import type { Span } from './features/document-view/highlight-painter'
import { FindBar } from './features/find/FindBar'
import { CheatSheet } from './features/help/CheatSheet'
import { TagAllPanel } from './features/tag-all/TagAllPanel'
import {
  DEFAULT_MATCH_OPTIONS,
  prepareOccurrenceSearch,
  untaggedCandidates,
} from './features/tag-all/occurrence-candidates'
import { TagPalette } from './features/tagging/TagPalette'
import { formatList } from './i18n/format'
import { categoryLabel, roleName } from './i18n/schema-text'
import type { AppController } from './state/app-controller'
import type { AnnotationEditing } from './state/annotation-editing'
import { editorMode, lastLabel, type LabelChoice } from './state/editor-mode'
import { useStore } from './state/store'
import type { PointedAnnotations, TextSpan } from './state/text-targets'
import { patchUi, ui } from './state/ui-state'

interface WorkbenchProps {
  readonly app: AppController
  readonly editing: AnnotationEditing
  readonly schema: TagSchema
}

export function Workbench({ app, editing, schema }: WorkbenchProps) {
  // One selector per field: hovering (which changes `hover` often) must not re-render the workbench.
  const findOpen = useStore(ui, (s) => s.findOpen)
  const tagAll = useStore(ui, (s) => s.tagAll)
  const palette = useStore(ui, (s) => s.palette)
  const overlap = useStore(ui, (s) => s.overlap)
  const cheatSheet = useStore(ui, (s) => s.cheatSheet)
  const state = { findOpen, tagAll, palette, overlap, cheatSheet }
  const mode = useStore(editorMode, (m) => m)
  const last = useStore(lastLabel, (l) => l)
  const { t } = useTranslation()
  const [find, setFind] = useState<{ matches: readonly Span[]; current: number }>({ matches: [], current: 0 })
  const context = useCallback((): CommandContext => ({ app, editing }), [app, editing])
  const onFindMatches = useCallback(
    (matches: readonly Span[], current: number) => setFind({ matches, current }),
    [],
  )
  const roleOf = (parentId: string, roleId: string) =>
    findCategory(schema, editing.state.get().annotations.byId.get(parentId)?.label ?? '')?.roles.find(
      (r) => r.id === roleId,
    )
  useShortcuts(context)
  // The tag-all offer searches a folded copy of the text: fold it while idle, not on the first tagging.
  // Likewise the index of annotations by id, left unbuilt by the opening (sorted-annotations.ts).
  useEffect(() => {
    const idle = requestIdleCallback(() => prepareOccurrenceSearch(editing.document))
    const index = requestIdleCallback(() => editing.state.get().annotations.byId.prepare())
    return () => {
      cancelIdleCallback(idle)
      cancelIdleCallback(index)
    }
  }, [editing])
  useEffect(
    () =>
      app.commandRequests.subscribe(() => {
        const id = app.commandRequests.get()?.id
        allCommands.find((c) => c.id === id)?.run(context())
      }),
    [app, context],
  )

  const onSpanSelected = useCallback(
    (span: TextSpan | null, extend: boolean) => {
      const selected = editing.selected
      if (span && extend && selected) return editing.addFragment(selected.id, span)
      patchUi({ palette: span ? { kind: 'tag', span } : null, overlap: null })
    },
    [editing],
  )

  const onPointClicked = useCallback(
    (pointed: PointedAnnotations) => {
      const current = editorMode.get()
      if (current.kind === 'pick-role') {
        const filler = pointed.annotations.find((a) => current.targets.includes(a.label))
        const role = roleOf(current.annotationId, current.role)
        if (filler && role) editing.fillRole(current.annotationId, role.id, role.multiple, filler.id)
        editorMode.set({ kind: 'normal' })
        return
      }
      editing.select(pointed.annotations[0]?.id ?? null)
      patchUi({ overlap: pointed.annotations.length > 1 ? pointed : null, palette: null })
    },
    // roleOf reads the current state when called.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editing, schema],
  )

  const onHover = useCallback((pointed: PointedAnnotations | null) => {
    const previous = ui.get().hover
    if (
      previous?.annotations[0]?.id !== pointed?.annotations[0]?.id ||
      pointed?.annotations.length !== previous?.annotations.length
    )
      patchUi({ hover: pointed?.annotations.length ? pointed : null })
  }, [])

  const onPick = (choice: LabelChoice): void => {
    const palette = ui.get().palette
    patchUi({ palette: null })
    window.getSelection()?.removeAllRanges()
    lastLabel.set(choice)
    if (palette?.kind === 'retag') {
      if (editing.selected) editing.retag(editing.selected.id, choice.label, choice.type)
      return
    }
    if (!palette) return
    if (mode.kind === 'pick-role') {
      const role = roleOf(mode.annotationId, mode.role)
      if (role)
        editing.createForRole(
          mode.annotationId,
          role.id,
          role.multiple,
          choice.label,
          choice.type,
          palette.span,
        )
      editorMode.set({ kind: 'normal' })
      return
    }
    const created = editing.create(choice.label, choice.type, [palette.span])
    if (!created || findCategory(schema, choice.label)?.style !== 'tint') return
    // The offer to tag the other occurrences (a search of the whole text, then its panel) comes in the
    // frame after the new highlight is painted, so tagging itself stays within one frame.
    requestAnimationFrame(() =>
      setTimeout(() => {
        const { annotations } = editing.state.get()
        if (!annotations.byId.has(created.id)) return
        const quote = created.quote.exact
        if (
          untaggedCandidates(editing.document, annotations, choice.label, quote, DEFAULT_MATCH_OPTIONS).length
        )
          patchUi({ tagAll: { label: choice.label, type: choice.type, quote } })
      }, 0),
    )
  }

  const picking = mode.kind === 'pick-role'
  const pickedRole = picking
    ? roleName(
        findCategory(schema, editing.state.get().annotations.byId.get(mode.annotationId)?.label ?? ''),
        mode.role,
      )
    : ''
  const pickTargets = (targets: readonly string[]): string =>
    formatList(
      targets.map((id) => {
        const category = findCategory(schema, id)
        return category ? categoryLabel(category) : id
      }),
      'or',
    )
  return (
    <>
      <section className="document-pane" aria-label={t('textPane')}>
        {state.findOpen && (
          <FindBar
            editing={editing}
            schema={schema}
            onMatches={onFindMatches}
            onClose={() => {
              patchUi({ findOpen: false })
              setFind({ matches: [], current: 0 })
            }}
          />
        )}
        {picking && (
          <div className="mode-banner" role="status" data-testid="pick-banner">
            <Trans
              t={t}
              i18nKey="pickBanner"
              values={{
                role: pickedRole,
                targets: pickTargets(mode.targets),
                stopKey: displayShortcut('Escape'),
              }}
              components={{ strong: <strong /> }}
            />
          </div>
        )}
        <TextView
          key={editing.document.meta.id}
          editing={editing}
          schema={schema}
          findMatches={find.matches}
          findCurrent={find.current}
          onSpanSelected={onSpanSelected}
          onPointClicked={onPointClicked}
          onHover={onHover}
        />
        <SelectionAnnouncer editing={editing} />
      </section>
      <aside className="side-column">
        {state.tagAll && (
          <TagAllPanel editing={editing} offer={state.tagAll} onClose={() => patchUi({ tagAll: null })} />
        )}
        <SelectedDetails editing={editing} schema={schema} />
        <AnnotationList editing={editing} schema={schema} />
      </aside>
      {state.palette && (
        <TagPalette
          schema={schema}
          title={
            state.palette.kind === 'retag'
              ? t('palette.retag')
              : picking
                ? t('palette.createFiller', { role: pickedRole })
                : t('palette.tag')
          }
          position={
            state.palette.kind === 'retag'
              ? state.palette.at
              : { left: state.palette.span.rect.left, top: state.palette.span.rect.bottom + 6 }
          }
          allowed={picking ? mode.targets : undefined}
          last={last}
          onAddFragment={
            state.palette.kind === 'tag' && editing.selected && !picking
              ? () => {
                  const palette = ui.get().palette
                  if (palette?.kind === 'tag' && editing.selected)
                    editing.addFragment(editing.selected.id, palette.span)
                  patchUi({ palette: null })
                }
              : undefined
          }
          onPick={onPick}
          onDismiss={() => patchUi({ palette: null })}
        />
      )}
      {state.overlap && <OverlapLayer editing={editing} pointed={state.overlap} />}
      {!state.palette && !state.overlap && <HoverLayer schema={schema} />}
      {state.cheatSheet && <CheatSheet schema={schema} onClose={() => patchUi({ cheatSheet: false })} />}
    </>
  )
}

/** The details panel, one per selected annotation, subscribed on its own: selecting, deleting or undoing
 * must not re-render the whole workbench. */
function SelectedDetails({ editing, schema }: { editing: AnnotationEditing; schema: TagSchema }) {
  const selectedId = useStore(editing.state, (s) => s.selectedId)
  return <DetailsPanel key={selectedId ?? 'none'} editing={editing} schema={schema} />
}

/** The picker of overlapping annotations, which marks the selected one. */
function OverlapLayer({ editing, pointed }: { editing: AnnotationEditing; pointed: PointedAnnotations }) {
  const selectedId = useStore(editing.state, (s) => s.selectedId)
  return (
    <OverlapPicker
      pointed={pointed}
      selectedId={selectedId}
      onPick={(a) => {
        editing.select(a.id)
        patchUi({ overlap: null })
      }}
    />
  )
}

/** The hover card, subscribed on its own so pointer moves re-render nothing else. */
function HoverLayer({ schema }: { schema: TagSchema }) {
  const hover = useStore(ui, (s) => s.hover)
  return hover ? <HoverCard pointed={hover} schema={schema} /> : null
}
