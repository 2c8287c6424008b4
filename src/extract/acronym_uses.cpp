// Acronyms an item defines ("the Quarry Safety Board (QSB)"): the acronym is an alias of the
// long name's entity, neither part of its name nor a node of its own, and every bare use of it
// in the item names that entity, whatever the acronym means elsewhere in the corpus.
#include <map>
#include <optional>

#include "context.hpp"
#include "kg/utf8.hpp"

namespace kg::extract_detail {
namespace {

constexpr const char* kDefinitionRule = "acronym.after_mention";
constexpr const char* kUseRule = "acronym.defined_in_item";

bool may_have_acronym(NodeKind kind) {
  return kind == NodeKind::organisation || kind == NodeKind::programme || kind == NodeKind::place;
}

// Where "(ACR)" lies in a text: the acronym is [begin, end), the brackets end before `close`.
struct Bracketed {
  std::size_t begin = 0, end = 0, close = 0;
};

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

// "(ACR)" starting at `pos` after optional spaces: one word of capitals, digits and the
// joiners an acronym uses ("MAOC-N", "EU4FAST", "CT/PVE").
std::optional<Bracketed> bracketed_acronym_at(std::string_view text, std::size_t pos) {
  pos = skip_spaces(text, pos);
  if (pos >= text.size() || text[pos] != '(') return std::nullopt;
  Bracketed found;
  found.begin = skip_spaces(text, pos + 1);
  found.end = found.begin;
  while (found.end < text.size() && text[found.end] != ')' && text[found.end] != ' ' &&
         text[found.end] != '(' && text[found.end] != ',')
    ++found.end;
  std::size_t close = skip_spaces(text, found.end);
  if (close >= text.size() || text[close] != ')') return std::nullopt;
  std::string_view word = text.substr(found.begin, found.end - found.begin);
  if (!is_acronym(word) || !utf8::is_upper(utf8::decode(word, 0).first)) return std::nullopt;
  // "Phase (II)" numbers a phase.
  if (word.find_first_not_of("IVX") == std::string_view::npos) return std::nullopt;
  found.close = close + 1;
  return found;
}

bool word_char_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return false;
  std::size_t lead = pos - 1;
  while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  return utf8::is_word_char(utf8::decode(text, lead).first);
}

bool word_char_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && utf8::is_word_char(utf8::decode(text, pos).first);
}

bool same_span(const Span& a, const Span& b) {
  return a.in_title == b.in_title && a.begin == b.begin && a.end == b.end;
}

bool overlaps(const Span& a, const Span& b) {
  return a.in_title == b.in_title && a.begin < b.end && b.begin < a.end;
}

char ascii_upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// An acronym defined by the item: the long name's mention, and where the acronym stands.
struct Definition {
  std::size_t full = kNone;
  Span at;
};

// Long name and acronym in one mention (a gazetteer form "Long Name (ACR)") become two: the
// name ends before the brackets, the acronym is a mention of the same entity.
void split_acronym_suffixes(ItemContext& context) {
  for (std::size_t i = 0, count = context.out.mentions.size(); i < count; ++i) {
    const Mention& whole = context.out.mentions[i];
    if (whole.removed || !may_have_acronym(whole.kind) || context.text(whole.span) != whole.surface)
      continue;
    std::size_t open = whole.surface.rfind('(');
    if (open == std::string::npos) continue;
    auto acronym = bracketed_acronym_at(whole.surface, open);
    std::size_t name_end = open;
    while (name_end > 0 && whole.surface[name_end - 1] == ' ') --name_end;
    if (!acronym || acronym->close != whole.surface.size() || name_end == 0) continue;
    Mention use = whole;
    use.surface = whole.surface.substr(acronym->begin, acronym->end - acronym->begin);
    use.span.begin = whole.span.begin + acronym->begin;
    use.span.end = whole.span.begin + acronym->end;
    use.rule = kDefinitionRule;
    use.owner = kNone;
    Mention& name = context.out.mentions[i];
    std::string suffix = name.surface.substr(name_end);
    if (name.name.size() > suffix.size() && name.name.ends_with(suffix))
      name.name.resize(name.name.size() - suffix.size());
    name.surface.resize(name_end);
    name.span.end = name.span.begin + name_end;
    context.add(std::move(use));
  }
}

