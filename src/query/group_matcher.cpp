#include "group_matcher.hpp"

#include <algorithm>

namespace kg::detail {
namespace {

// Folded forms padded with spaces, so " dg " matches whole words only.
std::string padded(std::string_view text) {
  return " " + name_key(text) + " ";
}

std::set<std::string> padded_set(const std::vector<std::string>& names) {
  std::set<std::string> out;
  for (const auto& name : names) out.insert(padded(name));
  return out;
}

std::vector<std::string> padded_patterns(const std::vector<std::string>& patterns) {
  std::vector<std::string> out;
  for (const auto& pattern : patterns) {
    std::string p = padded(pattern);
    if (p.size() > 2) out.push_back(std::move(p));  // a pattern of punctuation only matches nothing
  }
  return out;
}

bool any_prefix(const std::string& form, const std::vector<std::string>& patterns) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& p) { return form.compare(0, p.size(), p) == 0; });
}

bool any_suffix(const std::string& form, const std::vector<std::string>& patterns) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) {
    return form.size() >= p.size() && form.compare(form.size() - p.size(), p.size(), p) == 0;
  });
}

bool any_inside(const std::string& form, const std::vector<std::string>& patterns) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& p) { return form.find(p) != std::string::npos; });
}

}  // namespace

GroupMatcher::GroupMatcher(const BodyGroup& group)
    : kinds_(group.kinds.empty() ? std::vector<NodeKind>{NodeKind::organisation} : group.kinds),
      names_(padded_set(group.names)),
      exclude_(padded_set(group.exclude)),
      starts_with_(padded_patterns(group.starts_with)),
      contains_(padded_patterns(group.contains)),
      ends_with_(padded_patterns(group.ends_with)),
      exclude_contains_(padded_patterns(group.exclude_contains)) {}

bool GroupMatcher::matches(const NodeData& node) const {
  if (std::find(kinds_.begin(), kinds_.end(), node.kind) == kinds_.end()) return false;
  std::vector<std::string> forms{padded(node.name)};
  for (const auto& alias : node.aliases) forms.push_back(padded(alias));
  for (const std::string& form : forms)
    if (exclude_.count(form) != 0 || any_inside(form, exclude_contains_)) return false;
  return std::any_of(forms.begin(), forms.end(), [&](const std::string& form) {
    return names_.count(form) != 0 || any_prefix(form, starts_with_) ||
           any_inside(form, contains_) || any_suffix(form, ends_with_);
  });
}

}  // namespace kg::detail

namespace kg {

bool group_contains(const BodyGroup& group, const NodeData& node) {
  return detail::GroupMatcher(group).matches(node);
}

}  // namespace kg
