// Reads what shard_file.cpp writes, checking every field: a damaged file is an error naming
// its line, never a wrong graph.
#include "shard_reader.hpp"

#include <limits>

#include "kg/error.hpp"
#include "kg/json.hpp"
#include "kg/output.hpp"
#include "kg/text.hpp"

namespace kg::pipeline_detail {
namespace {

using rapidjson::Value;

constexpr const char* kRebuild = "; rebuild this shard with kg build --shard I/N";

// Field access that turns every surprise into a message; `fail` throws.
template <typename Fail>
class Fields {
 public:
  explicit Fields(Fail fail) : fail_(fail) {}

  const Value& member(const Value& object, const char* key) const {
    if (!object.IsObject()) fail_("a line that is no JSON object");
    auto it = object.FindMember(key);
    if (it == object.MemberEnd()) fail_(std::string("no \"") + key + "\"");
    return it->value;
  }
  const Value& at(const Value& array, rapidjson::SizeType i, rapidjson::SizeType size) const {
    if (!array.IsArray() || array.Size() != size)
      fail_("an entry that is not an array of " + std::to_string(size) + " values");
    return array[i];
  }
  std::string text(const Value& v) const {
    if (!v.IsString()) fail_("a text that is " + std::string(json::type_name(v)));
    return {v.GetString(), v.GetStringLength()};
  }
  std::uint64_t number(const Value& v) const {
    if (!v.IsUint64()) fail_("a number that is " + std::string(json::type_name(v)));
    return v.GetUint64();
  }
  // A count or index that must stay below `limit`.
  std::size_t below(const Value& v, std::size_t limit) const {
    std::uint64_t n = number(v);
    if (n >= limit) fail_("an index " + std::to_string(n) + " out of range");
    return static_cast<std::size_t>(n);
  }
  std::size_t optional_below(const Value& v, std::size_t limit) const {
    if (v.IsInt() && v.GetInt() == -1) return kNone;
    return below(v, limit);
  }
  bool flag(const Value& v) const {
    if (!v.IsBool()) fail_("a flag that is " + std::string(json::type_name(v)));
    return v.GetBool();
  }
  int item_number(const Value& v) const {
    return static_cast<int>(below(v, static_cast<std::size_t>(std::numeric_limits<int>::max())));
  }
  std::vector<std::string> texts(const Value& v) const {
    if (!v.IsArray()) fail_("a list that is " + std::string(json::type_name(v)));
    std::vector<std::string> out;
    for (const Value& s : v.GetArray()) out.push_back(text(s));
    return out;
  }
  NodeKind node_kind(const Value& v) const {
    auto kind = parse_node_kind(text(v));
    if (!kind) fail_("an unknown node kind \"" + text(v) + "\"");
    return *kind;
  }
  EdgeKind edge_kind(const Value& v) const {
    auto kind = parse_edge_kind(text(v));
    if (!kind) fail_("an unknown edge kind \"" + text(v) + "\"");
    return *kind;
  }

