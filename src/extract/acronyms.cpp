// Acronym definitions: "Full Name (ACR)" after a mention, learned as aliases for the corpus.
#include <algorithm>

#include "relations.hpp"

namespace kg::extract_detail {

namespace {

// "Working Party on Terrorism" of "(COTER)", whose gazetteer names it "Working Party on
// Terrorism (International Aspects)": the written name is one of the acronym's names without
// its bracketed qualifier.
bool shortens_a_name_of(const KnownEntity& entity, std::string_view surface) {
  if (surface.rfind("the ", 0) == 0) surface.remove_prefix(4);
  if (surface.size() < 8) return false;
  auto opens = [&](const std::string& name) {
    return name.size() > surface.size() + 1 && name.compare(0, surface.size(), surface) == 0 &&
           name.compare(surface.size(), 2, " (") == 0;
  };
  return opens(entity.name) || std::any_of(entity.aliases.begin(), entity.aliases.end(), opens);
}

}  // namespace

void find_acronyms(ItemContext& context, std::size_t sentence) {
  for_each_relation_match(context, sentence, "acronym", [&](const RelationMatch& match) {
    auto full = markers_of(context, match, {"full"},
                           {NodeKind::organisation, NodeKind::programme, NodeKind::place});
    auto acronym = match.groups.find("acronym");
    if (full.empty() || acronym == match.groups.end() || !acronym->second.matched) return;
    std::string text = match.tagged->text().substr(acronym->second.begin,
                                                   acronym->second.end - acronym->second.begin);
    const Mention& m = context.out.mentions[full.back()];
    const std::size_t marker = text.find("[[");
    if (marker != std::string::npos && marker > 0) {
      // "(FMM West Africa)": an acronym that carries a place is written as the text has it.
      const bool in_title = context.out.sentences[sentence].span.in_title;
      text =
          std::string(context.text({in_title, match.tagged->to_source(acronym->second.begin, false),
                                    match.tagged->to_source(acronym->second.end, true)}));
    } else if (marker != std::string::npos) {
      // The acronym is itself a mention: it is the same entity if the lexicon does not
      // say otherwise; record its surface.
      auto inner = match.tagged->markers_in(acronym->second.begin, acronym->second.end);
      if (inner.size() != 1) return;
      const Mention& a = context.out.mentions[inner[0]];
      // "the Working Party on Terrorism (COTER)": a name the text makes up for a known body's
      // acronym is that body (the gazetteer knows it as "Counter-Terrorism Working Group").
      if (a.entity != kNone && m.entity != a.entity && a.kind == m.kind &&
          !context.lexicon.entities()[a.entity].learned &&
          (m.entity == kNone || context.lexicon.entities()[m.entity].learned ||
           shortens_a_name_of(context.lexicon.entities()[a.entity], m.surface))) {
        Mention& named = context.out.mentions[full.back()];
        named.name = a.name;
        named.canonical = a.canonical;
        named.entity = a.entity;
        return;
      }
      if (a.entity != kNone && m.entity != kNone && a.entity != m.entity) return;
      // "the National Customs Authority (Autoridad Nacional de Aduanas)": a name found by
      // pattern in brackets after a body's is that body's name in another language.
      if (a.entity == kNone && m.entity == kNone && a.kind == m.kind && a.name != m.name &&
          a.name.find(' ') != std::string::npos) {
        Mention& translated = context.out.mentions[inner[0]];
        translated.name = m.name;
        translated.canonical = m.canonical;
      }
      text = a.surface;
    }
    context.out.acronyms.emplace_back(text, m.canonical.empty() ? m.name : m.canonical);
  });
}

}  // namespace kg::extract_detail

