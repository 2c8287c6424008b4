// Groups of bodies (rules/groups/NAME.json): data the user edits, so errors point into it.
#include <algorithm>
#include <filesystem>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "kg/error.hpp"
#include "kg/files.hpp"
#include "kg/groups.hpp"
#include "kg/json.hpp"
#include "kg/text.hpp"

namespace kg {
namespace fs = std::filesystem;
namespace {

struct Source {
  std::string_view text;
  std::string file;

  // The DOM keeps no positions; the first `"key"` in the text is where a user looks.
  [[noreturn]] void fail_at_key(std::string_view key, const std::string& problem) const {
    std::size_t at = text.find("\"" + std::string(key) + "\"");
    auto [line, column] = kg::line_column(text, at == std::string_view::npos ? 0 : at);
    throw Error(problem, file, at == std::string_view::npos ? 0 : line,
                at == std::string_view::npos ? 0 : column);
  }
};

std::vector<std::string> string_list(const rapidjson::Value& value, std::string_view key,
                                     const Source& source) {
  if (!value.IsArray())
    source.fail_at_key(key, "\"" + std::string(key) + "\" must be a list of strings");
  std::vector<std::string> out;
  for (const auto& entry : value.GetArray()) {
    if (!entry.IsString())
      source.fail_at_key(key, "\"" + std::string(key) + "\" must be a list of strings");
    out.emplace_back(entry.GetString(), entry.GetStringLength());
  }
  return out;
}

void read_bodies(const rapidjson::Value& bodies, BodyGroup& group, const Source& source) {
  const std::string problem =
      "\"bodies\" must be a list of names, lists of names, or {\"name\", \"aliases\"} objects";
  if (!bodies.IsArray()) source.fail_at_key("bodies", problem);
  for (const auto& body : bodies.GetArray()) {
    if (body.IsString()) {
      group.names.emplace_back(body.GetString(), body.GetStringLength());
    } else if (body.IsArray()) {
      for (auto& name : string_list(body, "bodies", source)) group.names.push_back(std::move(name));
    } else if (body.IsObject() && body.HasMember("name") && body["name"].IsString()) {
      for (const auto& member : body.GetObject()) {
        std::string key(member.name.GetString(), member.name.GetStringLength());
        if (key != "name" && key != "aliases" && !key.starts_with('_'))
          source.fail_at_key(key, "unknown key \"" + key + "\" of a body (name, aliases)");
      }
      group.names.emplace_back(body["name"].GetString(), body["name"].GetStringLength());
      if (body.HasMember("aliases"))
        for (auto& alias : string_list(body["aliases"], "aliases", source))
          group.names.push_back(std::move(alias));
    } else {
      source.fail_at_key("bodies", problem);
    }
  }
}

void read_patterns(const rapidjson::Value& patterns, BodyGroup& group, const Source& source) {
  if (!patterns.IsObject()) source.fail_at_key("patterns", "\"patterns\" must be an object");
  for (const auto& member : patterns.GetObject()) {
    std::string key(member.name.GetString(), member.name.GetStringLength());
    std::vector<std::string> list = string_list(member.value, key, source);
    if (key == "starts_with") {
      group.starts_with = std::move(list);
    } else if (key == "contains") {
      group.contains = std::move(list);
    } else if (key == "ends_with") {
      group.ends_with = std::move(list);
    } else {
      source.fail_at_key(
          key, "unknown pattern \"" + key + "\" (expected starts_with, contains, ends_with)");
    }
  }
}

void read_exclude(const rapidjson::Value& exclude, BodyGroup& group, const Source& source) {
  if (!exclude.IsObject()) source.fail_at_key("exclude", "\"exclude\" must be an object");
  for (const auto& member : exclude.GetObject()) {
    std::string key(member.name.GetString(), member.name.GetStringLength());
    std::vector<std::string> list = string_list(member.value, key, source);
    if (key == "names") {
      group.exclude = std::move(list);
    } else if (key == "contains") {
      group.exclude_contains = std::move(list);
    } else {
      source.fail_at_key(key, "unknown exclusion \"" + key + "\" (expected names, contains)");
    }
  }
}

bool ignored_name(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && (name.front() == '.' || name.front() == '_');
}

bool in_groups(const rapidjson::Value& entry, const std::vector<std::string>& groups) {
  if (!entry.IsObject() || !entry.HasMember("group")) return false;
  auto named = [&](const rapidjson::Value& v) {
    return v.IsString() && std::find(groups.begin(), groups.end(), v.GetString()) != groups.end();
  };
  const auto& group = entry["group"];
  if (group.IsArray()) return std::any_of(group.Begin(), group.End(), named);
  return named(group);
}

// Only the gazetteers' "entries" are read, not the whole rules folder: loading a group must
// not compile every pattern.
void add_gazetteer_entries(const std::string& rules_dir, BodyGroup& group) {
  fs::path dir = fs::path(rules_dir) / "gazetteers";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       it != fs::recursive_directory_iterator(); ++it) {
    if (ignored_name(it->path())) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && it->path().extension() == ".json") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::string text = read_file(file.string(), "gazetteer file");
    rapidjson::Document doc = json::parse(text, file.string(), "gazetteer JSON");
    if (!doc.IsObject() || !doc.HasMember("entries") || !doc["entries"].IsArray()) continue;
    for (const auto& entry : doc["entries"].GetArray()) {
      if (!entry.IsObject() || !in_groups(entry, group.gazetteer_groups)) continue;
      if (entry.HasMember("name") && entry["name"].IsString())
        group.names.emplace_back(entry["name"].GetString(), entry["name"].GetStringLength());
      if (entry.HasMember("aliases") && entry["aliases"].IsArray())
        for (const auto& alias : entry["aliases"].GetArray())
          if (alias.IsString())
            group.names.emplace_back(alias.GetString(), alias.GetStringLength());
    }
  }
}

}  // namespace

