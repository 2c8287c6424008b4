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

}  // namespace kg::rules_detail
