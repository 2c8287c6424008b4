// Naming an entity on the command line: ids, names and aliases, surnames, acronyms.
#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "kg/error.hpp"
#include "kg/query.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

// Words an acronym skips: "United Nations Office on Drugs and Crime" -> UNODC.
constexpr std::array<std::string_view, 14> kAcronymStopWords = {
    "of", "the", "and", "for", "on", "in", "to", "de", "des", "du", "la", "le", "et", "a"};

// Honorifics a user may type before a surname: "Mr Fedotov".
constexpr std::array<std::string_view, 12> kHonorifics = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "he", "h", "e", "prof", "ambassador", "commissioner"};

std::vector<std::string> words_of(const std::string& folded) {
  std::vector<std::string> words;
  std::istringstream in(folded);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

std::string join(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

std::string acronym_of(const std::string& folded) {
  std::string out;
  for (const std::string& word : words_of(folded)) {
    bool stop = std::find(kAcronymStopWords.begin(), kAcronymStopWords.end(), word) !=
                kAcronymStopWords.end();
    if (!stop) out += word.front();
  }
  return out;
}

std::string without_spaces(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
  return text;
}

std::string without_honorifics(const std::string& folded) {
  std::vector<std::string> words = words_of(folded);
  std::size_t first = 0;
  while (first + 1 < words.size() &&
         std::find(kHonorifics.begin(), kHonorifics.end(), words[first]) != kHonorifics.end())
    ++first;
  return join(words, first, words.size());
}

std::vector<std::string> forms_of(const NodeData& node) {
  std::vector<std::string> forms{node.name};
  forms.insert(forms.end(), node.aliases.begin(), node.aliases.end());
  return forms;
}

// How far `query` is from a name: the whole name, or (one step dearer) a run of its words
// as long as the query, so a misspelt surname still finds the person.
// Distances past kFarthest rank alike: no one means a name that many typos away, and a
// bound keeps a name of thousands of characters cheap.
constexpr std::size_t kFarthest = 64;

std::size_t name_distance(const std::string& query, const std::string& folded_form) {
  std::size_t best = bounded_edit_distance(query, folded_form, kFarthest);
  std::vector<std::string> query_words = words_of(query);
  std::vector<std::string> words = words_of(folded_form);
  // The same words in another order ("Albert Silke") are one step away.
  std::vector<std::string> sorted_query = query_words, sorted_words = words;
  std::sort(sorted_query.begin(), sorted_query.end());
  std::sort(sorted_words.begin(), sorted_words.end());
  if (sorted_query.size() > 1 && sorted_query == sorted_words)
    best = std::min<std::size_t>(best, 1);
  if (query_words.empty() || query_words.size() >= words.size()) return best;
  for (std::size_t i = 0; i + query_words.size() <= words.size(); ++i)
    best = std::min(
        best, bounded_edit_distance(query, join(words, i, i + query_words.size()), kFarthest) + 1);
  return best;
}

std::vector<NameCandidate> by_id(const KnowledgeGraph& graph, std::vector<NameCandidate> found) {
  std::sort(found.begin(), found.end(), [&](const NameCandidate& a, const NameCandidate& b) {
    return graph.node(a.node).id < graph.node(b.node).id;
  });
  found.erase(
      std::unique(found.begin(), found.end(),
                  [](const NameCandidate& a, const NameCandidate& b) { return a.node == b.node; }),
      found.end());
  return found;
}

// "the Commission" and "Commission" name one thing.
std::string without_article(const std::string& key) {
  return key.rfind("the ", 0) == 0 && key.size() > 4 ? key.substr(4) : key;
}

std::vector<NameCandidate> match_names(const KnowledgeGraph& graph, const std::string& query,
                                       bool events) {
  std::vector<NameCandidate> found;
  for (NodeIndex index : graph.nodes_sorted()) {
    const NodeData& node = graph.node(index);
    if ((node.kind == NodeKind::event) != events) continue;
    for (const std::string& form : forms_of(node))
      if (without_article(name_key(form)) == query) {
        found.push_back({index, form});
        break;
      }
  }
  return found;
}

std::vector<NameCandidate> match_surnames_and_acronyms(const KnowledgeGraph& graph,
                                                       const std::string& query) {
  std::vector<NameCandidate> found;
  std::string surname = without_honorifics(query);
  std::string compact = without_spaces(query);
  for (NodeIndex index : graph.nodes_sorted()) {
    const NodeData& node = graph.node(index);
    if (node.kind == NodeKind::person) {
      std::vector<std::string> words = words_of(name_key(node.name));
      for (std::size_t first = 1; first < words.size(); ++first)
        if (join(words, first, words.size()) == surname) {
          found.push_back({index, node.name});
          break;
        }
    } else if (node.kind == NodeKind::organisation || node.kind == NodeKind::programme) {
      if (compact.size() < 2) continue;
      for (const std::string& form : forms_of(node)) {
        std::string initials = acronym_of(name_key(form));
        if (initials.size() >= 2 && initials == compact) {
          found.push_back({index, form});
          break;
        }
      }
    }
  }
  return found;
}

std::vector<std::string> nearest_names(const KnowledgeGraph& graph, const std::string& query,
                                       std::size_t count) {
  // (distance, fewer items first negated, name): among equally near names the ones the
  // corpus mentions most are the likelier meaning.
  std::vector<std::tuple<std::size_t, long, std::string>> scored;
  std::vector<NodeIndex> nodes = graph.nodes_sorted();
  bool has_entities = std::any_of(nodes.begin(), nodes.end(), [&](NodeIndex i) {
    return graph.node(i).kind != NodeKind::event;
  });
  for (NodeIndex index : nodes) {
    const NodeData& node = graph.node(index);
    if (has_entities && node.kind == NodeKind::event) continue;
    std::size_t best = std::string::npos;
    for (const std::string& form : forms_of(node))
      best = std::min(best, name_distance(query, name_key(form)));
    scored.emplace_back(best, -static_cast<long>(node.items.size()), node.name);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (const auto& [distance, mentions, name] : scored) {
    if (out.size() == count) break;
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  return out;
}

std::string quoted(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

// The tiers of a lookup over either source of candidates: `names(query, events)` gives the
// nodes a name or alias matches, `others(query)` those a surname or acronym matches.
template <typename Names, typename Others>
NameLookup look_up(const KnowledgeGraph& graph, std::string_view text, std::size_t nearest_count,
                   Names names, Others others) {
  NameLookup result;
  if (auto index = graph.find(text)) {
    result.candidates.push_back({*index, std::string(text)});
    return result;
  }
  std::string query = without_article(name_key(text));
  if (query.empty()) return result;
  for (bool events : {false, true}) {
    result.candidates = by_id(graph, names(query, events));
    if (!result.candidates.empty()) return result;
  }
  result.candidates = by_id(graph, others(query));
  if (result.candidates.empty()) result.nearest = nearest_names(graph, query, nearest_count);
  return result;
}

NodeIndex resolved(const KnowledgeGraph& graph, std::string_view text, const NameLookup& found) {
  if (found.candidates.size() == 1) return found.candidates.front().node;
  if (found.candidates.empty()) {
    std::string message = "no entity named " + quoted(text);
    for (std::size_t i = 0; i < found.nearest.size(); ++i)
      message += (i == 0 ? "; nearest names: " : ", ") + quoted(found.nearest[i]);
    throw Error(message);
  }
  std::size_t kind_width = 0, id_width = 0;
  for (const NameCandidate& c : found.candidates) {
    kind_width = std::max(kind_width, to_string(graph.node(c.node).kind).size());
    id_width = std::max(id_width, graph.node(c.node).id.size());
  }
  std::string message = quoted(text) + " is ambiguous; give one of these names or ids:";
  for (const NameCandidate& c : found.candidates) {
    const NodeData& node = graph.node(c.node);
    std::string kind(to_string(node.kind));
    message += "\n  " + kind + std::string(kind_width - kind.size() + 2, ' ') + node.id +
               std::string(id_width - node.id.size() + 2, ' ') + node.name;
  }
  throw Error(message);
}

// A node under a key once, with the first of its forms that has the key: as a scan finds it.
void add_keyed(std::unordered_map<std::string, std::vector<NameCandidate>>& into, std::string key,
               NodeIndex node, const std::string& form) {
  std::vector<NameCandidate>& nodes = into[std::move(key)];
  if (nodes.empty() || nodes.back().node != node) nodes.push_back({node, form});
}

const std::vector<NameCandidate>& under(
    const std::unordered_map<std::string, std::vector<NameCandidate>>& keyed,
    const std::string& key) {
  static const std::vector<NameCandidate> none;
  auto found = keyed.find(key);
  return found == keyed.end() ? none : found->second;
}

}  // namespace

std::string name_key(std::string_view name) {
  // A possessive 's goes, so "the Commission's JRC" still contains "commission".
  std::string text(name);
  for (std::string_view apostrophe : {std::string_view("'s"), std::string_view("\u2019s")}) {
    for (std::size_t at = text.find(apostrophe); at != std::string::npos;
         at = text.find(apostrophe, at)) {
      std::size_t after = at + apostrophe.size();
      bool word_end =
          after == text.size() || !std::isalnum(static_cast<unsigned char>(text[after]));
      if (word_end) {
        text.erase(at, apostrophe.size());
      } else {
        at = after;
      }
    }
  }
  std::string slug = slugify(text);
  std::replace(slug.begin(), slug.end(), '-', ' ');
  return slug;
}

NameLookup lookup_name(const KnowledgeGraph& graph, std::string_view text,
                       std::size_t nearest_count) {
  return look_up(
      graph, text, nearest_count,
      [&](const std::string& query, bool events) { return match_names(graph, query, events); },
      [&](const std::string& query) { return match_surnames_and_acronyms(graph, query); });
}

NodeIndex resolve_name(const KnowledgeGraph& graph, std::string_view text) {
  return resolved(graph, text, lookup_name(graph, text));
}

NameIndex::NameIndex(const KnowledgeGraph& graph) : graph_(graph) {
  for (NodeIndex index : graph.nodes_sorted()) {
    const NodeData& node = graph.node(index);
    for (const std::string& form : forms_of(node)) {
      std::string key = without_article(name_key(form));
      add_keyed(node.kind == NodeKind::event ? event_names_ : entity_names_, key, index, form);
      if (node.kind == NodeKind::organisation || node.kind == NodeKind::programme) {
        std::string initials = acronym_of(name_key(form));
        if (initials.size() >= 2) add_keyed(acronyms_, initials, index, form);
      }
    }
    if (node.kind != NodeKind::person) continue;
    std::vector<std::string> words = words_of(name_key(node.name));
    for (std::size_t first = 1; first < words.size(); ++first)
      add_keyed(surnames_, join(words, first, words.size()), index, node.name);
  }
}

NameLookup NameIndex::lookup(std::string_view text, std::size_t nearest_count) const {
  return look_up(
      graph_, text, nearest_count,
      [&](const std::string& query, bool events) {
        return under(events ? event_names_ : entity_names_, query);
      },
      [&](const std::string& query) {
        std::vector<NameCandidate> found = under(surnames_, without_honorifics(query));
        std::string compact = without_spaces(query);
        if (compact.size() >= 2) {
          const std::vector<NameCandidate>& bodies = under(acronyms_, compact);
          found.insert(found.end(), bodies.begin(), bodies.end());
        }
        return found;
      });
}

NodeIndex NameIndex::resolve(std::string_view text) const {
  return resolved(graph_, text, lookup(text));
}

}  // namespace kg
