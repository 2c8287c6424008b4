// Reading a rules folder: every JSON file, dispatched on its "type".
#include "loader.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <re2/re2.h>

#include "json_locations.hpp"
#include "kg/error.hpp"
#include "kg/files.hpp"
#include "kg/ids.hpp"
#include "kg/json.hpp"
#include "kg/text.hpp"
#include "pattern_filter.hpp"

namespace kg::rules_detail {
namespace fs = std::filesystem;
namespace {

bool ignored_name(const fs::path& path) {
  std::string name = path.filename().string();
  return name.empty() || name[0] == '.' || name[0] == '_';
}

// Rule files under `dir`, sorted by path; rules/groups/ is read by groups.cpp. An entry
// that cannot be read (a link loop, a folder that cannot be listed) is a problem at its path.
std::vector<fs::path> rule_files(const fs::path& dir, std::vector<RuleProblem>& problems) {
  std::vector<fs::path> files;
  auto unreadable = [&](const fs::path& path, const std::error_code& ec) {
    RuleProblem problem;
    problem.where.file = path.string();
    problem.message = "cannot read (" + ec.message() + ")";
    problems.push_back(std::move(problem));
  };
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    std::error_code entry_ec;
    bool folder = it->is_directory(entry_ec);
    if (entry_ec) {
      if (!ignored_name(path)) unreadable(path, entry_ec);
      continue;
    }
    if (folder) {
      bool groups = it.depth() == 0 && path.filename() == "groups";
      if (groups || ignored_name(path)) it.disable_recursion_pending();
      continue;
    }
    if (path.extension() == ".json" && !ignored_name(path)) files.push_back(path);
  }
  if (ec) unreadable(it == end ? dir : it->path(), ec);
  std::sort(files.begin(), files.end());
  return files;
}

// A gazetteer names things that exist before any item; an event is an item, never an entry.
std::optional<NodeKind> kind_of(std::string_view text) {
  std::optional<NodeKind> kind = parse_node_kind(text);
  if (kind == NodeKind::event) return std::nullopt;
  return kind;
}

// One file being read: its text, the offsets of its objects, and where problems go.
class FileReader {
 public:
  FileReader(fs::path path, Rules& rules, std::vector<RuleProblem>& problems,
             std::map<std::string, SourceLocation>& ids,
             std::unordered_map<std::string, std::size_t>& gazetteer_by_name)
      : path_(std::move(path)),
        rules_(rules),
        problems_(problems),
        ids_(ids),
        gazetteer_by_name_(gazetteer_by_name) {}

  const std::string& text() const { return text_; }

  void read() {
    rapidjson::Document doc;
    try {
      text_ = read_file(path_.string(), "rules file");
      doc = json::parse(text_, path_.string(), "JSON", json::Syntax::relaxed);
    } catch (const Error& e) {
      problems_.push_back({{e.file(), e.line(), e.column()}, "", e.problem()});
      return;
    }
    index_objects(doc);
    if (!doc.IsObject()) return problem(0, "", "a rules file is one JSON object");
    auto type = doc.FindMember("type");
    if (type == doc.MemberEnd() || !type->value.IsString())
      return problem(doc, "", "missing \"type\" (gazetteer, vocabulary or patterns)");
    std::string_view kind = type->value.GetString();
    if (kind == "gazetteer") return read_gazetteer(doc);
    if (kind == "vocabulary") return read_vocabulary(doc);
    if (kind == "patterns") return read_patterns(doc);
    problem(
        type->value, "",
        "unknown type \"" + std::string(kind) + "\" (expected gazetteer, vocabulary or patterns)");
  }

 private:
  using Value = rapidjson::Value;

  void index_objects(const Value& root) {
    std::vector<std::size_t> offsets = object_offsets(text_);
    std::size_t next = 0;
    auto walk = [&](auto& self, const Value& value) -> void {
      if (value.IsObject()) {
        if (next < offsets.size()) offsets_[&value] = offsets[next];
        ++next;
        for (const auto& member : value.GetObject()) self(self, member.value);
      } else if (value.IsArray()) {
        for (const auto& element : value.GetArray()) self(self, element);
      }
    };
    walk(walk, root);
  }

