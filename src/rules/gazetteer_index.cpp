// The gazetteer trie: one node per token key, so matching a text costs one walk per token
// start whatever the number of forms (a re2 alternation of thousands of names would not).
#include "kg/rules.hpp"
#include "kg/utf8.hpp"

namespace kg {
namespace {

// Keys: acronym tokens "=TEXT" (exact); the first token of a form "C"/"l" + lower case
// (capital or lower-case initial); later tokens "~" + lower case. Later tokens are
// prefixed with "+" when glued to the previous token, " " otherwise.
bool starts_upper(std::string_view word) {
  auto [cp, len] = utf8::decode(word, 0);
  (void)len;
  return utf8::is_upper(cp) || !utf8::is_word_char(cp);
}

std::string form_key(std::string_view word, bool first, bool glued) {
  std::string key = first ? "" : (glued ? "+" : " ");
  if (is_acronym(word)) return key + "=" + std::string(word);
  if (first) return key + (starts_upper(word) ? "C" : "l") + utf8::fold(word);
  return key + "~" + utf8::fold(word);
}

constexpr std::size_t kRootFilterBits = 1 << 16;

std::size_t root_filter_bit(std::string_view key) {
  std::uint64_t hash = 0xcbf29ce484222325ull;  // FNV-1a: keys are short words
  for (char c : key) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return static_cast<std::size_t>(hash ^ (hash >> 32)) % kRootFilterBits;
}

}  // namespace

GazetteerIndex::GazetteerIndex() : root_filter_(kRootFilterBits / 64, 0) {
  nodes_.emplace_back();
}

bool GazetteerIndex::root_may_have(std::string_view key) const {
  const std::size_t bit = root_filter_bit(key);
  return (root_filter_[bit / 64] >> (bit % 64)) & 1u;
}

bool GazetteerIndex::add(std::string_view form, std::size_t payload) {
  std::vector<Token> tokens = tokenize(form);
  // A leading article is not part of a name: "the United Nations" indexed as such would
  // hide "the United Nations Office on Drugs and Crime" behind a shorter match at "the".
  if (tokens.size() > 1 &&
      utf8::fold(form.substr(tokens[0].begin, tokens[0].end - tokens[0].begin)) == "the")
    tokens.erase(tokens.begin());
  if (tokens.empty()) return false;
  std::size_t node = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::string_view word = form.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    std::string key = form_key(word, i == 0, tokens[i].glued);
    if (node == 0) {
      const std::size_t bit = root_filter_bit(key);
      root_filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
    auto found = nodes_[node].next.find(key);
    if (found == nodes_[node].next.end()) {
      nodes_.emplace_back();
      found = nodes_[node].next.emplace(key, nodes_.size() - 1).first;
    }
    node = found->second;
  }
  if (nodes_[node].terminal) return false;
  nodes_[node].terminal = true;
  nodes_[node].payload = payload;
  ++forms_;
  return true;
}

// The node reached from `node` by `token`, or 0 when none. Exact keys win over folded ones.
std::size_t GazetteerIndex::step(std::size_t node, std::string_view text, const Token& token,
                                 bool first) const {
  std::string_view word = text.substr(token.begin, token.end - token.begin);
  const auto& next = nodes_[node].next;
  if (next.empty()) return 0;
  auto lookup = [&](std::string_view key) -> std::size_t {
    if (node == 0 && !root_may_have(key)) return 0;
    auto it = next.find(key);
    return it == next.end() ? 0 : it->second;
  };
  // One key buffer per thread: this runs for every token of every sentence.
  thread_local std::string key;
  key.clear();
  if (!first) key += token.glued ? '+' : ' ';
  std::size_t mark = key.size();
  // Exact keys are acronyms (form_key): a token that is none cannot have one.
  if (is_acronym(word)) {
    key += '=';
    key += word;
    if (std::size_t found = lookup(key)) return found;
    key.resize(mark);
  }
  if (first) {
    // The word is folded once; only the initial's mark differs between the two keys.
    key += starts_upper(word) ? 'C' : 'l';
    utf8::fold_into(key, word);
    if (std::size_t found = lookup(key)) return found;
    if (key[mark] == 'l') return 0;
    key[mark] = 'l';
    return lookup(key);
  }
  key += '~';
  utf8::fold_into(key, word);
  return lookup(key);
}

std::vector<GazetteerMatch> GazetteerIndex::find_all(std::string_view text) const {
  std::vector<Token> tokens = tokenize(text);
  std::vector<GazetteerMatch> matches;
  std::size_t i = 0;
  while (i < tokens.size()) {
    std::size_t node = 0, best_end = 0;
    const Node* best = nullptr;
    for (std::size_t j = i; j < tokens.size(); ++j) {
      node = step(node, text, tokens[j], j == i);
      if (node == 0) break;
      if (nodes_[node].terminal) {
        best = &nodes_[node];
        best_end = j;
      }
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    matches.push_back({tokens[i].begin, tokens[best_end].end, best->payload});
    i = best_end + 1;
  }
  return matches;
}

const std::size_t* GazetteerIndex::find_exact(std::string_view text) const {
  std::vector<Token> tokens = tokenize(text);
  if (tokens.empty()) return nullptr;
  std::size_t node = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    node = step(node, text, tokens[i], i == 0);
    if (node == 0) return nullptr;
  }
  return nodes_[node].terminal ? &nodes_[node].payload : nullptr;
}

}  // namespace kg
