// Constructions found missing on held-out pages in the forty-first session: a page's own body
// called by its head noun in any item of the page, not only the first; a delegation to "The
// Gambia"; bodies of francophone West Africa named in French; French and Spanish police and
// naval ranks; cities that are also given names; money for something that is no programme;
// unhonoured names after a counted group of experts or after "while". Each is proved on
// invented sentences (bodies, ranks and places real, people and projects invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;
using kg_test::run_page;

TEST_CASE("page bodies: 'the Delegation' in a later item of the page is the header's body") {
  auto items = run_page(
      "Delegation of the European Union to Togo\nHome > News\n\n"
      "12 May 2019 - Customs officers trained\nThe course was opened in Lomé by UNODC.\n\n"
      "3 April 2019 - Port unit visited\n"
      "Mr Koffi Mensah-Dossou of the Delegation met the port's managers.\n");
  REQUIRE(items.size() == 2);
  CHECK(has_relation(items[1], kg::EdgeKind::represents, "Koffi Mensah-Dossou",
                     "Delegation of the European Union to Togo"));
}

TEST_CASE("page bodies: two spellings of one delegation complete 'the EU Delegation'") {
  // The item before names the delegation as "EU Delegation to Ghana" and, through "the
  // Delegation", as the header's "Delegation of the European Union to Ghana": one body.
  auto items = run_page(
      "Delegation of the European Union to Ghana\nNews\n\n"
      "12 May 2019 - Course opened\n"
      "The EU Delegation to Ghana and UNODC opened the course. The Delegation thanked them.\n\n"
      "3 April 2019 - Equipment handed over\n"
      "Ms Abena Owusu-Sarpong, Programme Officer at the EU Delegation, handed it over.\n");
  REQUIRE(items.size() == 2);
  bool delegation = false;
  for (const char* name : {"EU Delegation to Ghana", "Delegation of the European Union to Ghana"})
    delegation =
        delegation || has_relation(items[1], kg::EdgeKind::represents, "Abena Owusu-Sarpong", name);
  CHECK(delegation);
  CHECK_FALSE(
      has_relation(items[1], kg::EdgeKind::represents, "Abena Owusu-Sarpong", "EU Delegations"));
}

TEST_CASE("organisation: a delegation or an embassy to 'The Gambia'") {
  auto x =
      run("Ms Ingrid Solvang, Head of Cooperation at the Delegation of the European Union to The "
          "Gambia, met staff of the Embassy of The Gambia in Brussels.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ingrid Solvang",
                     "Delegation of the European Union to The Gambia"));
  CHECK(find(x, "Embassy of The Gambia in Brussels") != nullptr);
}

TEST_CASE("organisation: bodies of francophone West Africa named in French") {
  auto x =
      run("Officers of the Office Togolais des Recettes (OTR), the Préfecture Maritime and the "
          "Port Autonome de Lomé took part.");
  CHECK(find(x, "Office Togolais des Recettes") != nullptr);
  CHECK(find(x, "Préfecture Maritime") != nullptr);
  CHECK(find(x, "Port Autonome de Lomé") != nullptr);
  auto y =
      run("Staff of the Police de l'Air et des Frontières and the Direction Générale de la Police "
          "Nationale met the Société Aéroportuaire de Lomé-Tokoin.");
  CHECK(find(y, "Police de l'Air et des Frontières") != nullptr);
  CHECK(find(y, "Direction Générale de la Police Nationale") != nullptr);
  CHECK(find(y, "Société Aéroportuaire de Lomé-Tokoin") != nullptr);
  // A body the gazetteer knows (Senegal's office) followed by "et du" and more words is the
  // start of a longer name, Togo's office.
  auto z =
      run("Officers of the Office Central de Répression du Trafic Illicite des Drogues et du "
          "Blanchiment (OCRTIDB) attended.");
  CHECK(find(z, "Office Central de Répression du Trafic Illicite des Drogues et du Blanchiment") !=
        nullptr);
  // A name's only proper word after an elided article: "l'Aviation".
  auto w = run("They met the Direction de l'Aviation Civile and the Direction de l'Aviation.");
  CHECK(find(w, "Direction de l'Aviation") != nullptr);
  // "et al." continues no name.
  auto v = run("UNODC et al. published the study.");
  CHECK(find(v, "UNODC") != nullptr);
}

