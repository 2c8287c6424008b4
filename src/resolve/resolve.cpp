// Mentions -> entities: lexicon identity, then exact and fuzzy name matches per kind; for
// people, full names join their variants and surnames join the person of the same item, else
// the only person of that surname in the corpus. Two possible readings stay apart, noted.
#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <unordered_map>

#include "candidates.hpp"
#include "missions.hpp"

#include "kg/name_forms.hpp"
#include "kg/progress.hpp"
#include "kg/resolve.hpp"
#include "kg/utf8.hpp"

namespace kg {
namespace {

using resolve_detail::add_first_last_key;
using resolve_detail::add_near_keys;
using resolve_detail::KeyedNames;
using resolve_detail::last_word_keys;
using resolve_detail::Words;

class UnionFind {
 public:
  std::size_t add() {
    parent_.push_back(parent_.size());
    members_.push_back({parent_.size() - 1});
    return parent_.size() - 1;
  }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller root wins, so results do not depend on the order of unions.
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    std::size_t root = std::min(a, b), child = std::max(a, b);
    parent_[child] = root;
    if (members_[root].size() < members_[child].size()) std::swap(members_[root], members_[child]);
    members_[root].insert(members_[root].end(), members_[child].begin(), members_[child].end());
    members_[child] = {};
  }
  // The members of x's set, in no order.
  const std::vector<std::size_t>& members_of(std::size_t x) { return members_[find(x)]; }
  // The members of a root's set, ascending.
  std::vector<std::size_t> members(std::size_t root) const {
    std::vector<std::size_t> out = members_[root];
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  std::vector<std::size_t> parent_;
  std::vector<std::vector<std::size_t>> members_;  // of each root, in no order
};

// The first `count` words, joined by spaces: the key of a person's given names.
std::string join_words(const Words& words, std::size_t count) {
  std::string joined;
  for (std::size_t k = 0; k < count && k < words.size(); ++k)
    joined += (k == 0 ? "" : " ") + words[k];
  return joined;
}

// One group of mentions with the same key before merging.
struct Cluster {
  NodeKind kind = NodeKind::person;
  std::string folded;          // folded name
  Words words;                 // its words, split once
  std::size_t entity = kNone;  // lexicon entity, if any
  bool gazetteer = false;      // a gazetteer entry (not learned)
  std::set<int> items;
  std::map<std::string, int> names;  // mention names and how often
  std::set<std::string> surfaces;
};

class Resolver {
 public:
  Resolver(const std::vector<KeptExtraction>& extractions, const Lexicon& lexicon)
      : extractions_(extractions), lexicon_(lexicon) {}

  Resolution run() {
    ProgressTask progress("resolving");
    progress.step("collecting names");
    collect();
    progress.step("merging known forms");
    merge_lexicon_forms();
    progress.step("merging near spellings");
    merge_near_names();
    progress.step("merging shortened names");
    merge_shortened_names();
    progress.step("merging diplomatic missions");
    {
      // Read once from the lexicon's countries and capitals; both merges ask it.
      const resolve_detail::MissionNames missions(lexicon_);
      merge_missions(missions);
      merge_owner_orders();
      merge_delegation_seats(missions);
    }
    progress.step("merging people");
    merge_people();
    progress.step("naming entities");
    return build();
  }

 private:
  std::string key_of(const KeptMention& m) const {
    std::string kind(1, static_cast<char>('0' + static_cast<int>(m.kind)));
    if (m.entity != kNoIndex) return "E" + std::to_string(m.entity);
    if (m.kind != NodeKind::person)
      if (auto known = lexicon_.find(m.name); known && lexicon_.entities()[*known].kind == m.kind)
        return "E" + std::to_string(*known);
    return "N" + kind + fold_name(m.name);
  }