// "Long Name (ACR)" where Long Name is a mention and the brackets hold nothing else. An
// acronym the lexicon reads as another entity is defined anew only when it fits the name's
// initials ("the Port Security Committee of Norway (PSC)"); else the brackets name that
// other entity ("the regional office (UNODC)"). Keyed by the acronym, in text order.
std::map<std::string, std::vector<Definition>> definitions_in(const ItemContext& context) {
  const auto& mentions = context.out.mentions;
  std::map<std::pair<bool, std::size_t>, std::size_t> outermost_ending_at;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.removed || !may_have_acronym(m.kind)) continue;
    auto [it, fresh] = outermost_ending_at.emplace(std::make_pair(m.span.in_title, m.span.end), i);
    if (!fresh && m.span.begin < mentions[it->second].span.begin) it->second = i;
  }
  std::map<std::string, std::vector<Definition>> found;
  for (const auto& [end, full] : outermost_ending_at) {
    std::string_view text = context.text({end.first, 0, std::string_view::npos});
    auto acronym = bracketed_acronym_at(text, end.second);
    if (!acronym) continue;
    Span at{end.first, acronym->begin, acronym->end};
    std::string_view acronym_text = text.substr(at.begin, at.end - at.begin);
    bool refits = initials_fit(context.text(mentions[full].span), acronym_text);
    bool defines = true;
    for (const Mention& m : mentions)
      if (!m.removed && overlaps(m.span, at))
        defines &= same_span(m.span, at) && (refits || same_entity(m, mentions[full]));
    if (defines) found[std::string(acronym_text)].push_back({full, at});
  }
  return found;
}

std::optional<std::size_t> sentence_of(const ItemContext& context, const Span& at) {
  const auto& sentences = context.out.sentences;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Span& span = sentences[s].span;
    if (span.in_title == at.in_title && span.begin <= at.begin && at.end <= span.end) return s;
  }
  return std::nullopt;
}

// The definition a use at `at` follows: the last one before it in the same part (title or
// body), else the item's first.
const Definition& governing(const std::vector<Definition>& definitions, const Span& at) {
  const Definition* chosen = &definitions.front();
  for (const Definition& d : definitions)
    if (d.at.in_title == at.in_title && d.at.begin <= at.begin) chosen = &d;
  return *chosen;
}

// Makes the mention at `at` (the definition's brackets or a bare use) name the long name's
// entity: the mention already there is re-pointed, else one is added. A use inside a longer
// mention ("the QSB Secretariat") is left to that mention.
void bind_use(ItemContext& context, const Definition& definition, const Span& at,
              std::string_view surface) {
  auto& mentions = context.out.mentions;
  const char* rule = same_span(at, definition.at) ? kDefinitionRule : kUseRule;
  std::optional<std::size_t> exact;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].removed || !overlaps(mentions[i].span, at)) continue;
    if (!same_span(mentions[i].span, at)) return;
    exact = i;
  }
  if (context.noise_index.overlaps(at)) return;
  const Mention full = mentions[definition.full];
  if (exact && same_entity(mentions[*exact], full)) {
    if (rule == kDefinitionRule) mentions[*exact].rule = rule;
    return;
  }
  Mention use;
  if (exact) {
    use = mentions[*exact];
  } else if (auto sentence = sentence_of(context, at)) {
    use.sentence = *sentence;
    use.surface = std::string(surface);
    use.span = at;
  } else {
    return;
  }
  use.kind = full.kind;
  use.name = full.name;
  use.canonical = full.canonical;
  use.entity = full.entity;
  use.owner = kNone;
  use.rule = rule;
  if (exact) {
    mentions[*exact] = std::move(use);
  } else {
    context.add(std::move(use));
  }
}

void bind_uses(ItemContext& context, const std::string& acronym,
               const std::vector<Definition>& definitions) {
  for (bool in_title : {true, false}) {
    std::string_view text = context.text({in_title, 0, std::string_view::npos});
    for (std::size_t pos = text.find(acronym); pos != std::string_view::npos;
         pos = text.find(acronym, pos + 1)) {
      if (word_char_before(text, pos) || word_char_at(text, pos + acronym.size())) continue;
      Span at{in_title, pos, pos + acronym.size()};
      bind_use(context, governing(definitions, at), at, acronym);
    }
  }
}

}  // namespace

// "Port Security Committee of Norway" for PSC, not "the regional office" for UNODC.
bool initials_fit(std::string_view name, std::string_view acronym) {
  std::string initials;
  bool word_start = true;
  for (char c : name) {
    bool separator = c == ' ' || c == '-' || c == '/';
    if (word_start && !separator) initials += ascii_upper(c);
    word_start = separator;
  }
  std::size_t next = 0;
  for (char c : acronym) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) continue;
    next = next == 0 && !initials.empty() && initials[0] != ascii_upper(c)
               ? std::string::npos
               : initials.find(ascii_upper(c), next);
    if (next == std::string::npos) return false;
    ++next;
  }
  return next > 0;
}

void resolve_item_acronyms(ItemContext& context) {
  split_acronym_suffixes(context);
  for (const auto& [acronym, definitions] : definitions_in(context))
    bind_uses(context, acronym, definitions);
}

}  // namespace kg::extract_detail
