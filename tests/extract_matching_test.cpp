// The matching machinery under the extractors: a match's named groups, vocabulary lookups,
// and the pattern sets that pick which patterns to run.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <stdexcept>
#include <string>

#include "../src/extract/context.hpp"
#include "../src/extract/name_filters.hpp"
#include "kg/rules.hpp"

namespace {

const kg::Rules& project_rules() {
  static const kg::Rules rules = kg::load_rules(std::string(KG_SOURCE_DIR) + "/rules");
  return rules;
}

}  // namespace

TEST_CASE("match groups: in name order, found by name, added when missing") {
  kg::extract_detail::Groups groups;
  groups["role"] = {4, 9, true};
  groups[""] = {0, 12, true};
  groups["person"] = {0, 3, true};
  std::vector<std::string> names;
  for (const auto& [name, group] : groups) names.push_back(name);
  CHECK(names == std::vector<std::string>{"", "person", "role"});
  CHECK(groups.at("role").begin == 4);
  CHECK(groups.count("person") == 1);
  CHECK(groups.count("org") == 0);
  CHECK(groups.find("org") == groups.end());
  CHECK_THROWS_AS((void)groups.at("org"), std::out_of_range);
  CHECK_FALSE(groups["org"].matched);  // added, unmatched
  CHECK(groups.count("org") == 1);
}

TEST_CASE("find_matches: every match with its matched groups; `rest` says where to resume") {
  // The next name's capital is consumed as `rest`: without resuming there, "Bo" is missed.
  re2::RE2 regex(R"((?P<name>[A-Z][a-z]+) (?P<rest>[A-Z])|(?P<other>\d+))");
  std::string text = "Ana Bo Cy 12";
  auto matches = kg::extract_detail::find_matches(regex, text);
  REQUIRE(matches.size() == 3);
  CHECK(matches[0].at("name").end == 3);
  CHECK(matches[0].count("other") == 0);  // unmatched groups are left out
  CHECK(matches[1].at("name").begin == 4);
  CHECK(matches[2].at("other").begin == 10);
}

TEST_CASE("vocabulary words: hashed lookups answer as the word lists do") {
  const kg::Rules& rules = project_rules();
  REQUIRE(rules.word_sets);
  kg::Rules unindexed = rules;
  unindexed.word_sets.reset();  // the linear search over the lists
  for (const auto& [name, vocabulary] : rules.vocabularies)
    for (const std::string& word : vocabulary.words) {
      CHECK(rules.has_word(name, word));
      CHECK(unindexed.has_word(name, word));
    }
  CHECK(rules.has_word("honorifics", "Ms"));
  CHECK_FALSE(rules.has_word("honorifics", "ms"));
  CHECK_FALSE(rules.has_word("no such vocabulary", "Ms"));
  CHECK_FALSE(unindexed.has_word("honorifics", "Xyzzy"));
  // A final dot is dropped for a second look ("Dr." is "Dr").
  CHECK(kg::extract_detail::in_vocabularies(rules, "Dr.", {"months", "honorifics"}));
  CHECK_FALSE(kg::extract_detail::in_vocabularies(rules, "Dr.", {"months"}));
}
