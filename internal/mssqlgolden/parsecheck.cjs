// Parses every statement of testdata/*/noengine.txt with node-sql-parser's
// TransactSQL grammar: a syntax check of the SQL Server statements noengine
// writes, without a server. Needs Node and node-sql-parser (not a test
// dependency; the Go tests never run this):
//
//   npm install --prefix /tmp/sqlparser node-sql-parser@5.4.0
//   NODE_PATH=/tmp/sqlparser/node_modules node internal/mssqlgolden/parsecheck.cjs
//
// The grammar lacks a few T-SQL forms noengine writes; the script rewrites
// them into forms it has before parsing, and says so: run-time tuples get
// two items; OFFSET/FETCH parameters become numbers; DECLARE @generated_keys
// ... INSERT ... OUTPUT ... INTO ... SELECT is parsed as its INSERT (without
// OUTPUT) and its SELECT; OFFSET without FETCH gets a FETCH. It has no MERGE
// at all: those statements are counted apart. Raw queries written for other
// databases (with " or $1 or ?) are skipped.
const fs = require('fs')
const path = require('path')
const { Parser } = require('node-sql-parser')

const dir = path.join(__dirname, 'testdata')
const parser = new Parser()
let ok = 0
let merge = 0
const bad = []
for (const suite of fs.readdirSync(dir)) {
  const file = path.join(dir, suite, 'noengine.txt')
  if (!fs.existsSync(file)) continue
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = line.match(/^(?:\[\d+\] )?(?:query|execute): (.*)$/)
    if (!m) continue
    let sql = m[1]
    if (/["`?]|\$\d/.test(sql)) continue
    if (sql.startsWith('MERGE ')) {
      merge++
      continue
    }
    sql = sql
      .replace(/\(\((@P\d+),…\),…\)/g, '($1,@X1),($1,@X2)')
      .replace(/\((@P\d+),…\)/g, '($1,@X3)')
      .replace(/OFFSET @P\d+ ROWS/g, 'OFFSET 0 ROWS')
      .replace(/FETCH NEXT @P\d+ ROWS/g, 'FETCH NEXT 5 ROWS')
    let parts = [sql]
    const d = sql.match(/^DECLARE @generated_keys table\(.*?\) (INSERT .*?) (SELECT .* WHERE @@ROWCOUNT > 0)$/)
    if (d) {
      parts = [
        d[1].replace(' INTO @generated_keys', '').replace(/ OUTPUT \[Inserted\]\.\[[^\]]+\](, \[Inserted\]\.\[[^\]]+\])*/, ''),
        d[2].replace('@generated_keys AS g', '[generated_keys] AS g').replace(' WHERE @@ROWCOUNT > 0', ''),
      ]
    }
    parts = parts.map((p) => p.replace(/OFFSET 0 ROWS(?! FETCH)/g, 'OFFSET 0 ROWS FETCH NEXT 5 ROWS ONLY'))
    try {
      for (const p of parts) parser.astify(p, { database: 'TransactSQL' })
      ok++
    } catch (e) {
      bad.push(`${suite}: ${e.message.slice(0, 120)}\n    ${m[1].slice(0, 300)}`)
    }
  }
}
console.log(`parsed ${ok}, failed ${bad.length}, MERGE not in the grammar ${merge}`)
for (const b of bad.slice(0, 20)) console.log(b)
process.exit(bad.length ? 1 : 0)
