// The one list of extractors a patterns file may name. The extractors of src/extract/ ask for
// their patterns by these names; a patterns file naming anything else would load and never
// run, so the loader reports it.
#include <algorithm>

#include "kg/rules.hpp"

namespace kg {

const std::vector<std::string_view>& extractor_names() {
  // Sorted, as `kg rules check` lists them. A new extractor adds its name here.
  static const std::vector<std::string_view> kNames{
      "acronym",           "active_in",    "attendance_list", "attended",        "caption_line",
      "colleague",         "funds",        "funds_parent",    "funds_reference", "held_elsewhere",
      "held_in",           "list_heading", "noise",           "not_attending",   "organisation",
      "organisation_list", "person",       "place",           "place_elliptic",  "place_list",
      "programme",         "represents"};
  return kNames;
}

bool is_extractor(std::string_view name) {
  const auto& names = extractor_names();
  return std::binary_search(names.begin(), names.end(), name);
}

}  // namespace kg
