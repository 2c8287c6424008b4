// The page's JSON: nodes in id order, edges with their evidence, the engagement matrix.
// Sentences and rule ids repeat across edges (every attendee of an event shares its
// sentence), so each is written once in a table and edges refer to it by position.
#include "html_data.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "escape.hpp"
#include "values.hpp"

namespace kg::html {
namespace {

constexpr NodeKind kNodeKinds[] = {NodeKind::person, NodeKind::organisation, NodeKind::programme,
                                   NodeKind::place, NodeKind::event};
constexpr EdgeKind kEdgeKinds[] = {EdgeKind::attended, EdgeKind::represents, EdgeKind::funds};

// Strings numbered in order of first use.
class StringTable {
 public:
  std::size_t index(const std::string& text) {
    auto [it, added] = positions_.try_emplace(text, texts_.size());
    if (added) texts_.push_back(&it->first);
    return it->second;
  }
  void write(std::ostream& out) const {
    out << '[';
    for (std::size_t i = 0; i < texts_.size(); ++i)
      out << (i > 0 ? ",\n" : "\n") << escape::json_string(*texts_[i]);
    out << ']';
  }

 private:
  std::map<std::string, std::size_t> positions_;
  std::vector<const std::string*> texts_;
};

void write_kinds(std::ostream& out) {
  out << "\"kinds\": [";
  for (std::size_t i = 0; i < std::size(kNodeKinds); ++i)
    out << (i > 0 ? ", " : "") << "{\"name\": " << escape::json_string(to_string(kNodeKinds[i]))
        << ", \"colour\": \"" << values::hex(values::kind_colour(kNodeKinds[i])) << "\"}";
  out << "],\n\"edgeKinds\": [";
  for (std::size_t i = 0; i < std::size(kEdgeKinds); ++i)
    out << (i > 0 ? ", " : "") << escape::json_string(to_string(kEdgeKinds[i]));
  out << "],\n";
}

std::size_t kind_index(NodeKind kind) {
  return static_cast<std::size_t>(std::find(std::begin(kNodeKinds), std::end(kNodeKinds), kind) -
                                  std::begin(kNodeKinds));
}

std::size_t kind_index(EdgeKind kind) {
  return static_cast<std::size_t>(std::find(std::begin(kEdgeKinds), std::end(kEdgeKinds), kind) -
                                  std::begin(kEdgeKinds));
}

std::string int_array(const std::vector<int>& values) {
  return escape::json_array(std::vector<std::int64_t>(values.begin(), values.end()));
}

void write_node(const NodeData& node, std::ostream& out) {
  out << "{\"id\": " << escape::json_string(node.id) << ", \"kind\": " << kind_index(node.kind)
      << ", \"name\": " << escape::json_string(node.name);
  if (!node.aliases.empty()) out << ", \"aliases\": " << escape::json_array(node.aliases);
  out << ", \"items\": " << int_array(node.items);
  if (node.kind == NodeKind::event) {
    out << ", \"n\": " << node.n;
    if (!node.date.empty()) out << ", \"date\": " << escape::json_string(node.date);
    if (!node.end_date.empty()) out << ", \"end\": " << escape::json_string(node.end_date);
  }
  out << '}';
}

// [item, rule, sentence] per piece of evidence, rule and sentence as table positions.
void write_edge(const EdgeRef& edge, std::size_t source, std::size_t target, StringTable& rules,
                StringTable& sentences, std::ostream& out) {
  out << "{\"source\": " << source << ", \"target\": " << target
      << ", \"kind\": " << kind_index(edge.data->kind) << ", \"evidence\": [";
  for (std::size_t i = 0; i < edge.data->evidence.size(); ++i) {
    const Evidence& evidence = edge.data->evidence[i];
    out << (i > 0 ? ", " : "") << '[' << evidence.item << ", " << rules.index(evidence.rule) << ", "
        << sentences.index(evidence.sentence) << ']';
  }
  out << "]}";
}

void write_matrix(const EngagementMatrix& matrix, const std::string& title,
                  const std::map<NodeIndex, std::size_t>& position, std::ostream& out) {
  auto positions = [&](const std::vector<NodeIndex>& nodes) {
    std::vector<std::int64_t> out;
    for (NodeIndex node : nodes) out.push_back(static_cast<std::int64_t>(position.at(node)));
    return escape::json_array(out);
  };
  out << "{\"title\": " << escape::json_string(title) << ", \"rows\": " << positions(matrix.rows)
      << ", \"columns\": " << positions(matrix.columns) << ", \"cells\": [";
  bool first = true;
  for (std::size_t r = 0; r < matrix.rows.size(); ++r)
    for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
      if (matrix.cells[r][c].empty()) continue;
      out << (first ? "\n" : ",\n") << '[' << r << ", " << c << ", "
          << positions(matrix.cells[r][c]) << ']';
      first = false;
    }
  out << "]}";
}

std::string page_data_json(const KnowledgeGraph& graph, const EngagementMatrix* matrix,
                           const std::string& matrix_title, const std::string& note) {
  std::ostringstream out;
  out << "{\"corpus\": " << escape::json_string(graph.corpus) << ",\n";
  write_kinds(out);
  std::map<NodeIndex, std::size_t> position;
  out << "\"nodes\": [";
  for (NodeIndex index : graph.nodes_sorted()) {
    out << (position.empty() ? "\n" : ",\n");
    position.emplace(index, position.size());
    write_node(graph.node(index), out);
  }
  out << "],\n\"edges\": [";
  StringTable rules, sentences;
  bool first = true;
  for (const EdgeRef& edge : graph.edges_sorted()) {
    out << (first ? "\n" : ",\n");
    first = false;
    write_edge(edge, position.at(edge.source), position.at(edge.target), rules, sentences, out);
  }
  out << "],\n\"rules\": ";
  rules.write(out);
  out << ",\n\"sentences\": ";
  sentences.write(out);
  out << ",\n\"matrix\": ";
  if (matrix)
    write_matrix(*matrix, matrix_title, position, out);
  else
    out << "null";
  out << ",\n\"matrixNote\": " << escape::json_string(note) << "}\n";
  return out.str();
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
