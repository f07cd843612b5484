// Draws the roles of the selected annotation as links: a curve from the annotation to each annotation
// filling one of its roles, labelled with the role, in an SVG layer over the text column.
import { findCategory, type TagSchema } from '@shared/model/tag-schema'
import { roleName } from '../../i18n/schema-text'
import { useStore } from '../../state/store'
import type { AnnotationEditing } from '../../state/annotation-editing'
import type { HighlightPainter } from './highlight-painter'

interface RoleLinksProps {
  readonly editing: AnnotationEditing
  readonly painter: HighlightPainter
  /** Names the roles on the links, in the UI language for the default schema's roles. */
  readonly schema: TagSchema
}

export function RoleLinks({ editing, painter, schema }: RoleLinksProps) {
  // Re-renders only when the selected annotation changes (its fillers change only when selected
  // themselves, or deleted, which also edits this one): measuring rectangles forces a layout.
  const selected = useStore(editing.state, (s) =>
    s.selectedId ? s.annotations.byId.get(s.selectedId) : undefined,
  )
  const byId = editing.state.get().annotations.byId
  const origin = painter.columnRect()
  if (!selected || !origin) return null
  const from = painter.rectsOf(selected)[0]
  if (!from) return null
  const links = Object.entries(selected.roles).flatMap(([role, fillers]) =>
    fillers.flatMap((filler) => {
      const target = 'ref' in filler ? byId.get(filler.ref) : undefined
      const to = target && painter.rectsOf(target)[0]
      return to ? [{ role, key: `${role}-${target.id}`, to }] : []
    }),
  )
  if (links.length === 0) return null
  const category = findCategory(schema, selected.label)
  const x1 = from.left + from.width / 2 - origin.left
  const y1 = from.top - origin.top + 2
  return (
    <svg className="role-links" aria-hidden="true" data-testid="role-links">
      {links.map(({ role, key, to }) => {
        const x2 = to.left + to.width / 2 - origin.left
        const y2 = to.top - origin.top + 2
        const lift = Math.max(18, Math.abs(x2 - x1) / 6)
        const path = `M ${x1} ${y1} C ${x1} ${Math.min(y1, y2) - lift}, ${x2} ${Math.min(y1, y2) - lift}, ${x2} ${y2}`
        return (
          <g key={key} data-testid="role-link">
            <path d={path} />
            <circle cx={x2} cy={y2} r={3} />
            <text x={(x1 + x2) / 2} y={Math.min(y1, y2) - lift * 0.75}>
              {roleName(category, role)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
