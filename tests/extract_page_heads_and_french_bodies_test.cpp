// Constructions found missing on held-out pages in the fortieth session: the body a page's
// header names, called by its head noun alone in the items ("the Delegation", "the
// Presidency"); bodies named in French; a page's share bar; Eurojust's National Members; a
// sum mobilised from an instrument, and a contribution a donor "made". Each is proved on
// invented sentences (bodies, titles and instruments real, people and projects invented).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;

namespace {

kg::ItemExtraction run_on_page(const std::string& header, const std::string& text) {
  kg::Item item = kg_test::make_item(text);
  item.page_header = header;
  kg::Lexicon lexicon(kg_test::project_rules());
  return kg::extract_item(item, kg_test::project_rules(), lexicon);
}

}  // namespace

TEST_CASE("organisation: 'the Delegation' on a page whose header names a delegation") {
  auto x = run_on_page("Delegation of the European Union to Malawi\nPress and media | News",
                       "On behalf of the Delegation, Ms Ilse Verbruggen, Programme Manager for "
                       "Governance, opened the course.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ilse Verbruggen",
                     "Delegation of the European Union to Malawi"));
  // On a page with no such header, the head alone names nothing.
  auto y =
      run("On behalf of the Delegation, Ms Ilse Verbruggen, Programme Manager for "
          "Governance, opened the course.");
  CHECK(find(y, "Delegation") == nullptr);
  // "the Delegation of Zambia" is another delegation: not the page's.
  auto z = run_on_page("Delegation of the European Union to Malawi",
                       "The Delegation of Zambia to the meeting was led by Mr Peter Banda.");
  CHECK(find(z, "Delegation of the European Union to Malawi") == nullptr);
}

TEST_CASE("organisation: 'the Presidency' on a Council Presidency's site") {
  auto x = run_on_page("Lithuanian Presidency of the Council of the European Union 2013\nNews",
                       "The meeting was chaired, on behalf of the Presidency, by Ms Rasa "
                       "Kairiene of the Ministry of the Interior. The Presidency thanked UNODC.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rasa Kairiene", "Lithuanian Presidency"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Lithuanian Presidency"));
  // A header with two presidencies says nothing about which one "the Presidency" is.
  auto y = run_on_page("Lithuanian Presidency - Irish Presidency", "The Presidency thanked UNODC.");
  CHECK(find(y, "Lithuanian Presidency") == nullptr);
  CHECK(find(y, "Irish Presidency") == nullptr);
}

TEST_CASE("organisation: bodies named in French") {
  auto x =
      run("The course was opened by the Director General of the École Nationale de la "
          "Magistrature et des Greffes (ENMG), Judge Fara Rasoanaivo.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Fara Rasoanaivo",
                     "École Nationale de la Magistrature et des Greffes"));
  auto y =
      run("The President of the Commission Nationale Indépendante des Droits de l'Homme "
          "(CNIDH), Mr Hery Rabe, presented the report.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Hery Rabe",
                     "Commission Nationale Indépendante des Droits de l'Homme"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Hery Rabe", "European Commission"));
  auto z =
      run("Investigators of the Bureau Indépendant Anti-Corruption (BIANCO) met the "
          "Syndicat des Magistrats de Madagascar and the Société de Gestion du Port "
          "Autonome de Toamasina.");
  CHECK(find(z, "Bureau Indépendant Anti-Corruption") != nullptr);
  CHECK(find(z, "Syndicat des Magistrats de Madagascar") != nullptr);
  CHECK(find(z, "Société de Gestion du Port Autonome de Toamasina") != nullptr);
  // English words stay English: "Commission" before an English adjective is the gazetteer's.
  auto w = run("The Commission National Contact Point met in Brussels.");
  CHECK(find(w, "Commission National Contact Point") == nullptr);
}

TEST_CASE("noise: a page's share bar names no company") {
  auto x = run("The workshop closed on Friday.\nShare this page: Facebook | Twitter | E-mail");
  CHECK(find(x, "Facebook") == nullptr);
  CHECK(find(x, "Twitter") == nullptr);
  // In a sentence, the companies are mentions.
  auto y = run("The campaign ran on Facebook with the support of Meta Platforms.");
  CHECK(find(y, "Facebook") != nullptr);
}

TEST_CASE("represents: Eurojust's National Members") {
  auto x =
      run("In The Hague the visitors were welcomed by Ms Ana Petrescu, National Member for "
          "Romania, and by Mr Ivo Marinov, the National Member for Bulgaria.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ana Petrescu", "Eurojust"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ivo Marinov", "Eurojust"));
  auto y = run("The meeting was opened by the National Member for Italy, Ms Laura Conti.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Laura Conti", "Eurojust"));
}

TEST_CASE("funds: a sum mobilised from an instrument; a contribution a donor made") {
  auto x =
      run("The European Union has mobilised an additional EUR 2 million from the European "
          "Union Emergency Trust Fund for Africa for the Safe Return Initiative, to provide "
          "shelter.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Safe Return Initiative"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union Emergency Trust Fund for Africa",
                     "Safe Return Initiative"));
  auto y =
      run("Estonia has made its first voluntary contribution to the UNODC Global Programme "
          "on Cybercrime, the ministry announced.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Estonia", "Global Programme on Cybercrime"));
}

// The second round's sets: people named without an honorific in lists.
TEST_CASE("represents: a registrar's court; a person after 'and' before a comma and a title") {
  auto x =
      run("The seminar was opened by the Registrar of the High Court of Zambia, Mutinta "
          "Hamweemba, and by the EU Ambassador.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Mutinta Hamweemba", "High Court of Zambia"));
  CHECK(find(x, "Registrar of the High Court of Zambia") == nullptr);
  auto y =
      run("The delegation met Justice Grace Phiri of the High Court of Zambia and Mwape "
          "Lungu, Chief Commissioner of the Zambia Correctional Service, in Lusaka.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Mwape Lungu", "Zambia Correctional Service"));
  CHECK(find(y, "High Court of Zambia and Mwape Lungu") == nullptr);
  // A series of fields before "and" is one body's name, whatever follows it.
  auto w =
      run("The talks were held with the Ministry of Digital Development, Innovations and "
          "Aerospace Industry, Deputy Minister Asel Bekova said.");
  CHECK(find(w, "Ministry of Digital Development, Innovations and Aerospace Industry") != nullptr);
  // "and" between two bodies stays inside the name when no title follows.
  auto z = run("Officers of the Ministry of Justice and Constitutional Affairs attended.");
  CHECK(find(z, "Ministry of Justice and Constitutional Affairs") != nullptr);
}
