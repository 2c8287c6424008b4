// Stable ids from names, shared by the graph (node ids) and the rules (gazetteer rule ids).
#pragma once

#include <string>
#include <string_view>

#include "kg/kinds.hpp"

namespace kg {

// "Silke Albert" -> "silke-albert": letters folded to lower case without accents
// (kg/utf8.hpp: "Anna Śmigła" -> "anna-smigla"), an apostrophe dropped ("UNODC's" -> "unodcs"),
// everything else collapsed to single dashes; letters of scripts without folding kept as written.
std::string slugify(std::string_view name);
// "person:silke-albert".
std::string make_node_id(NodeKind kind, std::string_view name);

}  // namespace kg