  void collect() {
    for (const KeptExtraction& extraction : extractions_) {
      std::vector<std::size_t> of(extraction.mentions.size(), kNone);
      for (std::size_t j = 0; j < extraction.mentions.size(); ++j) {
        const KeptMention& m = extraction.mentions[j];
        std::string key = key_of(m);
        auto [it, fresh] = by_key_.emplace(key, clusters_.size());
        if (fresh) {
          Cluster cluster;
          cluster.kind = m.kind;
          std::size_t entity = m.entity == kNoIndex ? kNone : m.entity;
          if (entity == kNone && key[0] == 'E') entity = std::stoul(key.substr(1));
          cluster.entity = entity;
          cluster.gazetteer = entity != kNone && !lexicon_.entities()[entity].learned;
          cluster.folded =
              entity != kNone ? fold_name(lexicon_.entities()[entity].name) : fold_name(m.name);
          cluster.words = name_words(cluster.folded);
          clusters_.push_back(std::move(cluster));
          sets_.add();
        }
        Cluster& cluster = clusters_[it->second];
        cluster.items.insert(extraction.item);
        ++cluster.names[m.name.str()];
        cluster.surfaces.insert(m.surface.str());
        of[j] = it->second;
      }
      mention_cluster_.push_back(std::move(of));
    }
  }

  // Two gazetteer entries are two things: never merged by spelling.
  bool may_merge(std::size_t a, std::size_t b) {
    const Cluster& x = clusters_[a];
    const Cluster& y = clusters_[b];
    if (x.kind != y.kind) return false;
    return !(x.gazetteer && y.gazetteer && x.entity != y.entity);
  }

  // A pattern-found name that folds to a known form of a lexicon entity is that entity.
  void merge_lexicon_forms() {
    std::map<std::string, std::size_t> forms;
    for (std::size_t i = 0; i < clusters_.size(); ++i) {
      if (clusters_[i].entity == kNone) continue;
      const KnownEntity& e = lexicon_.entities()[clusters_[i].entity];
      forms.emplace(std::to_string(static_cast<int>(e.kind)) + fold_name(e.name), i);
      for (const std::string& alias : e.aliases)
        if (!is_acronym(alias))
          forms.emplace(std::to_string(static_cast<int>(e.kind)) + fold_name(alias), i);
    }
    for (std::size_t i = 0; i < clusters_.size(); ++i) {
      if (clusters_[i].entity != kNone) continue;
      auto found =
          forms.find(std::to_string(static_cast<int>(clusters_[i].kind)) + clusters_[i].folded);
      if (found != forms.end() && may_merge(i, found->second)) sets_.unite(i, found->second);
    }
  }

  // Organisations, programmes, places: near spellings of long names. Only names that share
  // a typo key are compared, in the order of a loop over all pairs.
  void merge_near_names() {
    KeyedNames keyed;
    for (std::size_t i = 0; i < clusters_.size(); ++i)
      if (clusters_[i].kind != NodeKind::person) add_near_keys(clusters_[i].words, i, keyed);
    for (const auto& [i, j] : keyed.pairs()) {
      if (!may_merge(i, j) || sets_.find(i) == sets_.find(j)) continue;
      if (clusters_[i].folded.size() < 12) continue;
      if (near_same_words(clusters_[i].words, clusters_[j].words)) {
        sets_.unite(i, j);
        notes_.push_back("merged \"" + clusters_[j].names.begin()->first + "\" into \"" +
                         clusters_[i].names.begin()->first + "\" (near spelling)");
      }
    }
  }

  // A site or programme named in full once and shortened later ("the X International
  // Airport", "the X airport"; "the Joint Valletta Action Plan", "the Joint Action Plan") is
  // one entity when only one longer name fits. Buckets by first and last word
  // keep this near-linear.
  void merge_shortened_names() {
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> buckets;
    for (std::size_t i = 0; i < clusters_.size(); ++i) {
      const Words& w = clusters_[i].words;
      bool kind = clusters_[i].kind == NodeKind::place || clusters_[i].kind == NodeKind::programme;
      if (kind && w.size() >= 2) buckets[{w.front(), w.back()}].push_back(i);
    }
    for (const auto& [key, members] : buckets)
      for (std::size_t i : members) {
        std::set<std::size_t> longer;
        for (std::size_t j : members)
          if (may_merge(i, j) && shortened_name(clusters_[i].folded, clusters_[j].folded))
            longer.insert(sets_.find(j));
        if (longer.size() == 1) sets_.unite(i, *longer.begin());
      }
  }

