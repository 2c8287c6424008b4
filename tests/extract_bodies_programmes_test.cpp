// Bodies and programmes named without the usual head word, or with words around them that
// are no part of the name; invented sentences (the institutions are real, the rest invented).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using kg_test::find;
using kg_test::has_relation;
using kg_test::run;
using kg_test::run_corpus;

namespace {

bool is_kind(const kg::ItemExtraction& x, const std::string& name, kg::NodeKind kind) {
  const kg::Mention* m = find(x, name);
  return m != nullptr && m->kind == kind;
}

}  // namespace

TEST_CASE("organisation.ngo_named: bodies introduced as NGOs, foundations, partners") {
  auto x =
      run("UNODC met the Belgian NGOs Vluchthuis and Zonnewijzer, which run shelters, and "
          "the Dutch foundation Stichting Lantaarn.");
  for (const char* name : {"Vluchthuis", "Zonnewijzer", "Stichting Lantaarn"}) {
    CAPTURE(name);
    CHECK(is_kind(x, name, kg::NodeKind::organisation));
  }
  auto bare = run("The campaign was launched by UNODC, NGO Lumenra and the city of Ghent.");
  CHECK(is_kind(bare, "Lumenra", kg::NodeKind::organisation));
  auto apposition =
      run("UNODC worked with Casa Aurelia, a Brussels-based NGO working with "
          "victims.");
  CHECK(is_kind(apposition, "Casa Aurelia", kg::NodeKind::organisation));
  auto person = run("The prize went to Lena Berg, a foundation director from Oslo.");
  CHECK_FALSE(is_kind(person, "Lena Berg", kg::NodeKind::organisation));
}

TEST_CASE("organisation.ngo_named: a body named once is known in the item's other sentences") {
  auto x = run_corpus({"UNODC met the NGO Vluchthuis in Antwerp. Ms Noor Haddou, Director of "
                       "Vluchthuis, presented its work."})
               .front();
  CHECK(has_relation(x, kg::EdgeKind::represents, "Noor Haddou", "Vluchthuis"));
}

TEST_CASE("organisation.body_on_field: a working party named by its field, with its owner") {
  auto x = run_corpus({"Mr Tom Fisk of UNODC briefed the Working Party on Harbour Crime (WPHC) "
                       "of the Council of the European Union. The meeting was chaired by Ms Eva "
                       "Lund, Chair of the WPHC."})
               .front();
  CHECK(is_kind(x, "Working Party on Harbour Crime", kg::NodeKind::organisation));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eva Lund", "Working Party on Harbour Crime"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eva Lund", "Council of the European Union"));
  auto alone = run("The Committee met in Brussels.");
  for (const auto& m : alone.mentions) CHECK(m.surface != "Committee");
}

TEST_CASE("organisation.office_for: 'the UNODC Programme Office in Tashkent' is one office") {
  auto x = run("Ms Eva Lund of the UNODC Programme Office in Tashkent opened the event.");
  CHECK(is_kind(x, "UNODC Programme Office in Tashkent", kg::NodeKind::organisation));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eva Lund", "UNODC"));
}

TEST_CASE("organisation.embassy_in: the city of an embassy is part of its name") {
  auto x = run("Ms Eva Lund, Counsellor at the Royal Danish Embassy in Abuja, spoke.");
  CHECK(is_kind(x, "Royal Danish Embassy in Abuja", kg::NodeKind::organisation));
  CHECK(find(x, "Abuja") == nullptr);
}

TEST_CASE("programme: sub-programmes, names in capitals, a field after the programme word") {
  auto sub = run("UNODC and IOM, the agencies for GLO.ACT Asia and the Middle East, met.");
  CHECK(is_kind(sub, "GLO.ACT Asia and the Middle East", kg::NodeKind::programme));
  CHECK(find(sub, "Middle East") == nullptr);
  // The gazetteer knows the sub-programme: its parent's name inside it is no mention.
  CHECK(find(sub, "GLO.ACT") == nullptr);
  auto other =
      run("UNODC and INTERPOL, the agencies for AIRCOP Latin America and the Caribbean, met.");
  CHECK(is_kind(other, "AIRCOP Latin America and the Caribbean", kg::NodeKind::programme));
  CHECK(is_kind(other, "AIRCOP", kg::NodeKind::programme));
  auto capitals = run("It is part of the SAFE HARBOURS initiative in Ghana.");
  CHECK(is_kind(capitals, "SAFE HARBOURS", kg::NodeKind::programme));
  auto field = run("Ms Eva Lund presented the Global Programme on Crime Prevention to them.");
  CHECK(is_kind(field, "Global Programme on Crime Prevention", kg::NodeKind::programme));
  auto generic = run("The Global Programme was presented.");
  CHECK(find(generic, "Global Programme") == nullptr);
}

