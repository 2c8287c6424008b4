// Lints a Cypher script with Neo4j's own Cypher language support (the parser and semantic
// analysis of Neo4j's editors): zero errors or exit 1.
//
//   node lint.mjs SCRIPT.cypher [--strings OUT.json]
//
// Statements that differ only in literal values are linted once: the key of a statement is
// its token stream with literals replaced and repeated rows collapsed, which turns a script
// of thousands of UNWIND batches into a few dozen lints; and each is linted with one row of
// each row structure, since the cost of a lint grows with the statement's length.
// It also fails when a keyword that kg never writes (DELETE, DETACH, DROP, REMOVE, CALL, ...)
// appears outside a literal: the sign that some text ended its literal and ran as Cypher.
// --strings writes every string literal, decoded as Cypher decodes it, for round-trip checks.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The package's ESM build imports files without extensions, which Node refuses: use CJS.
const require = createRequire(import.meta.url);
const { parseStatementsStrs, lintCypherQuery, CypherLexer } = require('@neo4j-cypher/language-support');
const antlr4 = require('antlr4');

const args = process.argv.slice(2);
const file = args[0];
const stringsIndex = args.indexOf('--strings');
const stringsOut = stringsIndex >= 0 ? args[stringsIndex + 1] : null;
if (!file) {
  console.error('usage: node lint.mjs SCRIPT.cypher [--strings OUT.json]');
  process.exit(2);
}

const kLiteralTypes = new Set(
  ['STRING_LITERAL1', 'STRING_LITERAL2', 'UNSIGNED_DECIMAL_INTEGER', 'DECIMAL_DOUBLE', 'NULL',
   'TRUE', 'FALSE', 'UNSIGNED_HEX_INTEGER', 'UNSIGNED_OCTAL_INTEGER']
    .map((name) => CypherLexer.symbolicNames.indexOf(name)).filter((type) => type >= 0));
const kStringTypes = new Set(['STRING_LITERAL1', 'STRING_LITERAL2']
  .map((name) => CypherLexer.symbolicNames.indexOf(name)));
const kForbidden = new Set(['DELETE', 'DETACH', 'DROP', 'REMOVE', 'CALL', 'LOAD', 'FOREACH',
  'RETURN', 'WITH', 'CREATE_DATABASE', 'TERMINATE', 'ALTER', 'GRANT', 'DENY', 'REVOKE']);

function tokens(statement) {
  const lexer = new CypherLexer(new antlr4.CharStream(statement));
  lexer.removeErrorListeners();
  return lexer.getAllTokens().filter((token) => token.channel === 0);
}

// Cypher's string escapes: \\ \' \" \b \f \n \r \t \uXXXX \UXXXXXXXX.
function decodeString(text) {
  const body = text.slice(1, -1);
  const simple = { '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  let out = '';
  for (let i = 0; i < body.length; ++i) {
    const c = body[i];
    if (c !== '\\') { out += c; continue; }
    const next = body[++i];
    if (next in simple) { out += simple[next]; continue; }
    if (next === 'u') { out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 5), 16)); i += 4; continue; }
    if (next === 'U') { out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 9), 16)); i += 8; continue; }
    throw new Error(`unknown escape \\${next} in ${text}`);
  }
  return out;
}

function shapeKey(statementTokens) {
  let key = statementTokens
    .map((token) => (kLiteralTypes.has(token.type) ? '?' : token.text))
    .join(' ');
  // Lists of literals and rows of one shape collapse to one.
  key = key.replace(/- \?/g, '?').replace(/\[ (\? (, \? )*)?\]/g, '[?]');
  for (let previous = ''; previous !== key;) {
    previous = key;
    key = key.replace(/(\{ [^{}]* \})( , \1)+/g, '$1');
  }
  return key;
}

// The statement cut to one row of each row structure in its UNWIND list: rows that differ in
// literal values only lint alike, and linting costs grow with a statement's length. A row whose
// text ended a literal has a structure of its own, so it stays.
function representative(statement, statementTokens) {
  const symbol = (token) => CypherLexer.symbolicNames[token.type];
  const open = statementTokens.findIndex((token) => symbol(token) === 'LBRACKET');
  if (open < 0 || symbol(statementTokens[Math.max(open - 1, 0)]) !== 'UNWIND') return statement;
  const rows = [];  // [first token index, last token index] of each top-level map
  let depth = 0;
  let close = -1;
  for (let i = open; i < statementTokens.length && close < 0; ++i) {
    const name = symbol(statementTokens[i]);
    if (name === 'LBRACKET' || name === 'LCURLY' || name === 'LPAREN') {
      if (depth === 1 && name === 'LCURLY') rows.push([i, -1]);
      ++depth;
    } else if (name === 'RBRACKET' || name === 'RCURLY' || name === 'RPAREN') {
      --depth;
      if (depth === 1 && name === 'RCURLY') rows[rows.length - 1][1] = i;
      if (depth === 0) close = i;
    }
  }
  if (close < 0 || rows.length < 2 || rows.some(([, last]) => last < 0)) return statement;
  const seen = new Set();
  const kept = [];
  for (const [first, last] of rows) {
    const key = shapeKey(statementTokens.slice(first, last + 1));
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(statement.slice(statementTokens[first].start, statementTokens[last].stop + 1));
  }
  return statement.slice(0, statementTokens[open].stop + 1) + kept.join(', ') +
    statement.slice(statementTokens[close].start);
}

const script = readFileSync(file, 'utf8');
const statements = parseStatementsStrs(script).filter((s) => s.trim() !== '' && s.trim() !== ';');
const shapes = new Map();
const strings = [];
let problems = 0;
for (const statement of statements) {
  const statementTokens = tokens(statement);
  for (const token of statementTokens) {
    if (kStringTypes.has(token.type)) strings.push(decodeString(token.text));
    const name = CypherLexer.symbolicNames[token.type];
    if (kForbidden.has(name)) {
      console.error(`${file}: keyword ${name} outside a literal in: ${statement.slice(0, 200)}`);
      ++problems;
    }
  }
  const key = shapeKey(statementTokens);
  if (!shapes.has(key)) shapes.set(key, representative(statement, statementTokens));
}
for (const statement of shapes.values()) {
  const diagnostics = lintCypherQuery(statement, {});
  for (const d of diagnostics) {
    if (d.severity !== 1) continue;  // errors only; warnings (e.g. unknown labels) are fine
    console.error(`${file}: ${d.message}\n  in: ${statement.slice(0, 300)}`);
    ++problems;
  }
}
if (stringsOut) writeFileSync(stringsOut, JSON.stringify(strings));
console.log(`${file}: ${statements.length} statements, ${shapes.size} linted, ${problems} errors`);
process.exit(problems === 0 && statements.length > 0 ? 0 : 1);