  // Diplomatic missions: the names of one kind of mission of one country with one seat are
  // one entity ("the Dutch Embassy", "the Embassy of the Kingdom of the Netherlands"). One
  // that says no seat joins the only one with a seat named in its items: another item's
  // "Embassy of France" may be another French embassy than the "French Embassy in Port Louis".
  // A country has few permanent missions: "the Permanent Mission of Japan" anywhere is the
  // only one the corpus seats ("... to the International Organizations in Vienna").
  void merge_missions(const resolve_detail::MissionNames& missions) {
    std::map<std::string, std::vector<std::size_t>> by_seat, unseated, seated;
    for (std::size_t i = 0; i < clusters_.size(); ++i) {
      if (clusters_[i].kind != NodeKind::organisation) continue;
      std::optional<resolve_detail::MissionKey> key = missions.key_of(clusters_[i].words);
      if (!key) continue;
      std::string of_country = key->kind + '\3' + std::to_string(key->country);
      by_seat[of_country + '\3' + key->seat].push_back(i);
      (key->seat.empty() ? unseated : seated)[of_country].push_back(i);
    }
    for (const auto& [key, members] : by_seat)
      for (std::size_t i : members)
        if (may_merge(members.front(), i)) sets_.unite(members.front(), i);
    for (const auto& [key, members] : unseated) {
      auto found = seated.find(key);
      if (found == seated.end()) continue;
      for (std::size_t i : members) {
        std::set<std::size_t> same_item, anywhere;
        for (std::size_t j : found->second) {
          if (!may_merge(i, j)) continue;
          anywhere.insert(sets_.find(j));
          for (int item : clusters_[i].items)
            if (clusters_[j].items.count(item)) same_item.insert(sets_.find(j));
        }
        bool permanent = key.starts_with("permanent");
        const std::set<std::size_t>& fits = same_item.empty() && permanent ? anywhere : same_item;
        if (fits.size() == 1) sets_.unite(i, *fits.begin());
      }
    }
  }

  // "EU Delegation to Senegal" and "Delegation of the European Union to Senegal" are one body
  // however each was found (a page's own name, a gazetteer's generic "EU Delegation", a learned
  // form): the names that write its owner before or after its head join.
  void merge_owner_orders() {
    std::unordered_map<std::string, std::vector<std::size_t>> by_name;
    for (std::size_t i = 0; i < clusters_.size(); ++i)
      if (clusters_[i].kind == NodeKind::organisation)
        for (const auto& [name, count] : clusters_[i].names) by_name[fold_name(name)].push_back(i);
    for (std::size_t i = 0; i < clusters_.size(); ++i) {
      if (clusters_[i].kind != NodeKind::organisation) continue;
      for (const auto& [name, count] : clusters_[i].names)
        for (const std::string& variant : owner_order_variants(name))
          if (auto found = by_name.find(fold_name(variant)); found != by_name.end())
            for (std::size_t j : found->second)
              if (may_merge(i, j)) sets_.unite(i, j);
    }
  }

  // "the EU Delegation in Libreville" is the Delegation of the European Union to Gabon (or "to
  // Gabon and Sao Tome") when the corpus names exactly one delegation accredited to the country
  // it sits in; a member state's capital has none ("in Vienna": to the organisations there).
  void merge_delegation_seats(const resolve_detail::MissionNames& missions) {
    std::map<std::size_t, std::vector<std::size_t>> accredited;  // country -> clusters
    std::vector<std::pair<std::size_t, std::size_t>> seated;     // cluster, country
    for (std::size_t i = 0; i < clusters_.size(); ++i) {
      if (clusters_[i].kind != NodeKind::organisation) continue;
      for (const auto& [name, count] : clusters_[i].names)
        if (auto tie = missions.eu_delegation_country(name_words(fold_name(name)))) {
          if (tie->seated)
            seated.emplace_back(i, tie->country);
          else
            accredited[tie->country].push_back(i);
        }
    }
    for (const auto& [i, country] : seated) {
      auto found = accredited.find(country);
      if (found == accredited.end()) continue;
      std::set<std::size_t> bodies;
      for (std::size_t j : found->second)
        if (may_merge(i, j)) bodies.insert(sets_.find(j));
      if (bodies.size() == 1) sets_.unite(i, *bodies.begin());
    }
  }

