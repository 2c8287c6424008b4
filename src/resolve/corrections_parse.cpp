// Reading a corrections file: line syntax, JSON entries per line, or one JSON array.
#include <array>

#include <rapidjson/document.h>

#include "kg/corrections.hpp"
#include "kg/error.hpp"
#include "kg/files.hpp"
#include "kg/json.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

struct VerbSpec {
  std::string_view word;
  CorrectionVerb verb;
  std::size_t arity;
  bool may_negate;
};

constexpr std::array<VerbSpec, 7> kVerbs = {{
    {"represents", CorrectionVerb::represents, 2, true},
    {"attended", CorrectionVerb::attended, 2, true},
    {"same", CorrectionVerb::same, 2, false},
    {"different", CorrectionVerb::different, 2, false},
    {"rename", CorrectionVerb::rename, 2, false},
    {"kind", CorrectionVerb::kind, 2, false},
    {"drop", CorrectionVerb::drop, 1, false},
}};

const VerbSpec& spec_of(CorrectionVerb verb) {
  for (const VerbSpec& spec : kVerbs)
    if (spec.verb == verb) return spec;
  return kVerbs.front();
}

constexpr std::string_view kUsage =
    "expected one of: represents A B, not represents A B, attended A N, not attended A N, "
    "same A B, different A B, rename A \"New name\", kind A KIND, drop A";

// Checks verb, negation and arity; fills `c`. `words` are the verb's words ("not", "represents").
void set_verb(Correction& c, const std::vector<std::string>& words, std::size_t arg_count) {
  auto fail = [&](const std::string& problem) { throw Error(problem, c.file, c.line); };
  if (words.empty() || words.size() > 2 || (words.size() == 2 && words[0] != "not"))
    fail(std::string("not a correction; ") + std::string(kUsage));
  c.negated = words.size() == 2;
  const std::string& word = words.back();
  const VerbSpec* found = nullptr;
  for (const VerbSpec& spec : kVerbs)
    if (spec.word == word) found = &spec;
  if (found == nullptr) fail("unknown correction \"" + word + "\"; " + std::string(kUsage));
  if (c.negated && !found->may_negate)
    fail("\"not\" goes with represents and attended only, not with \"" + word + "\"");
  if (arg_count != found->arity)
    fail("\"" + word + "\" takes " + std::to_string(found->arity) + " name(s), found " +
         std::to_string(arg_count) + " (quote names that hold spaces)");
  c.verb = found->verb;
  if (c.verb == CorrectionVerb::kind) {
    auto kind = parse_node_kind(c.args[1]);
    if (!kind || *kind == NodeKind::event)
      fail("unknown kind \"" + c.args[1] + "\"; use person, organisation, programme or place");
  }
}

std::string trim(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  std::size_t last = text.find_last_not_of(" \t\r");
  return std::string(text.substr(first, last - first + 1));
}

// `not represents "Bob Van" UNODC  # note`: words, quoted strings, then an optional note.
Correction parse_line(std::string_view line, const std::string& file, int line_number) {
  Correction c;
  c.file = file;
  c.line = line_number;
  std::vector<std::string> tokens;
  std::vector<bool> quoted;
  std::size_t i = 0;
  while (i < line.size()) {
    char ch = line[i];
    if (ch == ' ' || ch == '\t' || ch == '\r') {
      ++i;
    } else if (ch == '#') {
      c.note = trim(line.substr(i + 1));
      break;
    } else if (ch == '"') {
      std::string token;
      std::size_t j = i + 1;
      for (; j < line.size() && line[j] != '"'; ++j) {
        if (line[j] == '\\' && j + 1 < line.size()) ++j;
        token += line[j];
      }
      if (j >= line.size())
        throw Error("unterminated quoted name", file, line_number, static_cast<int>(i) + 1);
      tokens.push_back(std::move(token));
      quoted.push_back(true);
      i = j + 1;
    } else {
      std::size_t j = line.find_first_of(" \t\r#\"", i);
      if (j == std::string_view::npos) j = line.size();
      tokens.emplace_back(line.substr(i, j - i));
      quoted.push_back(false);
      i = j;
    }
  }
  // The verb is the leading unquoted words: "not" and the verb itself.
  std::vector<std::string> words;
  std::size_t first_arg = 0;
  while (first_arg < tokens.size() && !quoted[first_arg] && words.size() < 2 &&
         (words.empty() || words.back() == "not")) {
    words.push_back(tokens[first_arg]);
    ++first_arg;
  }
  c.args.assign(tokens.begin() + static_cast<std::ptrdiff_t>(first_arg), tokens.end());
  set_verb(c, words, c.args.size());
  return c;
}

