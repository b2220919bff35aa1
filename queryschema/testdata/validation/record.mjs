// Records Prisma 7.10's answers to the validation corpus.
//
//   node queryschema/testdata/validation/record.mjs [name...]
//
// For every <schema>.<kind>.jsonl here (kind "invalid", "valid" or
// "mutated" (valid requests randomly mutated, see mutate.py); one
// JSON-protocol request per line, // comments allowed) it writes
// <schema>.<kind>.golden.jsonl with one {"request", "response"} line per
// request. Requests against SQLite schemas run with `prisma-ref exec` on a
// freshly pushed database; the others are compiled with `prisma-ref plan`
// for the schema's provider (no database needed: validation happens at
// compile time). Plan results are written in exec's response shape:
// {"errors":[{"error", "user_facing_error"?}]} or {"data": "compiled"}.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../../..')
const ref = process.env.PRISMA_REF ?? path.resolve(repo, '../shared/oracle/prisma-ref')
const only = process.argv.slice(2)

function readRequests(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//'))
}

function providerOf(schemaFile) {
  const m = /provider\s*=\s*"(sqlite|postgresql|mysql|sqlserver|cockroachdb)"/.exec(fs.readFileSync(schemaFile, 'utf8'))
  return m[1]
}

function viaExec(schemaFile, lines) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-corpus-'))
  const url = `file:${path.join(dir, 'db.sqlite')}`
  execFileSync(ref, ['push', '--schema', schemaFile, '--url', url], { stdio: ['ignore', 'ignore', 'inherit'] })
  const out = execFileSync(ref, ['exec', '--schema', schemaFile, '--url', url], { input: lines.join('\n') + '\n', maxBuffer: 1 << 28 })
  fs.rmSync(dir, { recursive: true, force: true })
  return out
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const r = JSON.parse(l)
      delete r.$oracle
      return r
    })
}

// planBatch compiles lines with one plan process; it returns the results
// it got before the process died (a compiler panic poisons the wasm
// instance, so the panicking request is then compiled alone).
function planBatch(schemaFile, provider, lines) {
  const tmp = path.join(os.tmpdir(), `qs-corpus-${process.pid}.jsonl`)
  fs.writeFileSync(tmp, lines.join('\n') + '\n')
  let out
  try {
    out = execFileSync(ref, ['plan', '--schema', schemaFile, '--providers', provider, '--json', '--jsonl', tmp], {
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (e) {
    out = e.stdout ?? Buffer.alloc(0)
    if (lines.length === 1) {
      const msg = (e.stderr ?? '').toString().trim().replace(/^plan: /, '')
      fs.rmSync(tmp, { force: true })
      return [[{ error: { message: msg } }]]
    }
  }
  fs.rmSync(tmp, { force: true })
  return out
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
}

function viaPlan(schemaFile, provider, lines) {
  const results = []
  while (results.length < lines.length) {
    let got = planBatch(schemaFile, provider, lines.slice(results.length))
    if (got.length === 0) got = planBatch(schemaFile, provider, [lines[results.length]])
    results.push(...got)
  }
  return results.map(([r]) => {
    if (!r.error) return { data: 'compiled' }
    const e = { error: r.error.message }
    if (r.error.code) {
      e.user_facing_error = { is_panic: false, message: r.error.message, meta: r.error.meta, error_code: r.error.code }
    }
    return { errors: [e] }
  })
}

for (const f of fs.readdirSync(here).sort()) {
  const m = /^(.+)\.(invalid|valid|mutated)\.jsonl$/.exec(f)
  if (!m) continue
  if (only.length && !only.includes(m[1]) && !only.includes(f)) continue
  const schemaFile = path.join(here, '..', 'schemas', m[1] + '.prisma')
  const provider = providerOf(schemaFile)
  const lines = readRequests(path.join(here, f))
  const responses = provider === 'sqlite' && m[2] === 'invalid' ? viaExec(schemaFile, lines) : viaPlan(schemaFile, provider, lines)
  if (responses.length !== lines.length) throw new Error(`${f}: ${lines.length} requests, ${responses.length} responses`)
  const golden = lines.map((l, i) => JSON.stringify({ request: JSON.parse(l), response: responses[i] })).join('\n') + '\n'
  fs.writeFileSync(path.join(here, `${m[1]}.${m[2]}.golden.jsonl`), golden)
  process.stdout.write(`${f}: ${lines.length} requests\n`)
}
