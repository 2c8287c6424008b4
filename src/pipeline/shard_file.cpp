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

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "kg/error.hpp"
#include "kg/shard.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void string(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void strings(Writer& w, const std::vector<std::string>& list) {
  w.StartArray();
  for (const std::string& s : list) string(w, s);
  w.EndArray();
}

void index(Writer& w, std::size_t value) {
  if (value == kNone)
    w.Int(-1);
  else
    w.Uint64(value);
}

void lesson(Writer& w, const Lesson& lesson) {
  w.StartObject();
  if (lesson.what == Lesson::What::entity) {
    const KnownEntity& e = lesson.entity;
    w.Key("learn");
    w.StartObject();
    w.Key("kind");
    string(w, to_string(e.kind));
    w.Key("name");
    string(w, e.name);
    w.Key("aliases");
    strings(w, e.aliases);
    w.Key("parents");
    strings(w, e.parents);
    w.Key("rule");
    string(w, e.rule);
    w.Key("learned");
    w.Bool(e.learned);
    w.Key("group");
    string(w, e.group);
    w.EndObject();
  } else {
    w.Key(lesson.what == Lesson::What::alias ? "alias" : "parent");
    w.StartArray();
    w.Uint64(lesson.target);
    string(w, lesson.form);
    w.EndArray();
  }
  w.EndObject();
}

void item_info(Writer& w, const ItemInfo& info) {
  w.Key("n");
  w.Int(info.n);
  w.Key("date");
  string(w, info.date);
  w.Key("end_date");
  string(w, info.end_date);
  w.Key("title");
  string(w, info.title);
  w.Key("paragraphs");
  w.StartArray();
  for (std::size_t start : info.paragraphs) w.Uint64(start);
  w.EndArray();
}

void mention(Writer& w, const Mention& m) {
  w.StartArray();
  string(w, to_string(m.kind));
  string(w, m.surface);
  string(w, m.name);
  string(w, m.canonical);
  w.Bool(m.span.in_title);
  w.Uint64(m.span.begin);
  w.Uint64(m.span.end);
  w.Uint64(m.sentence);
  string(w, m.rule);
  index(w, m.entity);
  index(w, m.owner);
  w.Bool(m.removed);
  w.EndArray();
}

void item(Writer& w, const ExtractedItem& item, const ItemExtraction& extraction) {
  w.StartObject();
  item_info(w, item.info);
  w.Key("sentences");
  w.StartArray();
  for (const SentenceSource& s : item.sentences) {
    w.StartArray();
    w.Uint64(s.begin);
    w.Uint64(s.end);
    string(w, s.text);
    w.EndArray();
  }
  w.EndArray();
  w.Key("mentions");
  w.StartArray();
  for (const Mention& m : extraction.mentions) mention(w, m);
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const Relation& r : extraction.relations) {
    w.StartArray();
    string(w, to_string(r.kind));
    w.Uint64(r.source);
    index(w, r.target ? *r.target : kNone);
    w.Uint64(r.sentence);
    string(w, r.rule);
    w.EndArray();
  }
  w.EndArray();
  w.EndObject();
}

// Writes what `write` puts into a fresh writer as one line.
template <typename Write>
void line(std::string& out, Write write) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  write(w);
  out.append(buffer.GetString(), buffer.GetSize());
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
    w.StartObject();
    w.Key("kg_shard");
    w.Int(kShardFormatVersion);
    w.Key("kg");
    string(w, shard.kg_version);
    w.Key("shard");
    w.Uint(shard.spec.index);
    w.Key("shards");
    w.Uint(shard.spec.count);
    w.Key("rules");
    string(w, shard.rules_fingerprint);
    w.Key("corpus");
    string(w, shard.corpus);
    w.Key("corpus_items");
    w.Uint64(shard.corpus_items);
    w.Key("corpus_fingerprint");
    string(w, shard.corpus_fingerprint);
    w.Key("lessons");
    w.Uint64(shard.lessons.size());
    w.Key("lessons_fingerprint");
    string(w, Fingerprint().add(lessons).hex());
    w.Key("items");
    w.Uint64(shard.items.size());
    w.EndObject();
  });
  out << header << lessons;
  for (std::size_t i = 0; i < shard.items.size(); ++i) {
    std::string text;
    line(text, [&](Writer& w) { item(w, shard.items[i], shard.extractions[i]); });
    out << text;
  }
}

}  // namespace kg