TEST_CASE("opening_prepositions: 'Under the X Programme' opening a sentence names X") {
  auto x = run("Under the Safe Quays Programme, UNODC trained 40 officers.");
  const kg::Mention* programme = find(x, "Safe Quays Programme");
  REQUIRE(programme != nullptr);
  CHECK(programme->surface == "Safe Quays Programme");
  CHECK(find(x, "Under the Safe Quays Programme") == nullptr);
}

TEST_CASE("organisation.ministry: a field listed with commas is one ministry") {
  auto x =
      run("Ms Eva Lund of the Dutch Ministry of Health, Welfare and Sport, and Mr Tom Fisk met.");
  CHECK(is_kind(x, "Dutch Ministry of Health, Welfare and Sport", kg::NodeKind::organisation));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eva Lund",
                     "Dutch Ministry of Health, Welfare and Sport"));
  auto people = run("The Ministry of Justice, Ms Eva Lund and Mr Tom Fisk met.");
  CHECK(find(people, "Ministry of Justice") != nullptr);
}

TEST_CASE("programme.named_after_body: 'the River Guard Programme' is no 'River Guard'") {
  auto x = run("The steering committee of the Lake Guard Programme met in Abuja.");
  CHECK(is_kind(x, "Lake Guard Programme", kg::NodeKind::programme));
  CHECK(find(x, "Lake Guard") == nullptr);
  auto body = run("Officers of the Lake Guard and UNODC met.");
  CHECK(is_kind(body, "Lake Guard", kg::NodeKind::organisation));
}

TEST_CASE("join_shortened_bodies: a body named in full and shortened in one item") {
  auto x = run_corpus({"Ms Eva Lund, Head of Cooperation at the EU Delegation to Nigeria, met "
                       "Mr Tom Fisk, Programme Officer at the EU Delegation."})
               .front();
  const kg::Mention* shortened = nullptr;
  for (const auto& m : x.mentions)
    if (!m.removed && m.surface == "EU Delegation") shortened = &m;
  REQUIRE(shortened != nullptr);
  CHECK(shortened->name == "EU Delegation to Nigeria");
  auto two = run_corpus({"The EU Delegation to Nigeria and the EU Delegation to Ghana met the "
                         "EU Delegation."})
                 .front();
  for (const auto& m : two.mentions)
    if (!m.removed && m.surface == "EU Delegation") CHECK(m.name != "EU Delegation to Ghana");
}

TEST_CASE("programme: two capitalised words of a field before the programme word") {
  auto x =
      run("Ms Eva Lund welcomed the results of the Harbour Safety Initiative, funded by Japan.");
  CHECK(is_kind(x, "Harbour Safety Initiative", kg::NodeKind::programme));
  auto common = run("She welcomed the results of the Port Security Initiative in Kenya.");
  CHECK(is_kind(common, "Port Security Initiative", kg::NodeKind::programme));
  auto one = run("She presented the Security Initiative to them.");
  CHECK(find(one, "Security Initiative") == nullptr);
  auto heading = run("UNODC met.", "Exchanges on Counter Terrorism Projects");
  for (const auto& m : heading.mentions) CHECK(m.kind != kg::NodeKind::programme);
}

TEST_CASE("programme.acronym_place_before_word: 'the EU4Justice Moldova project'") {
  auto x = run("Prosecutors came under the EU4Rights Moldova project.");
  CHECK(is_kind(x, "EU4Rights Moldova", kg::NodeKind::programme));
  CHECK(find(x, "Moldova") == nullptr);
}

