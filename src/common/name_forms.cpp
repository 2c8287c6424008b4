#include "kg/name_forms.hpp"

#include <algorithm>

namespace kg {

std::vector<std::string> owner_order_variants(const std::string& name) {
  static const std::vector<std::string> kForms = {"EU Delegation ", "European Union Delegation ",
                                                  "Delegation of the EU ",
                                                  "Delegation of the European Union "};
  static const std::string kRepublic = "to the Republic of ";
  for (const std::string& form : kForms) {
    if (!name.starts_with(form)) continue;
    const std::string rest = name.substr(form.size());
    if (!rest.starts_with("to ") && !rest.starts_with("in ")) return {};
    std::vector<std::string> rests{rest};
    if (rest.starts_with(kRepublic))
      rests.push_back("to " + rest.substr(kRepublic.size()));
    else if (rest.starts_with("to ") && !rest.starts_with("to the "))
      rests.push_back(kRepublic + rest.substr(3));
    std::vector<std::string> variants;
    for (const std::string& other : kForms)
      for (const std::string& each : rests)
        if (other != form || each != rest) variants.push_back(other + each);
    return variants;
  }
  return {};
}

// "2016-2020", "2016–20", "(2016-2021)": a period of years written after a name.
bool is_year_period(std::string_view text) {
  if (text.size() > 2 && text.front() == '(' && text.back() == ')')
    text = text.substr(1, text.size() - 2);
  auto digits = [](std::string_view part) {
    return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (text.size() < 4 || !digits(text.substr(0, 4))) return false;
  text.remove_prefix(4);
  // "(2017 - 2020)": a brochure's spaced dash.
  const bool spaced = text.starts_with(" ");
  if (spaced) text.remove_prefix(1);
  if (text.starts_with("-"))
    text.remove_prefix(1);
  else if (text.starts_with("\u2013"))
    text.remove_prefix(std::string_view("\u2013").size());
  else
    return false;
  if (spaced) {
    if (!text.starts_with(" ")) return false;
    text.remove_prefix(1);
  }
  return (text.size() == 2 || text.size() == 4) && digits(text);
}

}  // namespace kg
