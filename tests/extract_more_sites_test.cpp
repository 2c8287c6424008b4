// Constructions found missing on the thirtieth session's pages (older blind sets read again,
// and heldout-blind84 to -blind87: donors' ministries, EU agencies, regional offices), each
// proved on invented sentences (the institutions are real, the people invented).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::has_relation;
using kg_test::run;

TEST_CASE("funds.it_is_funded: a programme named in a later clause is not what the money is for") {
  auto x = run(
      "UNODC runs the regional project \"Strengthening Forensic Laboratories in the Andes\". Ms "
      "Lucia Ferro presented the work plan of the project, which is funded by the Governments of "
      "Spain and Canada, and which will link the laboratories with the Global SMART Programme.");
  for (const char* donor : {"Spain", "Canada"}) {
    CAPTURE(donor);
    CHECK(has_relation(x, kg::EdgeKind::funds, donor,
                       "Strengthening Forensic Laboratories in the Andes"));
    CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, donor, "Global SMART Programme"));
  }
  // The money's own clause still names what it is for.
  auto y = run(
      "The European Union and UNODC today signed a EUR 4 million contribution agreement that will "
      "finance the work of the Global Maritime Crime Programme in the Gulf of Guinea.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "European Union", "Global Maritime Crime Programme"));
}

TEST_CASE(
    "owners: an apposition that calls a body part of another makes its people speak for both") {
  auto x = run(
      "The Group of States against Corruption (GRECO), the Council of Europe's anti-corruption "
      "monitoring body, met in Strasbourg. GRECO's President, Ms Vesna Horvat, opened the "
      "plenary. Also present was Mr Jonas Berg, Head of Mission of EUCAP Sahel Mali, the civilian "
      "mission of the European Union that advises the police.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Vesna Horvat", "Council of Europe"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Jonas Berg", "European Union"));
  // An umbrella keeps no agency; an expert group advises a body and is no part of it.
  auto y = run(
      "UNODC, the United Nations' drugs and crime agency, briefed the Forum. Ms Lena Dahl of UNODC "
      "spoke. The Civil Society Forum on Drugs, an expert group of the European Commission, was "
      "represented by its co-chair, Ms Ana Roe.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Lena Dahl", "UNODC"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Lena Dahl", "United Nations"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Ana Roe", "European Commission"));
}

TEST_CASE("represents.dash_separated_entry: 'Name - Title - Body' lines of a list") {
  auto x = run(
      "Speakers included:\n\nMs Ana Roe - Head of Cooperation - Delegation of the European Union "
      "to Peru\nMr Omar Haddad - Senior Inspector - Drug Control Agency of Tajikistan\nDr Lena "
      "Dahl | Precursor Control Officer | International Narcotics Control Board (INCB)");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ana Roe",
                     "Delegation of the European Union to Peru"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Omar Haddad",
                     "Drug Control Agency of Tajikistan"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Dahl",
                     "International Narcotics Control Board"));
  // A rank before the name, a unit in the title, a country in brackets after the body.
  auto y = run(
      "Presenters:\n\nColonel Reza Karimi - Deputy Head of International Affairs - Anti-Narcotics "
      "Police (Iran)\nMs Nadia Rahimi - Head of the Precursor Control Unit - Counter Narcotics "
      "Police of Afghanistan");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Reza Karimi", "Anti-Narcotics Police"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Nadia Rahimi", "Precursor Control Unit"));
  CHECK(has_relation(y, kg::EdgeKind::represents, "Nadia Rahimi",
                     "Counter Narcotics Police of Afghanistan"));
}

TEST_CASE("titles and gazetteer: 'Co-Leader'; UNVIE; a ministry's name with a comma in it") {
  auto x = run(
      "Ms Ana Roe, Co-Leader of the Youth Working Group of the Radicalisation Awareness Network, "
      "spoke. Mr Paul Gray, Counsellor at the U.S. Mission to International Organizations in "
      "Vienna, replied. The session was chaired by Mr Jon Weber of the German Federal Ministry of "
      "the Interior, Building and Community, and closed by Ms Roe.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ana Roe", "Radicalisation Awareness Network"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Paul Gray",
                     "U.S. Mission to International Organizations in Vienna"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Jon Weber",
                     "German Federal Ministry of the Interior"));
}

TEST_CASE("person.name_dash_title: a name with no honorific opening a 'Name - Title - Body' line") {
  auto x =
      run("The delegation consisted of:\nTove Lindahl - Senior Adviser - Swedish Police Authority\n"
          "Rustam Aliyev - Public Health Researcher - Institute of Public Health of Albania");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tove Lindahl", "Swedish Police Authority"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rustam Aliyev",
                     "Institute of Public Health of Albania"));
}

