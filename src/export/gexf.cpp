// GEXF 1.3, Gephi's own format: typed attributes, a colour per node kind, and time. Events
// carry their days as start/end and attended edges their event's, so Gephi's timeline plays
// the graph over time; entities without days are there all along. Edges carry GEXF 1.3's
// `kind`, which keeps parallel edges of different kinds apart in Gephi.
#include <chrono>
#include <cstdio>
#include <ostream>

#include "escape.hpp"
#include "kg/export.hpp"
#include "values.hpp"

namespace kg {
namespace {

std::string_view gexf_type(ValueType type) {
  switch (type) {
    case ValueType::integer:
      return "integer";
    case ValueType::real:
      return "double";
    // GEXF's list type, written `["a", "b"]` (item numbers too: `[1, 2]`), which Gephi reads
    // as a list; the typed lists of GEXF 1.3 (listinteger ...) are not read by every reader.
    case ValueType::string_list:
    case ValueType::integer_list:
      return "liststring";
    default:
      return "string";  // dates as text: every reader takes them
  }
}

void write_attributes(std::ostream& out, std::string_view domain,
                      const std::vector<Attribute>& attributes, const std::vector<bool>& used,
                      bool with_kind) {
  out << "    <attributes class=\"" << domain << "\" mode=\"static\">\n";
  if (with_kind) out << "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n";
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    if (!used[i]) continue;
    out << "      <attribute id=\"" << attributes[i].name << "\" title=\"" << attributes[i].name
        << "\" type=\"" << gexf_type(attributes[i].type) << "\"/>\n";
  }
  out << "    </attributes>\n";
}

void write_attvalue(std::ostream& out, std::string_view id, std::string_view text) {
  out << "          <attvalue for=\"" << id << "\" value=\"" << escape::xml(text, true) << "\"/>\n";
}

// Edge weights leave the attribute list: GEXF has its own `weight`.
void write_attvalues(std::ostream& out, std::string_view kind,
                     const std::vector<Attribute>& attributes, const std::vector<Value>& values) {
  out << "        <attvalues>\n";
  write_attvalue(out, "kind", kind);
  for (std::size_t i = 0; i < attributes.size() && i < values.size(); ++i)
    if (values::has_value(values[i]) && attributes[i].name != "weight")
      write_attvalue(out, attributes[i].name, values::as_text(values[i]));
  out << "        </attvalues>\n";
}

// Gephi's timeline reads an interval's end as an instant: an event held on 19 June ends at
// the start of 20 June, so that a one-day event lasts a day instead of no time at all.
std::string day_after(const std::string& iso_date) {
  int year = 0;
  unsigned month = 0, day = 0;
  if (std::sscanf(iso_date.c_str(), "%d-%u-%u", &year, &month, &day) != 3) return iso_date;
  std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month},
                                   std::chrono::day{day}};
  if (!date.ok()) return iso_date;
  std::chrono::year_month_day next{std::chrono::sys_days{date} + std::chrono::days{1}};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(next.year()),
                static_cast<unsigned>(next.month()), static_cast<unsigned>(next.day()));
  return text;
}

void write_span_attributes(std::ostream& out, const TimeSpan& span) {
  out << "start=\"" << escape::xml(span.start, true) << "\" end=\""
      << escape::xml(day_after(span.end), true) << "\"";
}

// One span as start/end on the element itself; several as <spells>.
void write_one_span(std::ostream& out, const std::vector<TimeSpan>& spans) {
  if (spans.size() != 1) return;
  out << ' ';
  write_span_attributes(out, spans[0]);
}

void write_spells(std::ostream& out, const std::vector<TimeSpan>& spans) {
  if (spans.size() < 2) return;
  out << "        <spells>\n";
  for (const TimeSpan& span : spans) {
    out << "          <spell ";
    write_span_attributes(out, span);
    out << "/>\n";
  }
  out << "        </spells>\n";
}

}  // namespace

void write_gexf(const ExportGraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
         "    version=\"1.3\">\n";
  out << "  <meta>\n    <creator>kg</creator>\n    <description>"
      << escape::xml(graph.description, false) << "</description>\n  </meta>\n";
  out << "  <graph mode=\"dynamic\" defaultedgetype=\""
      << (graph.directed ? "directed" : "undirected")
      << "\" timeformat=\"date\" timerepresentation=\"interval\">\n";
  write_attributes(out, "node", graph.node_attributes, values::used_node_attributes(graph), true);
  write_attributes(out, "edge", graph.edge_attributes, values::used_edge_attributes(graph), true);

  out << "    <nodes>\n";
  for (const ExportNode& node : graph.nodes) {
    out << "      <node id=\"" << escape::xml(node.id, true) << "\" label=\""
        << escape::xml(node.label, true) << "\"";
    write_one_span(out, node.spans);
    out << ">\n";
    write_attvalues(out, to_string(node.kind), graph.node_attributes, node.values);
    write_spells(out, node.spans);
    values::Colour colour = values::kind_colour(node.kind);
    out << "        <viz:color r=\"" << colour.red << "\" g=\"" << colour.green << "\" b=\""
        << colour.blue << "\"/>\n";
    out << "      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const ExportEdge& edge = graph.edges[i];
    out << "      <edge id=\"e" << i << "\" source=\""
        << escape::xml(graph.nodes[edge.source].id, true) << "\" target=\""
        << escape::xml(graph.nodes[edge.target].id, true) << "\" label=\""
        << escape::xml(edge.kind, true) << "\" kind=\"" << escape::xml(edge.kind, true)
        << "\" weight=\"" << values::format_real(edge.weight) << "\"";
    write_one_span(out, edge.spans);
    out << ">\n";
    write_attvalues(out, edge.kind, graph.edge_attributes, edge.values);
    write_spells(out, edge.spans);
    out << "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace kg