std::string string_member(const rapidjson::Value& v, const char* key, const std::string& file,
                          int line) {
  if (!v.HasMember(key)) return {};
  if (!v[key].IsString())
    throw Error(std::string("correction entry: \"") + key + "\" is not a string", file, line);
  return {v[key].GetString(), v[key].GetStringLength()};
}

Correction parse_entry(const rapidjson::Value& v, const std::string& file, int line) {
  if (!v.IsObject()) throw Error("a correction entry must be a JSON object", file, line);
  Correction c;
  c.file = file;
  c.line = line;
  c.note = string_member(v, "note", file, line);
  std::istringstream verb(string_member(v, "verb", file, line));
  std::vector<std::string> words;
  for (std::string word; verb >> word;) words.push_back(word);
  if (v.HasMember("args")) {
    if (!v["args"].IsArray()) throw Error("correction entry: \"args\" is not an array", file, line);
    for (const auto& arg : v["args"].GetArray()) {
      if (arg.IsString())
        c.args.emplace_back(arg.GetString(), arg.GetStringLength());
      else if (arg.IsInt())
        c.args.push_back(std::to_string(arg.GetInt()));
      else
        throw Error("correction entry: each of \"args\" is a string or a number", file, line);
    }
  }
  set_verb(c, words, c.args.size());
  return c;
}

// Offsets of the objects at depth 1 of a JSON array, to give each entry its line.
std::vector<std::size_t> entry_offsets(std::string_view text) {
  std::vector<std::size_t> out;
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (in_string) {
      if (ch == '\\')
        ++i;
      else if (ch == '"')
        in_string = false;
    } else if (ch == '"') {
      in_string = true;
    } else if (ch == '[' || ch == '{') {
      if (depth == 1) out.push_back(i);
      ++depth;
    } else if (ch == ']' || ch == '}') {
      --depth;
    }
  }
  return out;
}

std::vector<Correction> parse_array(std::string_view content, const std::string& file) {
  rapidjson::Document doc = json::parse(content, file);
  if (!doc.IsArray()) throw Error("a corrections file that starts with [ is a JSON array", file, 1);
  std::vector<std::size_t> offsets = entry_offsets(content);
  std::vector<Correction> out;
  std::size_t k = 0;
  for (const auto& entry : doc.GetArray()) {
    int line = k < offsets.size() ? line_column(content, offsets[k]).first : 1;
    out.push_back(parse_entry(entry, file, line));
    ++k;
  }
  return out;
}

}  // namespace

std::string Correction::source() const {
  return file + ":" + std::to_string(line);
}

std::string Correction::text() const {
  std::string out = negated ? "not " : "";
  out += spec_of(verb).word;
  for (const std::string& arg : args) out += " " + quote_correction_arg(arg);
  return out;
}

std::string quote_correction_arg(std::string_view name) {
  bool plain = !name.empty() && name.find_first_of(" \t\"\\#{[") == std::string_view::npos;
  if (plain) return std::string(name);
  std::string out = "\"";
  for (char ch : name) {
    if (ch == '"' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + "\"";
}

std::vector<Correction> parse_corrections(std::string_view content, const std::string& file_name) {
  std::size_t start = content.find_first_not_of(" \t\r\n");
  if (start != std::string_view::npos && content[start] == '[')
    return parse_array(content, file_name);
  std::vector<Correction> out;
  int line_number = 0;
  std::size_t pos = 0;
  while (pos <= content.size()) {
    std::size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    ++line_number;
    std::string trimmed = trim(line);
    if (!trimmed.empty() && trimmed.front() == '{')
      out.push_back(
          parse_entry(json::parse(trimmed, file_name, "JSON", json::Syntax::strict, line_number),
                      file_name, line_number));
    else if (!trimmed.empty() && trimmed.front() != '#')
      out.push_back(parse_line(trimmed, file_name, line_number));
    pos = end + 1;
  }
  return out;
}

std::vector<Correction> read_corrections_file(const std::string& path) {
  return parse_corrections(read_file(path, "corrections file"), path);
}

}  // namespace kg