namespace kg::extract_detail {
namespace {

bool small_word(std::string_view word) {
  for (std::string_view w : {"of", "and", "the", "for", "on", "in", "to", "&", "against"})
    if (word == w) return true;
  return false;
}

char upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// True when the words that end at `end` in `text` have the initials of `acronym`
// ("project steering committee" for PSC), small words skipped.
bool initials_before(std::string_view text, std::size_t end, std::string_view acronym) {
  std::string letters;
  for (char c : acronym)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) letters += upper(c);
  if (letters.size() < 2) return false;
  std::size_t pos = end;
  for (std::size_t i = letters.size(); i-- > 0;) {
    std::string_view word;
    do {
      while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '-')) --pos;
      std::size_t word_end = pos;
      while (pos > 0 && text[pos - 1] != ' ' && text[pos - 1] != '-') --pos;
      word = text.substr(pos, word_end - pos);
    } while (!word.empty() && small_word(word) && pos > 0);
    // A quoted name's first word opens with its quote: "\"Strengthening Police ...\" (SPIA)".
    for (std::string_view quote : {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB"})
      if (word.starts_with(quote)) word.remove_prefix(quote.size());
    if (word.empty() || upper(word[0]) != letters[i]) return false;
  }
  return true;
}

// Where a name ends that a closing quote may follow before `before` ("... in Niger\" (ACCP)").
std::size_t before_closing_quote(std::string_view text, std::size_t before) {
  for (std::string_view quote : {"\"", "\xE2\x80\x9D", "'", "\xC2\xBB"})
    if (before >= quote.size() && text.substr(before - quote.size(), quote.size()) == quote)
      return before - quote.size();
  return before;
}

// "the project \"Support to the Criminal Justice Chain in Niger\" (ACCP)": a known body's
// acronym in brackets right after a programme's name (its closing quote allowed) is that
// programme's here, when the item never writes the body's own name, and the body is none of
// the UN's or the EU's.
bool programme_named_before(const ItemContext& context, const Mention& acronym,
                            std::string_view text, std::size_t before) {
  before = before_closing_quote(text, before);
  const KnownEntity& known = context.lexicon.entities()[acronym.entity];
  // "the Global Firearms Programme (UNODC)": a UN or EU body in brackets is the programme's
  // owner, as often as not.
  if (known.kind != NodeKind::organisation || known.group == "un" || known.group == "eu")
    return false;
  bool programme_before = false;
  for (const Mention& other : context.out.mentions) {
    if (other.removed || other.span.in_title != acronym.span.in_title) continue;
    if (other.entity == acronym.entity && other.surface != acronym.surface) return false;
    if (other.kind == NodeKind::programme && other.span.end == before) programme_before = true;
  }
  return programme_before;
}

// The mention that ends right before `before` (a closing quote allowed between), or kNone.
std::size_t mention_ending_at(const ItemContext& context, bool in_title, std::string_view text,
                              std::size_t before) {
  const std::size_t unquoted = before_closing_quote(text, before);
  const auto& mentions = context.out.mentions;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& other = mentions[i];
    if (!other.removed && other.span.in_title == in_title &&
        (other.span.end == before || other.span.end == unquoted) &&
        (other.kind == NodeKind::organisation || other.kind == NodeKind::programme))
      return i;
  }
  return kNone;
}

}  // namespace

// "the project steering committee (PSC)": an acronym the item defines for words that are
// not the gazetteer's entity means something else here; the gazetteer's reading of it is
// dropped in the whole item (PSC is not the Political and Security Committee). Where the
// words are a name the item found ("the project \"Strengthening Police Integrity in
// Afghanistan\" (SPIA)"), the acronym names that in the whole item.
void drop_redefined_acronyms(ItemContext& context) {
  auto& mentions = context.out.mentions;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.removed || m.entity == kNone || !is_acronym(m.surface)) continue;
    std::string_view text = context.text({m.span.in_title, 0, std::string_view::npos});
    std::size_t open = m.span.begin;
    while (open > 0 && text[open - 1] == ' ') --open;
    if (open == 0 || text[open - 1] != '(' || m.span.end >= text.size() || text[m.span.end] != ')')
      continue;
    std::size_t before = open - 1;
    while (before > 0 && text[before - 1] == ' ') --before;
    bool same_entity_before = false;
    for (const Mention& other : mentions)
      if (!other.removed && other.entity == m.entity && other.span.in_title == m.span.in_title &&
          other.span.end == before)
        same_entity_before = true;
    if (same_entity_before || !(initials_before(text, before, m.surface) ||
                                programme_named_before(context, m, text, before)))
      continue;
    std::size_t entity = m.entity;
    std::string surface = m.surface;
    std::size_t definer = mention_ending_at(context, m.span.in_title, text, before);
    for (Mention& other : mentions) {
      if (other.entity != entity || other.surface != surface) continue;
      if (definer == kNone) {
        other.removed = true;
        continue;
      }
      const Mention& named = mentions[definer];
      other.kind = named.kind;
      other.name = named.name;
      other.canonical = named.canonical;
      other.entity = named.entity;
      other.owner = kNone;
      other.rule = "acronym.defined_in_item";
    }
  }
}

}  // namespace kg::extract_detail
