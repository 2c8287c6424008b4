// The body a page's header names, for items that call it by its head noun alone: on the
// news page of "Delegation of the European Union to Madagascar", "the Delegation" is that
// delegation; on the Latvian Presidency's site, "on behalf of the Presidency" is that
// presidency.
#pragma once

#include <string>
#include <string_view>

#include "context.hpp"

namespace kg::extract_detail {

// The one body of the item's page header that has `head` among its words: a form the lexicon
// knows as an organisation ("Latvian Presidency of the Council of the European Union"; its
// name is returned), or a segment of the header that opens with `head` and "of" or "to"
// ("Delegation of the European Union to Madagascar"; not one with a comma in it). Header lines are
// cut at " - " and " | " and lose a year at their end. "" when the header names no such body, or
// more than one.
std::string body_of_page_header(const ItemContext& context, std::string_view head);

}  // namespace kg::extract_detail
