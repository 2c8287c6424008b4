// Groups of bodies (RULES_DIR/groups/NAME.json): rules data a user edits, read by the rules
// stage (src/rules/groups.cpp) and checked by `kg rules check`; the query stage matches nodes
// against them (kg/query.hpp: group_contains).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/kinds.hpp"

namespace kg {

// A named set of organisations: a gazetteer of names and aliases plus name patterns, all
// compared on name_key() forms at word boundaries.
struct BodyGroup {
  std::string name;  // "eu"
  std::string description;
  std::string file;                // where it was loaded from
  std::vector<NodeKind> kinds;     // kinds that may be members (default: organisation)
  std::vector<std::string> names;  // bodies and their aliases
  // Every entry of RULES_DIR/gazetteers/ whose "group" is one of these joins `names` (with
  // its aliases) when load_body_group() loads the group.
  std::vector<std::string> gazetteer_groups;
  std::vector<std::string> starts_with;  // name patterns
  std::vector<std::string> contains;
  std::vector<std::string> ends_with;
  std::vector<std::string> exclude;  // names never in the group, even when a pattern says so
  std::vector<std::string> exclude_contains;
};

// Parses a group file's JSON text; errors are kg::Error with file, line and column.
BodyGroup parse_body_group(std::string_view json_text, const std::string& file_name);
// `name_or_path`: a group name ("eu" -> RULES_DIR/groups/eu.json) or a path to a .json file.
BodyGroup load_body_group(const std::string& rules_dir, const std::string& name_or_path);
// Names of the groups in RULES_DIR/groups/, sorted.
std::vector<std::string> list_body_groups(const std::string& rules_dir);

}  // namespace kg