  // People: full names (two words or more) join fold-equal, near-spelled and
  // middle-name variants; shorter forms join the full name that ends with them, preferring
  // one of the same item.
  void merge_people() {
    std::vector<std::size_t> full;
    KeyedNames keyed;
    for (std::size_t i = 0; i < clusters_.size(); ++i) {
      if (clusters_[i].kind != NodeKind::person || clusters_[i].words.size() < 2) continue;
      full.push_back(i);
      add_near_keys(clusters_[i].words, i, keyed);
      add_first_last_key(clusters_[i].words, i, keyed);
    }
    for (const auto& [i, j] : keyed.pairs()) {
      const Words &x = clusters_[i].words, &y = clusters_[j].words;
      bool near = near_same_words(x, y);
      if (!near && !variants_of_one_name(x, y)) continue;
      if (sets_.find(i) == sets_.find(j) || !every_full_name_fits(i, j)) continue;
      if (near)
        notes_.push_back("merged \"" + clusters_[j].names.begin()->first + "\" and \"" +
                         clusters_[i].names.begin()->first + "\" (near spelling)");
      sets_.unite(i, j);
    }
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> full_by_last_word;
    for (std::size_t j : full)
      for (std::uint64_t key : last_word_keys(clusters_[j].words))
        full_by_last_word[key].push_back(j);
    // Longest names first: a lookup stops at the first name too short to fit (with only
    // two-word names, a two-word name's lookup visits none; it visited every namesake).
    for (auto& [key, names] : full_by_last_word)
      std::stable_sort(names.begin(), names.end(), [&](std::size_t a, std::size_t b) {
        return clusters_[a].words.size() > clusters_[b].words.size();
      });
    merge_initials(full, full_by_last_word);
    // "Nazrin bin Abdul Latif" is "Mr Nazrin" later: given names before a patronymic.
    std::unordered_map<std::string, std::vector<std::size_t>> full_by_given_names;
    for (std::size_t j : full)
      if (std::size_t at = patronymic_at(clusters_[j].words, 1))
        full_by_given_names[join_words(clusters_[j].words, at)].push_back(j);
    // "Captain Sepúlveda" is "Ángel Luis Sepúlveda Barrachina", "Rear Admiral Alcántara" is
    // "Jorge Alcántara de la Serna": Spanish and Portuguese names carry two surnames, and the
    // first is often written alone.
    std::unordered_map<std::string, std::vector<std::size_t>> full_by_part;
    for (std::size_t j : full)
      if (std::size_t at = first_of_two_surnames(clusters_[j].words))
        full_by_part[clusters_[j].words[at]].push_back(j);
    // "Commander Yohannes" is "Yohannes Tesfaye Gebremariam", "Pol. Col. Somchai" is "Somchai
    // Wongsawat": Ethiopian, Thai and other names are written short with the given name.
    for (std::size_t j : full) full_by_part[clusters_[j].words.front()].push_back(j);
    std::vector<std::size_t> one_word_left;
    for (std::size_t i = 0; i < clusters_.size(); ++i) {
      if (clusters_[i].kind != NodeKind::person) continue;
      const Words& short_words = clusters_[i].words;
      std::vector<std::size_t> candidates;
      for_each_with_last_word(
          full_by_last_word, short_words, short_words.size() + 1, [&](std::size_t j) {
            const Words& long_words = clusters_[j].words;
            if (long_words.size() > short_words.size() && ends_with(long_words, short_words))
              candidates.push_back(j);
          });
      if (!full_by_given_names.empty())
        if (auto given = full_by_given_names.find(join_words(short_words, short_words.size()));
            given != full_by_given_names.end())
          candidates.insert(candidates.end(), given->second.begin(), given->second.end());
      if (candidates.empty() && short_words.size() == 1) one_word_left.push_back(i);
      if (candidates.empty()) continue;
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
      attach_short_form(i, candidates);
    }
    // After the others, so that "Oyarzábal Etxeberria" has joined "Beatriz Oyarzábal
    // Etxeberria" before "Oyarzábal" looks for either.
    for (std::size_t i : one_word_left) {
      std::vector<std::size_t> candidates;
      add_same_item_candidates(i, full_by_part, candidates);
      if (!candidates.empty()) attach_short_form(i, candidates);
    }
  }

