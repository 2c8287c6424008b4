// The self-contained HTML page: the template of src/export/html/page.html with its style,
// its script and the graph's data put in place. Everything the page needs is inside the one
// file, so it opens offline and loads nothing from the network.
#include <string_view>

#include "escape.hpp"
#include "html_data.hpp"
#include "kg/export.hpp"

namespace kg::html {
// Embedded at build time by cmake/embed_text.cmake.
extern const std::string_view kPageTemplate;
extern const std::string_view kPageStyle;
extern const std::string_view kPageScript;
}  // namespace kg::html

namespace kg {

void write_html(const KnowledgeGraph& graph, const HtmlMatrix& matrix, std::ostream& out) {
  // The template's markers, in the order they appear in it.
  constexpr std::string_view kMarkers[] = {"@KG_TITLE@", "@KG_STYLE@", "@KG_DATA@", "@KG_SCRIPT@"};
  std::string_view rest = html::kPageTemplate;
  for (std::string_view marker : kMarkers) {
    std::size_t at = rest.find(marker);
    if (at == std::string_view::npos) throw std::logic_error("page.html lacks a marker");
    out << rest.substr(0, at);
    rest.remove_prefix(at + marker.size());
    if (marker == "@KG_TITLE@")
      out << escape::xml(graph.corpus.empty() ? "kg graph" : graph.corpus + " - kg", false);
    else if (marker == "@KG_STYLE@")
      out << html::kPageStyle;
    else if (marker == "@KG_DATA@")
      html::write_page_data(graph, matrix.matrix ? &*matrix.matrix : nullptr, matrix.title,
                            matrix.note, out);
    else
      out << html::kPageScript;
  }
  out << rest;
}

}  // namespace kg
