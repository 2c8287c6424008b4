// The near-linear paths of issue 9 give what the simple ones gave: a long item is read as its
// paragraphs are one by one (mentions indexed by sentence, relations and attendance in sets),
// and the bounded edit distance is the edit distance, capped.
#include <random>
#include <set>
#include <string>
#include <tuple>

#include <doctest/doctest.h>

#include "../src/extract/context.hpp"
#include "../src/extract/relations.hpp"
#include "../src/extract/span_index.hpp"
#include "extract_fixture.hpp"
#include "kg/text.hpp"

namespace {

using Found = std::set<std::tuple<int, std::string, std::string>>;

// An invented person per paragraph ("Tomivel Gorvelmi"): syllables drawn by k.
std::string invented_name(int k) {
  static const char* const kSyllables[] = {"an", "ren", "vel", "mi", "to", "ta", "gor", "lo"};
  std::string first, last;
  for (int i = 0; i < 3; ++i) first += kSyllables[(k >> (3 * i)) % 8];
  for (int i = 0; i < 3; ++i) last += kSyllables[(k * 5 + i) % 8];
  first[0] = static_cast<char>(first[0] - 'a' + 'A');
  last[0] = static_cast<char>(last[0] - 'a' + 'A');
  return first + " " + last + "sky";
}

std::string paragraph(int k) {
  return "Ms " + invented_name(k) +
         ", Programme Officer of UNODC, met DG HOME in Brussels to discuss migrant smuggling. "
         "Mr " +
         invented_name(k + 4096) + " of Europol also attended.\n\n";
}

Found relations_of(const kg::ItemExtraction& x) {
  Found found;
  for (const kg::Relation& r : x.relations) {
    std::string target = r.target ? x.mentions[*r.target].name : "";
    found.emplace(static_cast<int>(r.kind), x.mentions[r.source].name, target);
  }
  return found;
}

TEST_CASE("near-linear: one long item finds what its paragraphs find one by one") {
  const int paragraphs = 60;
  Found separately;
  std::string long_text;
  for (int k = 0; k < paragraphs; ++k) {
    Found one = relations_of(kg_test::run(paragraph(k)));
    REQUIRE(one.size() >= 3);  // each paragraph gives its people's relations
    separately.insert(one.begin(), one.end());
    long_text += paragraph(k);
  }
  kg::ItemExtraction together = kg_test::run(long_text);
  CHECK(relations_of(together) == separately);
  std::size_t people = 0;
  for (const kg::Mention& m : together.mentions)
    people += !m.removed && m.kind == kg::NodeKind::person;
  CHECK(people == 2 * paragraphs);
}

TEST_CASE("near-linear: SpanIndex answers as a scan over every span does") {
  using kg::Span;
  std::mt19937 random(5);
  std::uniform_int_distribution<std::size_t> position(0, 60), length(0, 12), coin(0, 1);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<Span> spans;  // overlapping, nested, empty, in any order, in both parts
    for (int n = static_cast<int>(length(random)); n > 0; --n) {
      std::size_t begin = position(random);
      spans.push_back({coin(random) == 1, begin, begin + length(random)});
    }
    const kg::extract_detail::SpanIndex index(spans);
    for (int query = 0; query < 100; ++query) {
      std::size_t begin = position(random);
      Span asked{coin(random) == 1, begin, begin + length(random)};
      bool scanned = false;
      for (const Span& s : spans)
        scanned =
            scanned || (s.in_title == asked.in_title && asked.begin < s.end && s.begin < asked.end);
      REQUIRE(index.overlaps(asked) == scanned);
    }
  }
  CHECK_FALSE(kg::extract_detail::SpanIndex().overlaps({false, 0, 5}));
}

TEST_CASE("near-linear: NamedOrganisations answers as mention_named does") {
  using kg::Mention;
  using kg::NodeKind;
  const kg::Item item = kg_test::make_item("");
  kg::Lexicon lexicon(kg_test::project_rules());
  kg::ItemExtraction out;
  auto mention = [](NodeKind kind, std::string name, std::string canonical, bool removed) {
    Mention m;
    m.kind = kind;
    m.name = std::move(name);
    m.canonical = std::move(canonical);
    m.removed = removed;
    return m;
  };
  out.mentions = {mention(NodeKind::person, "Velan", "Velan", false),
                  mention(NodeKind::organisation, "Orvel Office", "Orvel Office", true),
                  mention(NodeKind::organisation, "OO", "Orvel Office", false),
                  mention(NodeKind::organisation, "Orvel Office", "", false),
                  mention(NodeKind::organisation, "Tamir Bureau", "", false),
                  mention(NodeKind::organisation, "TB", "Tamir Bureau", false)};
  kg::extract_detail::ItemContext context{item, kg_test::project_rules(), lexicon, out, {}, {}};
  const kg::extract_detail::NamedOrganisations named(context);
  for (const std::string name :
       {"Velan", "Orvel Office", "OO", "", "Tamir Bureau", "TB", "Unknown Agency"})
    CHECK(named(name) == kg::extract_detail::mention_named(context, name));
  CHECK(named("Orvel Office") == 2);  // by canonical name, before a later mention by name
  CHECK(named("Velan") == kg::kNone);
}

TEST_CASE("near-linear: bounded_edit_distance is min(edit_distance, limit + 1)") {
  std::mt19937 random(9);
  std::uniform_int_distribution<int> letter(0, 3), length(0, 12);
  for (int trial = 0; trial < 2000; ++trial) {
    std::string a, b;
    for (int n = length(random); n > 0; --n) a += static_cast<char>('a' + letter(random));
    for (int n = length(random); n > 0; --n) b += static_cast<char>('a' + letter(random));
    std::size_t full = kg::edit_distance(a, b);
    for (std::size_t limit : {0u, 1u, 2u, 5u, 20u})
      REQUIRE(kg::bounded_edit_distance(a, b, limit) == std::min(full, limit + 1));
  }
  // Long names: one typo apart, or far apart, without a quadratic table.
  std::string name(30000, 'x');
  std::string typo = name;
  typo[15000] = 'y';
  CHECK(kg::bounded_edit_distance(name, typo, 1) == 1);
  CHECK(kg::bounded_edit_distance(name, std::string(30000, 'z'), 1) == 2);
  CHECK(kg::bounded_edit_distance(name, name + "ab", 1) == 2);
}

}  // namespace
