// `kg eval`: the scores of small gold/pred pairs worked out by hand (tests/data/eval/), and
// kgscore.py's normalisation and printing.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "kg/error.hpp"
#include "kg/eval.hpp"
#include "test_files.hpp"

using kg_test::slurp;

namespace {

const std::string kEvalData = std::string(KG_TEST_DATA) + "/eval/";

kg::KnowledgeGraph load(const std::string& name) {
  return kg::read_graph_json(slurp(kEvalData + name), kEvalData + name);
}

struct Expected {
  const char* table;
  long tp, fp, fn;
};

void check_tables(const kg::EvalReport& report, const std::vector<Expected>& expected) {
  REQUIRE(report.tables.size() == expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    const kg::ScoreTable& t = report.tables[k];
    CAPTURE(t.name);
    CHECK(t.name == expected[k].table);
    CHECK(t.tp == expected[k].tp);
    CHECK(t.fp == expected[k].fp);
    CHECK(t.fn == expected[k].fn);
  }
}

using Listing = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("eval: a small graph with every kind of error, scored by hand") {
  kg::GoldStandard gold = kg::read_gold_file(kEvalData + "tiny-gold.json");
  kg::KnowledgeGraph graph = load("tiny-pred.json");
  kg::EvalReport report = kg::evaluate(gold, graph, kg::NodeOrder::by_index);

  // Items 1 and 2 match (2 after curly quotes are straightened); 3 aligns by words and date
  // but its title differs; 4 aligns with nothing.
  CHECK(report.items_gold == 3);
  CHECK(report.items_pred == 4);
  CHECK(report.items_aligned == 3);
  // `United Nations Office on Drugs and Crime` is UNODC again, `European Union` the EU again.
  CHECK(report.duplicate_nodes == 2);
  check_tables(report, {{"items", 2, 2, 1},
                        {"mentions", 9, 1, 2},
                        {"mentions.person", 2, 0, 0},
                        {"mentions.organisation", 5, 0, 1},
                        {"mentions.programme", 1, 0, 0},
                        {"mentions.place", 1, 1, 1},
                        {"entities", 7, 3, 1},
                        {"attended", 5, 1, 2},
                        {"represents", 2, 1, 0},
                        {"funds", 1, 0, 0},
                        {"engagements", 1, 0, 1}});

  const kg::ScoreTable& items = *report.table("items");
  CHECK(items.precision() == doctest::Approx(0.5));
  CHECK(items.recall() == doctest::Approx(2.0 / 3));
  CHECK(items.f1() == doctest::Approx(4.0 / 7));

  // Answers as kgscore.py prints them: Python's str() of the value, sorted by it.
  CHECK(report.table("mentions")->misses ==
        Listing{{"3", "('organisation', \"Women's Network\")"}, {"3", "('place', 'Brussels')"}});
  CHECK(report.table("mentions")->spurious == Listing{{"3", "('place', '?place:Nairobi')"}});
  CHECK(report.table("entities")->misses == Listing{{"entity", "Women's Network"}});
  CHECK(report.table("entities")->spurious == Listing{{"entity", "?place:Nairobi"},
                                                      {"duplicate", "UNODC"},
                                                      {"duplicate", "European Union"}});
  CHECK(report.table("attended")->misses ==
        Listing{{"attended", "('DG HOME', 1)"}, {"attended", "('UNODC', 2)"}});
  CHECK(report.table("represents")->spurious ==
        Listing{{"represents", "('Silke Albert', 'DG HOME')"}});
  CHECK(report.table("engagements")->misses ==
        Listing{{"engagement", "('Silke Albert', 'DG HOME')"}});

  // The whole printout, as kgscore.py printed it for this pair.
  std::ostringstream text;
  kg::write_eval_text(report, text, 10);
  CHECK(text.str() == slurp(kEvalData + "tiny-expected.txt"));

  // In id order (a graph built here) the duplicates come in the order of their first ids.
  kg::EvalReport by_id = kg::evaluate(gold, graph, kg::NodeOrder::by_id);
  CHECK(by_id.table("entities")->spurious == Listing{{"entity", "?place:Nairobi"},
                                                     {"duplicate", "European Union"},
                                                     {"duplicate", "UNODC"}});
}

TEST_CASE("eval: the text and JSON layouts") {
  kg::GoldStandard gold = kg::read_gold_file(kEvalData + "tiny-gold.json");
  kg::EvalReport report = kg::evaluate(gold, load("tiny-pred.json"), kg::NodeOrder::by_index);

  std::ostringstream text;
  kg::write_eval_text(report, text);
  std::string out = text.str();
  CHECK(
      out.starts_with("items: gold 3, predicted 4, aligned 3; duplicate entity nodes: 2\n"
                      "table                         P      R     F1     tp     fp     fn\n"
                      "items                     0.500  0.667  0.571      2      2      1\n"));
  CHECK(out.find("    miss") == std::string::npos);
  CHECK(
      out.ends_with("F1 items=0.571 mentions=0.857 entities=0.778 attended=0.769 "
                    "represents=0.800 funds=1.000 engagements=0.667\n"));

  // --errors -1: all but the last, as Python's list[:-1].
  std::ostringstream all_but_last;
  kg::write_eval_text(report, all_but_last, -1);
  CHECK(all_but_last.str().find("    miss     3 ('organisation', \"Women's Network\")\n"
                                "mentions.person") != std::string::npos);

  std::ostringstream json;
  kg::write_eval_json(report, json);
  CHECK(
      json.str().starts_with("{\n  \"items_gold\": 3,\n  \"items_pred\": 4,\n"
                             "  \"items_aligned\": 3,\n  \"duplicate_nodes\": 2,\n"
                             "  \"tables\": {\n    \"items\": {\n      \"tp\": 2,\n"
                             "      \"fp\": 2,\n      \"fn\": 1,\n      \"precision\": 0.5,\n"
                             "      \"recall\": 0.6667,\n      \"f1\": 0.5714\n    },\n"));
  CHECK(json.str().find("\"mentions.person\": {\n      \"tp\": 2,\n      \"fp\": 0,\n"
                        "      \"fn\": 0,\n      \"precision\": 1.0,\n      \"recall\": 1.0,\n"
                        "      \"f1\": 1.0\n    }") != std::string::npos);
  CHECK(json.str().ends_with("\"f1\": 0.6667\n    }\n  }\n}\n"));
}

TEST_CASE("eval: events only, items aligned by date and shared words") {
  kg::GoldStandard gold = kg::read_gold_file(kEvalData + "tiny-gold.json");
  kg::EvalReport report = kg::evaluate(gold, load("events-pred.json"), kg::NodeOrder::by_index);
  CHECK(report.items_pred == 4);
  CHECK(report.items_aligned == 3);  // 3 shares 4 of 6 words and the date: 2/3 + 1/2
  CHECK(report.duplicate_nodes == 0);
  // No entity predicted: every gold answer missed, and P = R = 0 where gold has answers.
  check_tables(report, {{"items", 2, 2, 1},
                        {"mentions", 0, 0, 11},
                        {"mentions.person", 0, 0, 2},
                        {"mentions.organisation", 0, 0, 6},
                        {"mentions.programme", 0, 0, 1},
                        {"mentions.place", 0, 0, 2},
                        {"entities", 0, 0, 8},
                        {"attended", 0, 0, 7},
                        {"represents", 0, 0, 2},
                        {"funds", 0, 0, 1},
                        {"engagements", 0, 0, 2}});
  CHECK(report.table("funds")->precision() == 0.0);
  CHECK(report.table("funds")->f1() == 0.0);
  // A missing end date is the start date.
  CHECK(report.table("items")->spurious ==
        Listing{{"item", "('2017-01-01', '2017-01-01', 'unrelated')"},
                {"item", "('2018-06-11', '2018-06-11', 'container control programme exchanges')"}});
}

TEST_CASE("eval: a table with nothing in gold and nothing predicted is right") {
  const char* gold_json = R"({"entities": [{"name": "UNODC", "kind": "organisation"}],
    "items": [{"n": 1, "date": "2018-01-02", "end_date": "2018-01-02", "title": "One",
               "mentions": ["UNODC"]}]})";
  kg::GoldStandard gold = kg::read_gold_json(gold_json, "gold.json");
  kg::KnowledgeGraph graph;
  graph.items.push_back({1, "2018-01-02", "2018-01-02", "One"});
  kg::NodeData unodc;
  unodc.id = "organisation:unodc";
  unodc.kind = kg::NodeKind::organisation;
  unodc.name = "United Nations Office on Drugs and Crime";
  unodc.aliases = {"UNODC"};
  unodc.items = {1};
  graph.add_node(unodc);

  kg::EvalReport report = kg::evaluate(gold, graph);
  REQUIRE(report.tables.size() == 10);  // no engagement bodies: no engagements table
  CHECK(report.table("engagements") == nullptr);
  for (const char* name : {"items", "mentions", "mentions.organisation", "entities", "funds",
                           "mentions.person", "attended"}) {
    CAPTURE(std::string(name));
    CHECK(report.table(name)->precision() == 1.0);
    CHECK(report.table(name)->recall() == 1.0);
    CHECK(report.table(name)->f1() == 1.0);
  }
}

