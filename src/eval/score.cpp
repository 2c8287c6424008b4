// The scoring of kgscore.py's score(), step by step in the same order, so that the counts
// and the listed misses agree with it exactly.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "kg/eval.hpp"

namespace kg {
namespace {

// Answers as the listings show them, e.g. ('Silke Albert', 'UNODC'); in a set they sort in
// byte order. Python's repr() writes them so too, but for escapes of unprintable characters:
// the listings are kgscore.py's, in its order, for every name without those.
using StrSet = std::set<std::string>;

// In single quotes, or double quotes around an apostrophe: "Women's Network".
std::string quoted(std::string_view text) {
  bool apostrophe_only =
      text.find('\'') != std::string_view::npos && text.find('"') == std::string_view::npos;
  std::string quote = apostrophe_only ? "\"" : "'";
  return quote + std::string(text) + quote;
}
std::string answer(std::string_view a, std::string_view b) {
  return "(" + quoted(a) + ", " + quoted(b) + ")";
}
std::string answer(std::string_view who, int n) {
  return "(" + quoted(who) + ", " + std::to_string(n) + ")";
}

ScoreTable named(std::string name) {
  ScoreTable table;
  table.name = std::move(name);
  return table;
}

// Prf.add(): counts one table's gold and predicted sets, listing the differences.
void add(ScoreTable& t, const StrSet& gold, const StrSet& pred, const std::string& tag) {
  for (const std::string& g : gold) {
    if (pred.contains(g)) {
      ++t.tp;
    } else {
      ++t.fn;
      t.misses.emplace_back(tag, g);
    }
  }
  for (const std::string& p : pred) {
    if (!gold.contains(p)) {
      ++t.fp;
      t.spurious.emplace_back(tag, p);
    }
  }
}

struct PredItem {
  int n = 0;
  std::string date;
  std::string end_date;
  std::string title;
};

// The aliases of the gold entities: (kind, norm(form)) -> canonical names.
class GoldIndex {
 public:
  explicit GoldIndex(const GoldStandard& gold) {
    for (const GoldEntity& e : gold.entities) {
      kind_[e.name] = e.kind;
      alias_[{e.kind, score_normalise(e.name)}].insert(e.name);
      for (const std::string& form : e.aliases)
        alias_[{e.kind, score_normalise(form)}].insert(e.name);
    }
  }

  // Gold.match(): the first of the node's names that some gold entity of its kind answers to.
  std::optional<std::string> match(const std::string& kind, const NodeData& node) const {
    std::vector<const std::string*> names{&node.name};
    for (const std::string& alias : node.aliases) names.push_back(&alias);
    for (const std::string* name : names) {
      auto it = alias_.find({kind, score_normalise(*name)});
      if (it != alias_.end() && !it->second.empty()) return *it->second.begin();
    }
    return std::nullopt;
  }

  const std::string& kind(const std::string& name) const { return kind_.at(name); }

