// Who engages whom: people of one organisation x bodies of a group, by shared events.
#include <algorithm>
#include <map>
#include <set>

#include "events_attended.hpp"
#include "group_matcher.hpp"
#include "kg/query.hpp"

namespace kg {

std::set<NodeIndex> detail::events_attended(const KnowledgeGraph& graph, NodeIndex node,
                                            const GraphFilter& window) {
  std::set<NodeIndex> events;
  for (const EdgeRef& edge : graph.out_edges(node)) {
    const NodeData& target = graph.node(edge.target);
    if (edge.data->kind == EdgeKind::attended && target.kind == NodeKind::event &&
        window.keeps_event_dates(target))
      events.insert(edge.target);
  }
  return events;
}

namespace {
using detail::events_attended;

// Indices into `nodes`, ordered by descending total, then name, then id.
std::vector<std::size_t> order_by_total(const KnowledgeGraph& graph,
                                        const std::vector<NodeIndex>& nodes,
                                        const std::vector<std::size_t>& totals) {
  std::vector<std::size_t> order(nodes.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (totals[a] != totals[b]) return totals[a] > totals[b];
    const NodeData& x = graph.node(nodes[a]);
    const NodeData& y = graph.node(nodes[b]);
    std::string fx = name_key(x.name), fy = name_key(y.name);
    return fx != fy ? fx < fy : x.id < y.id;
  });
  return order;
}

}  // namespace

EngagementMatrix compute_engagements(const KnowledgeGraph& graph, NodeIndex organisation,
                                     const BodyGroup& group, const EngagementOptions& options) {
  GraphFilter window;
  window.from = options.from;
  window.to = options.to;

  std::vector<NodeIndex> people;
  for (const EdgeRef& edge : graph.in_edges(organisation))
    if (edge.data->kind == EdgeKind::represents && graph.node(edge.source).kind == NodeKind::person)
      people.push_back(edge.source);
  people.erase(std::unique(people.begin(), people.end()), people.end());

  detail::GroupMatcher matcher(group);
  std::vector<NodeIndex> bodies;
  for (NodeIndex index : graph.nodes_sorted())
    if (index != organisation && matcher.matches(graph.node(index))) bodies.push_back(index);

  std::vector<std::set<NodeIndex>> person_events, body_events;
  for (NodeIndex p : people) person_events.push_back(events_attended(graph, p, window));
  for (NodeIndex b : bodies) body_events.push_back(events_attended(graph, b, window));

  std::vector<std::vector<std::vector<NodeIndex>>> cells(
      people.size(), std::vector<std::vector<NodeIndex>>(bodies.size()));
  // Totals count distinct events: a meeting with three bodies is one meeting.
  std::vector<std::set<NodeIndex>> row_events(people.size()), column_events(bodies.size());
  for (std::size_t r = 0; r < people.size(); ++r) {
    for (std::size_t c = 0; c < bodies.size(); ++c) {
      std::set_intersection(person_events[r].begin(), person_events[r].end(),
                            body_events[c].begin(), body_events[c].end(),
                            std::back_inserter(cells[r][c]));
      std::erase_if(cells[r][c], [&](NodeIndex event) {
        return !meet_within(graph, people[r], bodies[c], event, options.within);
      });
      std::sort(cells[r][c].begin(), cells[r][c].end(), [&](NodeIndex a, NodeIndex b) {
        const NodeData& x = graph.node(a);
        const NodeData& y = graph.node(b);
        return x.date != y.date ? x.date < y.date : (x.n != y.n ? x.n < y.n : x.id < y.id);
      });
      row_events[r].insert(cells[r][c].begin(), cells[r][c].end());
      column_events[c].insert(cells[r][c].begin(), cells[r][c].end());
    }
  }
  std::vector<std::size_t> row_totals, column_totals;
  for (const auto& events : row_events) row_totals.push_back(events.size());
  for (const auto& events : column_events) column_totals.push_back(events.size());

  EngagementMatrix matrix;
  matrix.organisation = organisation;
  std::vector<std::size_t> rows, columns;
  for (std::size_t r : order_by_total(graph, people, row_totals))
    if (options.keep_empty || row_totals[r] > 0) rows.push_back(r);
  for (std::size_t c : order_by_total(graph, bodies, column_totals))
    if (options.keep_empty || column_totals[c] > 0) columns.push_back(c);
  for (std::size_t r : rows) {
    matrix.rows.push_back(people[r]);
    matrix.cells.emplace_back();
    for (std::size_t c : columns) matrix.cells.back().push_back(cells[r][c]);
  }
  for (std::size_t c : columns) matrix.columns.push_back(bodies[c]);
  return matrix;
}

}  // namespace kg
