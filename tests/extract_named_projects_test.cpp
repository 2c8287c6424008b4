// Constructions found missing on held-out pages in the thirty-third session: programmes whose
// names are quoted, written in another language or followed by words saying what they are
// about, and who pays for them. Each is proved on invented sentences (the institutions are
// real, the people and projects invented).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

TEST_CASE("programme.quoted_name_apposition: a quoted name called a component, and its funder") {
  auto x = run(
      "The meeting also reviewed \"Costa Segura\", the SEACOP component for the fishing ports of "
      "the Pacific coast, which AECID finances with EUR 450,000.");
  REQUIRE(find(x, "Costa Segura") != nullptr);
  CHECK(find(x, "Costa Segura")->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds,
                     "Spanish Agency for International Development "
                     "Cooperation",
                     "Costa Segura"));
  // The component's parent gets none of the money.
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds,
                           "Spanish Agency for International Development Cooperation",
                           "Seaport Cooperation Programme"));
  auto y = run(
      "Farmers spoke about \"Miel y Montaña\", the Japan-funded UNODC project that replaced coca "
      "with honey in the highlands.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Japan", "Miel y Montaña"));
  auto z =
      run("Students told the minister the campaign's motto, \"Think first\", a line they chose.");
  CHECK(find(z, "Think first") == nullptr);
}

TEST_CASE("programme.two_word_name_described_as_funded: two words and a gloss, then who pays") {
  auto x = run(
      "The concert closed Sauti Moja (\"One Voice\"), a youth awareness campaign made possible by "
      "funding from the European Union and the Government of Finland.");
  REQUIRE(find(x, "Sauti Moja") != nullptr);
  CHECK(find(x, "Sauti Moja")->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Sauti Moja"));
  // Two capitalised words opening a sentence name nothing.
  auto y = run("Last Tuesday, a project financed by Norway opened its first office in Mombasa.");
  CHECK(find(y, "Last Tuesday") == nullptr);
}

TEST_CASE("programme.name_topic_words_funded: topic words and another language's small words") {
  auto x =
      run("Officers described the Mpaka Imara border security project, financed by the EU through "
          "the European Union Emergency Trust Fund for Africa.");
  REQUIRE(find(x, "Mpaka Imara") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Mpaka Imara"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union Emergency Trust Fund for Africa",
                     "Mpaka Imara"));
  auto y =
      run("The patrol belongs to the Usalama wa Pwani project, which is financed by the European "
          "Union and co-financed by Denmark.");
  REQUIRE(find(y, "Usalama wa Pwani") != nullptr);
  CHECK(has_relation(y, kg::EdgeKind::funds, "Denmark", "Usalama wa Pwani"));
  // Without funding words, lower-case topic words keep the capitalised ones apart.
  auto z = run("The Coast Guard training project ended in March.");
  const kg::Mention* coast_guard = find(z, "Coast Guard");
  CHECK((coast_guard == nullptr || coast_guard->kind != kg::NodeKind::programme));
}

TEST_CASE("funds: a donor's money for a programme written with its owner or as a quoted title") {
  auto x = run(
      "Canada has supported UNICEF's Child Protection Initiative in Haiti since 2019 with CAD 2 "
      "million, funding safe spaces.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Canada", "Child Protection Initiative"));
  auto y =
      run("The exchange was funded by the Federal Foreign Office under the project \"Strengthening "
          "Border Management in Balochistan\", implemented by UNODC.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "German Federal Foreign Office",
                     "Strengthening Border Management in Balochistan"));
}

TEST_CASE(
    "programme.funded_body_named_project: a body's head word between '-funded' and 'project'") {
  auto x =
      run("The meeting reviewed the Korea-funded Andean Customs Training Centre project, which has "
          "trained 400 officers.");
  REQUIRE(find(x, "Andean Customs Training Centre") != nullptr);
  CHECK(find(x, "Andean Customs Training Centre")->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "South Korea", "Andean Customs Training Centre"));
}

TEST_CASE("programme.acronym_name_apposition: a name in capitals that a body runs") {
  auto x = run(
      "Ms Lotte Berg presented ORBIS, a project run by Eurojust together with Europol that helps "
      "prosecutors share evidence; the project is funded by the EU.");
  REQUIRE(find(x, "ORBIS") != nullptr);
  CHECK(find(x, "ORBIS")->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "ORBIS"));
}

TEST_CASE(
    "programme.two_word_name_described_as_funded: the runner's name, or who pays after 'that'") {
  auto x =
      run("The visit took place under Justicia Andina, a four-year UNODC project made possible by "
          "funding from Spain.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Spain", "Justicia Andina"));
  auto y =
      run("The fair showed the results of Manos Limpias, a community campaign in Guatemala and "
          "Honduras that Canada has financed since 2020.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Canada", "Manos Limpias"));
}

TEST_CASE("programme.funded_project_then_name: '-funded project, Name,'") {
  auto x =
      run("That EU-financed project, Route Sûre, is implemented by UNODC and INTERPOL in four "
          "countries.");
  REQUIRE(find(x, "Route Sûre") != nullptr);
  CHECK(find(x, "Route Sûre")->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Route Sûre"));
}
