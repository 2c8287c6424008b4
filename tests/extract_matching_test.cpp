// The matching machinery under the extractors: a match's named groups, vocabulary lookups,
// and the pattern sets that pick which patterns to run.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "../src/extract/context.hpp"
#include "../src/extract/name_filters.hpp"
#include "extract_fixture.hpp"
#include "kg/rules.hpp"
#include "kg/text_memo.hpp"

using kg_test::project_rules;

namespace {

// Every group of every match, flat: (name, begin, end).
std::vector<std::tuple<std::string, std::size_t, std::size_t>> offsets_of(
    const std::vector<kg::extract_detail::Groups>& matches) {
  std::vector<std::tuple<std::string, std::size_t, std::size_t>> out;
  for (const auto& match : matches)
    for (const auto& [name, group] : match) out.emplace_back(name, group.begin, group.end);
  return out;
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
  // One lookup of the word for many vocabularies answers as has_word for each does.
  for (const kg::Rules* each : std::initializer_list<const kg::Rules*>{&rules, &unindexed}) {
    CHECK(each->has_word_in_any({"months", "honorifics"}, "Ms"));
    CHECK(
        each->has_word_in_any(std::vector<std::string>{"no such vocabulary", "honorifics"}, "Ms"));
    CHECK_FALSE(each->has_word_in_any({"months", "no such vocabulary"}, "Ms"));
    CHECK_FALSE(each->has_word_in_any({"months", "honorifics"}, "Xyzzy"));
  }
  for (const auto& [name, vocabulary] : rules.vocabularies)
    for (const std::string& word : vocabulary.words)
      CHECK(rules.has_word_in_any({"no such vocabulary", name}, word));
}

TEST_CASE("text memo: a result comes back for its owner and text only; a full memo starts over") {
  kg::TextMemo memo(400);
  int regex_a = 0, regex_b = 0;  // owners are compared by address
  CHECK_FALSE(memo.find(&regex_a, "Ms [[P1]] met [[O2]].").has_value());
  memo.store(&regex_a, "Ms [[P1]] met [[O2]].", {3, 9});
  REQUIRE(memo.find(&regex_a, "Ms [[P1]] met [[O2]].").has_value());
  CHECK(*memo.find(&regex_a, "Ms [[P1]] met [[O2]].") == std::vector<std::size_t>{3, 9});
  CHECK_FALSE(memo.find(&regex_b, "Ms [[P1]] met [[O2]].").has_value());
  CHECK_FALSE(memo.find(&regex_a, "Ms [[P1]] met [[O3]].").has_value());
  memo.store(&regex_a, "", {});  // an empty text and an empty result are results too
  REQUIRE(memo.find(&regex_a, "").has_value());
  CHECK(memo.find(&regex_a, "")->empty());
  // Past 400 bytes everything kept is dropped, then the new result kept.
  memo.store(&regex_b, std::string(300, 'x'), {1});
  CHECK_FALSE(memo.find(&regex_a, "Ms [[P1]] met [[O2]].").has_value());
  CHECK(memo.find(&regex_b, std::string(300, 'x')).has_value());
}

TEST_CASE("text memo: after a window of too few hits it rests, then keeps and finds again") {
  kg::TextMemo memo(1 << 20, {.window = 4, .min_hit_percent = 50, .rest = 3});
  int regex = 0;
  memo.store(&regex, "kept", {1});
  // A window of four lookups, one hit: 25%, under 50%.
  CHECK(memo.find(&regex, "kept").has_value());
  CHECK_FALSE(memo.find(&regex, "new 1").has_value());
  CHECK_FALSE(memo.find(&regex, "new 2").has_value());
  CHECK_FALSE(memo.find(&regex, "new 3").has_value());
  // Resting for three lookups: nothing found, nothing kept.
  CHECK_FALSE(memo.find(&regex, "kept").has_value());
  memo.store(&regex, "during the rest", {2});
  CHECK_FALSE(memo.find(&regex, "during the rest").has_value());
  CHECK_FALSE(memo.find(&regex, "kept").has_value());
  // Awake again: what was kept before the rest is still there, what came during it is not.
  REQUIRE(memo.find(&regex, "kept").has_value());
  CHECK(*memo.find(&regex, "kept") == std::vector<std::size_t>{1});
  CHECK_FALSE(memo.find(&regex, "during the rest").has_value());
  memo.store(&regex, "after the rest", {3});
  // A window of 4 with 3 hits (75%): no rest, the new result comes back.
  CHECK(memo.find(&regex, "after the rest").has_value());
  CHECK(memo.find(&regex, "after the rest").has_value());
}

TEST_CASE("find_matches through the rules' memo: the matches re2 gives, asked once or twice") {
  const kg::Rules& rules = project_rules();
  REQUIRE(rules.match_memo);
  const std::vector<std::string> texts = {
      "[[P1]], Senior Adviser of [[O2]], met [[O3]] in [[L4]].",
      "Ms [[P1]] of [[O2]] and Mr [[P3]], Head of the [[O4]] ([[O5]]), also attended.",
      "The meeting was an opportunity to share best practices.", ""};
  std::size_t matched = 0;
  for (const kg::Pattern& pattern : rules.patterns)
    for (const std::string& text : texts)
      for (int round = 0; round < 2; ++round) {  // the second round is answered by the memo
        auto direct = kg::extract_detail::find_matches(pattern.re(), text);
        auto kept = kg::extract_detail::find_matches(rules, pattern, text);
        REQUIRE(kept.size() == direct.size());
        matched += direct.size();
        CHECK(offsets_of(direct) == offsets_of(kept));
      }
  CHECK(matched > 0);  // the texts do exercise the patterns
}

TEST_CASE("digit-blind regexes: read from the syntax, conservatively") {
  // Cannot tell digits apart: \d, classes that hold all of 0-9 or none, counts, group names.
  for (std::string_view blind :
       {R"(\[\[P\d+\]\])", R"((?P<person2>[^,;(]+){0,3})", "[0-9A-Za-z]", R"((?i)met\s+\w+)",
        R"([[:digit:]]|[[:alpha:]]+|\p{Lu}\pL*)", R"([^\]\d-]|\.|\S)", R"([À-ÖØ-ö]\b)", ""})
    CHECK_MESSAGE(!kg::regex_tells_digits_apart(blind), blind);
  // Can (or cannot be read): a literal digit, some digits but not all, escapes not read here.
  for (std::string_view telling : {R"(19\d\d)", "[1-3]", "[a-z5]", R"(\x31)", R"(\061)",
                                   R"([\p{N}0])", R"(\Q1\E)", "[[:foo:]]", "[0-", R"(a{1,x})"})
    CHECK_MESSAGE(kg::regex_tells_digits_apart(telling), telling);
}

TEST_CASE("digit-blind patterns match texts that differ only by digits alike") {
  const kg::Rules& rules = project_rules();
  // The same texts with other digits (the same number of them): marker numbers and a date.
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"[[P1]], Senior Adviser of [[O22]], met [[O3]] in [[L4]] on 12 May 2019.",
       "[[P8]], Senior Adviser of [[O90]], met [[O7]] in [[L5]] on 31 May 1884."},
      {"Ms [[P1]] of [[O2]] and Mr [[P3]], Head of the [[O4]] ([[O5]]), also attended.",
       "Ms [[P9]] of [[O6]] and Mr [[P0]], Head of the [[O7]] ([[O1]]), also attended."}};
  std::size_t blind = 0, matched = 0;
  for (const kg::Pattern& pattern : rules.patterns) {
    if (!pattern.compiled || !pattern.compiled->digit_blind()) continue;
    ++blind;
    for (const auto& [text, other] : texts) {
      auto here = kg::extract_detail::find_matches(pattern.re(), text);
      auto there = kg::extract_detail::find_matches(pattern.re(), other);
      matched += here.size();
      CHECK_MESSAGE(offsets_of(here) == offsets_of(there), pattern.id);
    }
  }
  // Most of the project's patterns name markers by \d+ and nothing else with digits.
  CHECK(blind * 2 > rules.patterns.size());
  CHECK(matched > 0);
}