TEST_CASE("organisation.ministry: a ministry 'of' its country is one name") {
  auto x = run("The event was hosted by the Ministry of Education of Guatemala.");
  CHECK(is_kind(x, "Ministry of Education of Guatemala", kg::NodeKind::organisation));
  CHECK(find(x, "Guatemala") == nullptr);
}

TEST_CASE("place.site: a head word inside a hyphenated name is no site") {
  auto x = run("Ms Eun-ji Park-Dalton of UNODC spoke in Sarova National Park.");
  CHECK(is_kind(x, "Eun-ji Park-Dalton", kg::NodeKind::person));
  CHECK(is_kind(x, "Sarova National Park", kg::NodeKind::place));
}

TEST_CASE("organisation.umbrella_prefix: 'UN' opening a body's name is part of it") {
  auto x = run("On 9 June, the UN Vienna Task Force on Sport took part in the event.");
  CHECK(is_kind(x, "UN Vienna Task Force on Sport", kg::NodeKind::organisation));
  CHECK(find(x, "United Nations") == nullptr);
  auto owned = run("Ms Eva Lund of the UNODC Global Research Network spoke.");
  CHECK(find(owned, "UNODC") != nullptr);
}

TEST_CASE("organisation.delegation_to: a delegation to a place whose words are common ones") {
  auto x =
      run("The EU Delegation to South Africa hosted the meeting with the EU Delegation to West "
          "Africa's partners. Speaking for the EU Delegation to South Africa, Mr Jan Novak thanked "
          "UNODC.");
  CHECK(find(x, "EU Delegation to South Africa") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Jan Novak", "EU Delegation to South Africa"));
}

TEST_CASE("gazetteer: a ministry under the name it had for some years, comma and all") {
  auto x = run(
      "Ms Eva Gruber of the Austrian Federal Ministry for Europe, Integration and Foreign Affairs "
      "opened the meeting.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Eva Gruber",
                     "Austrian Federal Ministry for European and International Affairs"));
  CHECK(find(x, "Austrian Federal Ministry for Europe") == nullptr);
}

TEST_CASE("gazetteer: Viet Nam's customs, police ministry and procuracy, with the place inside") {
  auto x =
      run("Officers of the General Department of Viet Nam Customs and prosecutors of the Supreme "
          "People's Procuracy of Viet Nam met UNODC. Mr Tran Van Minh of the Ministry of Public "
          "Security of Viet Nam spoke.");
  CHECK(find(x, "General Department of Vietnam Customs") != nullptr);
  CHECK(find(x, "Supreme People's Procuracy of Vietnam") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Tran Van Minh",
                     "Ministry of Public Security of Vietnam"));
}

TEST_CASE("organisation: two bodies joined by 'and' with no article keep apart") {
  auto x =
      run("Officials of the Ministry of Justice and Ministry of Interior of Chad met the team. "
          "The Ministry of Labour and Social Affairs and Department of Prisons of Ethiopia took "
          "part.");
  CHECK(find(x, "Ministry of Justice") != nullptr);
  CHECK(find(x, "Ministry of Interior of Chad") != nullptr);
  CHECK(find(x, "Ministry of Labour and Social Affairs") != nullptr);
  CHECK(find(x, "Department of Prisons of Ethiopia") != nullptr);
  // One field joined by "and" stays one body.
  auto one = run("The Ministry of Foreign Affairs and Cooperation of Mali sent a delegate.");
  CHECK(find(one, "Ministry of Foreign Affairs and Cooperation of Mali") != nullptr);
}

TEST_CASE("organisation: an owner's department whose field is a list closed by 'and'") {
  auto x =
      run("Ms Aline Boro, Director of the AUC's Department of Health, Humanitarian Affairs and "
          "Social Development, opened the meeting. The AUC's Department of Political Affairs, "
          "UNODC and WHO co-organised it.");
  CHECK(find(x, "Department of Health, Humanitarian Affairs and Social Development") != nullptr);
  CHECK(find(x, "Department of Political Affairs") != nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Aline Boro",
                     "Department of Health, Humanitarian Affairs and Social Development"));
}

