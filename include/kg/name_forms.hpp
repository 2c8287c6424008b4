// Forms of one body's name that a text may use for it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// The other ways of writing a body's name whose owner goes before or after the head: "EU
// Delegation to Peru", "European Union Delegation to Peru", "Delegation of the EU to Peru" and
// "Delegation of the European Union to Peru" name one delegation, and so do "... to Serbia" and
// "... to the Republic of Serbia". Empty for a name of no such form.
std::vector<std::string> owner_order_variants(const std::string& name);

// "2016-2020", "2016–20", "(2016-2021)", "(2017 - 2020)": a period of years that a text writes
// after a programme's name.
bool is_year_period(std::string_view text);

}  // namespace kg
