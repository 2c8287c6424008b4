// The scoring of kgscore.py's score(), step by step in the same order, so that the counts
// and the listed misses agree with it exactly.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "kg/eval.hpp"
#include "python_text.hpp"

namespace kg {
namespace {

using eval_detail::py_tuple;
using eval_detail::PyValue;
using StrSet = std::set<std::string>;  // values by their str(); byte order is Python's order

ScoreTable named(std::string name) {
  ScoreTable table;
  table.name = std::move(name);
  return table;
}

PyValue str(std::string text) {
  return {std::move(text), false};
}
PyValue num(int n) {
  return {std::to_string(n), true};
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

}  // namespace

EvalReport evaluate(const GoldStandard& gold, const KnowledgeGraph& graph, NodeOrder order) {
  GoldIndex index(gold);
  std::vector<NodeIndex> nodes;
  if (order == NodeOrder::by_id) {
    nodes = graph.nodes_sorted();
  } else {
    for (NodeIndex i = 0; i < graph.node_count(); ++i) nodes.push_back(i);
  }
  EvalReport report;
  std::vector<PredItem> pred_items = predicted_items(graph, nodes);

  // Items: a predicted item is right when its dates and title match a gold item.
  std::map<int, int> mapping = align_items(gold.items, pred_items);
  ScoreTable items = named("items");
  StrSet gold_keys, pred_keys;
  for (const GoldItem& g : gold.items)
    gold_keys.insert(py_tuple({str(g.date), str(g.end_date), str(score_normalise_title(g.title))}));
  for (const PredItem& p : pred_items)
    pred_keys.insert(py_tuple({str(p.date), str(p.end_date.empty() ? p.date : p.end_date),
                               str(score_normalise_title(p.title))}));
  add(items, gold_keys, pred_keys, "item");
  report.items_gold = static_cast<int>(gold.items.size());
  report.items_pred = static_cast<int>(pred_items.size());
  report.items_aligned = static_cast<int>(mapping.size());

  // Each predicted entity node -> a gold entity, in node order.
  std::vector<std::pair<NodeIndex, std::optional<std::string>>> canon;
  std::map<NodeIndex, std::size_t> canon_at;
  for (NodeIndex i : nodes) {
    const NodeData& node = graph.node(i);
    if (node.kind == NodeKind::event) continue;
    canon_at[i] = canon.size();
    canon.emplace_back(i, index.match(std::string(to_string(node.kind)), node));
  }
  auto label = [&](NodeIndex i) {
    if (auto it = canon_at.find(i); it != canon_at.end() && canon[it->second].second)
      return *canon[it->second].second;
    const NodeData& node = graph.node(i);
    return "?" + std::string(to_string(node.kind)) + ":" + node.name;
  };

  // Mentions per item, by kind and overall.
  const std::vector<std::string> kinds{"person", "organisation", "programme", "place"};
  std::map<int, std::set<std::pair<std::string, std::string>>> pred_mentions;
  for (const auto& [i, match] : canon) {
    const NodeData& node = graph.node(i);
    for (int n : node.items)
      if (auto it = mapping.find(n); it != mapping.end())
        pred_mentions[it->second].insert({std::string(to_string(node.kind)), label(i)});
  }
  ScoreTable all_mentions = named("mentions");
  std::vector<ScoreTable> per_kind;
  for (const std::string& kind : kinds) per_kind.push_back(named("mentions." + kind));
  for (const GoldItem& g : gold.items) {
    std::set<std::pair<std::string, std::string>> gm;
    for (const std::string& name : g.mentions) gm.insert({index.kind(name), name});
    const auto& pm = pred_mentions[g.n];
    std::string tag = std::to_string(g.n);
    StrSet gold_all, pred_all;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
      StrSet gold_kind, pred_kind;
      for (const auto& [kind, name] : gm)
        if (kind == kinds[k]) gold_kind.insert(py_tuple({str(kind), str(name)}));
      for (const auto& [kind, name] : pm)
        if (kind == kinds[k]) pred_kind.insert(py_tuple({str(kind), str(name)}));
      add(per_kind[k], gold_kind, pred_kind, tag);
    }
    for (const auto& [kind, name] : gm) gold_all.insert(py_tuple({str(kind), str(name)}));
    for (const auto& [kind, name] : pm) pred_all.insert(py_tuple({str(kind), str(name)}));
    add(all_mentions, gold_all, pred_all, tag);
  }

