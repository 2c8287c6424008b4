// Applying corrections in file order: edge corrections here, node corrections in
// correction_nodes.cpp.
#include <algorithm>
#include <cctype>

#include "correction_ops.hpp"
#include "kg/corrections.hpp"
#include "kg/error.hpp"
#include "kg/query.hpp"

namespace kg {
namespace {

constexpr std::string_view kCorrectionRule = "correction ";  // + FILE:LINE

}  // namespace

bool from_correction(const Evidence& evidence) {
  return evidence.rule.view().starts_with(kCorrectionRule);
}

namespace detail {

Evidence correction_evidence(const Correction& c, int item) {
  Evidence e;
  e.item = item;
  e.rule = std::string(kCorrectionRule) + c.source();
  e.sentence = c.note.empty() ? c.text() : c.text() + "  # " + c.note;
  return e;
}

Error correction_error(const Correction& c, const std::string& problem) {
  return Error("correction `" + c.text() + "`: " + problem, c.file, c.line);
}

}  // namespace detail

namespace {

using detail::correction_error;

NodeIndex entity(const KnowledgeGraph& graph, const std::string& name, const Correction& c) {
  try {
    return resolve_name(graph, name);
  } catch (const Error& e) {
    throw correction_error(c, e.problem());
  }
}

// An event by item number ("73"), id ("event:73") or title.
NodeIndex event(const KnowledgeGraph& graph, const std::string& text, const Correction& c) {
  bool number = !text.empty() && std::all_of(text.begin(), text.end(), [](char ch) {
    return std::isdigit(static_cast<unsigned char>(ch)) != 0;
  });
  std::string id = number ? "event:" + text : text;
  if (auto found = graph.find(id)) return *found;
  if (number) throw correction_error(c, "the corpus has no item " + text);
  NodeIndex node = entity(graph, text, c);
  if (graph.node(node).kind != NodeKind::event)
    throw correction_error(c, "\"" + text + "\" is not an event; give its item number");
  return node;
}

const EdgeData* find_edge(const KnowledgeGraph& graph, NodeIndex from, NodeIndex to,
                          EdgeKind kind) {
  for (const EdgeRef& edge : graph.out_edges(from))
    if (edge.target == to && edge.data->kind == kind) return edge.data;
  return nullptr;
}

std::string describe(const KnowledgeGraph& graph, NodeIndex node) {
  const NodeData& data = graph.node(node);
  return "\"" + data.name + "\" (" + data.id + ")";
}

std::vector<std::string> correct_edge(KnowledgeGraph& graph, EdgeKind kind, NodeIndex from,
                                      NodeIndex to, const Correction& c, CorrectionReport& report) {
  std::vector<std::string> ids{graph.node(from).id, graph.node(to).id};
  std::string edge_text =
      describe(graph, from) + " " + std::string(to_string(kind)) + " " + describe(graph, to);
  if (c.negated) {
    if (!graph.remove_edge(from, to, kind))
      throw correction_error(c, "the graph has no edge " + edge_text);
    return ids;
  }
  if (!edge_allowed(kind, graph.node(from).kind, graph.node(to).kind))
    throw correction_error(c, "a " + std::string(to_string(graph.node(from).kind)) + " cannot " +
                                  std::string(kind == EdgeKind::attended ? "attend" : "represent") +
                                  " a " + std::string(to_string(graph.node(to).kind)));
  if (find_edge(graph, from, to, kind) != nullptr)
    report.warnings.push_back({c.file, c.line,
                               "correction `" + c.text() + "`: the extraction found " + edge_text +
                                   " already; the correction only adds its provenance"});
  EdgeData edge;
  edge.kind = kind;
  int item = kind == EdgeKind::attended ? graph.node(to).n : 0;
  if (item > 0) edge.items = {item};
  edge.evidence.push_back(detail::correction_evidence(c, item));
  graph.add_edge(from, to, std::move(edge));
  return ids;
}

std::vector<std::string> apply_one(KnowledgeGraph& graph, const Correction& c,
                                   CorrectionReport& report) {
  switch (c.verb) {
    case CorrectionVerb::represents:
      return correct_edge(graph, EdgeKind::represents, entity(graph, c.args[0], c),
                          entity(graph, c.args[1], c), c, report);
    case CorrectionVerb::attended:
      return correct_edge(graph, EdgeKind::attended, entity(graph, c.args[0], c),
                          event(graph, c.args[1], c), c, report);
    case CorrectionVerb::same: {
      NodeIndex a = entity(graph, c.args[0], c), b = entity(graph, c.args[1], c);
      if (a == b) {
        report.warnings.push_back(
            {c.file, c.line,
             "correction `" + c.text() + "`: both names are " + describe(graph, a) + " already"});
        return {graph.node(a).id};
      }
      return detail::merge_nodes(graph, a, b, c);
    }
    case CorrectionVerb::different: {
      NodeIndex a = entity(graph, c.args[0], c), b = entity(graph, c.args[1], c);
      if (a != b) return {graph.node(a).id, graph.node(b).id};  // confirmed: kept apart
      return detail::split_node(graph, a, c);
    }
    case CorrectionVerb::rename:
      return detail::rename_node(graph, entity(graph, c.args[0], c), c.args[1], c);
    case CorrectionVerb::kind: {
      std::size_t dropped = 0;
      auto ids = detail::change_kind(graph, entity(graph, c.args[0], c),
                                     *parse_node_kind(c.args[1]), c, dropped);
      if (dropped > 0)
        report.notes.push_back(c.source() + ": `" + c.text() + "` removed " +
                               std::to_string(dropped) + " edge(s) a " + c.args[1] +
                               " cannot have");
      return ids;
    }
    case CorrectionVerb::drop:
      return detail::drop_node(graph, entity(graph, c.args[0], c), c);
  }
  return {};
}

}  // namespace

void apply_corrections(KnowledgeGraph& graph, const std::vector<Correction>& corrections,
                       bool lenient, CorrectionReport& report) {
  for (const Correction& c : corrections) {
    try {
      std::vector<std::string> ids = apply_one(graph, c, report);
      graph.corrections.push_back({c.source(), c.text(), c.note, std::move(ids)});
    } catch (const Error& e) {
      if (!lenient) throw;
      report.warnings.push_back({c.file, c.line, e.problem() + " (skipped: --lenient)"});
    }
  }
}

}  // namespace kg
