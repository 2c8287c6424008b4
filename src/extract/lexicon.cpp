// The lexicon: gazetteer entries plus names learned from the corpus, in one trie.
#include "kg/error.hpp"
#include "kg/extract.hpp"

namespace kg {

std::vector<std::string> demonyms_of(const KnownEntity& entity) {
  std::vector<std::string> demonyms;
  const std::string& all = entity.demonym;
  for (std::size_t begin = 0; begin < all.size();) {
    std::size_t end = all.find("; ", begin);
    if (end == std::string::npos) end = all.size();
    demonyms.push_back(all.substr(begin, end - begin));
    begin = end + 2;
  }
  return demonyms;
}

Lexicon::Lexicon(const Rules& rules, bool keep_lessons) : keep_lessons_(keep_lessons) {
  for (const GazetteerEntry& entry : rules.gazetteer) {
    auto attribute = [&](const char* key) {
      auto found = entry.attributes.find(key);
      return found == entry.attributes.end() ? std::string() : found->second;
    };
    entities_.push_back({entry.kind, entry.name, entry.aliases, entry.parents, entry.id, false,
                         attribute("group"), attribute("country"), attribute("demonym"),
                         attribute("type")});
    for (std::string& demonym : demonyms_of(entities_.back())) demonyms_.insert(std::move(demonym));
  }
  // The rules' own index has the same payloads; copying it saves building it again.
  if (rules.index) {
    index_ = *rules.index;
  } else {
    for (std::size_t i = 0; i < entities_.size(); ++i) {
      index_.add(entities_[i].name, i);
      for (const std::string& alias : entities_[i].aliases) index_.add(alias, i);
    }
  }
}

std::optional<std::size_t> Lexicon::find(std::string_view form) const {
  const std::size_t* found = index_.find_exact(form);
  if (found == nullptr) return std::nullopt;
  return *found;
}

std::size_t Lexicon::learn(KnownEntity entity) {
  if (auto known = find(entity.name)) {
    // A name learned again with its owner ("the Working Party on X of the Council" after a
    // heading that named it alone) keeps the owner as a parent.
    KnownEntity& existing = entities_[*known];
    if (existing.learned)
      for (std::string& parent : entity.parents)
        if (std::find(existing.parents.begin(), existing.parents.end(), parent) ==
            existing.parents.end()) {
          record({Lesson::What::parent, {}, *known, parent});
          existing.parents.push_back(std::move(parent));
        }
    return *known;
  }
  if (entity.learned && entity.kind == NodeKind::person) ++learned_people_;
  if (keep_lessons_) record({Lesson::What::entity, entity, 0, {}});  // no copy when not kept
  entities_.push_back(std::move(entity));
  std::size_t index = entities_.size() - 1;
  index_.add(entities_[index].name, index);
  return index;
}

bool Lexicon::learn_alias(std::size_t entity, const std::string& form) {
  if (auto known = find(form)) return *known == entity;
  record({Lesson::What::alias, {}, entity, form});
  entities_[entity].aliases.push_back(form);
  return index_.add(form, entity);
}

void Lexicon::replay(const Lesson& lesson) {
  if (lesson.what == Lesson::What::entity) {
    std::size_t expected = entities_.size();
    if (learn(lesson.entity) != expected)
      throw Error("a learned name \"" + lesson.entity.name + "\" that this lexicon knows already");
    return;
  }
  if (lesson.target >= entities_.size())
    throw Error("a lesson about entity " + std::to_string(lesson.target) + " of " +
                std::to_string(entities_.size()));
  if (lesson.what == Lesson::What::alias) {
    learn_alias(lesson.target, lesson.form);
    return;
  }
  record(lesson);
  entities_[lesson.target].parents.push_back(lesson.form);
}

std::string_view span_text(const Item& item, const Span& span) {
  std::string_view text =
      span.in_title ? std::string_view(item.title) : std::string_view(item.text);
  if (span.begin >= text.size()) return {};
  std::size_t end = span.end > text.size() ? text.size() : span.end;
  return text.substr(span.begin, end - span.begin);
}

}  // namespace kg