  // Where the first of two surnames stands: the word before the last, or before the particles
  // that open the last ("de la Serna"); 0 for a name of fewer than three words.
  static std::size_t first_of_two_surnames(const Words& words) {
    static const std::set<std::string, std::less<>> kParticles = {
        "da", "das", "de", "del", "di", "do", "dos", "du", "e", "la", "las", "los", "y"};
    if (words.size() < 3) return 0;
    std::size_t at = words.size() - 2;
    while (at > 0 && kParticles.count(words[at])) --at;
    return at;
  }

  // The full names whose first of two surnames or given name is the one word of `short_form`,
  // named in one of its items: only there is the short form plainly that person (elsewhere it
  // may be another person's only surname).
  void add_same_item_candidates(
      std::size_t short_form,
      const std::unordered_map<std::string, std::vector<std::size_t>>& full_by_part,
      std::vector<std::size_t>& candidates) const {
    auto found = full_by_part.find(clusters_[short_form].words.front());
    if (found == full_by_part.end()) return;
    for (std::size_t j : found->second)
      for (int item : clusters_[short_form].items)
        if (clusters_[j].items.count(item)) {
          candidates.push_back(j);
          break;
        }
  }

  // Calls `use` with every full name of at least `min_words` words whose last word is
  // (nearly) the last word of `words`.
  template <typename Use>
  void for_each_with_last_word(
      const std::unordered_map<std::uint64_t, std::vector<std::size_t>>& full_by_last_word,
      const Words& words, std::size_t min_words, Use use) const {
    for (std::uint64_t key : last_word_keys(words)) {
      auto found = full_by_last_word.find(key);
      if (found == full_by_last_word.end()) continue;
      for (std::size_t j : found->second) {
        if (clusters_[j].words.size() < min_words) break;  // longest first
        use(j);
      }
    }
  }

  // "Ana Velmi" and "Ana Lucia Velmi": one name with and without a middle name.
  // "Nurul Huda" and "Nurul Huda binti Ismail": the given names before the patronymic.
  static bool variants_of_one_name(const Words& x, const Words& y) {
    if (x.size() == y.size()) return false;
    const Words& shorter = x.size() < y.size() ? x : y;
    const Words& longer = x.size() < y.size() ? y : x;
    if (patronymic_at(longer) == shorter.size() &&
        std::equal(shorter.begin(), shorter.end(), longer.begin()))
      return true;
    return x.front() == y.front() && x.back() == y.back();
  }

  // A near spelling repairs one typo: two sets of people join only when every full name of
  // one is the same, a one-typo spelling or a middle-name variant of every full name of the
  // other. Else chains of one-typo steps joined names two or more typos apart.
  bool every_full_name_fits(std::size_t i, std::size_t j) {
    for (std::size_t a : sets_.members_of(i)) {
      const Words& x = clusters_[a].words;
      if (clusters_[a].kind != NodeKind::person || x.size() < 2) continue;
      for (std::size_t b : sets_.members_of(j)) {
        const Words& y = clusters_[b].words;
        if (clusters_[b].kind != NodeKind::person || y.size() < 2 || x == y) continue;
        if (!near_same_words(x, y) && !variants_of_one_name(x, y)) return false;
      }
    }
    return true;
  }

  // "E. Lund" or "J. R. Okafor": a name written with initials joins the one person of the
  // corpus whose full name has that surname and whose given names start with those letters.
  void merge_initials(
      const std::vector<std::size_t>& full,
      const std::unordered_map<std::uint64_t, std::vector<std::size_t>>& full_by_last_word) {
    for (std::size_t i : full) {
      const Words& written = clusters_[i].words;
      std::size_t initials = 0;
      while (initials + 1 < written.size() && written[initials].size() == 1) ++initials;
      if (initials == 0) continue;
      const Words surname(written.begin() + static_cast<std::ptrdiff_t>(initials), written.end());
      std::set<std::size_t> roots;
      for_each_with_last_word(full_by_last_word, written, written.size(), [&](std::size_t j) {
        const Words& given = clusters_[j].words;
        if (j == i || given.size() < initials + surname.size() ||
            !std::equal(surname.rbegin(), surname.rend(), given.rbegin()))
          return;
        bool fits = true;
        for (std::size_t k = 0; fits && k < initials; ++k)
          fits = given[k].size() > 1 && given[k][0] == written[k][0];
        if (fits) roots.insert(sets_.find(j));
      });
      if (roots.size() == 1) sets_.unite(i, *roots.begin());
    }
  }

