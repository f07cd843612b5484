// Where several spans overlap, a click offers them all, innermost first, to pick which to select.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@shared/model/annotation'
import { flatLabel } from '@shared/model/tag-schema'
import type { PointedAnnotations } from '../../state/text-targets'

interface OverlapPickerProps {
  readonly pointed: PointedAnnotations
  readonly selectedId: string | null
  readonly onPick: (annotation: Annotation) => void
}

export function OverlapPicker({ pointed, selectedId, onPick }: OverlapPickerProps) {
  const menu = useRef<HTMLDivElement>(null)
  const { t } = useTranslation('document-view')
  useEffect(
    () => menu.current?.querySelector<HTMLButtonElement>('[aria-checked="true"], button')?.focus(),
    [],
  )
  return (
    <div
      ref={menu}
      className="overlap-picker"
      role="menu"
      aria-label={t('overlapping')}
      data-testid="overlap-picker"
      style={{ left: pointed.x + 8, top: pointed.y + 12 }}
    >
      <div className="palette-title">{t('here', { count: pointed.annotations.length })}</div>
      {pointed.annotations.map((a) => (
        <button
          key={a.id}
          type="button"
          role="menuitemradio"
          aria-checked={a.id === selectedId}
          className={`overlap-item cat-${a.label}`}
          onClick={() => onPick(a)}
          onKeyDown={(e) => {
            const sibling =
              e.key === 'ArrowDown'
                ? e.currentTarget.nextElementSibling
                : e.key === 'ArrowUp'
                  ? e.currentTarget.previousElementSibling
                  : null
            if (sibling instanceof HTMLButtonElement) {
              e.preventDefault()
              sibling.focus()
            }
          }}
        >
          <span className="swatch" aria-hidden="true" />
          <span className="label">{flatLabel(a)}</span>
          <span className="quote">{a.quote.exact}</span>
        </button>
      ))}
    </div>
  )
}
