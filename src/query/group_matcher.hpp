// Private to src/query: a body group with its names and patterns folded once, so matching a
// whole graph costs one fold per node form instead of one per group name.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "kg/query.hpp"

namespace kg::detail {

class GroupMatcher {
 public:
  explicit GroupMatcher(const BodyGroup& group);
  bool matches(const NodeData& node) const;

 private:
  std::vector<NodeKind> kinds_;
  std::set<std::string> names_, exclude_;  // " folded name " forms
  std::vector<std::string> starts_with_, contains_, ends_with_, exclude_contains_;
};

}  // namespace kg::detail