  static bool ends_with(const std::vector<std::string>& whole,
                        const std::vector<std::string>& tail) {
    std::size_t offset = whole.size() - tail.size();
    for (std::size_t k = 0; k < tail.size(); ++k) {
      const std::string& a = whole[offset + k];
      const std::string& b = tail[k];
      if (a == b) continue;
      if (a.size() >= 5 && b.size() >= 5 && bounded_edit_distance(a, b, 1) <= 1) continue;
      return false;
    }
    return true;
  }

  void attach_short_form(std::size_t short_form, const std::vector<std::size_t>& candidates) {
    std::set<std::size_t> roots;
    for (std::size_t c : candidates) roots.insert(sets_.find(c));
    if (roots.size() == 1) return sets_.unite(short_form, *roots.begin());
    // Several people could be meant: the one named in the same items, if only one is.
    std::set<std::size_t> same_item;
    for (std::size_t c : candidates)
      for (int item : clusters_[short_form].items)
        if (clusters_[c].items.count(item)) same_item.insert(sets_.find(c));
    if (same_item.size() == 1) return sets_.unite(short_form, *same_item.begin());
    std::string names;
    for (std::size_t root : roots) names += (names.empty() ? "" : ", ") + best_name_of(root);
    notes_.push_back("\"" + clusters_[short_form].names.begin()->first + "\" could be " + names +
                     ": kept apart");
  }

  std::string best_name_of(std::size_t root) {
    std::string best;
    for (std::size_t i : sets_.members(root))
      for (const auto& [name, count] : clusters_[i].names)
        if (name.size() > best.size()) best = name;
    return best;
  }

  // Canonical name: the gazetteer's; for others the fullest form (most words, then most
  // frequent, then longest).
  std::string canonical(const std::vector<std::size_t>& members) {
    for (std::size_t i : members)
      if (clusters_[i].gazetteer) return lexicon_.entities()[clusters_[i].entity].name;
    std::map<std::string, int> names;
    for (std::size_t i : members) {
      if (clusters_[i].entity != kNone) names[lexicon_.entities()[clusters_[i].entity].name] += 1;
      for (const auto& [name, count] : clusters_[i].names) names[name] += count;
    }
    // People: a spelling is supported by every mention sharing its surname ("Ms Fedotova"
    // supports "Irina Fedotova" over the misspelt "Irina Fedetova").
    if (clusters_[members.front()].kind == NodeKind::person) {
      std::map<std::string, int> support;
      for (const auto& [name, count] : names) {
        Words w = name_words(fold_name(name));
        if (!w.empty()) support[w.back()] += count;
      }
      for (auto& [name, count] : names) {
        Words w = name_words(fold_name(name));
        if (!w.empty()) count = support[w.back()];
      }
    }
    std::string best;
    auto score = [](const std::string& name, int count) {
      bool acronym = is_acronym(name) && name.find(' ') == std::string::npos;
      return std::make_tuple(!acronym, std::count(name.begin(), name.end(), ' '), count,
                             name.size());
    };
    std::tuple<bool, long, int, std::size_t> best_score{};
    for (const auto& [name, count] : names) {
      auto s = score(name, count);
      if (best.empty() || s > best_score) {
        best = name;
        best_score = s;
      }
    }
    return best;
  }

  // The acronyms the lexicon knows an entity by (the gazetteer's, those the corpus defines)
  // name it in every query, also when the corpus never writes them: `kg show LIBE`.
  void add_known_acronyms(std::size_t entity, std::set<std::string>& aliases) const {
    if (entity == kNone) return;
    for (const std::string& alias : lexicon_.entities()[entity].aliases)
      if (is_acronym(alias) && alias.find(' ') == std::string::npos &&
          lexicon_.find(alias) == entity)
        aliases.insert(alias);
  }