TEST_CASE("organisation: another body's acronym before a unit's name is part of it") {
  auto x = run(
      "Mr Sam Nkosi, head of the ICRC Regional Delegation for Mexico and Central America, spoke. "
      "Dr Ruta Obi, head of the WHO Country Office in Ukraine, joined her.");
  const kg::Mention* delegation =
      find(x, "ICRC Regional Delegation for Mexico and Central America");
  REQUIRE(delegation != nullptr);
  REQUIRE(delegation->owner != kg::kNone);
  CHECK(x.mentions[delegation->owner].canonical == "International Committee of the Red Cross");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Sam Nkosi",
                     "ICRC Regional Delegation for Mexico and Central America"));
  // The gazetteer's "Country Office in Ukraine" is UNODC's: after "WHO" it is not.
  CHECK(find(x, "UNODC Country Office in Ukraine") == nullptr);
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ruta Obi", "WHO Country Office in Ukraine"));
  // A body two bodies share, and the EU's family name, own nothing.
  auto shared = run("The EU-UNODC Project Steering Committee met in Brussels.");
  CHECK(find(shared, "UNODC Project Steering Committee") == nullptr);
}

TEST_CASE("organisation: a unit named with and without its owner's acronym is one body") {
  auto items = run_corpus(
      {"Ms Lena Holm of the Expert Committee on Drug Dependence spoke in Geneva.",
       "Mr Ivo Rask, Secretary of the WHO Expert Committee on Drug Dependence, met UNODC."});
  auto canonical_in = [&](std::size_t k, const std::string& surface) {
    for (const kg::Mention& m : items[k].mentions)
      if (!m.removed && m.surface.find(surface) != std::string::npos) return m.canonical;
    return std::string();
  };
  CHECK(canonical_in(0, "Expert Committee on Drug Dependence") ==
        canonical_in(1, "WHO Expert Committee on Drug Dependence"));
  CHECK_FALSE(canonical_in(0, "Expert Committee on Drug Dependence").empty());
}

TEST_CASE("organisation: bodies named in French or Spanish, in lower case with an acronym") {
  auto x = run(
      "Mr Paul Roche of the Association française des Victimes du Terrorisme (AfVT) spoke. Ms "
      "Clara Dufour of the OIF's Direction des affaires politiques et de la gouvernance "
      "démocratique (DAPG) and Mr Ramon Iturbe of the Guardia Civil's Intervención Central de "
      "Armas y Explosivos (ICAE) joined Ms Lena Villa of the Fiscalía Especializada en materia de "
      "Delincuencia Organizada (FEMDO).");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Paul Roche",
                     "Association française des Victimes du Terrorisme"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Clara Dufour",
                     "Direction des affaires politiques et de la gouvernance démocratique"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ramon Iturbe",
                     "Intervención Central de Armas y Explosivos"));
  CHECK(has_relation(x, kg::EdgeKind::represents, "Lena Villa",
                     "Fiscalía Especializada en materia de Delincuencia Organizada"));
  // Lower-case words run into a name only where its acronym's initials close it.
  auto no_acronym = run("Ms Clara Dufour of the Direction des affaires politiques spoke.");
  CHECK(find(no_acronym, "Direction des affaires politiques") == nullptr);
}

TEST_CASE("organisation: a body's name in its own language in brackets is that body") {
  auto items = run_corpus(
      {"Panama's National Customs Authority (Autoridad Nacional de Aduanas, ANA) and UNODC "
       "signed an agreement.",
       "Mr Lino Sosa of the Autoridad Nacional de Aduanas met ANA officers in Colón."});
  auto canonical_of = [&](std::size_t k, const std::string& surface) {
    for (const kg::Mention& m : items[k].mentions)
      if (!m.removed && m.surface.find(surface) != std::string::npos)
        return m.canonical.empty() ? m.name : m.canonical;
    return std::string();
  };
  CHECK(canonical_of(0, "National Customs Authority") == "National Customs Authority");
  CHECK(canonical_of(1, "Autoridad Nacional de Aduanas") == "National Customs Authority");
  CHECK(canonical_of(1, "ANA") == "National Customs Authority");
}

TEST_CASE("programme: a programme named right after the programme it belongs to") {
  auto x =
      run("The workshop was organised under the Spotlight Initiative Country Programme for "
          "Nigeria, to which the European Union has contributed EUR 35 million.");
  CHECK(has_relation(x, kg::EdgeKind::funds, "European Union",
                     "Spotlight Initiative Country Programme for Nigeria"));
  CHECK(find(x, "Country Programme for Nigeria") == nullptr);
}