TEST_CASE("fold_digits: every ASCII digit made 0, nothing else changed") {
  CHECK(kg::fold_digits("Mr [[P12]] met [[O3]] on 9 May 2019.") ==
        "Mr [[P00]] met [[O0]] on 0 May 0000.");
  CHECK(kg::fold_digits("") == "");
  for (int byte = 0; byte < 256; ++byte) {
    std::string text(1, static_cast<char>(byte));
    CHECK(kg::fold_digits(text) == (byte >= '1' && byte <= '9' ? "0" : text));
  }
  CHECK(kg::fold_digits("\xD9\xA3 \xEF\xBC\x91") == "\xD9\xA3 \xEF\xBC\x91");  // other digits stay
}

TEST_CASE(
    "find_matches through the memo: a digit-blind pattern's matches serve texts that "
    "differ only by digits; every answer is re2's") {
  kg::Rules rules = kg::load_rules(std::string(KG_SOURCE_DIR) + "/rules");
  REQUIRE(rules.match_memo);
  const std::string first = "[[P1]], Senior Adviser of [[O22]], met [[O3]] in [[L4]].";
  const std::string second = "[[P8]], Senior Adviser of [[O90]], met [[O7]] in [[L5]].";
  std::size_t blind = 0, telling = 0;
  for (const kg::Pattern& pattern : rules.patterns) {
    if (!pattern.compiled) continue;
    (pattern.compiled->digit_blind() ? blind : telling)++;
    auto once = kg::extract_detail::find_matches(rules, pattern, first);  // kept by the memo
    auto kept = kg::extract_detail::find_matches(rules, pattern, second);
    CHECK_MESSAGE(
        offsets_of(kept) == offsets_of(kg::extract_detail::find_matches(pattern.re(), second)),
        pattern.id);
    if (pattern.compiled->digit_blind()) CHECK(offsets_of(once) == offsets_of(kept));
  }
  CHECK(blind > 0);
  CHECK(telling > 0);  // the project has patterns about years
}