  // `UNODC's Organized Crime Branch` names the branch by its own name after its owner; the
  // gazetteer's owner-less form of that surface is how readers and other annotations name it.
  void add_unit_names_after_owner(std::size_t entity, std::set<std::string>& aliases) const {
    if (entity == kNone) return;
    std::vector<std::string> found;
    for (const std::string& alias : lexicon_.entities()[entity].aliases)
      for (const std::string& surface : aliases)
        if (surface.size() > alias.size() && surface.ends_with(alias) &&
            names_owner_before(std::string_view(surface).substr(0, surface.size() - alias.size())))
          found.push_back(alias);
    aliases.insert(found.begin(), found.end());
  }

  // A programme's name drops the years the text writes after it (`UNODC's Regional Programme
  // for Southeast Asia 2014-2017` is the `Regional Programme for Southeast Asia`); the name with
  // its years, owner left out, is how other readers and annotations often name it.
  static void add_dated_names(const std::string& name, std::set<std::string>& aliases) {
    std::vector<std::string> found;
    const std::string head = name + ' ';
    for (const std::string& surface : aliases) {
      const std::size_t at = surface.rfind(head);
      if (at == std::string::npos || (at > 0 && !names_owner_before(surface.substr(0, at))))
        continue;
      if (is_year_period(std::string_view(surface).substr(at + head.size())))
        found.push_back(surface.substr(at));
    }
    aliases.insert(found.begin(), found.end());
  }

  static bool names_owner_before(std::string_view prefix) {
    return prefix.size() > 1 && (prefix.ends_with(' ') || prefix.ends_with('/'));
  }

  Resolution build() {
    Resolution out;
    std::map<std::size_t, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < clusters_.size(); ++i) groups[sets_.find(i)].push_back(i);
    std::map<std::size_t, std::size_t> entity_of_root;
    std::set<std::string> ids;
    for (const auto& [root, members] : groups) {
      Entity entity;
      entity.kind = clusters_[root].kind;
      entity.name = canonical(members);
      std::set<std::string> aliases;
      for (std::size_t i : members) {
        for (const auto& [name, count] : clusters_[i].names) aliases.insert(name);
        aliases.insert(clusters_[i].surfaces.begin(), clusters_[i].surfaces.end());
        add_known_acronyms(clusters_[i].entity, aliases);
        add_unit_names_after_owner(clusters_[i].entity, aliases);
      }
      add_dated_names(entity.name, aliases);
      aliases.erase(entity.name);
      entity.aliases.assign(aliases.begin(), aliases.end());
      std::string id = make_node_id(entity.kind, entity.name);
      for (int n = 2; ids.count(id); ++n)
        id = make_node_id(entity.kind, entity.name) + "-" + std::to_string(n);
      ids.insert(id);
      entity.id = id;
      entity_of_root[root] = out.entities.size();
      out.entities.push_back(std::move(entity));
    }
    for (const auto& of : mention_cluster_) {
      std::vector<std::size_t> mapped(of.size(), kNone);
      for (std::size_t j = 0; j < of.size(); ++j)
        if (of[j] != kNone) mapped[j] = entity_of_root[sets_.find(of[j])];
      out.entity_of.push_back(std::move(mapped));
    }
    out.notes = notes_;
    return out;
  }

  const std::vector<KeptExtraction>& extractions_;
  const Lexicon& lexicon_;
  std::vector<Cluster> clusters_;
  std::unordered_map<std::string, std::size_t> by_key_;
  std::vector<std::vector<std::size_t>> mention_cluster_;
  UnionFind sets_;
  std::vector<std::string> notes_;
};

}  // namespace

Resolution resolve(const std::vector<KeptExtraction>& extractions, const Lexicon& lexicon) {
  return Resolver(extractions, lexicon).run();
}

Resolution resolve(const std::vector<ItemExtraction>& extractions, const Lexicon& lexicon) {
  return resolve(keep_extractions(extractions), lexicon);
}

}  // namespace kg
