// Groups: the named groups of a pattern's match (see context.hpp).
#include <algorithm>
#include <stdexcept>

#include "context.hpp"

namespace kg::extract_detail {

Groups::iterator Groups::find(std::string_view name) {
  return std::find_if(entries_.begin(), entries_.end(),
                      [&](const Entry& entry) { return entry.first == name; });
}

Groups::const_iterator Groups::find(std::string_view name) const {
  return std::find_if(entries_.begin(), entries_.end(),
                      [&](const Entry& entry) { return entry.first == name; });
}

const Group& Groups::at(std::string_view name) const {
  auto found = find(name);
  if (found == end()) throw std::out_of_range("no group named " + std::string(name));
  return found->second;
}

Group& Groups::operator[](std::string_view name) {
  auto at =
      std::lower_bound(entries_.begin(), entries_.end(), name,
                       [](const Entry& entry, std::string_view key) { return entry.first < key; });
  if (at != entries_.end() && at->first == name) return at->second;
  return entries_.insert(at, Entry(std::string(name), Group{}))->second;
}

}  // namespace kg::extract_detail