BodyGroup parse_body_group(std::string_view json_text, const std::string& file_name) {
  Source source{json_text, file_name};
  rapidjson::Document doc = json::parse(json_text, file_name, "group JSON");
  if (!doc.IsObject()) throw Error("a group file must hold one JSON object", file_name, 1, 1);
  BodyGroup group;
  group.file = file_name;
  group.name = fs::path(file_name).stem().string();
  for (const auto& member : doc.GetObject()) {
    std::string key(member.name.GetString(), member.name.GetStringLength());
    const auto& value = member.value;
    if (key == "name" || key == "description") {
      if (!value.IsString()) source.fail_at_key(key, "\"" + key + "\" must be a string");
      (key == "name" ? group.name : group.description) = value.GetString();
    } else if (key == "kinds") {
      for (const std::string& kind : string_list(value, key, source)) {
        auto parsed = parse_node_kind(kind);
        if (!parsed) source.fail_at_key(key, "unknown node kind \"" + kind + "\"");
        group.kinds.push_back(*parsed);
      }
    } else if (key == "gazetteer_groups") {
      group.gazetteer_groups = string_list(value, key, source);
    } else if (key == "bodies") {
      read_bodies(value, group, source);
    } else if (key == "patterns") {
      read_patterns(value, group, source);
    } else if (key == "exclude") {
      read_exclude(value, group, source);
    } else if (key.empty() || key.front() != '_') {  // "_comment" and friends are notes
      source.fail_at_key(key, "unknown field \"" + key +
                                  "\" (expected name, description, kinds, gazetteer_groups, "
                                  "bodies, patterns, exclude)");
    }
  }
  if (group.names.empty() && group.gazetteer_groups.empty() && group.starts_with.empty() &&
      group.contains.empty() && group.ends_with.empty())
    throw Error("the group names no body and no pattern", file_name);
  return group;
}

BodyGroup load_body_group(const std::string& rules_dir, const std::string& name_or_path) {
  bool is_path =
      name_or_path.find('/') != std::string::npos || fs::path(name_or_path).extension() == ".json";
  std::string path =
      is_path ? name_or_path : (fs::path(rules_dir) / "groups" / (name_or_path + ".json")).string();
  if (!fs::is_regular_file(path)) {
    std::error_code ec;
    if (!is_path && !fs::is_directory(fs::path(rules_dir) / "groups", ec))
      throw Error("no group \"" + name_or_path + "\": the rules folder \"" + rules_dir +
                      "\" has no groups/ folder (give the rules folder with --rules)",
                  path);
    std::string known;
    for (const std::string& name : list_body_groups(rules_dir))
      known += (known.empty() ? "" : ", ") + name;
    throw Error("no group \"" + name_or_path + "\"" +
                    (known.empty() ? std::string() : " (groups: " + known + ")"),
                path);
  }
  BodyGroup group = parse_body_group(read_file(path, "group file"), path);
  if (!group.gazetteer_groups.empty()) add_gazetteer_entries(rules_dir, group);
  return group;
}

std::vector<std::string> list_body_groups(const std::string& rules_dir) {
  std::vector<std::string> names;
  std::error_code ec;
  fs::path dir = fs::path(rules_dir) / "groups";
  if (!fs::is_directory(dir, ec)) return names;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace kg