TEST_CASE("score_normalise: kgscore.py's norm()") {
  struct Case {
    const char* text;
    const char* normalised;
  };
  const Case cases[] = {
      {"Ms. Silke Albert's", "silke albert"},
      {"  The   European\xC2\xA0"
       "Commission  ",
       "european commission"},
      {"H.E. Mr. Yuri Petrakov", "yuri petrakov"},
      {"\xE2\x80\x9CUNODC\xE2\x80\x9D", "unodc"},
      {"UNODC\xE2\x80\x99s", "unodc"},
      {"Mr", "mr"},  // a lone honorific stays
      {"the EU\xE2\x80\x99s", "eu"},
      {"he said", "said"},  // `he` is among kgscore.py's honorifics
      {"(Brussels).", "brussels"},
      {"['Dakar',]", "dakar"},
      {"Smuggling \xE2\x80\x93 Migrants \xE2\x80\x94 Routes", "smuggling - migrants - routes"},
      {"\xC3\x89"
       "COLE",
       "\xC3\xA9"
       "cole"},  // Latin-1 capitals
      {"\xC5\xBB"
       "UKOWSKI \xC5\x9Amig\xC5\x82"
       "a",
       "\xC5\xBC"
       "ukowski \xC5\x9Bmig\xC5\x82"
       "a"},  // Latin Extended-A: Żukowski Śmigła
      {"\xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91", "\xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1"},
      {"\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90",
       "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"},  // МОСКВА
      // No NFKC (README, Non-goals): a ligature and a combining accent stay as written.
      {"\xEF\xAC\x81nance", "\xEF\xAC\x81nance"},
      {"E\xCC\x81"
       "cole",
       "e\xCC\x81"
       "cole"},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    CHECK(kg::score_normalise(c.text) == c.normalised);
  }
  CHECK(kg::score_normalise_title(
            "Cin\xC3\xA9-ONU screening of \xE2\x80\x98The Last Animals\xE2\x80\x99") ==
        "cin onu screening of the last animals");
  CHECK(kg::score_normalise_title("UNODC presented\xC2\xA0the first UN publication on: "
                                  "\xE2\x80\x9C"
                                  "Children") ==
        "unodc presented the first un publication on children");
}