TEST_CASE("tagged sentences: the kept one serves while the sentence's mentions stay as they are") {
  const kg::Rules& rules = project_rules();
  kg::Lexicon lexicon(rules, false);
  kg::Item item;
  item.text = "Ms Ana Roe met Mr Bo Lee in Vienna.";
  kg::ItemExtraction out;
  out.sentences.push_back({{false, 0, item.text.size()}, false});
  kg::extract_detail::ItemContext context{item, rules, lexicon, out, {}, {}};
  auto add = [&](kg::NodeKind kind, std::size_t begin, std::size_t end) {
    kg::Mention m;
    m.kind = kind;
    m.span = {false, begin, end};
    m.sentence = 0;
    return context.add(std::move(m));
  };
  add(kg::NodeKind::person, 3, 10);
  auto first = kg::extract_detail::tagged_sentence(context, 0);
  CHECK(first->text() == "Ms [[P0]] met Mr Bo Lee in Vienna.");
  CHECK(kg::extract_detail::tagged_sentence(context, 0) == first);  // nothing changed: kept
  // Each change makes a new one, equal to a Tagged made afresh.
  auto fresh = [&](const std::shared_ptr<const kg::extract_detail::Tagged>& kept) {
    return kept->text() == kg::extract_detail::Tagged(context, 0).text();
  };
  std::size_t lee = add(kg::NodeKind::person, 18, 24);
  auto second = kg::extract_detail::tagged_sentence(context, 0);
  CHECK(second != first);
  CHECK(second->text() == "Ms [[P0]] met Mr [[P1]] in Vienna.");
  CHECK(first->text() == "Ms [[P0]] met Mr Bo Lee in Vienna.");  // a holder keeps its own
  out.mentions[lee].span.begin = 15;                             // a span that changes
  auto third = kg::extract_detail::tagged_sentence(context, 0);
  CHECK(third != second);
  CHECK(fresh(third));
  out.mentions[lee].kind = kg::NodeKind::organisation;  // a kind that changes
  auto fourth = kg::extract_detail::tagged_sentence(context, 0);
  CHECK(fourth != third);
  CHECK(fresh(fourth));
  out.mentions[lee].removed = true;  // a mention removed
  auto fifth = kg::extract_detail::tagged_sentence(context, 0);
  CHECK(fifth != fourth);
  CHECK(fifth->text() == "Ms [[P0]] met Mr Bo Lee in Vienna.");
  CHECK(kg::extract_detail::tagged_sentence(context, 0) == fifth);
}
