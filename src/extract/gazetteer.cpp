// Mentions found by name: gazetteer entries and learned names, longest match first.
#include "context.hpp"
#include "kg/utf8.hpp"

namespace kg::extract_detail {
namespace {

bool overlaps_noise(const ItemContext& context, const Span& span) {
  for (const Span& noise : context.noise)
    if (noise.in_title == span.in_title && span.begin < noise.end && noise.begin < span.end)
      return true;
  return false;
}

// An owner written as a separable acronym prefix is a mention of its own: UNODC in
// "UNODC Regional Office for Eastern Africa", UNODC and WCO in "UNODC-WCO Container Control
// Programme"; a full official name ("European Union" in "Council of the European Union")
// is not separable.
void add_prefix_owners(ItemContext& context, std::size_t outer) {
  Mention whole = context.out.mentions[outer];
  if (whole.kind != NodeKind::organisation && whole.kind != NodeKind::programme) return;
  std::vector<Token> tokens = tokenize(whole.surface);
  std::size_t owner = kNone;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    std::string_view word =
        std::string_view(whole.surface).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    if (!is_acronym(word)) break;
    auto entity = context.lexicon.find(word);
    if (!entity || context.lexicon.entities()[*entity].kind != NodeKind::organisation) break;
    if (context.lexicon.entities()[*entity].name == whole.canonical) break;
    Mention part;
    part.kind = NodeKind::organisation;
    part.surface = std::string(word);
    part.name = part.surface;
    part.canonical = context.lexicon.entities()[*entity].name;
    part.entity = *entity;
    part.span = {whole.span.in_title, whole.span.begin + tokens[i].begin,
                 whole.span.begin + tokens[i].end};
    part.sentence = whole.sentence;
    part.rule = "organisation.owner_prefix";
    std::size_t added = context.add(std::move(part));
    if (owner == kNone) owner = added;
    // Separators between owners: "-", "/", "'s".
    std::string_view sep =
        std::string_view(whole.surface)
            .substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin);
    if ((sep == "-" || sep == "/" || sep == "'s") && i + 2 < tokens.size()) ++i;
  }
  if (owner != kNone) context.out.mentions[outer].owner = owner;
}

bool overlaps_mention(const ItemContext& context, std::size_t sentence, const Span& span) {
  for (std::size_t id : context.mentions_in(sentence)) {
    const Span& m = context.out.mentions[id].span;
    if (span.begin < m.end && m.begin < span.end) return true;
  }
  return false;
}

}  // namespace

void find_gazetteer_mentions(ItemContext& context, std::size_t sentence, bool learned_people) {
  const Span& span = context.out.sentences[sentence].span;
  std::string_view text = context.sentence_text(sentence);
  for (const GazetteerMatch& match : context.lexicon.index().find_all(text)) {
    Span where{span.in_title, span.begin + match.begin, span.begin + match.end};
    if (overlaps_noise(context, where)) continue;
    const KnownEntity& entity = context.lexicon.entities()[match.payload];
    // People learned from the corpus come last, where no pattern found anyone: a pattern's
    // own rule id says more to a rule author than "learned".
    bool learned_person = entity.learned && entity.kind == NodeKind::person;
    if (learned_person != learned_people) continue;
    if (learned_people && overlaps_mention(context, sentence, where)) continue;
    Mention mention;
    mention.kind = entity.kind;
    mention.surface = std::string(text.substr(match.begin, match.end - match.begin));
    mention.name = entity.name;
    mention.canonical = entity.name;
    mention.entity = match.payload;
    mention.span = where;
    mention.sentence = sentence;
    mention.rule = entity.rule;
    std::size_t index = context.add(std::move(mention));
    add_prefix_owners(context, index);
  }
}

}  // namespace kg::extract_detail