TEST_CASE("person: French and Spanish police and naval ranks before a name") {
  auto x =
      run("The workshop was opened by Capitaine de Vaisseau Kodjo Amedjro, Chief of Staff of the "
          "Togolese Navy, and by Commissaire Divisionnaire Afi Lawson-Body.");
  CHECK(find(x, "Kodjo Amedjro") != nullptr);
  CHECK(find(x, "Afi Lawson-Body") != nullptr);
  CHECK(find(x, "de Vaisseau Kodjo Amedjro") == nullptr);
  auto y =
      run("The meeting was opened by Comisionado General Néstor Urbina Solís and Sub-Prefect Ana "
          "Lucía Centeno Ruiz.");
  CHECK(find(y, "Néstor Urbina Solís") != nullptr);
  CHECK(find(y, "Ana Lucía Centeno Ruiz") != nullptr);
}

TEST_CASE("place: a city that is also a given name") {
  auto x =
      run("Inspectors Andrei Munteanu and Victoria Cebotari of the General Inspectorate of Border "
          "Police took part.");
  CHECK(find(x, "Victoria Cebotari") != nullptr);
  CHECK(find(x, "Victoria") == nullptr);
  auto y = run("The prosecutors met in Victoria on Monday.");
  CHECK(find(y, "Victoria") != nullptr);
  auto z = run("The project on Lake Victoria was launched in Kampala.");
  CHECK(find(z, "Victoria") == nullptr);
}

TEST_CASE("funds: money for something the verb's object introduces funds no programme") {
  auto x =
      run("The Pay Fair Campaign was launched by the commission. The European Union will fund an "
          "independent review of the asset declaration regime.");
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "European Union", "Pay Fair Campaign"));
  // A phase of the programme is the programme's.
  auto y =
      run("The Pay Fair Campaign was launched by the commission. The European Union will fund a "
          "second phase of the campaign.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "European Union", "Pay Fair Campaign"));
}

TEST_CASE("person: unhonoured names after a counted group of experts, or after 'while'") {
  auto x =
      run("The course was delivered by two document experts from Frontex, Irina Vasilescu and Lars "
          "Holmqvist, at the request of UNODC.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Irina Vasilescu", "Frontex"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lars Holmqvist", "Frontex"));
  auto y =
      run("Experts led the sessions, while Samir Khoury, Project Coordinator at the UNODC Regional "
          "Office for the Middle East and North Africa, explained the cases.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Samir Khoury", "UNODC"));
}

TEST_CASE("noise: a page's copyright footer names no body that took part") {
  auto items = run_page(
      "Delegation of the European Union to Gabon\nNews\n\n"
      "12 May 2019 - Rangers trained\nUNODC trained forty rangers in Libreville.\n"
      "© European Union, 2019 | Legal notice | Cookies | Contact the Delegation\n");
  REQUIRE(items.size() == 1);
  CHECK(find(items[0], "Delegation of the European Union to Gabon") == nullptr);
  CHECK(find(items[0], "UNODC") != nullptr);
}

TEST_CASE("represents: a meeting chaired 'for' a body by a person; a name after a possessive") {
  auto x =
      run("The meeting was chaired for the Czech Presidency by Ms Dana Kovářová of the Ministry "
          "of the Interior.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Dana Kovářová", "Czech Presidency"));
  auto y = run("A session was introduced by UNODC's Moussa Ba Ndiaye, who presented a study.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Moussa Ba Ndiaye", "UNODC"));
}

TEST_CASE("place and person: provinces of the DR Congo; lower-case French police ranks") {
  auto x = run(
      "The mission went from Goma in North Kivu to Bunia in Ituri, and to Kongo Central. It was "
      "led by Commissaire supérieur principal Jean-Pierre Ilunga Kabamba.");
  CHECK(find(x, "North Kivu") != nullptr);
  CHECK(find(x, "Ituri") != nullptr);
  CHECK(find(x, "Kongo Central") != nullptr);
  CHECK(find(x, "Jean-Pierre Ilunga Kabamba") != nullptr);
}

TEST_CASE("person: a name before ', a ... expert from' a body, or after 'included'") {
  auto x = run("Marie Dubreuil, a financial investigation expert from Expertise France, led it.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Marie Dubreuil", "Expertise France"));
  auto y = run("Speakers included Piotr Zielinski, a specialist of Europol, and an analyst.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Piotr Zielinski", "Europol"));
}
