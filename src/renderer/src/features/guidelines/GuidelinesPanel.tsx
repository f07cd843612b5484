// The annotation guidelines, beside the text (Help › Annotation Guidelines, or G): what counts as a
// commitment, a position and each kind of entity, with examples from the sample. Scrolls on its own, closes
// with its button or Esc, and gives focus back to where the analyst was.
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { GuidelineSection, Guidelines } from './guideline-types'
import { GUIDELINES_EN } from './guidelines-en'
import { GUIDELINES_FR } from './guidelines-fr'
import './guidelines.css'

const CATEGORIES = new Set(['COMMITMENT', 'POSITION', 'ENTITY'])

const guidelinesFor = (language: string): Guidelines =>
  language.startsWith('fr') ? GUIDELINES_FR : GUIDELINES_EN

export function GuidelinesPanel({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('guidelines')
  const guidelines = guidelinesFor(i18n.language)
  const panel = useRef<HTMLElement>(null)
  const id = useId()
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const element = panel.current
    // Opened (with G) behind a dialog, the panel waits: focus stays in the dialog.
    if (!document.querySelector('[aria-modal="true"]')) element?.focus()
    return () => {
      const active = document.activeElement
      const lost = !active || active === document.body || element?.contains(active)
      if (opener?.isConnected && lost) opener.focus()
    }
  }, [])
  const show = (section: string): void =>
    document.getElementById(`${id}-${section}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' })

  return (
    <aside
      ref={panel}
      className="guidelines-panel"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      data-testid="guidelines-panel"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        onClose()
      }}
    >
      <header className="guidelines-head">
        <h2 id={`${id}-title`}>{guidelines.title}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('close')}
          title={t('close')}
          data-testid="guidelines-close"
        >
          ×
        </button>
      </header>
      <nav className="guidelines-toc" aria-label={t('contents')}>
        {guidelines.sections.map((s) => (
          <button key={s.id} type="button" className="small" onClick={() => show(s.id)}>
            {s.title}
          </button>
        ))}
      </nav>
      {/* Focusable, so the keyboard can scroll it (arrows, Page Down) like the text. */}
      <div className="guidelines-body" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        {guidelines.sections.map((s) => (
          <Section key={s.id} section={s} headingId={`${id}-${s.id}`} />
        ))}
        <p className="hint">{t('footer')}</p>
      </div>
    </aside>
  )
}

function Section({ section, headingId }: { section: GuidelineSection; headingId: string }) {
  const { t } = useTranslation('guidelines')
  const category = CATEGORIES.has(section.id) ? section.id : null
  return (
    <section
      className={`guideline${category ? ` cat-${category}` : ''}`}
      aria-labelledby={headingId}
      data-testid={`guideline-${section.id}`}
    >
      <h3 id={headingId}>
        {category && <span className="swatch" aria-hidden="true" />}
        {section.title}
        {category && <code className="guideline-id">{category}</code>}
      </h3>
      {section.paragraphs.map((p) => (
        <p key={p.slice(0, 40)}>{p}</p>
      ))}
      {section.terms && (
        <dl className="guideline-terms">
          {section.terms.map((term) => (
            <div key={term.id}>
              <dt>{term.name}</dt>
              <dd>
                {term.text}
                {term.examples && (
                  <span className="guideline-term-examples" lang="fr">
                    {' '}
                    {term.examples.map((e) => `«\u00a0${e}\u00a0»`).join(', ')}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {section.examples?.map((example) => (
        <figure
          key={example.quote}
          className={`guideline-example${example.label ? ` cat-${example.label.split(':')[0]}` : ''}`}
        >
          <blockquote lang="fr">{example.quote}</blockquote>
          <figcaption>
            <span className="guideline-label">
              {example.label ? (
                <>
                  <span className="swatch" aria-hidden="true" />
                  {example.label}
                </>
              ) : (
                t('noLabel')
              )}
            </span>{' '}
            {example.note}
          </figcaption>
        </figure>
      ))}
    </section>
  )
}