TEST_CASE("read_gold_json: problems name the file and what is wrong") {
  struct Case {
    const char* json;
    const char* problem;
    int line;
  };
  const Case cases[] = {
      {"{\n  \"entities\": [,]\n}", "invalid gold JSON", 2},
      {"[]", "a gold file is a JSON object", 0},
      {"{\"items\": []}", "the gold file lacks \"entities\"", 0},
      {"{\"entities\": [], \"items\": [{\"n\": 1}]}", "item 1 lacks \"date\"", 0},
      {"{\"entities\": [{\"name\": \"A\"}], \"items\": []}", "entity 1 lacks \"kind\"", 0},
      {"{\"entities\": [], \"items\": [{\"n\": 7, \"date\": \"d\", \"end_date\": \"d\", "
       "\"title\": \"t\", \"mentions\": [\"Nobody\"]}]}",
       "item 7 mentions \"Nobody\", which is not among the entities", 0},
      {"{\"entities\": [], \"items\": [{\"n\": 1, \"date\": \"d\", \"end_date\": \"d\", "
       "\"title\": \"t\", \"represents\": [[\"A\"]]}]}",
       "is not a pair of names", 0},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.json));
    try {
      kg::read_gold_json(c.json, "gold.json");
      FAIL("no error");
    } catch (const kg::Error& e) {
      CHECK(e.file() == "gold.json");
      CHECK(e.line() == c.line);
      CHECK(e.problem().find(c.problem) != std::string::npos);
    }
  }
  CHECK_THROWS_AS(kg::read_gold_file(kEvalData + "no-such-gold.json"), kg::Error);
}
