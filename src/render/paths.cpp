// `kg path` in three formats.
#include <algorithm>

#include "kg/render.hpp"

namespace kg::render {
namespace {

std::string hop_kinds(const PathHop& hop) {
  std::string out;
  for (const EdgeRef& edge : hop.edges)
    out += (out.empty() ? "" : ",") + std::string(to_string(edge.data->kind));
  return out;
}

// The node's description, its name in the colour of its kind on a terminal.
std::string painted_node(const NodeData& node) {
  std::string text = describe_node(node);
  if (!colour_on() || node.kind == NodeKind::event) return paint(text, kind_sgr(node.kind));
  return paint(node.name, kind_sgr(node.kind)) + text.substr(node.name.size());
}

bool hop_forward(const PathHop& hop, NodeIndex from) {
  return hop.edges.empty() || hop.edges.front().source == from;
}

void print_evidence(std::ostream& out, const PathHop& hop) {
  for (const EdgeRef& edge : hop.edges) {
    if (edge.data->evidence.empty()) {
      out << "        (no sentence recorded; items";
      for (int n : edge.data->items) out << ' ' << n;
      out << ")\n";
    }
    // One line per sentence: two rules that read the same sentence share it.
    for (const SupportingSentence& s : supporting_sentences(edge.data->evidence)) {
      out << "        item " << s.item;
      if (hop.edges.size() > 1) out << ", " << to_string(edge.data->kind);
      out << ": \"" << s.sentence << "\"";
      if (!s.rules.empty()) out << " [" << joined(s.rules, ", ") << "]";
      out << '\n';
    }
  }
}

void print_paths_text(std::ostream& out, const KnowledgeGraph& graph, const PathResult& result,
                      bool evidence) {
  for (std::size_t p = 0; p < result.paths.size(); ++p) {
    const Path& path = result.paths[p];
    if (p > 0) out << '\n';
    std::string hops = std::to_string(path.length()) + (path.length() == 1 ? " hop" : " hops");
    if (result.paths.size() == 1) {
      out << hops << ":\n";
    } else {
      out << "path " << p + 1 << " of " << result.paths.size() << ", " << hops << ":\n";
    }
    out << "  " << painted_node(graph.node(path.nodes.front())) << '\n';
    for (std::size_t i = 0; i < path.hops.size(); ++i) {
      std::string kinds = hop_kinds(path.hops[i]);
      std::string arrow =
          hop_forward(path.hops[i], path.nodes[i]) ? "--" + kinds + "-->" : "<--" + kinds + "--";
      out << "  " << paint(arrow, "2") << "  " << painted_node(graph.node(path.nodes[i + 1]))
          << '\n';
      if (evidence) print_evidence(out, path.hops[i]);
    }
  }
  if (result.truncated) out << "\n(stopped after " << result.paths.size() << " paths)\n";
}

// The CSV columns of step `i` of a path, from "step" on.
std::vector<std::string> csv_step(const KnowledgeGraph& graph, const Path& path, std::size_t i,
                                  bool evidence) {
  const NodeData& node = graph.node(path.nodes[i]);
  std::vector<std::string> row{std::to_string(i), node.id,
                               node.name,         std::string(to_string(node.kind)),
                               node.date,         node.end_date};
  if (i == 0) {
    row.insert(row.end(), {"", ""});
  } else {
    const PathHop& hop = path.hops[i - 1];
    row.push_back(hop_kinds(hop));
    row.push_back(hop_forward(hop, path.nodes[i - 1]) ? "forward" : "backward");
  }
  if (evidence) {
    std::string sentences;
    if (i > 0)
      for (const EdgeRef& edge : path.hops[i - 1].edges)
        for (const SupportingSentence& s : supporting_sentences(edge.data->evidence))
          sentences += (sentences.empty() ? "" : " | ") + s.sentence;
    row.push_back(sentences);
  }
  return row;
}

void print_paths_csv(std::ostream& out, const KnowledgeGraph& graph, const PathResult& result,
                     bool evidence) {
  std::vector<std::string> header{"path", "step",     "id",   "name",     "kind",
                                  "date", "end_date", "edge", "direction"};
  if (evidence) header.push_back("evidence");
  print_csv_row(out, header);
  for (std::size_t p = 0; p < result.paths.size(); ++p) {
    const Path& path = result.paths[p];
    for (std::size_t i = 0; i < path.nodes.size(); ++i) {
      std::vector<std::string> row = csv_step(graph, path, i, evidence);
      row.insert(row.begin(), std::to_string(p + 1));
      print_csv_row(out, row);
    }
  }
}

// A hop between two nodes: its edge kind(s), ends, items and, when asked, its sentences.
void json_hop(JsonWriter& w, const KnowledgeGraph& graph, const PathHop& hop, bool evidence) {
  w.start_object();
  json_key_string(w, "edge", to_string(hop.edges.front().data->kind));
  if (hop.edges.size() > 1) {
    w.key("kinds");
    w.start_array();
    for (const EdgeRef& edge : hop.edges) w.string(to_string(edge.data->kind));
    w.end_array();
  }
  json_key_string(w, "source", graph.node(hop.edges.front().source).id);
  json_key_string(w, "target", graph.node(hop.edges.front().target).id);
  std::vector<int> items;
  std::vector<Evidence> sentences;
  for (const EdgeRef& edge : hop.edges) {
    items.insert(items.end(), edge.data->items.begin(), edge.data->items.end());
    sentences.insert(sentences.end(), edge.data->evidence.begin(), edge.data->evidence.end());
  }
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  json_ints(w, "items", items);
  if (evidence) json_evidence(w, sentences);
  w.end_object();
}

void print_paths_json(std::ostream& out, const KnowledgeGraph& graph, const PathResult& result,
                      bool evidence) {
  print_json(out, [&](JsonWriter& w) {
    w.start_object();
    w.key("length");
    if (result.paths.empty()) {
      w.null();
    } else {
      w.integer(result.paths.front().length());
    }
    w.key("paths");
    w.start_array();
    for (const Path& path : result.paths) {
      w.start_array();
      for (std::size_t i = 0; i < path.nodes.size(); ++i) {
        if (i > 0) json_hop(w, graph, path.hops[i - 1], evidence);
        w.start_object();
        json_node_fields(w, graph.node(path.nodes[i]), "node");
        w.end_object();
      }
      w.end_array();
    }
    w.end_array();
    if (result.truncated) {
      w.key("truncated");
      w.boolean(true);
    }
    w.end_object();
  });
}

// "no path between A and B" before the (empty) list of paths.
void print_paths_table(std::ostream& out, const KnowledgeGraph& graph, const PathAnswer& answer) {
  if (answer.result.paths.empty()) {
    out << "no path between " << describe_node(graph.node(answer.from)) << " and "
        << describe_node(graph.node(answer.to));
    if (answer.restricted) out << " with these options";
    out << '\n';
  }
  print_paths_text(out, graph, answer.result, answer.evidence);
}

}  // namespace

void print_paths(std::ostream& out, const KnowledgeGraph& graph, const PathAnswer& answer,
                 Format format) {
  switch (format) {
    case Format::json:
      return print_paths_json(out, graph, answer.result, answer.evidence);
    case Format::csv:
      return print_paths_csv(out, graph, answer.result, answer.evidence);
    case Format::table:
      return print_paths_table(out, graph, answer);
  }
}

}  // namespace kg::render
