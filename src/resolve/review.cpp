// The review queue: doubtful places of the graph, each with the correction that fixes it.
#include "kg/review.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "kg/corrections.hpp"

namespace kg {
namespace {

using SentenceKey = std::tuple<int, std::size_t>;

// The distinct sentences of an edge, and its rules; a corrected edge has none to doubt.
struct Support {
  std::set<SentenceKey> sentences;
  std::set<std::string> rules;
  bool corrected = false;
};

Support support_of(const EdgeData& edge) {
  Support s;
  for (const Evidence& e : edge.evidence) {
    if (from_correction(e)) {
      s.corrected = true;
      continue;
    }
    s.sentences.insert({e.item, e.begin});
    s.rules.insert(e.rule.str());
  }
  return s;
}

std::string q(const NodeData& node) {
  return quote_correction_arg(node.name);
}

std::string first_rule(const Support& s) {
  return s.rules.empty() ? "" : *s.rules.begin();
}

std::vector<int> items_of(const Support& s) {
  std::set<int> items;
  for (const auto& [item, begin] : s.sentences) items.insert(item);
  return {items.begin(), items.end()};
}

std::string item_list(const std::vector<int>& items) {
  std::string out;
  for (int n : items) out += (out.empty() ? "item " : ", ") + std::to_string(n);
  return out;
}

void add(std::vector<ReviewFinding>& out, double doubt, const std::string& reason,
         const std::string& correction, std::vector<int> items) {
  std::ostringstream line;
  line.setf(std::ios::fixed);
  line.precision(2);
  line << correction << "  # " << doubt << " " << reason;
  if (!items.empty()) line << "; " << item_list(items);
  out.push_back({doubt, reason, line.str(), std::move(items)});
}

void review_affiliations(const KnowledgeGraph& graph, const EngagementMatrix& matrix,
                         std::vector<ReviewFinding>& out) {
  std::set<NodeIndex> rows(matrix.rows.begin(), matrix.rows.end());
  for (NodeIndex person = 0; person < graph.node_count(); ++person) {
    const NodeData& p = graph.node(person);
    if (p.kind != NodeKind::person) continue;
    std::vector<EdgeRef> affiliations;
    for (const EdgeRef& edge : graph.out_edges(person))
      if (edge.data->kind == EdgeKind::represents) affiliations.push_back(edge);
    for (const EdgeRef& edge : affiliations) {
      Support s = support_of(*edge.data);
      if (s.corrected || s.sentences.size() != 1) continue;
      const NodeData& org = graph.node(edge.target);
      std::string correction = "not represents " + q(p) + " " + q(org);
      if (edge.target == matrix.organisation && rows.count(person) != 0)
        add(out, 0.85, "matrix row hangs on one sentence [" + first_rule(s) + "]", correction,
            items_of(s));
      else if (s.rules.size() == 1)
        add(out, affiliations.size() == 1 ? 0.7 : 0.6,
            "affiliation from one sentence [" + first_rule(s) + "]", correction, items_of(s));
    }
  }
}

// The organisation named most often in the sentences that name `person`, if any.
const NodeData* likely_organisation(const KnowledgeGraph& graph, const NodeData& person) {
  std::set<SentenceKey> sentences;
  for (const Evidence& m : person.mentions) sentences.insert({m.item, m.begin});
  const NodeData* best = nullptr;
  std::size_t best_count = 0;
  for (NodeIndex index = 0; index < graph.node_count(); ++index) {
    const NodeData& org = graph.node(index);
    if (org.kind != NodeKind::organisation) continue;
    std::size_t count = 0;
    for (const Evidence& m : org.mentions) count += sentences.count({m.item, m.begin});
    if (count > best_count || (count == best_count && best && count > 0 && org.id < best->id)) {
      best = &org;
      best_count = count;
    }
  }
  return best_count > 0 ? best : nullptr;
}

void review_unaffiliated(const KnowledgeGraph& graph, const EngagementMatrix& matrix,
                         std::vector<ReviewFinding>& out) {
  const NodeData& home = graph.node(matrix.organisation);
  for (NodeIndex person = 0; person < graph.node_count(); ++person) {
    const NodeData& p = graph.node(person);
    if (p.kind != NodeKind::person) continue;
    bool affiliated = false;
    for (const EdgeRef& edge : graph.out_edges(person))
      affiliated = affiliated || edge.data->kind == EdgeKind::represents;
    if (affiliated) continue;
    const NodeData* org = likely_organisation(graph, p);
    const NodeData& guess = org != nullptr ? *org : home;
    double doubt = org == &home ? 0.7 : 0.5;
    add(out, doubt, org != nullptr ? "no affiliation; named with " + org->name : "no affiliation",
        "represents " + q(p) + " " + q(guess), p.items);
  }
}

void review_columns(const KnowledgeGraph& graph, const EngagementMatrix& matrix,
                    std::vector<ReviewFinding>& out) {
  for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
    std::set<NodeIndex> events;
    for (std::size_t r = 0; r < matrix.rows.size(); ++r)
      events.insert(matrix.cells[r][c].begin(), matrix.cells[r][c].end());
    if (events.size() != 1) continue;
    NodeIndex event = *events.begin();
    for (const EdgeRef& edge : graph.out_edges(matrix.columns[c])) {
      if (edge.target != event || edge.data->kind != EdgeKind::attended) continue;
      Support s = support_of(*edge.data);
      if (s.corrected || s.sentences.size() != 1) continue;
      add(out, 0.75, "matrix column hangs on one sentence [" + first_rule(s) + "]",
          "not attended " + q(graph.node(matrix.columns[c])) + " " +
              std::to_string(graph.node(event).n),
          items_of(s));
    }
  }
}

std::vector<std::string> words(const std::string& key) {
  std::istringstream in(key);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// "bob van" / "bob van den berghe": one name's words begin the other's; "j smith" /
// "john smith": same surname, first names that agree on their initial.
bool might_be_one(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty() || a == b) return false;
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  if (shorter.size() >= 2 && std::equal(shorter.begin(), shorter.end(), longer.begin()))
    return true;
  return a.size() >= 2 && b.size() >= 2 && a.back() == b.back() && a.front() != b.front() &&
         a.front()[0] == b.front()[0] && (a.front().size() == 1 || b.front().size() == 1);
}

void review_near_names(const KnowledgeGraph& graph, std::vector<ReviewFinding>& out) {
  std::set<std::pair<std::string, std::string>> confirmed;
  for (const AppliedCorrection& c : graph.corrections)
    if (c.text.rfind("different ", 0) == 0 && c.nodes.size() == 2) {
      confirmed.insert({c.nodes[0], c.nodes[1]});
      confirmed.insert({c.nodes[1], c.nodes[0]});
    }
  // Candidates share a first or a last word: bucket by both, compare within buckets.
  std::map<std::string, std::vector<NodeIndex>> buckets;
  std::map<NodeIndex, std::vector<std::string>> keys;
  for (NodeIndex i = 0; i < graph.node_count(); ++i) {
    if (graph.node(i).kind != NodeKind::person) continue;
    keys[i] = words(name_key(graph.node(i).name));
    if (keys[i].empty()) continue;
    buckets["first " + keys[i].front()].push_back(i);
    buckets["last " + keys[i].back()].push_back(i);
  }
  std::set<std::pair<NodeIndex, NodeIndex>> seen;
  for (const auto& [bucket, members] : buckets)
    for (std::size_t x = 0; x < members.size(); ++x)
      for (std::size_t y = x + 1; y < members.size(); ++y) {
        NodeIndex a = members[x], b = members[y];
        const NodeData& na = graph.node(a);
        const NodeData& nb = graph.node(b);
        if (!seen.insert({std::min(a, b), std::max(a, b)}).second) continue;
        if (confirmed.count({na.id, nb.id}) != 0 || !might_be_one(keys[a], keys[b])) continue;
        // The longer name is the likelier canonical one.
        bool a_first = na.name.size() >= nb.name.size();
        const NodeData& kept = a_first ? na : nb;
        const NodeData& merged = a_first ? nb : na;
        std::set<int> items(kept.items.begin(), kept.items.end());
        items.insert(merged.items.begin(), merged.items.end());
        add(out, 0.65, "names kept apart that might be one person (else: different)",
            "same " + q(kept) + " " + q(merged), {items.begin(), items.end()});
      }
}

void review_single_mentions(const KnowledgeGraph& graph, std::vector<ReviewFinding>& out) {
  for (NodeIndex i = 0; i < graph.node_count(); ++i) {
    const NodeData& node = graph.node(i);
    if (node.kind == NodeKind::event) continue;
    if (std::count_if(node.mentions.begin(), node.mentions.end(),
                      [](const Evidence& e) { return !from_correction(e); }) != 1)
      continue;
    add(out, 0.3, "one mention [" + node.mentions.front().rule.str() + "]", "drop " + q(node),
        node.items);
  }
}

}  // namespace

std::vector<ReviewFinding> review_graph(const KnowledgeGraph& graph,
                                        const EngagementMatrix& matrix) {
  std::vector<ReviewFinding> out;
  review_affiliations(graph, matrix, out);
  review_columns(graph, matrix, out);
  review_unaffiliated(graph, matrix, out);
  review_near_names(graph, out);
  review_single_mentions(graph, out);
  std::sort(out.begin(), out.end(), [](const ReviewFinding& a, const ReviewFinding& b) {
    return a.doubt != b.doubt ? a.doubt > b.doubt : a.correction < b.correction;
  });
  return out;
}

}  // namespace kg