 private:
  std::map<std::string, std::string> kind_;
  std::map<std::pair<std::string, std::string>, std::set<std::string>> alias_;
};

std::vector<PredItem> predicted_items(const KnowledgeGraph& graph,
                                      const std::vector<NodeIndex>& nodes) {
  std::vector<PredItem> items;
  for (const ItemInfo& info : graph.items)
    items.push_back({info.n, info.date, info.end_date, info.title});
  if (!items.empty()) return items;
  for (NodeIndex i : nodes) {
    const NodeData& node = graph.node(i);
    if (node.kind == NodeKind::event)
      items.push_back({node.n, node.date, node.end_date, node.name});
  }
  return items;
}

std::set<std::string> title_words(const std::string& title) {
  std::set<std::string> words;
  std::string normalised = score_normalise_title(title);
  for (std::size_t i = 0; i < normalised.size();) {
    std::size_t end = normalised.find(' ', i);
    if (end == std::string::npos) end = normalised.size();
    if (end > i) words.insert(normalised.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

// align_items(): predicted item n -> gold item n, by title, then by date and title overlap.
std::map<int, int> align_items(const std::vector<GoldItem>& gold,
                               const std::vector<PredItem>& pred) {
  std::map<std::string, std::vector<int>> by_title;
  for (const GoldItem& g : gold) by_title[score_normalise_title(g.title)].push_back(g.n);
  std::set<int> used;
  std::map<int, int> mapping;
  std::vector<const PredItem*> rest;
  for (const PredItem& p : pred) {
    std::optional<int> found;
    if (auto it = by_title.find(score_normalise_title(p.title)); it != by_title.end())
      for (int n : it->second)
        if (!used.contains(n)) {
          found = n;
          break;
        }
    if (found) {
      mapping[p.n] = *found;
      used.insert(*found);
    } else {
      rest.push_back(&p);
    }
  }
  for (const PredItem* p : rest) {
    std::set<std::string> pw = title_words(p->title);
    std::optional<int> best;
    double score = 0.0;
    for (const GoldItem& g : gold) {
      if (used.contains(g.n)) continue;
      std::set<std::string> gw = title_words(g.title);
      std::size_t common = 0;
      for (const std::string& w : pw) common += gw.contains(w) ? 1 : 0;
      std::size_t all = pw.size() + gw.size() - common;
      double j = all ? static_cast<double>(common) / static_cast<double>(all) : 0.0;
      if (p->date == g.date) j += 0.5;
      if (j > score) best = g.n, score = j;
    }
    if (best && score >= 0.5) {
      mapping[p->n] = *best;
      used.insert(*best);
    }
  }
  return mapping;
}

// Each predicted entity node and the gold entity it answers to, in node order.
class Matches {
 public:
  Matches(const KnowledgeGraph& graph, const std::vector<NodeIndex>& nodes, const GoldIndex& index)
      : graph_(graph) {
    for (NodeIndex i : nodes) {
      const NodeData& node = graph.node(i);
      if (node.kind == NodeKind::event) continue;
      at_[i] = list_.size();
      list_.emplace_back(i, index.match(std::string(to_string(node.kind)), node));
    }
  }

  const std::vector<std::pair<NodeIndex, std::optional<std::string>>>& list() const {
    return list_;
  }

  // The gold name of a node, or "?kind:name" for a node that answers to none.
  std::string label(NodeIndex i) const {
    if (auto it = at_.find(i); it != at_.end() && list_[it->second].second)
      return *list_[it->second].second;
    const NodeData& node = graph_.node(i);
    return "?" + std::string(to_string(node.kind)) + ":" + node.name;
  }

 private:
  const KnowledgeGraph& graph_;
  std::vector<std::pair<NodeIndex, std::optional<std::string>>> list_;
  std::map<NodeIndex, std::size_t> at_;
};

std::vector<NodeIndex> nodes_in(const KnowledgeGraph& graph, NodeOrder order) {
  if (order == NodeOrder::by_id) return graph.nodes_sorted();
  std::vector<NodeIndex> nodes;
  for (NodeIndex i = 0; i < graph.node_count(); ++i) nodes.push_back(i);
  return nodes;
}

// A predicted item is right when its dates and title match a gold item.
ScoreTable score_items(const std::vector<GoldItem>& gold, const std::vector<PredItem>& pred) {
  ScoreTable items = named("items");
  StrSet gold_keys, pred_keys;
  auto key = [](const std::string& date, const std::string& end, const std::string& title) {
    return "(" + quoted(date) + ", " + quoted(end) + ", " + quoted(score_normalise_title(title)) +
           ")";
  };
  for (const GoldItem& g : gold) gold_keys.insert(key(g.date, g.end_date, g.title));
  for (const PredItem& p : pred)
    pred_keys.insert(key(p.date, p.end_date.empty() ? p.date : p.end_date, p.title));
  add(items, gold_keys, pred_keys, "item");
  return items;
}

using KindName = std::set<std::pair<std::string, std::string>>;  // (kind, gold name or label)

StrSet kind_answers(const KindName& mentions, const std::string* kind) {
  StrSet out;
  for (const auto& [k, name] : mentions)
    if (kind == nullptr || k == *kind) out.insert(answer(k, name));
  return out;
}

// Mentions per aligned item: overall, then by kind.
std::vector<ScoreTable> score_mentions(const GoldStandard& gold, const GoldIndex& index,
                                       const KnowledgeGraph& graph, const Matches& matches,
                                       const std::map<int, int>& mapping) {
  const std::vector<std::string> kinds{"person", "organisation", "programme", "place"};
  std::map<int, KindName> predicted;
  for (const auto& [i, match] : matches.list()) {
    const NodeData& node = graph.node(i);
    for (int n : node.items)
      if (auto it = mapping.find(n); it != mapping.end())
        predicted[it->second].insert({std::string(to_string(node.kind)), matches.label(i)});
  }
  std::vector<ScoreTable> tables{named("mentions")};
  for (const std::string& kind : kinds) tables.push_back(named("mentions." + kind));
  for (const GoldItem& g : gold.items) {
    KindName expected;
    for (const std::string& name : g.mentions) expected.insert({index.kind(name), name});
    const KindName& found = predicted[g.n];
    std::string tag = std::to_string(g.n);
    for (std::size_t k = 0; k < kinds.size(); ++k)
      add(tables[k + 1], kind_answers(expected, &kinds[k]), kind_answers(found, &kinds[k]), tag);
    add(tables[0], kind_answers(expected, nullptr), kind_answers(found, nullptr), tag);
  }
  return tables;
}

// Entities after resolution: duplicates of one gold entity count as spurious.
ScoreTable score_entities(const GoldStandard& gold, const Matches& matches, int& duplicate_nodes) {
  ScoreTable entities = named("entities");
  std::vector<std::pair<std::string, int>> seen;  // in the order first seen
  for (const auto& [i, match] : matches.list()) {
    if (!match) {
      ++entities.fp;
      entities.spurious.emplace_back("entity", matches.label(i));
      continue;
    }
    const std::string& name = *match;  // clang 14 cannot capture a structured binding
    auto it =
        std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == name; });
    if (it == seen.end()) {
      seen.emplace_back(name, 1);
    } else {
      ++it->second;
    }
  }
  std::set<std::string> seen_names, used_names;
  for (const auto& [name, count] : seen) seen_names.insert(name);
  for (const GoldItem& g : gold.items) used_names.insert(g.mentions.begin(), g.mentions.end());
  for (const std::string& name : used_names)
    if (!seen_names.contains(name)) {
      ++entities.fn;
      entities.misses.emplace_back("entity", name);
    }
  long duplicates = 0;
  for (const auto& [name, count] : seen) {
    duplicates += count - 1;
    if (count > 1) entities.spurious.emplace_back("duplicate", name);
  }
  entities.tp = static_cast<long>(seen.size());
  entities.fp += duplicates;
  duplicate_nodes = static_cast<int>(duplicates);
  return entities;
}

// The scored relations of one side: who attended which gold item, who represents what, who
// funds what (by gold name or label).
struct Relations {
  std::set<std::pair<std::string, int>> attended;
  std::set<std::pair<std::string, std::string>> represents;
  std::set<std::pair<std::string, std::string>> funds;
};

Relations gold_relations(const GoldStandard& gold) {
  Relations out;
  for (const GoldItem& g : gold.items) {
    for (const std::string& name : g.attended) out.attended.insert({name, g.n});
    out.represents.insert(g.represents.begin(), g.represents.end());
    out.funds.insert(g.funds.begin(), g.funds.end());
  }
  return out;
}

Relations predicted_relations(const KnowledgeGraph& graph, const Matches& matches,
                              const std::map<int, int>& mapping) {
  Relations out;
  for (const EdgeRef& edge : graph.edges_sorted()) {
    const NodeData& target = graph.node(edge.target);
    switch (edge.data->kind) {
      case EdgeKind::attended:
        if (target.kind == NodeKind::event)
          if (auto it = mapping.find(target.n); it != mapping.end())
            out.attended.insert({matches.label(edge.source), it->second});
        break;
      case EdgeKind::represents:
        out.represents.insert({matches.label(edge.source), matches.label(edge.target)});
        break;
      case EdgeKind::funds:
        out.funds.insert({matches.label(edge.source), matches.label(edge.target)});
        break;
      case EdgeKind::held_in:  // kgscore.py scores no place edges
      case EdgeKind::active_in:
      case EdgeKind::mentions:
        break;
    }
  }
  return out;
}

template <typename Pairs>
StrSet answers(const Pairs& pairs) {
  StrSet out;
  for (const auto& [a, b] : pairs) out.insert(answer(a, b));
  return out;
}

// Officials of the reference organisation x reference bodies attending one item.
StrSet engagements(const GoldStandard& gold, const Relations& relations) {
  std::set<std::string> bodies(gold.engagement_bodies.begin(), gold.engagement_bodies.end());
  std::set<std::string> officials;
  for (const auto& [person, org] : relations.represents)
    if (org == gold.engagement_organisation) officials.insert(person);
  std::map<int, std::set<std::string>> by_item;
  for (const auto& [who, n] : relations.attended) by_item[n].insert(who);
  StrSet out;
  for (const auto& [n, who] : by_item)
    for (const std::string& p : who)
      if (officials.contains(p))
        for (const std::string& b : who)
          if (bodies.contains(b)) out.insert(answer(p, b));
  return out;
}

void score_relations(const GoldStandard& gold, const Relations& expected, const Relations& found,
                     std::vector<ScoreTable>& tables) {
  ScoreTable attended = named("attended"), represents = named("represents"), funds = named("funds");
  add(attended, answers(expected.attended), answers(found.attended), "attended");
  add(represents, answers(expected.represents), answers(found.represents), "represents");
  add(funds, answers(expected.funds), answers(found.funds), "funds");
  tables.push_back(std::move(attended));
  tables.push_back(std::move(represents));
  tables.push_back(std::move(funds));
  if (gold.engagement_bodies.empty()) return;
  ScoreTable engagement = named("engagements");
  add(engagement, engagements(gold, expected), engagements(gold, found), "engagement");
  tables.push_back(std::move(engagement));
}

}  // namespace

EvalReport evaluate(const GoldStandard& gold, const KnowledgeGraph& graph, NodeOrder order) {
  GoldIndex index(gold);
  std::vector<NodeIndex> nodes = nodes_in(graph, order);
  std::vector<PredItem> pred_items = predicted_items(graph, nodes);
  std::map<int, int> mapping = align_items(gold.items, pred_items);
  Matches matches(graph, nodes, index);

  EvalReport report;
  report.items_gold = static_cast<int>(gold.items.size());
  report.items_pred = static_cast<int>(pred_items.size());
  report.items_aligned = static_cast<int>(mapping.size());
  report.tables.push_back(score_items(gold.items, pred_items));
  for (ScoreTable& t : score_mentions(gold, index, graph, matches, mapping))
    report.tables.push_back(std::move(t));
  report.tables.push_back(score_entities(gold, matches, report.duplicate_nodes));
  score_relations(gold, gold_relations(gold), predicted_relations(graph, matches, mapping),
                  report.tables);
  return report;
}

}  // namespace kg
