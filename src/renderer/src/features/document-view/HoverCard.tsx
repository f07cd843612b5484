// The card shown when hovering a highlight: label, attributes and author of each annotation under the
// pointer, innermost first.
import { useTranslation } from 'react-i18next'
import { findCategory, flatLabel, type TagSchema } from '@shared/model/tag-schema'
import { attributeText } from '../../i18n/schema-text'
import type { PointedAnnotations } from '../../state/text-targets'

export function HoverCard({ pointed, schema }: { pointed: PointedAnnotations; schema: TagSchema }) {
  const { t } = useTranslation('document-view')
  if (pointed.annotations.length === 0) return null
  return (
    <div
      className="hover-card"
      role="tooltip"
      data-testid="hover-card"
      style={{ left: pointed.x + 14, top: pointed.y + 18 }}
    >
      {pointed.annotations.slice(0, 4).map((a) => (
        <div key={a.id} className={`hover-item cat-${a.label}`}>
          <div className="hover-label">
            <span className="swatch" aria-hidden="true" />
            {flatLabel(a)}
          </div>
          {Object.entries(a.attributes)
            .filter(([k]) => k !== 'type')
            .map(([k, v]) => (
              <div key={k} className="hover-attr">
                {t('attribute', attributeText(findCategory(schema, a.label), k, v))}
              </div>
            ))}
          <div className="hover-author">{t('by', { author: a.author })}</div>
        </div>
      ))}
      {pointed.annotations.length > 4 && (
        <div className="hover-author">{t('more', { count: pointed.annotations.length - 4 })}</div>
      )}
    </div>
  )
}
