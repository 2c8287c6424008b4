#include "kg/name_forms.hpp"

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

}  // namespace kg
