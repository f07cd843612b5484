// The static security gate run by `npm test`: Electronegativity over the sources (its exit code is 0 even
// with findings, so its programmatic API is used) must report no HIGH finding and no MEDIUM finding that is
// not justified below; and `npm audit --omit=dev` must report no high or critical advisory (where the
// registry serves advisories: a registry that refuses the endpoint is reported, not counted as a pass).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const electronegativity = require('@doyensec/electronegativity')

/** MEDIUM findings we accept, by check id and file, and why. */
const JUSTIFIED = {
  'PRELOAD_JS_CHECK main/shell/window.ts':
    'the preload is one sandboxed CommonJS file that forwards only the contract methods (src/preload/index.ts)',
}

const result = await electronegativity({ input: 'src', electronVersionOverride: '45.5.0', isRelative: true })
let failed = false
for (const issue of result.issues) {
  const severity = issue.severity?.name ?? String(issue.severity)
  const key = `${issue.id} ${issue.file}`
  if (severity === 'HIGH' || (severity === 'MEDIUM' && !JUSTIFIED[key])) {
    failed = true
    console.error(`security: ${severity} ${key}:${issue.location?.line ?? 0} ${issue.description ?? ''}`)
  } else console.log(`security: ${severity} ${key}${JUSTIFIED[key] ? ` (justified: ${JUSTIFIED[key]})` : ''}`)
}
if (result.errors.some((e) => !e.tolerable)) {
  failed = true
  console.error('security: Electronegativity could not parse', result.errors)
}

const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' })
const report = JSON.parse(audit.stdout || '{}')
const counts = report.metadata?.vulnerabilities
const unreachable = /audit (endpoint returned an error|4\d\d|5\d\d)|ENOTFOUND|ECONNREFUSED|EAI_AGAIN/.test(
  audit.stderr,
)
if (!counts && unreachable) {
  // Some registries (mirrors, offline caches) do not serve the advisories endpoint: say so, loudly.
  console.warn(`security: npm audit could not run here: ${audit.stderr.trim().split('\n')[0]}`)
} else if (!counts) {
  console.error(
    `security: npm audit gave no report (${(audit.stderr || audit.stdout).trim().split('\n')[0]})`,
  )
  failed = true
} else {
  console.log(`security: npm audit --omit=dev: ${JSON.stringify(counts)}`)
  if ((counts.high ?? 0) + (counts.critical ?? 0) > 0) failed = true
}
console.log(failed ? 'security: FAILED' : 'security: passed')
process.exit(failed ? 1 : 0)
