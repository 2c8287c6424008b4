// Constructions found missing on held-out pages in the thirty-fourth session: a programme called
// "the programme" long after it was named, programme names that hold a list of topics, and
// funders described by an apposition. Each is proved on invented sentences (the institutions are
// real, the people and projects invented).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;
using kg_test::run_corpus;

TEST_CASE("funds: 'the programme' several sentences after the programme was named") {
  auto x =
      run("Forty prison officers from three regions met in Dodoma for the first module of \"Safe "
          "Walls\", a mentoring programme for women in the prison service. The module lasted four "
          "days. Each participant will be paired with a mentor from another region. Mentors and "
          "participants will meet again in March. Ms Rehema Juma of the Tanzania Prisons Service "
          "opened the module. The programme is financed by Norway, whose grant also covers a "
          "regional meeting.");
  REQUIRE(find(x, "Safe Walls") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norway", "Safe Walls"));
  // With no programme named anywhere before, "the programme" still finds nothing.
  auto y = run(
      "Forty prison officers met in Dodoma. The module lasted four days. Mentors will meet again "
      "in March. Ms Rehema Juma opened the module. The programme is financed by Norway.");
  for (const auto& relation : y.relations) CHECK(relation.kind != kg::EdgeKind::funds);
}

TEST_CASE("programme.named: a name that holds a list of topics") {
  auto x =
      run("The commission validated the new National Integrated Programme on Drugs, Crime and "
          "Terrorism at a workshop in Praia.");
  CHECK(find(x, "National Integrated Programme on Drugs, Crime and Terrorism") != nullptr);
  auto y =
      run("The Regional Programme on Drug Control, Crime Prevention and Criminal Justice Reform in "
          "the South Caucasus was launched in Tbilisi.");
  CHECK(find(y,
             "Regional Programme on Drug Control, Crime Prevention and Criminal Justice Reform in "
             "the South Caucasus") != nullptr);
  // "for" and a period after the name: the programme of those years, written so in its surface.
  auto w = run("The National Programme on Drugs and Crime for 2015-2018 was validated in Praia.");
  REQUIRE(find(w, "National Programme on Drugs and Crime") != nullptr);
  CHECK(find(w, "National Programme on Drugs and Crime")->surface ==
        "National Programme on Drugs and Crime for 2015-2018");
  // A list of bodies after a programme is no part of its name.
  auto z = run("The Global Programme on Cybercrime, UNODC and INTERPOL met in Vienna.");
  CHECK(find(z, "Global Programme on Cybercrime") != nullptr);
  CHECK(find(z, "INTERPOL") != nullptr);
}

TEST_CASE("funds: a funder's apposition names whose partner it is, and that one pays nothing") {
  auto x =
      run("The Drug Control Programme will be co-financed by Luxembourg, Cabo Verde's largest "
          "bilateral partner, and the European Union.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "Luxembourg", "Drug Control Programme"));
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union", "Drug Control Programme"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::funds, "Cabo Verde", "Drug Control Programme"));
}

TEST_CASE("acronym.known_as: the second name a text gives a programme is the same programme") {
  auto x = run_corpus(
      {"The review of the Regional Programme on Prison Health, Treatment and Care in Eastern "
       "Africa, better known as the Prisons Health Programme, ended today in Nairobi.",
       "The Prisons Health Programme is funded by Sweden."});
  REQUIRE(x.size() == 2);
  CHECK(has_relation(x[1], kg::EdgeKind::funds, "Sweden",
                     "Regional Programme on Prison Health, Treatment and Care in Eastern Africa"));
  // "known as" after a person says nothing about a body.
  auto y = run("Ms Amina Yusuf, known as a reformer, heads the Kenya Prisons Service.");
  CHECK(find(y, "Amina Yusuf") != nullptr);
  CHECK(find(y, "Kenya Prisons Service") != nullptr);
}

TEST_CASE("represents.group_of_body_then_list: a colon, and a programme written with its owner") {
  auto x =
      run("The course was taught by three mentors of UNODC's Global Maritime Crime Programme: Mr. "
          "Ravi Menon, Ms. Lucia Ferraz and Mr. Jonas Aalto.");
  for (const char* person : {"Ravi Menon", "Lucia Ferraz", "Jonas Aalto"})
    CHECK(has_relation(x, kg::EdgeKind::represents, person, "UNODC"));
  auto y =
      run("The course was taught by two analysts of the Financial Intelligence Centre: Mr. Kojo "
          "Asare and Ms. Efua Boateng.");
  CHECK(has_relation(y, kg::EdgeKind::represents, "Kojo Asare", "Financial Intelligence Centre"));
}

TEST_CASE("not_attending.in_a_statement: an honorific written with a full stop") {
  auto x =
      run("The campaign was launched in Accra. In a press release issued in Vienna, Dr. Elena "
          "Marinou, Chief of UNODC's Drug Prevention and Health Branch, said that few receive "
          "treatment.");
  REQUIRE(find(x, "Elena Marinou") != nullptr);
  CHECK_FALSE(has_relation(x, kg::EdgeKind::attended, "Elena Marinou"));
}

TEST_CASE("represents.works_for: a main clause saying whom people work for") {
  auto x =
      run("The trainers, Mr Lukas Brandt and Ms Mei Sato, both work for UNODC's Global Maritime "
          "Crime Programme. Ms Rita Moss works for the EEAS.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lukas Brandt", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Mei Sato", "UNODC"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rita Moss", "European External Action Service"));
  // A partner one works with is no employer.
  auto y = run("Ms Rita Moss works with the EEAS on maritime security.");
  CHECK_FALSE(has_relation(y, kg::EdgeKind::represents, "Rita Moss"));
}

TEST_CASE("organisation: 'the National Police', a country's one force of that kind") {
  auto x = run(
      "They also met the Director General of the National Police, Mr Moussa Abdou, and the High "
      "Commander of the National Gendarmerie, General Issa Garba.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Moussa Abdou", "National Police"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Issa Garba", "National Gendarmerie"));
  // Other national bodies need more than a common word to be named.
  auto y = run("The National Commission met in Niamey.");
  CHECK(find(y, "National Commission") == nullptr);
}
