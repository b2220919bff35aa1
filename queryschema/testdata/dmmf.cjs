// Records the golden query schemas (DMMF) of testdata/schemas/*.prisma with
// real Prisma 7.10 (the prisma-schema wasm shipped in the `prisma` CLI
// package installed by `../shared/oracle/prisma-ref setup`).
//
//   node queryschema/testdata/dmmf.cjs            # rewrite testdata/dmmf/*.json
//
// Each golden file holds the DMMF datamodel (models, enums) and the query
// schema normalised to a compact form (see normalise below); the Go test
// renders its own query schema the same way and compares.
'use strict'
const fs = require('fs')
const path = require('path')
const home = process.env.PRISMA_ORACLE_HOME || path.join(require('os').homedir(), '.cache/prisma-oracle')
const wasmPath = path.join(home, 'node_modules/prisma/build/prisma_schema_build_bg.wasm')

let inst
const mem = () => new Uint8Array(inst.exports.memory.buffer)
const dec = new TextDecoder('utf-8')
const str = (p, l) => dec.decode(mem().subarray(p >>> 0, (p >>> 0) + l))
const imports = {
  __wbindgen_placeholder__: {
    __wbg_set_message_f22ac4a6869ee695: (p, l) => { throw new Error('panic: ' + str(p, l)) },
    __wbg_Error_e83987f665cf5504: (p, l) => new Error(str(p, l)),
    __wbg___wbindgen_throw_b855445ff6a94295: (p, l) => { throw new Error(str(p, l)) },
    __wbindgen_init_externref_table: () => {
      const t = inst.exports.__wbindgen_externrefs
      const o = t.grow(4)
      t.set(0, undefined); t.set(o, undefined); t.set(o + 1, null); t.set(o + 2, true); t.set(o + 3, false)
    },
  },
}
inst = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmPath)), imports)
inst.exports.__wbindgen_start()

function getDMMF(schema) {
  const b = new TextEncoder().encode(JSON.stringify({ prismaSchema: schema, noColor: true }))
  const p = inst.exports.__wbindgen_malloc(b.length, 1) >>> 0
  mem().set(b, p)
  const r = inst.exports.get_dmmf(p, b.length)
  if (r[3]) throw inst.exports.__wbindgen_externrefs.get(r[2])
  const s = str(r[0], r[1])
  inst.exports.__wbindgen_free(r[0], r[1], 1)
  return JSON.parse(s)
}

// typeRef renders an input type reference: "Int", "Int[]", "enum:SortOrder",
// "obj:UserWhereInput", "ref:IntFieldRefInput".
function typeRef(t) {
  const prefix = { scalar: '', enumTypes: 'enum:', inputObjectTypes: 'obj:', fieldRefTypes: 'ref:', outputObjectTypes: 'out:' }[t.location]
  if (prefix === undefined) throw new Error('unknown location ' + t.location)
  return prefix + t.type + (t.isList ? '[]' : '')
}
function inputField(f) {
  const o = { name: f.name, types: f.inputTypes.map(typeRef) }
  if (f.isRequired) o.required = true
  if (f.isNullable) o.nullable = true
  if (f.isParameterizable) o.param = true
  return o
}
function constraints(c) {
  const o = {}
  if (c.minNumFields != null) o.min = c.minNumFields
  if (c.maxNumFields != null) o.max = c.maxNumFields
  if (c.fields) o.fields = c.fields
  return o
}
const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

function normalise(d) {
  const s = d.schema
  const out = {}
  out.inputTypes = [...(s.inputObjectTypes.prisma || []), ...(s.inputObjectTypes.model || [])]
    .map((t) => ({ name: t.name, constraints: constraints(t.constraints), fields: t.fields.map(inputField) }))
    .sort(byName)
  out.fieldRefTypes = (s.fieldRefTypes.prisma || [])
    .map((t) => ({ name: t.name, allow: t.allowTypes.map(typeRef), fields: t.fields.map(inputField) }))
    .sort(byName)
  out.outputTypes = [...(s.outputObjectTypes.prisma || []), ...(s.outputObjectTypes.model || [])]
    .map((t) => ({
      name: t.name,
      fields: t.fields.map((f) => {
        const o = { name: f.name, type: typeRef(f.outputType) }
        if (f.isNullable) o.nullable = true
        if (f.args.length) o.args = f.args.map(inputField)
        return o
      }),
    }))
    .sort(byName)
  out.enums = [...(s.enumTypes.prisma || []), ...(s.enumTypes.model || [])].map((e) => ({ name: e.name, values: e.values })).sort(byName)
  return out
}

// writeCompact writes one JSON value per line for the top-level arrays so
// that golden diffs stay readable.
function writeCompact(file, obj) {
  const lines = ['{']
  const keys = Object.keys(obj)
  keys.forEach((k, i) => {
    const v = obj[k]
    const comma = i < keys.length - 1 ? ',' : ''
    if (Array.isArray(v)) {
      lines.push(`${JSON.stringify(k)}: [`)
      v.forEach((x, j) => lines.push(JSON.stringify(x) + (j < v.length - 1 ? ',' : '')))
      lines.push(']' + comma)
    } else {
      lines.push(`${JSON.stringify(k)}: ${JSON.stringify(v)}${comma}`)
    }
  })
  lines.push('}')
  fs.writeFileSync(file, lines.join('\n') + '\n')
}

const dir = path.join(__dirname, 'schemas')
const only = process.argv.slice(2)
for (const f of fs.readdirSync(dir).sort()) {
  if (!f.endsWith('.prisma')) continue
  const name = f.replace(/\.prisma$/, '')
  if (only.length && !only.includes(name)) continue
  const d = getDMMF(fs.readFileSync(path.join(dir, f), 'utf8'))
  const out = { datamodel: { enums: d.datamodel.enums, models: d.datamodel.models }, ...normalise(d) }
  writeCompact(path.join(__dirname, 'dmmf', name + '.json'), out)
  process.stdout.write(`${name}: ${out.inputTypes.length} input types, ${out.outputTypes.length} output types\n`)
}
