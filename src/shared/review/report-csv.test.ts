// The agreement report as CSV, checked whole against a golden string: header, a row per scope × category ×
// label, names quoted per RFC 4180, figures to three decimals (a negative one stays a number, -0.0001 is
// 0.000), empty fields for null, CRLF line ends, and a byte-order mark only on request.
import { describe, expect, it } from 'vitest'
import { reportToCsv } from './report-csv'
import { SAMPLE_REPORT } from './testing/sample-report'

const WHO = 'Aïcha Benali + Jean ""JD"" Dupont, Jr.'

const GOLDEN = [
  'scope,annotators,category,label,f1Exact,f1Overlap,cohenKappa,fleissKappa,krippendorffAlpha,alphaU',
  `all,"${WHO}",POSITION,,0.500,0.667,-0.250,,0.000,`,
  `all,"${WHO}",POSITION,POSITION,0.500,0.667,-0.250,,0.000,`,
  `all,"${WHO}",ENTITY,,1.000,1.000,1.000,,1.000,0.988`,
  `all,"${WHO}",ENTITY,ENTITY:PERSON,1.000,1.000,1.000,,1.000,1.000`,
  `all,"${WHO}",ENTITY,ENTITY:A|B_*x*,,,,,,`,
  `all,"${WHO}",overall,,0.750,0.833,0.600,,0.600,0.500`,
  `pair,"${WHO}",POSITION,,0.500,0.667,-0.250,,0.000,`,
  `pair,"${WHO}",POSITION,POSITION,0.500,0.667,-0.250,,0.000,`,
  `pair,"${WHO}",ENTITY,,1.000,1.000,1.000,,1.000,0.988`,
  `pair,"${WHO}",ENTITY,ENTITY:PERSON,1.000,1.000,1.000,,1.000,1.000`,
  `pair,"${WHO}",ENTITY,ENTITY:A|B_*x*,,,,,,`,
  `pair,"${WHO}",overall,,0.750,0.833,0.600,,0.600,0.500`,
  '',
].join('\r\n')

describe('reportToCsv', () => {
  it('writes the golden table', () => {
    expect(reportToCsv(SAMPLE_REPORT)).toBe(GOLDEN)
  })

  it('starts with a byte-order mark on request, for Excel', () => {
    expect(reportToCsv(SAMPLE_REPORT, { bom: true })).toBe(`\uFEFF${GOLDEN}`)
  })

  it('defuses a name that a spreadsheet would run as a formula', () => {
    const csv = reportToCsv({ ...SAMPLE_REPORT, annotators: ['=cmd', 'B'], pairs: [] })
    expect(csv.split('\r\n')[1]).toMatch(/^all,'=cmd \+ B,POSITION,/)
  })
})