TEST_CASE("organisation: groups and platforms are bodies; a month before one is no part of it") {
  auto x =
      run("Ms Ada Kuhn of the Varnholt Group briefed the Baltic Prosecutors Platform and the "
          "Fisheries Intelligence Group in Riga.");
  for (const char* name :
       {"Varnholt Group", "Baltic Prosecutors Platform", "Fisheries Intelligence Group"}) {
    CAPTURE(name);
    CHECK(is_kind(x, name, kg::NodeKind::organisation));
  }
  CHECK(has_relation(x, kg::EdgeKind::represents, "Ada Kuhn", "Varnholt Group"));
  auto dated = run("Partners met in Vienna on 16 February for the Harbour Consultative Group.");
  CHECK(is_kind(dated, "Harbour Consultative Group", kg::NodeKind::organisation));
  CHECK(find(dated, "February for the Harbour Consultative Group") == nullptr);
}

TEST_CASE(
    "organisation: 'Ministry in charge of', French 'Instance' and 'Pôle', a programme's unit") {
  auto x = run(
      "The conference was opened by Ms Lina Haddad, Secretary-General of the Ministry in charge "
      "of Citizens Residing Abroad and Migration Affairs, and by Ms Rim Saidi, President of the "
      "Instance Nationale de Contrôle des Prisons (INCP). Mr Omar Taleb of the Pôle Financier de "
      "Sousse spoke.");
  for (const char* name :
       {"Ministry in charge of Citizens Residing Abroad and Migration Affairs",
        "Instance Nationale de Contrôle des Prisons", "Pôle Financier de Sousse"}) {
    CAPTURE(name);
    CHECK(is_kind(x, name, kg::NodeKind::organisation));
  }
  CHECK(has_relation(x, kg::EdgeKind::represents, "Rim Saidi",
                     "Instance Nationale de Contrôle des Prisons"));
  // The programme the unit serves is part of the unit's name, not a mention of its own there.
  auto unit = run("Mr Ivo Brandt, Head of the Paris Pact Coordination Unit at UNODC, spoke.");
  CHECK(is_kind(unit, "Paris Pact Coordination Unit", kg::NodeKind::organisation));
  CHECK(has_relation(unit, kg::EdgeKind::represents, "Ivo Brandt", "Paris Pact Coordination Unit"));
  CHECK(find(unit, "Paris Pact") == nullptr);
}

TEST_CASE("represents.seconded_by: the body that seconds a person is theirs") {
  auto x =
      run("The course was delivered by Ms Tove Lind, UNODC Programme Officer, and Mr Pal Egan, a "
          "senior profiler seconded by Norwegian Customs.");
  CHECK(has_relation(x, kg::EdgeKind::represents, "Pal Egan", "Norwegian Customs"));
  CHECK_FALSE(has_relation(x, kg::EdgeKind::represents, "Tove Lind", "Norwegian Customs"));
}

TEST_CASE("organisation.head_noun: 'State' makes a body's name of common words specific") {
  auto x = run("Officers of the State Committee for National Security and the State Police met.");
  CHECK(is_kind(x, "State Committee for National Security", kg::NodeKind::organisation));
  CHECK(is_kind(x, "State Police", kg::NodeKind::organisation));
}

TEST_CASE("programme.operation: 'Project Scale' names a project; 'Project Officers' its staff") {
  auto x =
      run("Ms Ana Ruiz presented Project Tidewater, which has been funded by Norad since 2013. The "
          "Project Manager, Mr Ivo Sand, the Project Officers and the Project Team met.");
  const kg::Mention* project = find(x, "Project Tidewater");
  REQUIRE(project != nullptr);
  CHECK(project->kind == kg::NodeKind::programme);
  CHECK(has_relation(x, kg::EdgeKind::funds, "Norwegian Agency for Development Cooperation",
                     "Project Tidewater"));
  CHECK(find(x, "Project Manager") == nullptr);
  CHECK(find(x, "Project Officers") == nullptr);
  CHECK(find(x, "Project Team") == nullptr);
}
