// Escaping shared by the exporters. Text inside kg is UTF-8, but a corpus may smuggle in
// anything: every function here reads invalid UTF-8 as U+FFFD, so no output format ever
// carries a broken byte sequence.
#pragma once

#include <string>
#include <string_view>

namespace kg::escape {

// Character data or a double-quoted attribute value of XML 1.0: markup characters escaped,
// characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) removed. CR is always a reference,
// so parsers keep it; `attribute` also turns tabs and newlines into references, which
// attribute-value normalisation would otherwise turn into spaces.
std::string xml(std::string_view text, bool attribute);

// A Cypher string literal in single quotes: every backslash and quote escaped, control
// characters as \uXXXX, so no text can end the literal.
std::string cypher_string(std::string_view text);
// A label, relationship type or property key: as is when [A-Za-z_][A-Za-z0-9_]*, else in
// backticks with backticks doubled.
std::string cypher_name(std::string_view name);

// JSON (node-link, the page's data, list values in other formats) is written by
// kg/json_writer.hpp, as every JSON kg writes.

// A Graphviz double-quoted string: quotes and backslashes escaped (so no \N, \G, \l
// expansion), newlines as \n, other control characters removed.
std::string dot_string(std::string_view text);

// A quoted CSV field as neo4j-admin reads it (RFC 4180: a quote doubles; a backslash is
// plain text), valid UTF-8, NUL removed.
std::string csv_field(std::string_view text);

}  // namespace kg::escape
