// The data of the HTML page: the graph and the engagement matrix as one JSON document that
// the page's script reads (src/export/html/*.js; the shape is documented in data.js).
#pragma once

#include <ostream>

#include "kg/graph.hpp"
#include "kg/query.hpp"

namespace kg::html {

// Writes the JSON text. Every "<" is written as \u003c (JSON reads it back as "<"), so no
// name or sentence can end the <script> element that holds the data, whatever it contains.
// `matrix` may be null: the page then says that it has no engagement matrix, and why (`note`).
void write_page_data(const KnowledgeGraph& graph, const EngagementMatrix* matrix,
                     const std::string& matrix_title, const std::string& note, std::ostream& out);

}  // namespace kg::html
