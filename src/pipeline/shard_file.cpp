// The shard file, JSON Lines, written by `kg build --shard I/N -o FILE`:
//   line 1   header {"kg_shard": format version, "kg": version, "shard": I, "shards": N,
//            "rules": rules fingerprint, "corpus": name, "corpus_items": items of the corpus,
//            "corpus_fingerprint", "lessons": count, "lessons_fingerprint", "items": count}
//   lessons  one per line, in the order learned: {"learn": {"kind", "name", "aliases",
//            "parents", "rule", "learned", "group"}}, {"parent": [entity, name]} or
//            {"alias": [entity, form]}
//   items    one per line, ascending: {"n", "date", "end_date", "title", "paragraphs",
//            "sentences": [[begin, end, text]...], "mentions": [[kind, surface, name,
//            canonical, in_title, begin, end, sentence, rule, entity, owner, removed]...],
//            "relations": [[kind, source, target, sentence, rule]...]}
// Indexes that may be absent (entity, owner, target) are -1 when they are.
#include <ostream>

#include "kg/error.hpp"
#include "kg/json_writer.hpp"
#include "kg/shard.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

using Writer = json::Writer;

void index(Writer& w, std::size_t value) {
  if (value == kNone)
    w.integer(-1);
  else
    w.integer(value);
}

void lesson(Writer& w, const Lesson& lesson) {
  w.start_object();
  if (lesson.what == Lesson::What::entity) {
    const KnownEntity& e = lesson.entity;
    w.key("learn");
    w.start_object();
    w.key("kind");
    w.string(to_string(e.kind));
    w.key("name");
    w.string(e.name);
    w.key("aliases");
    w.strings(e.aliases);
    w.key("parents");
    w.strings(e.parents);
    w.key("rule");
    w.string(e.rule);
    w.key("learned");
    w.boolean(e.learned);
    w.key("group");
    w.string(e.group);
    w.end_object();
  } else {
    w.key(lesson.what == Lesson::What::alias ? "alias" : "parent");
    w.start_array();
    w.integer(lesson.target);
    w.string(lesson.form);
    w.end_array();
  }
  w.end_object();
}

void item_info(Writer& w, const ItemInfo& info) {
  w.key("n");
  w.integer(info.n);
  w.key("date");
  w.string(info.date);
  w.key("end_date");
  w.string(info.end_date);
  w.key("title");
  w.string(info.title);
  w.key("paragraphs");
  w.start_array();
  for (std::size_t start : info.paragraphs) w.integer(start);
  w.end_array();
}

void mention(Writer& w, const Mention& m) {
  w.start_array();
  w.string(to_string(m.kind));
  w.string(m.surface);
  w.string(m.name);
  w.string(m.canonical);
  w.boolean(m.span.in_title);
  w.integer(m.span.begin);
  w.integer(m.span.end);
  w.integer(m.sentence);
  w.string(m.rule);
  index(w, m.entity);
  index(w, m.owner);
  w.boolean(m.removed);
  w.end_array();
}

void item(Writer& w, const ExtractedItem& item, const ItemExtraction& extraction) {
  w.start_object();
  item_info(w, item.info);
  w.key("sentences");
  w.start_array();
  for (const SentenceSource& s : item.sentences) {
    w.start_array();
    w.integer(s.begin);
    w.integer(s.end);
    w.string(s.text);
    w.end_array();
  }
  w.end_array();
  w.key("mentions");
  w.start_array();
  for (const Mention& m : extraction.mentions) mention(w, m);
  w.end_array();
  w.key("relations");
  w.start_array();
  for (const Relation& r : extraction.relations) {
    w.start_array();
    w.string(to_string(r.kind));
    w.integer(r.source);
    index(w, r.target ? *r.target : kNone);
    w.integer(r.sentence);
    w.string(r.rule);
    w.end_array();
  }
  w.end_array();
  w.end_object();
}

// Writes what `write` puts into a fresh writer as one line.
template <typename Write>
void line(std::string& out, Write write) {
  Writer w(out);
  write(w);
  out += '\n';
}

}  // namespace

bool ShardSpec::holds(int item_n) const {
  return item_n >= 1 && static_cast<unsigned>(item_n - 1) % count == index;
}

ShardSpec parse_shard_spec(std::string_view text) {
  auto number = [&](std::string_view digits, unsigned& out) {
    if (digits.empty() || digits.size() > 6) return false;
    out = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return false;
      out = out * 10 + static_cast<unsigned>(c - '0');
    }
    return true;
  };
  std::size_t slash = text.find('/');
  ShardSpec spec;
  if (slash == std::string_view::npos || !number(text.substr(0, slash), spec.index) ||
      !number(text.substr(slash + 1), spec.count))
    throw Error("--shard takes I/N, shard I of N counted from 0 (0/4 ... 3/4), not \"" +
                std::string(text) + "\"");
  if (spec.count == 0 || spec.index >= spec.count)
    throw Error("--shard " + std::string(text) + ": shard I of N needs 0 <= I < N (0/" +
                std::to_string(spec.count == 0 ? 1 : spec.count) + " is the first)");
  return spec;
}

void write_shard(const Shard& shard, std::ostream& out) {
  std::string lessons;
  for (const Lesson& l : shard.lessons) line(lessons, [&](Writer& w) { lesson(w, l); });
  std::string header;
  line(header, [&](Writer& w) {
    w.start_object();
    w.key("kg_shard");
    w.integer(kShardFormatVersion);
    w.key("kg");
    w.string(shard.kg_version);
    w.key("shard");
    w.integer(shard.spec.index);
    w.key("shards");
    w.integer(shard.spec.count);
    w.key("rules");
    w.string(shard.rules_fingerprint);
    w.key("corpus");
    w.string(shard.corpus);
    w.key("corpus_items");
    w.integer(shard.corpus_items);
    w.key("corpus_fingerprint");
    w.string(shard.corpus_fingerprint);
    w.key("lessons");
    w.integer(shard.lessons.size());
    w.key("lessons_fingerprint");
    w.string(Fingerprint().add(lessons).hex());
    w.key("items");
    w.integer(shard.items.size());
    w.end_object();
  });
  out << header << lessons;
  for (std::size_t i = 0; i < shard.items.size(); ++i) {
    std::string text;
    line(text, [&](Writer& w) { item(w, shard.items[i], shard.extractions[i]); });
    out << text;
  }
}

}  // namespace kg
