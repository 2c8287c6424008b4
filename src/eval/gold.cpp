// Reading a gold annotation file (shared/gold/GUIDELINE.md, "Gold file format").
#include <set>

#include <rapidjson/document.h>

#include "kg/error.hpp"
#include "kg/eval.hpp"
#include "kg/files.hpp"
#include "kg/json.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

class GoldReader {
 public:
  explicit GoldReader(const std::string& file) : file_(file) {}

  [[noreturn]] void fail(const std::string& problem) const { throw Error(problem, file_); }

  const rapidjson::Value& member(const rapidjson::Value& object, const char* key,
                                 const std::string& where) const {
    if (!object.IsObject()) fail(where + " is not an object");
    auto it = object.FindMember(key);
    if (it == object.MemberEnd()) fail(where + " lacks \"" + key + "\"");
    return it->value;
  }

  std::string string(const rapidjson::Value& value, const std::string& what) const {
    if (!value.IsString()) fail(what + " is not a string");
    return {value.GetString(), value.GetStringLength()};
  }

  std::vector<std::string> strings(const rapidjson::Value& object, const char* key,
                                   const std::string& where) const {
    std::vector<std::string> out;
    if (!object.HasMember(key)) return out;
    const auto& array = object[key];
    if (!array.IsArray()) fail(where + ": \"" + key + "\" is not an array");
    for (const auto& v : array.GetArray())
      out.push_back(string(v, where + ": an entry of \"" + key + "\""));
    return out;
  }

  std::vector<std::pair<std::string, std::string>> pairs(const rapidjson::Value& object,
                                                         const char* key,
                                                         const std::string& where) const {
    std::vector<std::pair<std::string, std::string>> out;
    if (!object.HasMember(key)) return out;
    const auto& array = object[key];
    if (!array.IsArray()) fail(where + ": \"" + key + "\" is not an array");
    for (const auto& v : array.GetArray()) {
      std::string what = where + ": an entry of \"" + key + "\"";
      if (!v.IsArray() || v.Size() != 2) fail(what + " is not a pair of names");
      out.emplace_back(string(v[0], what), string(v[1], what));
    }
    return out;
  }

  GoldEntity entity(const rapidjson::Value& v, std::size_t index) const {
    std::string where = "entity " + std::to_string(index + 1);
    GoldEntity e;
    e.name = string(member(v, "name", where), where + ": \"name\"");
    e.kind = string(member(v, "kind", where), where + ": \"kind\"");
    e.aliases = strings(v, "aliases", where);
    return e;
  }

  GoldItem item(const rapidjson::Value& v, std::size_t index) const {
    std::string where = "item " + std::to_string(index + 1);
    GoldItem item;
    const auto& n = member(v, "n", where);
    if (!n.IsInt()) fail(where + ": \"n\" is not an integer");
    item.n = n.GetInt();
    item.date = string(member(v, "date", where), where + ": \"date\"");
    item.end_date = string(member(v, "end_date", where), where + ": \"end_date\"");
    item.title = string(member(v, "title", where), where + ": \"title\"");
    item.mentions = strings(v, "mentions", where);
    item.attended = strings(v, "attended", where);
    item.represents = pairs(v, "represents", where);
    item.funds = pairs(v, "funds", where);
    return item;
  }

 private:
  const std::string& file_;
};

}  // namespace

GoldStandard read_gold_json(std::string_view json_text, const std::string& file_name) {
  rapidjson::Document doc = json::parse(json_text, file_name, "gold JSON");
  GoldReader reader(file_name);
  GoldStandard gold;
  if (!doc.IsObject()) reader.fail("a gold file is a JSON object");
  if (doc.HasMember("corpus") && doc["corpus"].IsString()) gold.corpus = doc["corpus"].GetString();

  const auto& entities = reader.member(doc, "entities", "the gold file");
  if (!entities.IsArray()) reader.fail("\"entities\" is not an array");
  for (rapidjson::SizeType k = 0; k < entities.Size(); ++k)
    gold.entities.push_back(reader.entity(entities[k], k));

  const auto& items = reader.member(doc, "items", "the gold file");
  if (!items.IsArray()) reader.fail("\"items\" is not an array");
  for (rapidjson::SizeType k = 0; k < items.Size(); ++k)
    gold.items.push_back(reader.item(items[k], k));

  if (doc.HasMember("engagement")) {
    const auto& engagement = doc["engagement"];
    if (!engagement.IsObject()) reader.fail("\"engagement\" is not an object");
    if (engagement.HasMember("organisation"))
      gold.engagement_organisation =
          reader.string(engagement["organisation"], "\"engagement\": \"organisation\"");
    gold.engagement_bodies = reader.strings(engagement, "bodies", "\"engagement\"");
  }

  // kgscore.py looks every mention up among the entities; name the one it would choke on.
  std::set<std::string, std::less<>> names;
  for (const GoldEntity& e : gold.entities) names.insert(e.name);
  for (const GoldItem& item : gold.items)
    for (const std::string& mention : item.mentions)
      if (!names.contains(mention))
        reader.fail("item " + std::to_string(item.n) + " mentions \"" + mention +
                    "\", which is not among the entities");
  return gold;
}

GoldStandard read_gold_file(const std::string& path) {
  return read_gold_json(read_file(path), path);
}

}  // namespace kg
