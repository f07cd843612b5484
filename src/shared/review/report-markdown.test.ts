// The agreement report as Markdown, checked whole against a golden string: who and what, a table per
// category, everything, a table per pair, the disagreements per kind; `–` where a measure does not apply,
// and names and labels escaped so that a `|` or a `*` cannot break a table or turn into emphasis.
import { describe, expect, it } from 'vitest'
import { reportToMarkdown } from './report-markdown'
import { SAMPLE_REPORT } from './testing/sample-report'

const HEAD = '| F1 exact | F1 overlap | Cohen’s κ | Fleiss’ κ | Krippendorff’s α | αu |'
const ALIGN = '| ---: | ---: | ---: | ---: | ---: | ---: |'

const GOLDEN = `# Agreement

- Annotators: Aïcha Benali, Jean "JD" Dupont, Jr.
- Documents (2): doc-1, doc\\_2

## POSITION

| label ${HEAD}
| --- ${ALIGN}
| POSITION (all labels) | 0.500 | 0.667 | -0.250 | – | 0.000 | – |
| POSITION | 0.500 | 0.667 | -0.250 | – | 0.000 | – |

## ENTITY

| label ${HEAD}
| --- ${ALIGN}
| ENTITY (all labels) | 1.000 | 1.000 | 1.000 | – | 1.000 | 0.988 |
| ENTITY:PERSON | 1.000 | 1.000 | 1.000 | – | 1.000 | 1.000 |
| ENTITY:A\\|B\\_\\*x\\* | – | – | – | – | – | – |

## All categories

| scope ${HEAD}
| --- ${ALIGN}
| overall | 0.750 | 0.833 | 0.600 | – | 0.600 | 0.500 |

## Pairs

### Aïcha Benali + Jean "JD" Dupont, Jr.

| category | label ${HEAD}
| --- | --- ${ALIGN}
| POSITION | (all labels) | 0.500 | 0.667 | -0.250 | – | 0.000 | – |
| POSITION | POSITION | 0.500 | 0.667 | -0.250 | – | 0.000 | – |
| ENTITY | (all labels) | 1.000 | 1.000 | 1.000 | – | 1.000 | 0.988 |
| ENTITY | ENTITY:PERSON | 1.000 | 1.000 | 1.000 | – | 1.000 | 1.000 |
| ENTITY | ENTITY:A\\|B\\_\\*x\\* | – | – | – | – | – | – |
| overall | (all labels) | 0.750 | 0.833 | 0.600 | – | 0.600 | 0.500 |

## Disagreements

| kind | count |
| --- | ---: |
| label | 1 |
| boundary | 0 |
| single | 2 |
| total | 3 |
`

describe('reportToMarkdown', () => {
  it('writes the golden report', () => {
    expect(reportToMarkdown(SAMPLE_REPORT)).toBe(GOLDEN)
  })
})
