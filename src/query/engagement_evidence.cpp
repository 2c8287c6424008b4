// What stands behind a cell of the engagement matrix: the events and, for each, the
// sentences that put the person and the body there; and the stricter meeting levels.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "events_attended.hpp"
#include "kg/query.hpp"

namespace kg {
using detail::events_attended;
namespace {

const ItemInfo* item_info(const KnowledgeGraph& graph, int n) {
  // Items are stored in order and usually numbered 1..N: try the direct slot first.
  if (n >= 1 && static_cast<std::size_t>(n) <= graph.items.size() &&
      graph.items[static_cast<std::size_t>(n) - 1].n == n)
    return &graph.items[static_cast<std::size_t>(n) - 1];
  for (const ItemInfo& item : graph.items)
    if (item.n == n) return &item;
  return nullptr;
}

// Where `node`'s mentions in item `n` sit: sentence starts, or paragraph numbers.
std::set<std::size_t> places_in_item(const KnowledgeGraph& graph, NodeIndex node, int n,
                                     MeetingLevel level) {
  const ItemInfo* item = item_info(graph, n);
  std::set<std::size_t> out;
  for (const Evidence& m : graph.node(node).mentions) {
    if (m.item != n) continue;
    if (level == MeetingLevel::sentence) {
      out.insert(m.begin);
    } else if (item == nullptr || item->paragraphs.empty()) {
      out.insert(0);
    } else {
      auto after = std::upper_bound(item->paragraphs.begin(), item->paragraphs.end(), m.begin);
      out.insert(static_cast<std::size_t>(after - item->paragraphs.begin()));
    }
  }
  return out;
}

}  // namespace

std::optional<MeetingLevel> parse_meeting_level(std::string_view text) {
  if (text == "item") return MeetingLevel::item;
  if (text == "paragraph") return MeetingLevel::paragraph;
  if (text == "sentence") return MeetingLevel::sentence;
  return std::nullopt;
}

std::string_view to_string(MeetingLevel level) {
  switch (level) {
    case MeetingLevel::item:
      return "item";
    case MeetingLevel::paragraph:
      return "paragraph";
    case MeetingLevel::sentence:
      return "sentence";
  }
  return "item";
}

bool meet_within(const KnowledgeGraph& graph, NodeIndex a, NodeIndex b, NodeIndex event,
                 MeetingLevel level) {
  if (level == MeetingLevel::item) return true;
  int n = graph.node(event).n;
  std::set<std::size_t> here = places_in_item(graph, a, n, level);
  for (std::size_t place : places_in_item(graph, b, n, level))
    if (here.count(place) != 0) return true;
  return false;
}

std::vector<NodeIndex> shared_events(const KnowledgeGraph& graph, NodeIndex a, NodeIndex b,
                                     const EngagementOptions& options) {
  GraphFilter window;
  window.from = options.from;
  window.to = options.to;
  std::set<NodeIndex> of_a = events_attended(graph, a, window);
  std::vector<NodeIndex> out;
  for (NodeIndex event : events_attended(graph, b, window))
    if (of_a.count(event) != 0 && meet_within(graph, a, b, event, options.within))
      out.push_back(event);
  std::sort(out.begin(), out.end(), [&](NodeIndex x, NodeIndex y) {
    const NodeData& p = graph.node(x);
    const NodeData& q = graph.node(y);
    return std::tie(p.date, p.n, p.id) < std::tie(q.date, q.n, q.id);
  });
  return out;
}

std::vector<SupportingSentence> supporting_sentences(const std::vector<const Evidence*>& evidence) {
  std::map<std::tuple<int, std::size_t, std::size_t>, SupportingSentence> by_sentence;
  for (const Evidence* e : evidence) {
    SupportingSentence& s = by_sentence[{e->item, e->begin, e->end}];
    s.item = e->item;
    s.begin = e->begin;
    s.end = e->end;
    if (s.sentence.empty()) s.sentence = e->sentence;
    if (!e->rule.empty() && std::find(s.rules.begin(), s.rules.end(), e->rule) == s.rules.end())
      s.rules.push_back(e->rule.str());
  }
  std::vector<SupportingSentence> out;
  for (auto& [key, s] : by_sentence) {
    std::sort(s.rules.begin(), s.rules.end());
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<SupportingSentence> supporting_sentences(const std::vector<Evidence>& evidence) {
  std::vector<const Evidence*> all;
  for (const Evidence& e : evidence) all.push_back(&e);
  return supporting_sentences(all);
}

std::vector<SupportingSentence> attendance_sentences(const KnowledgeGraph& graph, NodeIndex who,
                                                     NodeIndex event) {
  std::vector<const Evidence*> evidence;
  for (const EdgeRef& edge : graph.out_edges(who)) {
    if (edge.target != event || edge.data->kind != EdgeKind::attended) continue;
    for (const Evidence& e : edge.data->evidence) evidence.push_back(&e);
  }
  return supporting_sentences(evidence);
}

CellEvidence cell_evidence(const KnowledgeGraph& graph, NodeIndex person, NodeIndex body,
                           const std::vector<NodeIndex>& events) {
  CellEvidence cell{person, body, {}};
  for (NodeIndex event : events)
    cell.events.push_back({event, attendance_sentences(graph, person, event),
                           attendance_sentences(graph, body, event)});
  return cell;
}

std::vector<CellEvidence> matrix_evidence(const KnowledgeGraph& graph, const EngagementMatrix& m) {
  std::vector<CellEvidence> out;
  for (std::size_t r = 0; r < m.rows.size(); ++r)
    for (std::size_t c = 0; c < m.columns.size(); ++c)
      if (m.count(r, c) > 0)
        out.push_back(cell_evidence(graph, m.rows[r], m.columns[c], m.cells[r][c]));
  return out;
}

}  // namespace kg