 private:
  Fail fail_;
};

}  // namespace

ShardReader::ShardReader(std::string path) : path_(std::move(path)) {
  remember_input(path_);  // -o must never replace a shard the merge reads
  in_.open(path_, std::ios::binary);
  if (!in_) throw Error("cannot read shard file", path_);
  rapidjson::Document doc;
  try {
    doc = next_line("header");
  } catch (const Error&) {
    throw Error("not a kg shard file (kg build --shard I/N -o FILE writes one)", path_, 1);
  }
  if (!doc.IsObject() || !doc.HasMember("kg_shard"))
    throw Error("not a kg shard file (kg build --shard I/N -o FILE writes one)", path_, 1);
  Fields get([this](const std::string& problem) { damaged(problem); });
  auto version = get.number(get.member(doc, "kg_shard"));
  if (version != kShardFormatVersion)
    throw Error("shard file of format version " + std::to_string(version) + "; this kg reads " +
                    std::to_string(kShardFormatVersion) + kRebuild + " of this kg",
                path_, 1);
  header_.kg_version = get.text(get.member(doc, "kg"));
  header_.spec.count = static_cast<unsigned>(get.below(get.member(doc, "shards"), 1000000));
  header_.spec.index =
      static_cast<unsigned>(get.below(get.member(doc, "shard"), header_.spec.count));
  header_.rules_fingerprint = get.text(get.member(doc, "rules"));
  header_.corpus = get.text(get.member(doc, "corpus"));
  header_.corpus_items = get.number(get.member(doc, "corpus_items"));
  header_.corpus_fingerprint = get.text(get.member(doc, "corpus_fingerprint"));
  lesson_count_ = get.number(get.member(doc, "lessons"));
  header_.lessons_fingerprint = get.text(get.member(doc, "lessons_fingerprint"));
  item_count_ = get.below(get.member(doc, "items"), header_.corpus_items + 1);
}

void ShardReader::damaged(const std::string& problem) const {
  throw Error("damaged shard file: " + problem + kRebuild, path_, line_);
}

rapidjson::Document ShardReader::next_line(const char* what) {
  std::string text;
  if (!std::getline(in_, text)) {
    ++line_;
    damaged(std::string("it ends before its ") + what);
  }
  ++line_;
  return json::parse(text, path_, "shard file", json::Syntax::strict, line_);
}

void ShardReader::read_lessons(std::vector<Lesson>* out) {
  Fields get([this](const std::string& problem) { damaged(problem); });
  Fingerprint fingerprint;
  for (std::size_t k = 0; k < lesson_count_; ++k) {
    std::string text;
    if (!std::getline(in_, text)) {
      ++line_;
      damaged("it ends before its lessons");
    }
    ++line_;
    fingerprint.add(text).add("\n");
    if (out == nullptr) continue;
    rapidjson::Document doc = json::parse(text, path_, "shard file", json::Syntax::strict, line_);
    Lesson lesson;
    if (doc.IsObject() && doc.HasMember("learn")) {
      const Value& e = doc["learn"];
      lesson.entity.kind = get.node_kind(get.member(e, "kind"));
      lesson.entity.name = get.text(get.member(e, "name"));
      lesson.entity.aliases = get.texts(get.member(e, "aliases"));
      lesson.entity.parents = get.texts(get.member(e, "parents"));
      lesson.entity.rule = get.text(get.member(e, "rule"));
      lesson.entity.learned = get.flag(get.member(e, "learned"));
      lesson.entity.group = get.text(get.member(e, "group"));
    } else {
      bool alias = doc.IsObject() && doc.HasMember("alias");
      lesson.what = alias ? Lesson::What::alias : Lesson::What::parent;
      const Value& pair = get.member(doc, alias ? "alias" : "parent");
      lesson.target = get.number(get.at(pair, 0, 2));
      lesson.form = get.text(get.at(pair, 1, 2));
    }
    out->push_back(std::move(lesson));
  }
  if (fingerprint.hex() != header_.lessons_fingerprint)
    damaged("its lessons do not match their fingerprint");
}

bool ShardReader::next_item(ExtractedItem& item, ItemExtraction& extraction) {
  if (items_read_ == item_count_) return false;
  ++items_read_;
  rapidjson::Document doc = next_line("items");
  Fields get([this](const std::string& problem) { damaged(problem); });
  item = {};
  extraction = {};
  ItemInfo& info = item.info;
  info.n = get.item_number(get.member(doc, "n"));
  extraction.item = info.n;
  info.date = get.text(get.member(doc, "date"));
  info.end_date = get.text(get.member(doc, "end_date"));
  info.title = get.text(get.member(doc, "title"));
  const Value& paragraphs = get.member(doc, "paragraphs");
  if (!paragraphs.IsArray()) damaged("\"paragraphs\" is no list");
  for (const Value& p : paragraphs.GetArray()) info.paragraphs.push_back(get.number(p));
  const Value& sentences = get.member(doc, "sentences");
  if (!sentences.IsArray()) damaged("\"sentences\" is no list");
  for (const Value& s : sentences.GetArray())
    item.sentences.push_back(
        {get.number(get.at(s, 0, 3)), get.number(get.at(s, 1, 3)), get.text(get.at(s, 2, 3))});
  const std::size_t sentence_count = item.sentences.size();
  const Value& mentions = get.member(doc, "mentions");
  if (!mentions.IsArray()) damaged("\"mentions\" is no list");
  const std::size_t mention_count = mentions.Size();
  for (const Value& v : mentions.GetArray()) {
    Mention m;
    m.kind = get.node_kind(get.at(v, 0, 12));
    m.surface = get.text(v[1]);
    m.name = get.text(v[2]);
    m.canonical = get.text(v[3]);
    m.span = {get.flag(v[4]), get.number(v[5]), get.number(v[6])};
    m.sentence = get.below(v[7], sentence_count);
    m.rule = get.text(v[8]);
    m.entity = get.optional_below(v[9], std::numeric_limits<std::size_t>::max());
    m.owner = get.optional_below(v[10], mention_count);
    m.removed = get.flag(v[11]);
    extraction.mentions.push_back(std::move(m));
  }
  const Value& relations = get.member(doc, "relations");
  if (!relations.IsArray()) damaged("\"relations\" is no list");
  for (const Value& v : relations.GetArray()) {
    Relation r;
    r.kind = get.edge_kind(get.at(v, 0, 5));
    r.source = get.below(v[1], mention_count);
    if (std::size_t target = get.optional_below(v[2], mention_count); target != kNone)
      r.target = target;
    r.sentence = get.below(v[3], sentence_count);
    r.rule = get.text(v[4]);
    extraction.relations.push_back(std::move(r));
  }
  return true;
}

}  // namespace kg::pipeline_detail
