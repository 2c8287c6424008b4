// Acronyms defined in the text: "Long Name (ACR)" makes ACR an alias of the long name's
// entity (no node of its own, not part of the name); bare uses in the item, and in other
// items when the corpus gives ACR one meaning, resolve to it with rule and sentence; every
// query finds the entity by it. Invented people and bodies.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract_fixture.hpp"
#include "kg/error.hpp"
#include "kg/query.hpp"
#include "kg/resolve.hpp"

namespace {

using kg_test::run;

std::vector<const kg::Mention*> with_surface(const kg::ItemExtraction& x,
                                             const std::string& surface) {
  std::vector<const kg::Mention*> found;
  for (const kg::Mention& m : x.mentions)
    if (!m.removed && m.surface == surface) found.push_back(&m);
  return found;
}

kg::KnowledgeGraph build_graph(const std::vector<std::string>& texts) {
  kg::Corpus corpus;
  corpus.name = "acronyms";
  for (std::size_t i = 0; i < texts.size(); ++i) {
    int n = static_cast<int>(i) + 1;
    corpus.items.push_back(kg_test::make_item(texts[i], "Invented news " + std::to_string(n), n));
  }
  kg::Lexicon lexicon(kg_test::project_rules());
  auto extractions = kg::extract_corpus(corpus, kg_test::project_rules(), lexicon);
  auto resolution = kg::resolve(extractions, lexicon);
  return kg::assemble_graph(corpus, extractions, resolution);
}

std::string id_of(const kg::KnowledgeGraph& graph, std::string_view name) {
  return graph.node(kg::resolve_name(graph, name)).id;
}

// The items of the node `id` whose mentions were written `surface`, with their rules.
std::vector<std::pair<int, std::string>> uses(const kg::KnowledgeGraph& graph,
                                              const std::string& id, const std::string& surface) {
  std::vector<std::pair<int, std::string>> found;
  auto node = graph.find(id);
  REQUIRE(node.has_value());
  for (const auto& m : graph.node(*node).mentions)
    if (m.surface == surface) found.emplace_back(m.item, m.rule);
  return found;
}

}  // namespace

TEST_CASE("acronym: a gazetteer form 'Long Name (ACR)' splits into the name and the acronym") {
  auto x = run("Mr Tarik Oswin addressed the Horizontal Working Party on Drugs (HDG) in Oslo.");
  auto full = with_surface(x, "Horizontal Working Party on Drugs");
  auto acronym = with_surface(x, "HDG");
  REQUIRE(full.size() == 1);
  REQUIRE(acronym.size() == 1);
  CHECK(with_surface(x, "Horizontal Working Party on Drugs (HDG)").empty());
  CHECK(full[0]->entity == acronym[0]->entity);
  CHECK(acronym[0]->name == "Horizontal Working Party on Drugs");
  CHECK(acronym[0]->rule == "acronym.after_mention");
  CHECK(acronym[0]->span.begin > full[0]->span.end);
}

TEST_CASE("acronym: bare uses later in the item name the body it defines") {
  auto x =
      run("Ms Oona Brackett addressed the Tarn Valley Development Agency (TVDA) in Oslo. The TVDA "
          "thanked her, and the TVDA's board met.");
  auto tvda = with_surface(x, "TVDA");
  REQUIRE(tvda.size() == 3);
  CHECK(tvda[0]->rule == "acronym.after_mention");
  for (const kg::Mention* use : tvda) {
    CHECK(use->name == "Tarn Valley Development Agency");
    CHECK(use->kind == kg::NodeKind::organisation);
  }
  std::vector<std::size_t> sentences;
  for (const kg::Mention* use : tvda)
    if (use->rule == "acronym.defined_in_item") sentences.push_back(use->sentence);
  CHECK(sentences.size() == 2);
  CHECK(std::all_of(sentences.begin(), sentences.end(),
                    [&](std::size_t s) { return s == tvda[0]->sentence + 1; }));
  auto word = run("The Tarn Valley Development Agency (TVDA) met. TVDAX and XTVDA are codes.");
  CHECK(with_surface(word, "TVDA").size() == 1);  // only whole words are uses
}

TEST_CASE("acronym: an item's definition outranks the gazetteer only when the initials fit") {
  auto redefined =
      run("Ms Oona Brackett addressed the Port Security Committee of Norway (PSC) in Oslo. The PSC "
          "agreed.");
  auto psc = with_surface(redefined, "PSC");
  REQUIRE(psc.size() == 2);
  for (const kg::Mention* use : psc) CHECK(use->name == "Port Security Committee of Norway");
  CHECK(kg_test::find(redefined, "Political and Security Committee") == nullptr);
  // "the Quantel Foundation (UNODC)": the brackets name another body, not an acronym of it.
  auto other = run("Ms Oona Brackett of the Quantel Foundation (UNODC) spoke. UNODC thanked her.");
  for (const kg::Mention* use : with_surface(other, "UNODC")) CHECK(use->canonical == "UNODC");
}

