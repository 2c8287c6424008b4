// The typed views the exporters write: the knowledge graph, and the engagement network.
#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>

#include "kg/export.hpp"

namespace kg {
namespace {

// Attribute positions of the knowledge graph's view.
enum NodeColumn : std::size_t { kAliases, kNodeItems, kEventN, kDate, kEndDate, kNodeColumns };
// Attribute positions of the engagement view.
enum EngagementNodeColumn : std::size_t { kRole, kMemberAliases, kMemberEvents };
enum EngagementEdgeColumn : std::size_t {
  kMetWeight,
  kMetEvents,
  kMetTitles,
  kMetDates,
  kFirstDate,
  kLastDate
};
enum EdgeColumn : std::size_t {
  kEdgeItems,
  kWeight,
  kEvidence,
  kEvidenceRules,
  kEvidenceItems,
  kEdgeColumns
};

std::vector<std::int64_t> to_int64(const std::vector<int>& values) {
  return {values.begin(), values.end()};
}

// An event's days; a one-day event without end date lasts its first day.
std::optional<TimeSpan> event_span(const NodeData& node) {
  if (node.kind != NodeKind::event || node.date.empty()) return std::nullopt;
  return TimeSpan{node.date, node.end_date.empty() ? node.date : node.end_date};
}

ExportNode view_node(const NodeData& node) {
  ExportNode out{node.id, node.kind, node.name, std::vector<Value>(kNodeColumns), {}};
  if (node.kind == NodeKind::event) {
    out.values[kEventN] = std::int64_t{node.n};
    if (!node.date.empty()) out.values[kDate] = node.date;
    if (!node.end_date.empty()) out.values[kEndDate] = node.end_date;
    if (auto span = event_span(node)) out.spans.push_back(*span);
  } else {
    out.values[kAliases] = node.aliases;
  }
  out.values[kNodeItems] = to_int64(node.items);
  return out;
}

ExportEdge view_edge(const KnowledgeGraph& graph, const EdgeRef& edge,
                     const std::map<NodeIndex, std::size_t>& position) {
  const EdgeData& data = *edge.data;
  ExportEdge out;
  out.source = position.at(edge.source);
  out.target = position.at(edge.target);
  out.kind = std::string(to_string(data.kind));
  out.weight = static_cast<double>(std::max<std::size_t>(data.items.size(), 1));
  out.values.resize(kEdgeColumns);
  out.values[kEdgeItems] = to_int64(data.items);
  out.values[kWeight] = out.weight;
  std::vector<std::string> sentences, rules;
  std::vector<std::int64_t> items;
  for (const Evidence& evidence : data.evidence) {
    sentences.push_back(evidence.sentence.str());
    rules.push_back(evidence.rule.str());
    items.push_back(evidence.item);
  }
  out.values[kEvidence] = std::move(sentences);
  out.values[kEvidenceRules] = std::move(rules);
  out.values[kEvidenceItems] = std::move(items);
  if (data.kind == EdgeKind::attended)
    if (auto span = event_span(graph.node(edge.target))) out.spans.push_back(*span);
  return out;
}

}  // namespace

ExportGraph export_view(const KnowledgeGraph& graph) {
  ExportGraph out;
  out.name = graph.corpus;
  out.description = "knowledge graph of " + (graph.corpus.empty() ? "a corpus" : graph.corpus) +
                    " (" + std::to_string(graph.items.size()) + " items), made by kg";
  out.directed = true;
  out.node_attributes = {{"aliases", ValueType::string_list},
                         {"items", ValueType::integer_list},
                         {"n", ValueType::integer},
                         {"date", ValueType::date},
                         {"end_date", ValueType::date}};
  out.edge_attributes = {{"items", ValueType::integer_list},
                         {"weight", ValueType::real},
                         {"evidence", ValueType::string_list},
                         {"evidence_rules", ValueType::string_list},
                         {"evidence_items", ValueType::integer_list}};
  std::map<NodeIndex, std::size_t> position;
  for (NodeIndex index : graph.nodes_sorted()) {
    position.emplace(index, out.nodes.size());
    out.nodes.push_back(view_node(graph.node(index)));
  }
  for (const EdgeRef& edge : graph.edges_sorted())
    out.edges.push_back(view_edge(graph, edge, position));
  return out;
}

ExportGraph engagement_view(const KnowledgeGraph& graph, const EngagementMatrix& matrix) {
  ExportGraph out;
  const std::string& organisation = graph.node(matrix.organisation).name;
  out.name = (graph.corpus.empty() ? std::string("kg") : graph.corpus) + " engagements";
  out.description = "engagement network of " + organisation +
                    ": its officials and the bodies they met, weighted by shared events";
  out.directed = false;
  out.node_attributes = {{"role", ValueType::string},
                         {"aliases", ValueType::string_list},
                         {"events", ValueType::integer}};
  out.edge_attributes = {{"weight", ValueType::real},
                         {"events", ValueType::string_list},
                         {"event_titles", ValueType::string_list},
                         {"dates", ValueType::string_list},
                         {"first_date", ValueType::date},
                         {"last_date", ValueType::date}};

  // Nodes in id order, as in every other view; a node both official and body stays one node.
  std::map<std::string, std::pair<NodeIndex, std::string>> members;
  for (NodeIndex row : matrix.rows) members.emplace(graph.node(row).id, std::pair{row, "official"});
  for (NodeIndex column : matrix.columns)
    members.emplace(graph.node(column).id, std::pair{column, "body"});
  std::map<NodeIndex, std::size_t> position;
  for (const auto& [id, member] : members) {
    const NodeData& node = graph.node(member.first);
    position.emplace(member.first, out.nodes.size());
    out.nodes.push_back(
        {node.id, node.kind, node.name, {member.second, node.aliases, std::int64_t{0}}, {}});
  }

  for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
    for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
      const std::vector<NodeIndex>& events = matrix.cells[r][c];
      if (events.empty() || matrix.rows[r] == matrix.columns[c]) continue;
      ExportEdge edge;
      edge.source = position.at(matrix.rows[r]);
      edge.target = position.at(matrix.columns[c]);
      edge.kind = "met";
      edge.weight = static_cast<double>(events.size());
      std::vector<std::string> ids, titles, dates;
      for (NodeIndex event : events) {
        const NodeData& node = graph.node(event);
        ids.push_back(node.id);
        titles.push_back(node.name);
        dates.push_back(node.date);
        if (auto span = event_span(node)) edge.spans.push_back(*span);
      }
      edge.values = {edge.weight, ids, titles, dates, std::monostate{}, std::monostate{}};
      std::vector<std::string> known;
      std::copy_if(dates.begin(), dates.end(), std::back_inserter(known),
                   [](const std::string& date) { return !date.empty(); });
      if (!known.empty()) {
        auto [first, last] = std::minmax_element(known.begin(), known.end());
        edge.values[kFirstDate] = *first;
        edge.values[kLastDate] = *last;
      }
      out.edges.push_back(std::move(edge));
    }
  }
  // Engagement counts per node: the number of distinct events with any partner.
  std::vector<std::vector<std::string>> seen(out.nodes.size());
  for (const ExportEdge& edge : out.edges)
    for (std::size_t end : {edge.source, edge.target})
      for (const auto& id : std::get<std::vector<std::string>>(edge.values[kMetEvents]))
        seen[end].push_back(id);
  for (std::size_t i = 0; i < out.nodes.size(); ++i) {
    std::sort(seen[i].begin(), seen[i].end());
    seen[i].erase(std::unique(seen[i].begin(), seen[i].end()), seen[i].end());
    out.nodes[i].values[kMemberEvents] = static_cast<std::int64_t>(seen[i].size());
  }
  std::sort(out.edges.begin(), out.edges.end(), [&](const ExportEdge& a, const ExportEdge& b) {
    return std::tie(out.nodes[a.source].id, out.nodes[a.target].id) <
           std::tie(out.nodes[b.source].id, out.nodes[b.target].id);
  });
  return out;
}

}  // namespace kg
