// Places found by pattern (ports, sites); countries, regions and cities come from the
// gazetteers through gazetteer.cpp.
#include "context.hpp"

namespace kg::extract_detail {

void find_places(ItemContext& context, std::size_t sentence) {
  apply_mention_patterns(context, sentence, "place", NodeKind::place,
                         [](const ItemContext&, std::string_view surface, const Pattern&) {
                           return clean_name(surface);
                         });
}

}  // namespace kg::extract_detail
