// The options of a pattern, read into PatternOptions when the rules load. Each key has one
// type; a key that is not listed, or a value of another type, is a problem of the rule.
#include <algorithm>
#include <functional>

#include "loader.hpp"

namespace kg::rules_detail {
namespace {

using Value = rapidjson::Value;
// Reads one option's value; returns what is wrong with it, "" when it is fine.
using OptionReader = std::function<std::string(PatternOptions&, const Value&)>;

OptionReader text(std::string PatternOptions::*field) {
  return [field](PatternOptions& options, const Value& value) -> std::string {
    if (!value.IsString()) return "must be a string";
    options.*field = value.GetString();
    return "";
  };
}

OptionReader list(std::vector<std::string> PatternOptions::*field) {
  return [field](PatternOptions& options, const Value& value) -> std::string {
    if (!value.IsArray()) return "must be a list of strings";
    std::vector<std::string> words;
    for (const auto& element : value.GetArray()) {
      if (!element.IsString()) return "must hold strings only";
      if (element.GetStringLength() > 0) words.emplace_back(element.GetString());
    }
    options.*field = std::move(words);
    return "";
  };
}

OptionReader flag(bool PatternOptions::*field) {
  return [field](PatternOptions& options, const Value& value) -> std::string {
    if (!value.IsBool()) return "must be true or false";
    options.*field = value.GetBool();
    return "";
  };
}

// A count written as a number (2) or, as older rules do, a string of digits ("2").
std::string read_min_tokens(PatternOptions& options, const Value& value) {
  if (value.IsUint()) {
    options.min_tokens = value.GetUint();
    return "";
  }
  std::string_view digits = value.IsString() ? value.GetString() : "";
  if (digits.empty() || digits.size() > 3 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return "must be a whole number";
  options.min_tokens = static_cast<std::size_t>(std::stoi(std::string(digits)));
  return "";
}

std::string read_flags(PatternOptions& options, const Value& value) {
  std::string_view flags = value.IsString() ? value.GetString() : "?";
  if (flags.find_first_not_of("i") != std::string_view::npos)
    return "must be a string of flags: \"i\" (ignore case)";
  options.ignore_case = flags.find('i') != std::string_view::npos;
  return "";
}

std::string read_kind(PatternOptions& options, const Value& value) {
  std::optional<NodeKind> kind =
      value.IsString() ? parse_node_kind(value.GetString()) : std::nullopt;
  if (!kind || *kind == NodeKind::event)
    return "must be a kind of mention (person, organisation, programme, place)";
  options.kind = kind;
  return "";
}

std::string read_author(PatternOptions& options, const Value& value) {
  std::string_view where = value.IsString() ? value.GetString() : "";
  if (where != "before" && where != "after") return "must be \"before\" or \"after\"";
  options.author_before = where == "before";
  return "";
}

// Every option, in the order `kg rules check` lists them for an unknown key.
const std::vector<std::pair<std::string_view, OptionReader>>& readers() {
  static const std::vector<std::pair<std::string_view, OptionReader>> all{
      {"description", text(&PatternOptions::description)},
      {"examples", list(&PatternOptions::examples)},
      {"flags", read_flags},
      {"kind", read_kind},
      {"not_in_title", flag(&PatternOptions::not_in_title)},
      {"min_tokens", read_min_tokens},
      {"name_starts_with", list(&PatternOptions::name_starts_with)},
      {"specific_words", list(&PatternOptions::specific_words)},
      {"owned_unit", flag(&PatternOptions::owned_unit)},
      {"whole_name", flag(&PatternOptions::whole_name)},
      {"named", flag(&PatternOptions::named)},
      {"owner_first", flag(&PatternOptions::owner_first)},
      {"named_by_acronym", flag(&PatternOptions::named_by_acronym)},
      {"page_body", flag(&PatternOptions::page_body)},
      {"retype", flag(&PatternOptions::retype)},
      {"adjective_endings", list(&PatternOptions::adjective_endings)},
      {"implies", list(&PatternOptions::implies)},
      {"respective", flag(&PatternOptions::respective)},
      {"implied_mention", text(&PatternOptions::implied_mention)},
      {"sources_exclude_group", text(&PatternOptions::sources_exclude_group)},
      {"target_described", flag(&PatternOptions::target_described)},
      {"no_programme_before", flag(&PatternOptions::no_programme_before)},
      {"activity_before", flag(&PatternOptions::activity_before)},
      {"title_before_person", flag(&PatternOptions::title_before_person)},
      {"author", read_author},
  };
  return all;
}

}  // namespace

std::string read_pattern_option(PatternOptions& options, std::string_view key,
                                const rapidjson::Value& value) {
  for (const auto& [name, read] : readers()) {
    if (name != key) continue;
    std::string wrong = read(options, value);
    return wrong.empty() ? "" : "\"" + std::string(key) + "\" " + wrong;
  }
  std::string known;
  for (const auto& [name, read] : readers())
    known += (known.empty() ? "" : ", ") + std::string(name);
  return "unknown pattern option \"" + std::string(key) + "\" (id, regex, extractor, " + known +
         ")";
}

}  // namespace kg::rules_detail
