// Sharded builds: the shard rule, its I/N spelling, the lexicon rebuilt from its lessons, and
// the second pass limited to a shard's items. Invented people.
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"
#include "kg/error.hpp"
#include "kg/shard.hpp"

TEST_CASE("shard I of N holds the items n with (n - 1) mod N == I, each in exactly one shard") {
  for (unsigned count : {1u, 2u, 3u, 7u})
    for (int n = 1; n <= 30; ++n) {
      int holders = 0;
      for (unsigned index = 0; index < count; ++index)
        holders += kg::ShardSpec{index, count}.holds(n) ? 1 : 0;
      CHECK(holders == 1);
      CHECK(kg::ShardSpec{static_cast<unsigned>(n - 1) % count, count}.holds(n));
    }
  CHECK_FALSE(kg::ShardSpec{0, 2}.holds(0));
}

TEST_CASE("--shard I/N is read strictly") {
  kg::ShardSpec spec = kg::parse_shard_spec("2/5");
  CHECK(spec.index == 2);
  CHECK(spec.count == 5);
  CHECK(kg::parse_shard_spec("0/1").count == 1);
  for (const char* bad : {"5/5", "0/0", "1", "/3", "1/", "a/3", "-1/3", "1/3/4", " 1/3", ""})
    CHECK_THROWS_AS(kg::parse_shard_spec(bad), kg::Error);
}

TEST_CASE("a lexicon's lessons, replayed on the rules' lexicon, give the same lexicon") {
  const kg::Rules& rules = kg_test::project_rules();
  kg::Corpus corpus;
  corpus.items.push_back(kg_test::make_item(
      "Ms Orla Quenby, Director of the Fictional Bureau of Tides (FBT), met Mr Tavi Rennoch.", "A",
      1));
  corpus.items.push_back(kg_test::make_item("The FBT thanked Ms Quenby and Mr Rennoch.", "B", 2));
  kg::Lexicon learned(rules);
  kg::extract_corpus(corpus, rules, learned);
  REQUIRE_FALSE(learned.lessons().empty());
  kg::Lexicon rebuilt(rules);
  for (const kg::Lesson& lesson : learned.lessons()) rebuilt.replay(lesson);
  REQUIRE(rebuilt.entities().size() == learned.entities().size());
  for (std::size_t i = 0; i < learned.entities().size(); ++i) {
    CHECK(rebuilt.entities()[i].name == learned.entities()[i].name);
    CHECK(rebuilt.entities()[i].aliases == learned.entities()[i].aliases);
    CHECK(rebuilt.entities()[i].parents == learned.entities()[i].parents);
  }
  CHECK(rebuilt.find("Orla Quenby") == learned.find("Orla Quenby"));
  CHECK(rebuilt.lessons().size() == learned.lessons().size());
  // A lesson about an entity the lexicon lacks does not fit it.
  kg::Lesson stray{kg::Lesson::What::alias, {}, rebuilt.entities().size() + 5, "X"};
  CHECK_THROWS_AS(rebuilt.replay(stray), kg::Error);
}

TEST_CASE("the second pass extracts only the items a shard keeps, as the whole build does") {
  const kg::Rules& rules = kg_test::project_rules();
  kg::Corpus corpus;
  corpus.items.push_back(kg_test::make_item("Ms Orla Quenby visited Brussels.", "A", 1));
  corpus.items.push_back(kg_test::make_item("Talks with Ms Mira Deltoft.", "B", 2));
  corpus.items.push_back(kg_test::make_item("Ms Quenby met Ms Deltoft again.", "C", 3));
  kg::Lexicon whole_lexicon(rules), shard_lexicon(rules);
  auto whole = kg::extract_corpus(corpus, rules, whole_lexicon);
  auto shard =
      kg::extract_corpus(corpus, rules, shard_lexicon, 1, kg::ExtractionScope::names, [](int n) {
        return kg::ShardSpec{0, 2}.holds(n);
      });
  REQUIRE(shard.size() == 2);
  CHECK(shard[0].item == 1);
  CHECK(shard[1].item == 3);
  // Item 3 names its people by surname only: the names learned from items 1 and 2 find them.
  REQUIRE(shard[1].mentions.size() == whole[2].mentions.size());
  for (std::size_t j = 0; j < whole[2].mentions.size(); ++j)
    CHECK(shard[1].mentions[j].name == whole[2].mentions[j].name);
  CHECK(shard_lexicon.lessons().size() == whole_lexicon.lessons().size());
}

TEST_CASE("a lexicon that keeps no lessons learns the same names and records none") {
  const kg::Rules& rules = kg_test::project_rules();
  kg::Corpus corpus;
  corpus.items.push_back(kg_test::make_item(
      "Ms Orla Quenby, Director of the Fictional Bureau of Tides (FBT), met Mr Tavi Rennoch.", "A",
      1));
  kg::Lexicon kept(rules);
  kg::Lexicon unkept(rules, /*keep_lessons=*/false);
  kg::extract_corpus(corpus, rules, kept);
  kg::extract_corpus(corpus, rules, unkept);
  REQUIRE_FALSE(kept.lessons().empty());
  CHECK(unkept.lessons().empty());
  REQUIRE(unkept.entities().size() == kept.entities().size());
  for (std::size_t i = 0; i < kept.entities().size(); ++i)
    CHECK(unkept.entities()[i].name == kept.entities()[i].name);
  CHECK(unkept.find("Orla Quenby") == kept.find("Orla Quenby"));
}