TEST_CASE("acronym: one meaning in the corpus names the entity in every item, two in none") {
  auto graph = build_graph({
      "Ms Oona Brackett presented the Quantel Harbour Safety Programme (QHSP) in Oslo.",
      "Mr Tarik Oswin discussed the QHSP in Bergen.",
      "The Marsh Trust Fund (MTF) met. The MTF agreed.",
      "The Mountain Transit Forum (MTF) met. The MTF agreed.",
      "Mr Tarik Oswin wrote to the MTF.",
  });
  const std::string qhsp = "programme:quantel-harbour-safety-programme";
  CHECK(id_of(graph, "QHSP") == qhsp);
  auto qhsp_uses = uses(graph, qhsp, "QHSP");
  CHECK(std::count_if(qhsp_uses.begin(), qhsp_uses.end(),
                      [](const auto& use) { return use.first == 2; }) == 1);
  // Two definitions: each item's uses go to its own body, the bare use elsewhere to neither.
  auto fund = uses(graph, "organisation:marsh-trust-fund", "MTF");
  auto forum = uses(graph, "organisation:mountain-transit-forum", "MTF");
  CHECK(fund.size() == 2);
  CHECK(forum.size() == 2);
  for (const auto& use : fund) CHECK(use.first == 3);
  for (const auto& use : forum) CHECK(use.first == 4);
  CHECK_THROWS_AS(kg::resolve_name(graph, "MTF"), kg::Error);  // ambiguous: both are listed
  kg::NameLookup found = kg::lookup_name(graph, "MTF");
  CHECK(found.candidates.size() == 2);
}

TEST_CASE("acronym: queries find an entity by the acronyms the lexicon knows it by") {
  // The text never writes HDG: the gazetteer's acronym still names the body in queries.
  auto graph = build_graph({"Mr Tarik Oswin briefed the Horizontal Working Party on Drugs."});
  CHECK(id_of(graph, "HDG") == "organisation:horizontal-working-party-on-drugs");
  auto node = graph.find("organisation:horizontal-working-party-on-drugs");
  REQUIRE(node.has_value());
  const auto& aliases = graph.node(*node).aliases;
  CHECK(std::find(aliases.begin(), aliases.end(), "HDG") != aliases.end());
  CHECK(std::none_of(aliases.begin(), aliases.end(), [](const std::string& alias) {
    return alias.find('(') != std::string::npos;
  }));
}

TEST_CASE("acronym: a page's own meaning of an acronym the gazetteer reads otherwise") {
  // The gazetteer reads CPP as the Counter Piracy Programme; this page defines it anew.
  auto graph = build_graph({
      "The action is implemented through the health component of the UNODC Country Partnership "
      "Programme for the Republic of Tarvania (CPP).",
      "The CPP, financed by Belgium and Japan, covers border control.",
  });
  const std::string cpp = "programme:country-partnership-programme-for-the-republic-of-tarvania";
  CHECK(id_of(graph, "Country Partnership Programme for the Republic of Tarvania") == cpp);
  auto later = uses(graph, cpp, "CPP");
  CHECK(std::count_if(later.begin(), later.end(), [](const auto& use) {
          return use.first == 2 && use.second == "acronym.defined_on_page";
        }) == 1);
  CHECK_FALSE(graph.find("programme:counter-piracy-programme").has_value());
}

TEST_CASE("acronym: after the word project, and carrying a regional edition's place") {
  auto x = kg_test::run_corpus(
      {"UNODC leads one component of the Safe Passage for Seafarers in East Africa project "
       "(SPS East Africa). SPS East Africa is co-financed by Norway and by the European "
       "Union."})[0];
  auto uses = with_surface(x, "SPS East Africa");
  REQUIRE(uses.size() == 2);
  for (const kg::Mention* use : uses) {
    CHECK(use->kind == kg::NodeKind::programme);
    CHECK(use->name == "Safe Passage for Seafarers in East Africa");
  }
  CHECK(kg_test::has_relation(x, kg::EdgeKind::funds, "Norway",
                              "Safe Passage for Seafarers in East Africa"));
  // After a body, "project (ACR)" names the project, not the body.
  auto body = kg_test::run_corpus(
      {"The UNODC project (TARNPOL) opened an office. TARNPOL trained judges."})[0];
  for (const kg::Mention* use : with_surface(body, "TARNPOL")) CHECK(use->canonical != "UNODC");
}

TEST_CASE("acronym.with_translation: '(ACR, English name)' after a name in another language") {
  auto graph = build_graph(
      {"The Office Central de Lutte contre la Criminalité Organisée (OCLCO, Central Office for "
       "the Fight against Organised Crime) met UNODC.",
       "Later, OCLCO officers trained in Dakar."});
  const std::string id = id_of(graph, "Office Central de Lutte contre la Criminalité Organisée");
  CHECK(uses(graph, id, "OCLCO").size() >= 1);
  CHECK(id_of(graph, "OCLCO") == id);
}
