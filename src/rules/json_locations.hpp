// Where things are in a JSON text: the offset of every object in document order (what
// RapidJSON's DOM does not keep).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kg::rules_detail {

// Byte offset of the `{` of every object of a well-formed JSON text, in the order a
// depth-first walk of the DOM (members in order) meets them.
std::vector<std::size_t> object_offsets(std::string_view text);

// Byte offset of the opening quote of the member name `key` of the object whose `{` is at
// `object_offset` (its own members only, not those of objects inside it); npos when absent.
std::size_t key_offset(std::string_view text, std::size_t object_offset, std::string_view key);

}  // namespace kg::rules_detail