TEST_CASE("represents.whose_title: an occupation after 'whose'") {
  auto x = run(
      "The module was co-delivered with UNODC's Laboratory and Scientific Section, whose chemist "
      "Dr Mei Lin Tan presented the new testing kits.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Mei Lin Tan",
                     "Laboratory and Scientific Section"));
}

TEST_CASE("captions: 'Name - Title - Body' lines after a line ending in ':' are a list of people") {
  auto x =
      run("Experts met in Dushanbe on precursor control.\n\nThe following presentations were "
          "delivered:\n\nMr Omar Haddad - Senior Inspector - Drug Control Agency of Tajikistan\nMs "
          "Lena Dahl - Precursor Control Officer - International Narcotics Control Board\n\nThe "
          "experts agreed on recommendations.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Omar Haddad"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Lena Dahl"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "International Narcotics Control Board"));
  // The same line under a paragraph with no colon stays a photo caption.
  auto y = run(
      "Experts met in Dushanbe on precursor control.\n\nMs Lena Dahl - Precursor Control Officer "
      "- International Narcotics Control Board");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::attended, "Lena Dahl"));
}

TEST_CASE("attended.met_also_people_of: 'and officials of X' after the first person met") {
  auto x = run(
      "In The Hague, Ms Ana Roe met Mr Jan de Vries, Head of Europol's European Migrant Smuggling "
      "Centre, and National Members of Eurojust. In Warsaw she met Mr Piotr Nowak, Deputy "
      "Director of the Border Guard, and officials of Frontex.");
  CHECK(has_relation(x, kg::EdgeKind::attended, "Eurojust"));
  CHECK(has_relation(x, kg::EdgeKind::attended, "Frontex"));
}

TEST_CASE("attended.participants_including: participants counted, then bodies named") {
  auto x =
      run("With the participation of more than 100 delegates from 40 countries and organisations, "
          "including the European Commission and the Shanghai Cooperation Organisation (SCO), the "
          "meeting reviewed the strategy. The forum brought together some 200 experts, among them "
          "the EMCDDA and Europol.");
  for (const char* body :
       {"European Commission", "Shanghai Cooperation Organisation", "EMCDDA", "Europol"}) {
    CAPTURE(body);
    CHECK(has_relation(x, kg::EdgeKind::attended, body));
  }
}

TEST_CASE(
    "funds.contribution_confirmed: a donor confirms, renews or raises money for a programme") {
  auto x = run(
      "The Kingdom of Denmark confirmed a contribution of DKK 15 million to the Global Maritime "
      "Crime Programme (GMCP). Japan renewed its contribution to the Container Control Programme.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Denmark", "Global Maritime Crime Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "Japan", "Container Control Programme"));
}

TEST_CASE("funds.by_under_programme: money given under a programme named after it") {
  auto x = run(
      "The first trainings will be financed by the European Union under AIRCOP, a project of the "
      "Global Illicit Flows Programme that connects airports.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "AIRCOP"));
  CHECK_FALSE(
      has_relation(x, kg::EdgeKind::funds, "European Union", "Global Illicit Flows Programme"));
  // A programme named before is what the money is for; the one after 'under' is its parent.
  auto y = run(
      "The Harbour Watch Project is funded by Japan under the Global Maritime Crime Programme.");
  CHECK(has_relation(y, kg::EdgeKind::funds, "Japan", "Harbour Watch Project"));
  CHECK_FALSE(has_relation(y, kg::EdgeKind::funds, "Japan", "Global Maritime Crime Programme"));
}

TEST_CASE("programme.quoted_name: a quoted name explained as 'a ... campaign under X'") {
  auto x = run(
      "UNODC and the Ministry of Youth launched \"Clean Sport Now\", a national awareness campaign "
      "under the National Drug Strategy, thanks to a contribution of USD 200,000 from the "
      "Kingdom of Denmark.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Denmark", "Clean Sport Now"));
}

TEST_CASE("attended.side_included: the bodies a side of a meeting was made of") {
  auto x =
      run("The EU-Japan drugs dialogue took place in Tokyo. The EU side included the European "
          "External Action Service, the EMCDDA and Europol.");
  for (const char* body : {"European External Action Service", "EMCDDA", "Europol"}) {
    CAPTURE(body);
    CHECK(has_relation(x, kg::EdgeKind::attended, body));
  }
}