  // Entities after resolution: duplicates of one gold entity count as spurious.
  ScoreTable entities = named("entities");
  std::vector<std::pair<std::string, int>> seen;  // in the order first seen
  long unmatched = 0;
  for (const auto& [i, match] : canon) {
    if (!match) {
      ++unmatched;
      continue;
    }
    const std::string& name = *match;  // clang 14 cannot capture a structured binding
    auto it =
        std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == name; });
    if (it == seen.end()) {
      seen.emplace_back(*match, 1);
    } else {
      ++it->second;
    }
  }
  std::set<std::string> seen_names, used_names;
  for (const auto& [name, count] : seen) seen_names.insert(name);
  for (const GoldItem& g : gold.items) used_names.insert(g.mentions.begin(), g.mentions.end());
  long duplicates = 0;
  for (const auto& [name, count] : seen) duplicates += count - 1;
  entities.tp = static_cast<long>(seen.size());
  entities.fp = unmatched + duplicates;
  for (const std::string& name : used_names)
    if (!seen_names.contains(name)) {
      ++entities.fn;
      entities.misses.emplace_back("entity", name);
    }
  for (const auto& [i, match] : canon)
    if (!match) entities.spurious.emplace_back("entity", label(i));
  for (const auto& [name, count] : seen)
    if (count > 1) entities.spurious.emplace_back("duplicate", name);
  report.duplicate_nodes = static_cast<int>(duplicates);

  // Relations.
  std::set<std::pair<std::string, int>> att_g, att_p;
  std::set<std::pair<std::string, std::string>> rep_g, rep_p, fun_g, fun_p;
  for (const GoldItem& g : gold.items) {
    for (const std::string& name : g.attended) att_g.insert({name, g.n});
    rep_g.insert(g.represents.begin(), g.represents.end());
    fun_g.insert(g.funds.begin(), g.funds.end());
  }
  for (const EdgeRef& edge : graph.edges_sorted()) {
    const NodeData& target = graph.node(edge.target);
    switch (edge.data->kind) {
      case EdgeKind::attended:
        if (target.kind == NodeKind::event)
          if (auto it = mapping.find(target.n); it != mapping.end())
            att_p.insert({label(edge.source), it->second});
        break;
      case EdgeKind::represents:
        rep_p.insert({label(edge.source), label(edge.target)});
        break;
      case EdgeKind::funds:
        fun_p.insert({label(edge.source), label(edge.target)});
        break;
      case EdgeKind::held_in:  // kgscore.py scores no place edges
      case EdgeKind::active_in:
      case EdgeKind::mentions:
        break;
    }
  }
  auto attended_strs = [](const auto& set) {
    StrSet out;
    for (const auto& [who, n] : set) out.insert(py_tuple({str(who), num(n)}));
    return out;
  };
  auto pair_strs = [](const auto& set) {
    StrSet out;
    for (const auto& [a, b] : set) out.insert(py_tuple({str(a), str(b)}));
    return out;
  };
  ScoreTable attended = named("attended"), represents = named("represents"), funds = named("funds");
  add(attended, attended_strs(att_g), attended_strs(att_p), "attended");
  add(represents, pair_strs(rep_g), pair_strs(rep_p), "represents");
  add(funds, pair_strs(fun_g), pair_strs(fun_p), "funds");

  report.tables.push_back(std::move(items));
  report.tables.push_back(std::move(all_mentions));
  for (ScoreTable& t : per_kind) report.tables.push_back(std::move(t));
  report.tables.push_back(std::move(entities));
  report.tables.push_back(std::move(attended));
  report.tables.push_back(std::move(represents));
  report.tables.push_back(std::move(funds));

  // Engagements: officials of the reference organisation x reference bodies in one item.
  if (!gold.engagement_bodies.empty()) {
    std::set<std::string> bodies(gold.engagement_bodies.begin(), gold.engagement_bodies.end());
    auto engagements = [&](const auto& att, const auto& rep) {
      std::set<std::string> officials;
      for (const auto& [person, org] : rep)
        if (org == gold.engagement_organisation) officials.insert(person);
      std::map<int, std::set<std::string>> by_item;
      for (const auto& [who, n] : att) by_item[n].insert(who);
      StrSet out;
      for (const auto& [n, who] : by_item)
        for (const std::string& p : who)
          if (officials.contains(p))
            for (const std::string& b : who)
              if (bodies.contains(b)) out.insert(py_tuple({str(p), str(b)}));
      return out;
    };
    ScoreTable engagement = named("engagements");
    add(engagement, engagements(att_g, rep_g), engagements(att_p, rep_p), "engagement");
    report.tables.push_back(std::move(engagement));
  }
  return report;
}

}  // namespace kg
