// The page's JSON: nodes in id order, edges with their evidence, the engagement matrix.
// Sentences and rule ids repeat across edges (every attendee of an event shares its
// sentence), so each is written once in a table and edges refer to it by position.
#include "html_data.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "kg/json_writer.hpp"
#include "values.hpp"

namespace kg::html {
namespace {

constexpr NodeKind kNodeKinds[] = {NodeKind::person, NodeKind::organisation, NodeKind::programme,
                                   NodeKind::place, NodeKind::event};
constexpr EdgeKind kEdgeKinds[] = {EdgeKind::attended, EdgeKind::represents, EdgeKind::funds};

// Strings numbered in order of first use.
class StringTable {
 public:
  std::size_t index(std::string_view text) {
    auto it = positions_.find(text);
    if (it != positions_.end()) return it->second;
    bool added = false;
    std::tie(it, added) = positions_.try_emplace(std::string(text), texts_.size());
    if (added) texts_.push_back(&it->first);
    return it->second;
  }
  void write(json::Writer& w) const {
    w.start_array(json::kLines);
    for (const std::string* text : texts_) w.string(*text);
    w.end_array();
  }

 private:
  std::map<std::string, std::size_t, std::less<>> positions_;
  std::vector<const std::string*> texts_;
};

void write_kinds(json::Writer& w) {
  w.key("kinds").start_array(json::kSpaced);
  for (NodeKind kind : kNodeKinds) {
    w.start_object();
    w.key("name").string(to_string(kind));
    w.key("colour").string(values::hex(values::kind_colour(kind)));
    w.end_object();
  }
  w.end_array();
  w.key("edgeKinds").start_array(json::kSpaced);
  for (EdgeKind kind : kEdgeKinds) w.string(to_string(kind));
  w.end_array();
}

std::size_t kind_index(NodeKind kind) {
  return static_cast<std::size_t>(std::find(std::begin(kNodeKinds), std::end(kNodeKinds), kind) -
                                  std::begin(kNodeKinds));
}

std::size_t kind_index(EdgeKind kind) {
  return static_cast<std::size_t>(std::find(std::begin(kEdgeKinds), std::end(kEdgeKinds), kind) -
                                  std::begin(kEdgeKinds));
}

void write_node(const NodeData& node, json::Writer& w) {
  w.start_object(json::kSpaced);
  w.key("id").string(node.id);
  w.key("kind").integer(kind_index(node.kind));
  w.key("name").string(node.name);
  if (!node.aliases.empty()) w.key("aliases").strings(node.aliases, json::kCompact);
  w.key("items").integers(node.items, json::kCompact);
  if (node.kind == NodeKind::event) {
    w.key("n").integer(node.n);
    if (!node.date.empty()) w.key("date").string(node.date);
    if (!node.end_date.empty()) w.key("end").string(node.end_date);
  }
  w.end_object();
}

// [item, rule, sentence] per piece of evidence, rule and sentence as table positions.
void write_edge(const EdgeRef& edge, std::size_t source, std::size_t target, StringTable& rules,
                StringTable& sentences, json::Writer& w) {
  w.start_object(json::kSpaced);
  w.key("source").integer(source);
  w.key("target").integer(target);
  w.key("kind").integer(kind_index(edge.data->kind));
  w.key("evidence").start_array();
  for (const Evidence& evidence : edge.data->evidence) {
    w.start_array();
    w.integer(evidence.item);
    w.integer(rules.index(evidence.rule));
    w.integer(sentences.index(evidence.sentence));
    w.end_array();
  }
  w.end_array();
  w.end_object();
}

void write_matrix(const EngagementMatrix& matrix, const std::string& title,
                  const std::map<NodeIndex, std::size_t>& position, json::Writer& w) {
  auto positions = [&](const std::vector<NodeIndex>& nodes) {
    w.start_array(json::kCompact);
    for (NodeIndex node : nodes) w.integer(position.at(node));
    w.end_array();
  };
  w.start_object(json::kSpaced);
  w.key("title").string(title);
  w.key("rows");  // rows and columns as positions in "nodes"
  positions(matrix.rows);
  w.key("columns");
  positions(matrix.columns);
  w.key("cells").start_array(json::kLines);  // [row, column, [event positions]]
  for (std::size_t r = 0; r < matrix.rows.size(); ++r)
    for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
      if (matrix.cells[r][c].empty()) continue;
      w.start_array(json::kSpaced).integer(r).integer(c);
      positions(matrix.cells[r][c]);
      w.end_array();
    }
  w.end_array();
  w.end_object();
}

std::string page_data_json(const KnowledgeGraph& graph, const EngagementMatrix* matrix,
                           const std::string& matrix_title, const std::string& note) {
  std::string out;
  json::Writer w(out, json::kLinesAfterFirst);
  w.start_object();
  w.key("corpus").string(graph.corpus);
  write_kinds(w);
  std::map<NodeIndex, std::size_t> position;
  w.key("nodes").start_array(json::kLines);
  for (NodeIndex index : graph.nodes_sorted()) {
    position.emplace(index, position.size());
    write_node(graph.node(index), w);
  }
  w.end_array();
  StringTable rules, sentences;
  w.key("edges").start_array(json::kLines);
  for (const EdgeRef& edge : graph.edges_sorted())
    write_edge(edge, position.at(edge.source), position.at(edge.target), rules, sentences, w);
  w.end_array();
  rules.write(w.key("rules"));
  sentences.write(w.key("sentences"));
  w.key("matrix");
  if (matrix)
    write_matrix(*matrix, matrix_title, position, w);
  else
    w.null();
  w.key("matrixNote").string(note);
  w.end_object();
  out += '\n';
  return out;
}

}  // namespace

void write_page_data(const KnowledgeGraph& graph, const EngagementMatrix* matrix,
                     const std::string& matrix_title, const std::string& note, std::ostream& out) {
  std::string json = page_data_json(graph, matrix, matrix_title, note);
  // Outside strings JSON has no "<", so this touches string contents only.
  std::string::size_type start = 0, next;
  while ((next = json.find('<', start)) != std::string::npos) {
    out.write(json.data() + start, static_cast<std::streamsize>(next - start));
    out << "\\u003c";
    start = next + 1;
  }
  out.write(json.data() + start, static_cast<std::streamsize>(json.size() - start));
}

}  // namespace kg::html