  // Line starts are computed once per file: a gazetteer has thousands of entries.
  SourceLocation where(std::size_t offset) const {
    if (line_starts_.empty()) {
      line_starts_.push_back(0);
      for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
    auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(after - line_starts_.begin());
    return {path_.string(), static_cast<int>(line),
            static_cast<int>(offset - line_starts_[line - 1] + 1)};
  }
  // Values that are not objects are located at their enclosing object (RapidJSON keeps no
  // offsets); objects at their own brace.
  SourceLocation where(const Value& value) const {
    auto found = offsets_.find(&value);
    return where(found == offsets_.end() ? 0 : found->second);
  }
  void problem(std::size_t offset, const std::string& id, const std::string& message) {
    problems_.push_back({where(offset), id, message});
  }
  void problem(const Value& at, const std::string& id, const std::string& message,
               bool warning = false) {
    problems_.push_back({where(at), id, message, warning});
  }

  // The DOM keeps no positions of keys: the object's own member `"key"` is where a rule
  // author looks.
  void problem_at_key(const Value& object, std::string_view key, const std::string& id,
                      const std::string& message) {
    auto found = offsets_.find(&object);
    std::size_t from = found == offsets_.end() ? 0 : found->second;
    std::size_t at = key_offset(text_, from, key);
    problems_.push_back({where(at == std::string::npos ? from : at), id, message});
  }

  // Every member of `object` must be one of `known`; names starting with "_" are notes.
  void check_keys(const Value& object, std::initializer_list<std::string_view> known,
                  const std::string& id, const std::string& what) {
    for (const auto& field : object.GetObject()) {
      std::string_view key(field.name.GetString(), field.name.GetStringLength());
      if (key.starts_with('_') || std::find(known.begin(), known.end(), key) != known.end())
        continue;
      std::string list;
      for (std::string_view name : known) list += (list.empty() ? "" : ", ") + std::string(name);
      problem_at_key(object, key, id,
                     "unknown key \"" + std::string(key) + "\" in " + what + " (" + list +
                         "; a key starting with _ is a note)");
    }
  }

  // A member that, when present, must be a string (a description, a source).
  void check_text(const Value& object, const char* key, const std::string& id) {
    const Value* value = member(object, key);
    if (value != nullptr && !value->IsString())
      problem_at_key(
          object, key, id,
          std::string("\"") + key + "\" must be a string, not " + json::type_name(*value));
  }

  const Value* member(const Value& object, const char* name) const {
    auto it = object.FindMember(name);
    return it == object.MemberEnd() ? nullptr : &it->value;
  }

  // A list of strings, or a problem naming the field. An empty string is a problem too: as a
  // word, an alias or a parent it would match or name nothing (or everything).
  std::vector<std::string> strings(const Value& owner, const char* field, const std::string& id) {
    std::vector<std::string> out;
    const Value* value = member(owner, field);
    if (value == nullptr) return out;
    auto take = [&](const Value& element) {
      if (!element.IsString())
        return problem_at_key(owner, field, id,
                              std::string("\"") + field + "\" must hold strings only");
      if (element.GetStringLength() == 0)
        return problem_at_key(owner, field, id,
                              std::string("\"") + field + "\" holds an empty string");
      out.emplace_back(element.GetString(), element.GetStringLength());
    };
    if (value->IsString()) {
      take(*value);
    } else if (value->IsArray()) {
      for (const auto& element : value->GetArray()) take(element);
    } else {
      problem_at_key(owner, field, id, std::string("\"") + field + "\" must be a list of strings");
    }
    return out;
  }

  bool claim_id(const std::string& id, const Value& at) {
    auto [it, fresh] = ids_.emplace(id, where(at));
    if (fresh) return true;
    const SourceLocation& first = it->second;
    problem(at, id,
            "duplicate rule id (first defined at " + first.file + ":" + std::to_string(first.line) +
                ":" + std::to_string(first.column) + ")");
    return false;
  }

  void read_gazetteer(const Value& doc) {
    check_keys(doc, {"type", "kind", "source", "description", "entries"}, "", "a gazetteer file");
    check_text(doc, "source", "");
    check_text(doc, "description", "");
    std::optional<NodeKind> file_kind;
    if (const Value* kind = member(doc, "kind")) {
      file_kind = kind->IsString() ? kind_of(kind->GetString()) : std::nullopt;
      if (!file_kind)
        problem(doc, "", "unknown gazetteer \"kind\" (person, organisation, programme, place)");
    }
    const Value* entries = member(doc, "entries");
    if (entries == nullptr || !entries->IsArray())
      return problem(doc, "", "a gazetteer needs an \"entries\" list");
    std::string stem = path_.stem().string();
    for (const auto& entry : entries->GetArray()) {
      if (!entry.IsObject()) {
        problem(doc, "", "a gazetteer entry is an object with \"name\"");
        continue;
      }
      const Value* name = member(entry, "name");
      if (name == nullptr || !name->IsString() || name->GetStringLength() == 0) {
        problem(entry, "", "gazetteer entry without a \"name\"");
        continue;
      }
      GazetteerEntry out;
      out.name = name->GetString();
      out.id = "gazetteer." + stem + "." + slugify(out.name);
      std::optional<NodeKind> kind = file_kind;
      if (const Value* own = member(entry, "kind")) {
        kind = own->IsString() ? kind_of(own->GetString()) : std::nullopt;
        if (!kind) problem(entry, out.id, "unknown entry \"kind\"");
      }
      if (!kind) {
        problem(entry, out.id, "no \"kind\" for this entry or its file");
        continue;
      }
      out.kind = *kind;
      out.aliases = strings(entry, "aliases", out.id);
      out.parents = strings(entry, "parents", out.id);
      for (const auto& field : entry.GetObject()) {
        std::string key = field.name.GetString();
        if (key == "name" || key == "kind" || key == "aliases" || key == "parents") continue;
        if (field.value.IsString()) {
          out.attributes[key] = field.value.GetString();
        } else {
          problem(entry, out.id, "field \"" + key + "\" must be a string");
        }
      }
      out.where = where(entry);
      add_entry(std::move(out), entry);
    }
  }

  // One entry per (kind, name): a second mention in another file merges its aliases.
  // Found by name through a hash (a gazetteer of 100,000 entries must not compare each entry
  // with every other); the aliases and parents of one entry are few, scanned as lists.
  void add_entry(GazetteerEntry entry, const Value& at) {
    auto [found, fresh] = gazetteer_by_name_.emplace(entry.name, rules_.gazetteer.size());
    if (!fresh) {
      GazetteerEntry& existing = rules_.gazetteer[found->second];
      if (existing.kind != entry.kind) {
        problem(at, entry.id,
                "\"" + entry.name + "\" is already a gazetteer entry of another kind at " +
                    existing.where.file + ":" + std::to_string(existing.where.line));
        return;
      }
      for (auto& alias : entry.aliases)
        if (std::find(existing.aliases.begin(), existing.aliases.end(), alias) ==
            existing.aliases.end())
          existing.aliases.push_back(alias);
      for (auto& parent : entry.parents)
        if (std::find(existing.parents.begin(), existing.parents.end(), parent) ==
            existing.parents.end())
          existing.parents.push_back(parent);
      for (auto& [key, value] : entry.attributes) existing.attributes.emplace(key, value);
      return;
    }
    rules_.gazetteer.push_back(std::move(entry));
  }

  void read_vocabulary(const Value& doc) {
    const Value* name = member(doc, "name");
    if (name == nullptr || !name->IsString() || name->GetStringLength() == 0)
      return problem(doc, "", "a vocabulary needs a \"name\"");
    std::string id = std::string("vocabulary.") + name->GetString();
    check_keys(doc, {"type", "name", "description", "words", "regex"}, id, "a vocabulary file");
    check_text(doc, "description", id);
    const Value* regex = member(doc, "regex");
    if (member(doc, "words") == nullptr && regex == nullptr)
      return problem(doc, id, "a vocabulary needs \"words\" or a \"regex\"");
    if (member(doc, "words") != nullptr && regex != nullptr)
      return problem_at_key(doc, "regex", id,
                            "a vocabulary has \"words\" or a \"regex\", not both");
    if (regex != nullptr && !regex->IsString())
      return problem_at_key(doc, "regex", id, "\"regex\" must be a string");
    if (regex != nullptr && regex->GetStringLength() == 0)
      return problem_at_key(doc, "regex", id, "empty \"regex\": it would match everywhere");
    if (!claim_id(id, doc)) return;
    Vocabulary vocabulary{name->GetString(), strings(doc, "words", id), where(doc),
                          regex != nullptr ? regex->GetString() : ""};
    rules_.vocabularies.emplace(vocabulary.name, std::move(vocabulary));
  }

  // The extractor `value` names (a pattern's own, or its file's), "" with a problem when it
  // is no string or names no extractor.
  std::string extractor_of(const Value& owner, const std::string& id) {
    const Value& value = *member(owner, "extractor");
    std::string_view name = value.IsString() ? value.GetString() : "";
    if (is_extractor(name)) return std::string(name);
    std::string known;
    for (std::string_view each : extractor_names())
      known += (known.empty() ? "" : ", ") + std::string(each);
    problem_at_key(owner, "extractor", id,
                   value.IsString()
                       ? "unknown extractor \"" + std::string(name) + "\" (" + known + ")"
                       : "\"extractor\" must be a string (" + known + ")");
    return "";
  }

  void read_patterns(const Value& doc) {
    check_keys(doc, {"type", "extractor", "description", "patterns"}, "", "a patterns file");
    check_text(doc, "description", "");
    std::string extractor;
    bool extractor_given = member(doc, "extractor") != nullptr;
    if (extractor_given) extractor = extractor_of(doc, "");
    const Value* patterns = member(doc, "patterns");
    if (patterns == nullptr || !patterns->IsArray())
      return problem(doc, "", "a patterns file needs a \"patterns\" list");
    for (const auto& rule : patterns->GetArray()) {
      if (!rule.IsObject()) {
        problem(doc, "", "a pattern is an object with \"id\" and \"regex\"");
        continue;
      }
      const Value* id = member(rule, "id");
      if (id == nullptr || !id->IsString() || id->GetStringLength() == 0) {
        problem(rule, "", "pattern without an \"id\"");
        continue;
      }
      Pattern out;
      out.id = id->GetString();
      out.where = where(rule);
      out.extractor = extractor;
      const Value* regex = member(rule, "regex");
      if (regex == nullptr) {
        problem(rule, out.id, "pattern without a \"regex\"");
        continue;
      }
      if (!regex->IsString() || regex->GetStringLength() == 0) {
        problem_at_key(rule, "regex", out.id,
                       regex->IsString() ? "empty \"regex\": it would match everywhere"
                                         : "\"regex\" must be a string");
        continue;
      }
      out.regex = regex->GetString();
      bool own_extractor = member(rule, "extractor") != nullptr;
      if (own_extractor) out.extractor = extractor_of(rule, out.id);
      for (const auto& field : rule.GetObject()) {
        std::string key = field.name.GetString();
        if (key == "id" || key == "regex" || key == "extractor") continue;
        if (std::string wrong = read_pattern_option(out.options, key, field.value); !wrong.empty())
          problem_at_key(rule, key, out.id, wrong);
      }
      if (out.extractor.empty()) {
        // A wrong extractor was reported where it is written; only a missing one is new.
        if (!own_extractor && !extractor_given)
          problem(rule, out.id, "no \"extractor\" for this pattern or its file");
        continue;
      }
      if (!claim_id(out.id, rule)) continue;
      rules_.patterns.push_back(std::move(out));
    }
  }

  fs::path path_;
  Rules& rules_;
  std::vector<RuleProblem>& problems_;
  std::map<std::string, SourceLocation>& ids_;
  std::unordered_map<std::string, std::size_t>& gazetteer_by_name_;
  std::string text_;
  std::unordered_map<const Value*, std::size_t> offsets_;
  mutable std::vector<std::size_t> line_starts_;
};

// Every pattern is compiled once, into its extractor's filter (src/rules/pattern_filter.hpp),
// which proves its syntax and that it cannot match the empty text, and hands the program to the
// pattern: a build runs that one. check_rules() also compiles each pattern on its own and
// matches its examples. Problems are listed pattern by pattern, in rule order.
void compile_patterns(Rules& rules, std::vector<RuleProblem>& problems, unsigned jobs) {
  std::vector<std::vector<RuleProblem>> found(rules.patterns.size());
  std::vector<std::string> expanded(rules.patterns.size());
  for (std::size_t i = 0; i < rules.patterns.size(); ++i) {
    Pattern& pattern = rules.patterns[i];
    expanded[i] = expand_regex(pattern, rules, found[i]);
    if (!found[i].empty()) continue;
    // The longest rule of the project expands to a few KB; one of megabytes is a mistake,
    // and re2 would spend seconds on it and log its own complaints on the way.
    constexpr std::size_t kMaxRegexBytes = std::size_t{1} << 20;
    if (expanded[i].size() > kMaxRegexBytes) {
      found[i].push_back({pattern.where, pattern.id,
                          "regex too long: " + std::to_string(expanded[i].size()) +
                              " bytes once expanded (at most 1 MiB); a list of names belongs "
                              "in a gazetteer"});
      continue;
    }
    pattern.compiled = std::make_shared<PatternRegex>(expanded[i], pattern.options.ignore_case);
  }
  auto filter = std::make_shared<PatternFilter>(rules.patterns, jobs);
  for (std::size_t i = 0; i < rules.patterns.size(); ++i) {
    Pattern& pattern = rules.patterns[i];
    if (!pattern.compiled) continue;
    if (!filter->parsed(i)) {
      found[i].push_back({pattern.where, pattern.id, "invalid regex: " + filter->error(i)});
      pattern.compiled.reset();
      continue;
    }
    // An empty match names nothing and stops no scan: "(x)?" or "a*" is a slip of the author.
    if (filter->matches_empty(i)) {
      found[i].push_back({pattern.where, pattern.id,
                          "regex matches the empty text, so a match could name nothing"});
      pattern.compiled.reset();
      continue;
    }
    pattern.regex = expanded[i];
  }
  for (std::vector<RuleProblem>& each : found)
    problems.insert(problems.end(), each.begin(), each.end());
  rules.pattern_filter = std::move(filter);
}

// Every name and alias goes into the trie; a form already taken by another entry is
// reported, and the first entry (in file order) keeps it.
void build_index(Rules& rules, std::vector<RuleProblem>& problems) {
  auto index = std::make_shared<GazetteerIndex>();
  for (std::size_t i = 0; i < rules.gazetteer.size(); ++i) {
    const GazetteerEntry& entry = rules.gazetteer[i];
    std::vector<std::string> forms = entry.aliases;
    forms.insert(forms.begin(), entry.name);
    for (const std::string& form : forms) {
      if (index->add(form, i)) continue;
      const std::size_t* owner = index->find_exact(form);
      if (owner == nullptr || *owner == i) continue;
      const GazetteerEntry& other = rules.gazetteer[*owner];
      problems.push_back({entry.where, entry.id,
                          "\"" + form + "\" already names \"" + other.name + "\" (" +
                              other.where.file + ":" + std::to_string(other.where.line) +
                              "); it stays with the first",
                          true});
    }
  }
  rules.index = index;
}

}  // namespace

void load_folder(const std::string& dir, Rules& rules, std::vector<RuleProblem>& problems,
                 unsigned jobs) {
  rules.dir = dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    RuleProblem missing;
    missing.where.file = dir;
    missing.message = "rules folder not found";
    problems.push_back(std::move(missing));
    return;
  }
  std::map<std::string, SourceLocation> ids;
  std::unordered_map<std::string, std::size_t> gazetteer_by_name;
  Fingerprint fingerprint;
  for (const fs::path& file : rule_files(dir, problems)) {
    FileReader reader(file, rules, problems, ids, gazetteer_by_name);
    reader.read();
    fingerprint.add(fs::relative(file, dir, ec).generic_string()).add_number(0);
    fingerprint.add(reader.text());
  }
  rules.fingerprint = fingerprint.hex();
  compile_patterns(rules, problems, jobs);
  build_index(rules, problems);
}

}  // namespace kg::rules_detail
