// The corpus stage: dates, headings, segmentation, normalisation with offsets, readers.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <rapidjson/document.h>

#include "kg/corpus.hpp"
#include "kg/error.hpp"
#include "test_files.hpp"

using kg_test::slurp;

namespace {

const std::string kCorpusData = std::string(KG_TEST_DATA) + "/corpus/";

std::string brochure_path() {
  return std::string(KG_SOURCE_DIR) + "/examples/eu-unodc-brochure.txt";
}

std::string normalised(std::string_view s) {
  std::string text = kg::normalise_text(s).text;
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

// Every byte of the item's text that is kept as is must be the byte its offset points at.
void check_offsets(const kg::Item& item, const std::string& source) {
  for (std::size_t pos = 0; pos < item.text.size(); ++pos) {
    auto byte = static_cast<unsigned char>(item.text[pos]);
    if (byte < 0x80 && byte != '\n' && byte != ' ' && byte != '\'' && byte != '"') {
      std::size_t offset = item.source_offset(pos);
      REQUIRE(offset < source.size());
      CHECK_MESSAGE(source[offset] == item.text[pos], "text position " << pos);
    }
  }
}

}  // namespace

TEST_CASE("corpus: parse_date: the forms of several sites") {
  struct Case {
    const char* text;
    const char* iso;  // nullptr: not a date
  };
  const Case cases[] = {
      {"26.09.2014", "2014-09-26"},
      {"6.9.2014", "2014-09-06"},
      {"September 26, 2014", "2014-09-26"},
      {"September 26 2014", "2014-09-26"},
      {"Friday, September 26, 2014", "2014-09-26"},
      {"Fri. 26 September 2014", "2014-09-26"},
      {"2014-09-26", "2014-09-26"},
      {"26 September 2014", "2014-09-26"},
      {"26th September 2014", "2014-09-26"},
      {"September 26th, 2014", "2014-09-26"},
      {"26th of September 2014", "2014-09-26"},
      {"Friday the 26th of September 2014", nullptr},  // no form of ours
      {"26 offers 2014", nullptr},
      {"Sept. 26, 2014", "2014-09-26"},
      {"Sep 26, 2014", "2014-09-26"},
      {"  29 February 2016 ", "2016-02-29"},
      {"29 February 2017", nullptr},
      {"12 March 3150", "3150-03-12"},  // years past 2999 are years too
      {"29.02.9996", "9996-02-29"},
      {"12 March 999", nullptr},
      {"31 June 2018", nullptr},
      {"2014-13-01", nullptr},
      {"32.01.2014", nullptr},
      {"26 September", nullptr},  // no year
      {"September 2014", nullptr},
      {"26 Septembre 2014", nullptr},
      {"19-20 June 2018", nullptr},  // a range is not one date
      {"2014", nullptr},
      {"", nullptr},
      {"26 September 2014 and more", nullptr},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    auto parsed = kg::parse_date(c.text);
    if (c.iso == nullptr) {
      CHECK_FALSE(parsed.has_value());
    } else {
      REQUIRE(parsed.has_value());
      CHECK(*parsed == c.iso);
    }
  }
}

TEST_CASE("corpus: parse_date_range: one day or several") {
  struct Case {
    const char* text;
    const char* date;  // nullptr: rejected
    const char* end_date;
  };
  const Case cases[] = {
      {"19-20 June 2018", "2018-06-19", "2018-06-20"},
      {"16 - 17 May 2018", "2018-05-16", "2018-05-17"},
      {"30 May - 1 June 2017", "2017-05-30", "2017-06-01"},
      {"30th of May - 1st of June 2017", "2017-05-30", "2017-06-01"},
      {"30 December 2017 - 2 January 2018", "2017-12-30", "2018-01-02"},
      {"30 December - 2 January 2018", "2017-12-30", "2018-01-02"},
      {"September 26-27, 2014", "2014-09-26", "2014-09-27"},
      {"September 30 - October 2, 2014", "2014-09-30", "2014-10-02"},
      {"September 26 and 27, 2014", "2014-09-26", "2014-09-27"},
      {"2023-01-30/2023-02-02", "2023-01-30", "2023-02-02"},
      {"2023-12-30/2024-01-02", "2023-12-30", "2024-01-02"},
      {"2023-02-02/2023-01-30", nullptr, nullptr},
      {"September 30 and October 1, 2014", "2014-09-30", "2014-10-01"},
      {"September 26, 2014 and 27", nullptr, nullptr},
      {"26.09.2014 - 27.09.2014", "2014-09-26", "2014-09-27"},
      {"2014-09-26 \xE2\x80\x93 2014-09-28", "2014-09-26", "2014-09-28"},
      {"26 September 2014", "2014-09-26", "2014-09-26"},
      {"7 and 8 June 2017", "2017-06-07", "2017-06-08"},
      {"20-19 June 2018", nullptr, nullptr},
      {"7 and 8 June", nullptr, nullptr},
      {"1 January 2014 - 1 January 2016", nullptr, nullptr},  // longer than a year
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    auto parsed = kg::parse_date_range(c.text);
    if (c.date == nullptr) {
      CHECK_FALSE(parsed.has_value());
    } else {
      REQUIRE(parsed.has_value());
      CHECK(parsed->date == c.date);
      CHECK(parsed->end_date == c.end_date);
    }
  }
}

TEST_CASE("corpus: parse_heading: heading forms, the brochure's and other sites'") {
  struct Case {
    const char* line;
    const char* date;  // "" for a heading without a year
    const char* end_date;
    const char* title;
    int year, month, day, end_month, end_day;
  };
  const Case cases[] = {
      {"19-20 June 2018: Exchanges on migration", "2018-06-19", "2018-06-20",
       "Exchanges on migration", 2018, 6, 19, 6, 20},
      {"16 - 17 May 2018: EU - UNODC trans-regional responses", "2018-05-16", "2018-05-17",
       "EU - UNODC trans-regional responses", 2018, 5, 16, 5, 17},
      {"30 May - 1 June 2017: Exchanges on cybercrime ", "2017-05-30", "2017-06-01",
       "Exchanges on cybercrime", 2017, 5, 30, 6, 1},
      {"7 and 8 June: The United Nations at the European Development Days (#EDD17)", "", "",
       "The United Nations at the European Development Days (#EDD17)", 0, 6, 7, 6, 8},
      {"3 March 2017 - Terrorism Prevention Branch represent UNODC", "2017-03-03", "2017-03-03",
       "Terrorism Prevention Branch represent UNODC", 2017, 3, 3, 3, 3},
      {"3 March 2017 - 5 things to know", "2017-03-03", "2017-03-03", "5 things to know", 2017, 3,
       3, 3, 3},
      {"30 July 2017: World Day: 'Act now' to help trafficking victimsOriginally published by the "
       "UN News Centre",
       "2017-07-30", "2017-07-30", "World Day: 'Act now' to help trafficking victims", 2017, 7, 30,
       7, 30},
      {"26.09.2014 - Launch of the report", "2014-09-26", "2014-09-26", "Launch of the report",
       2014, 9, 26, 9, 26},
      {"26.09.2014: Launch", "2014-09-26", "2014-09-26", "Launch", 2014, 9, 26, 9, 26},
      {"September 26, 2014: Launch", "2014-09-26", "2014-09-26", "Launch", 2014, 9, 26, 9, 26},
      {"Friday, September 26, 2014 - Launch", "2014-09-26", "2014-09-26", "Launch", 2014, 9, 26, 9,
       26},
      {"Friday 26 September 2014 \xE2\x80\x93 Launch", "2014-09-26", "2014-09-26", "Launch", 2014,
       9, 26, 9, 26},
      {"2014-09-26: Launch", "2014-09-26", "2014-09-26", "Launch", 2014, 9, 26, 9, 26},
      {"2014-09-26 - Launch", "2014-09-26", "2014-09-26", "Launch", 2014, 9, 26, 9, 26},
      {"Sept. 26, 2014 \xE2\x80\x94 Launch", "2014-09-26", "2014-09-26", "Launch", 2014, 9, 26, 9,
       26},
      {"September 26-27, 2014: Two days", "2014-09-26", "2014-09-27", "Two days", 2014, 9, 26, 9,
       27},
      {"September 30 - October 2, 2014: Three days", "2014-09-30", "2014-10-02", "Three days", 2014,
       9, 30, 10, 2},
      {"  15 June 2018 : Indented, spaced colon", "2018-06-15", "2018-06-15",
       "Indented, spaced colon", 2018, 6, 15, 6, 15},
      {"1 June 2017 \xE2\x80\x93 31 May 2018: A year", "2017-06-01", "2018-05-31", "A year", 2017,
       6, 1, 5, 31},
      {"6 February 2018: 5 th EU-UNODC GLO.ACT project steering committee meeting", "2018-02-06",
       "2018-02-06", "5 th EU-UNODC GLO.ACT project steering committee meeting", 2018, 2, 6, 2, 6},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.line));
    auto heading = kg::parse_heading(c.line);
    REQUIRE(heading.has_value());
    CHECK(heading->date == c.date);
    CHECK(heading->end_date == c.end_date);
    CHECK(heading->title == c.title);
    CHECK(heading->year == c.year);
    CHECK(heading->month == c.month);
    CHECK(heading->day == c.day);
    CHECK(heading->end_month == c.end_month);
    CHECK(heading->end_day == c.end_day);
    CHECK(std::string_view(c.line).substr(heading->title_offset).starts_with(heading->title));
  }
}

TEST_CASE("corpus: parse_heading: lines that are not headings") {
  const std::string long_line =
      "15 June 2018: " + std::string(400, 'x');  // a paragraph, however it starts
  const char* lines[] = {
      "20th Anniversary - UNODC Originally published by the UN News Centre.",
      "On 26 June 2017, the report was launched.",
      "15 June 2018 marks the anniversary of the Convention.",
      "2017 - a good year",
      "May 2018: the month in review",
      "31 June 2018: no such day",
      "3 March 2017 -Terrorism Prevention Branch",
      "3 March 2017-Terrorism Prevention Branch",
      "10:30 - coffee break",
      "15 June 2018:",
      "15 June 2018: ...",
      "26.09.2014",
      "1 June 2017 \xE2\x80\x93 31 May 2018 was the year of the review",
      "14 countries: Argentina, Brazil, Cuba",
      "25 containers - counterfeit goods",
      "Image \xC2\xA9 UNODC",
      "  \xE2\x80\xA2 Global Study on Smuggling of Migrants here",
      "March 3 2017 was a Friday",
      long_line.c_str(),
      "",
  };
  for (const char* line : lines) {
    CAPTURE(std::string(line));
    CHECK_FALSE(kg::parse_heading(line).has_value());
  }
}

TEST_CASE("corpus: the brochure gives the 76 items of the gold file") {
  kg::Corpus corpus = kg::read_corpus({brochure_path()});
  CHECK(corpus.name == "eu-unodc-brochure");
  CHECK(corpus.diagnostics.empty());
  REQUIRE(corpus.items.size() == 76);
  CHECK(corpus.items.front().title == "Exchanges on migration");
  CHECK(corpus.items.front().date == "2018-06-19");
  CHECK(corpus.items.front().end_date == "2018-06-20");
  CHECK(corpus.items.front().line == 7);
  CHECK(corpus.items.back().title ==
        "Preparation of the Valletta Senior Officials Meeting on Migration");
  CHECK(corpus.items.back().date == "2017-01-20");

  // `7 and 8 June:` takes its year from the neighbouring items.
  const kg::Item& no_year = corpus.items[54];
  CHECK(no_year.title == "The United Nations at the European Development Days (#EDD17)");
  CHECK(no_year.date == "2017-06-07");
  CHECK(no_year.end_date == "2017-06-08");

  // Page junk glued onto a title is cut off.
  CHECK(corpus.items[43].title ==
        "World Day against Trafficking in Persons: 'Act now' to help and protect trafficking "
        "victims");
  // A line that starts with a number stays in its item's body.
  CHECK(corpus.items[38].title == "HAPPY 20th Anniversary");
  CHECK(corpus.items[38].text.find("20th Anniversary - UNODC Originally published") !=
        std::string::npos);

  // Every item against the gold annotation's items (kept as a fixture beside the tests).
  rapidjson::Document gold;
  std::string gold_text = slurp(kCorpusData + "eu-unodc-brochure.items.json");
  gold.Parse(gold_text.c_str());
  REQUIRE(gold.IsArray());
  REQUIRE(gold.Size() == corpus.items.size());
  for (rapidjson::SizeType k = 0; k < gold.Size(); ++k) {
    const kg::Item& item = corpus.items[k];
    CAPTURE(item.n);
    CHECK(item.n == gold[k]["n"].GetInt());
    CHECK(item.date == gold[k]["date"].GetString());
    CHECK(item.end_date == gold[k]["end_date"].GetString());
    CHECK(item.title == normalised(gold[k]["title"].GetString()));
  }

  // Items tile the document: offsets point at their heading lines, bodies map back.
  std::string source = slurp(brochure_path());
  for (const kg::Item& item : corpus.items) {
    CAPTURE(item.n);
    std::string heading_line =
        source.substr(item.begin, source.find('\n', item.begin) - item.begin);
    auto heading = kg::parse_heading(normalised(heading_line));
    REQUIRE(heading.has_value());
    CHECK(heading->title == item.title);
    CHECK(item.begin < item.body_begin);
    CHECK(item.body_begin <= item.end);
    check_offsets(item, source);
  }
}

TEST_CASE("corpus: the held-out sample's headings of other sites give its gold items") {
  kg::Corpus corpus =
      kg::read_corpus({std::string(KG_SOURCE_DIR) + "/examples/heldout-sample.txt"});
  CHECK(corpus.diagnostics.empty());
  rapidjson::Document gold;
  std::string gold_text = slurp(std::string(KG_TEST_DATA) + "/heldout/heldout-sample.gold.json");
  gold.Parse(gold_text.c_str());
  REQUIRE(gold.IsObject());
  const auto& items = gold["items"];
  REQUIRE(items.Size() == corpus.items.size());
  for (rapidjson::SizeType k = 0; k < items.Size(); ++k) {
    CAPTURE(k);
    CHECK(corpus.items[k].date == items[k]["date"].GetString());
    CHECK(corpus.items[k].end_date == items[k]["end_date"].GetString());
    CHECK(corpus.items[k].title == normalised(items[k]["title"].GetString()));
  }
}

TEST_CASE("corpus: CRLF, byte order mark, no-break spaces and curly quotes are normalised") {
  const std::string path = kCorpusData + "crlf-bom-nbsp.txt";
  const std::string source = slurp(path);
  kg::Corpus corpus = kg::read_corpus({path});
  CHECK(corpus.name == "crlf-bom-nbsp");
  CHECK(corpus.diagnostics.empty());
  REQUIRE(corpus.items.size() == 2);

  const kg::Item& first = corpus.items[0];
  CHECK(first.date == "2018-06-19");
  CHECK(first.end_date == "2018-06-20");
  CHECK(first.title == "Exchanges on 'migration'");
  CHECK(first.line == 3);
  CHECK(first.text ==
        "Ms Silke Albert of UNODC's section met \"DG HOME\" in Brussels.\nSecond line.");
  CHECK(source.substr(first.begin, 5) == "19-20");
  check_offsets(first, source);

  // Folded characters map to the start of the bytes they replaced.
  std::size_t space = first.text.find("Ms ") + 2;
  CHECK(source.substr(first.source_offset(space), 2) == "\xC2\xA0");
  std::size_t apostrophe = first.text.find("'s");
  CHECK(source.substr(first.source_offset(apostrophe), 3) == "\xE2\x80\x99");
  std::size_t quote = first.text.find('"');
  CHECK(source.substr(first.source_offset(quote), 3) == "\xE2\x80\x9C");
  std::size_t newline = first.text.find('\n');
  CHECK(source.substr(first.source_offset(newline), 2) == "\r\n");
  CHECK(first.source_offset(first.text.size()) == first.end);
  CHECK(source.substr(first.end - 5, 5) == "line.");

  const kg::Item& second = corpus.items[1];
  CHECK(second.title == "No year here");
  CHECK(second.date == "2018-06-07");
  CHECK(second.end_date == "2018-06-08");
  CHECK(second.text == "Body\nwith a lone CR.");
  check_offsets(second, source);
}

TEST_CASE("corpus: normalise_text keeps anchors exact") {
  const std::string source =
      "\xEF\xBB\xBF"
      "a\xC2\xA0"
      "b\r\nc\xE2\x80\x9D"
      "d\xFF"
      "e";
  kg::NormalisedText text = kg::normalise_text(source);
  CHECK(text.text ==
        "a b\nc\"d\xEF\xBF\xBD"
        "e");
  // Character boundaries only: U+FFFD spans text positions 7 to 9.
  const std::pair<std::size_t, std::size_t> expected[] = {
      {0, 3}, {1, 4}, {2, 6}, {3, 7}, {4, 9}, {5, 10}, {6, 13}, {7, 14}, {10, 15}, {11, 16}};
  for (auto [pos, offset] : expected) {
    CAPTURE(pos);
    CHECK(text.source_offset(pos) == offset);
  }
  CHECK(text.invalid_bytes == std::vector<std::size_t>{14});

  kg::NormalisedText kept = kg::normalise_text("\xE2\x80\x98x\xE2\x80\x99\xC2\xA0", {false, false});
  CHECK(kept.text == "\xE2\x80\x98x\xE2\x80\x99\xC2\xA0");
}

TEST_CASE("corpus: invalid UTF-8 becomes U+FFFD and a diagnostic with its line") {
  kg::Corpus corpus = kg::read_corpus({kCorpusData + "invalid-utf8.txt"});
  REQUIRE(corpus.items.size() == 1);
  CHECK(corpus.items[0].title == "Caf\xEF\xBF\xBD talks");
  CHECK(corpus.items[0].text.find("caf\xEF\xBF\xBD was") != std::string::npos);
  REQUIRE(corpus.diagnostics.size() == 2);
  CHECK(corpus.diagnostics[0].line == 3);
  CHECK(corpus.diagnostics[1].line == 5);
  CHECK(corpus.diagnostics[0].message.find("invalid UTF-8 byte 0xE9") != std::string::npos);
}

TEST_CASE("corpus: a file without items is a diagnostic, not an error") {
  kg::Corpus corpus = kg::read_corpus({kCorpusData + "no-items.txt"});
  CHECK(corpus.items.empty());
  REQUIRE(corpus.diagnostics.size() == 1);
  CHECK(corpus.diagnostics[0].message.find("no dated items") != std::string::npos);

  std::vector<kg::Diagnostic> diagnostics;
  auto items = kg::segment_text("7 and 8 June: Alone\n\nNo neighbour has a year.\n", "alone.txt", 1,
                                diagnostics);
  REQUIRE(items.size() == 1);
  CHECK(items[0].date.empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].line == 1);
}

TEST_CASE("corpus: JSON Lines items, with offsets into the raw JSON strings") {
  const std::string path = kCorpusData + "items.jsonl";
  const std::string source = slurp(path);
  kg::Corpus corpus = kg::read_corpus({path});
  CHECK(corpus.diagnostics.empty());
  REQUIRE(corpus.items.size() == 3);

  const kg::Item& first = corpus.items[0];
  CHECK(first.n == 1);
  CHECK(first.line == 1);
  CHECK(first.date == "2014-09-26");
  CHECK(first.title == "Exchanges on cybercrime");
  CHECK(first.text ==
        "Ms Silke Albert met \"DG HOME\".\nShe said: \"UNODC's work\" \xE2\x80\x94 fine "
        "\xF0\x9F\x98\x80 Brussels.");
  check_offsets(first, source);
  CHECK(source.substr(first.source_offset(first.text.find(" Silke")), 6) == "\\u00a0");
  CHECK(source.substr(first.source_offset(first.text.find('\n')), 2) == "\\n");
  CHECK(source.substr(first.source_offset(first.text.find("\xF0\x9F\x98\x80")), 12) ==
        "\\ud83d\\ude00");
  CHECK(source.substr(first.source_offset(first.text.find("Brussels")), 8) == "Brussels");

  const kg::Item& second = corpus.items[1];
  CHECK(second.n == 2);
  CHECK(second.line == 3);  // the blank line 2 is skipped
  CHECK(second.date == "2014-09-26");
  CHECK(second.end_date == "2014-09-27");
  CHECK(second.title == "Two 'days'");
  check_offsets(second, source);

  const kg::Item& third = corpus.items[2];
  CHECK(third.date == "2014-10-03");
  CHECK(third.end_date == "2014-10-04");
  CHECK(third.text.empty());
}

TEST_CASE("corpus: a bad JSON Lines line is an error naming file, line and problem") {
  struct Case {
    const char* file;
    int line;
    const char* problem;
  };
  const Case cases[] = {
      {"bad.jsonl", 3, "unrecognised date \"26 Septembre 2014\""},
      {"bad-json.jsonl", 2, "invalid JSON"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    try {
      kg::read_corpus({kCorpusData + c.file});
      FAIL("no error");
    } catch (const kg::Error& e) {
      CHECK(e.file() == kCorpusData + c.file);
      CHECK(e.line() == c.line);
      CHECK(e.problem().find(c.problem) != std::string::npos);
    }
  }

  for (const char* file : {"pretty.json", "array.json"}) {
    CAPTURE(std::string(file));
    try {
      kg::read_corpus({kCorpusData + file});
      FAIL("no error");
    } catch (const kg::Error& e) {
      CHECK(e.problem().find("not JSON Lines") != std::string::npos);
    }
  }

  std::vector<kg::Diagnostic> diagnostics;
  const char* bad_lines[] = {
      "[1, 2]",
      "{\"title\": \"no date\"}",
      "{\"date\": 2014, \"title\": \"x\"}",
      "{\"date\": \"2014-09-26\"}",
      "{\"date\": \"2014-09-26\", \"title\": \"x\", \"text\": 3}",
      "{\"date\": \"2014-09-26\", \"end_date\": \"2014-09-25\", \"title\": \"x\"}",
  };
  for (const char* line : bad_lines) {
    CAPTURE(std::string(line));
    std::string content = std::string("{\"date\": \"2014-09-26\", \"title\": \"ok\"}\n") + line;
    CHECK_THROWS_AS(kg::read_json_lines(content, "x.jsonl", 1, diagnostics), kg::Error);
  }
}

TEST_CASE("corpus: folders are read in name order, numbering items across files") {
  const std::string folder = kCorpusData + "folder";
  kg::Corpus corpus = kg::read_corpus({folder, kCorpusData + "items.jsonl"});
  CHECK(corpus.name == "folder");
  REQUIRE(corpus.items.size() == 7);
  const char* titles[] = {"First file item", "Second file first item",  "Second file second item",
                          "Third file item", "Exchanges on cybercrime", "Two 'days'",
                          "No text field"};
  for (std::size_t k = 0; k < corpus.items.size(); ++k) {
    CAPTURE(k);
    CHECK(corpus.items[k].n == static_cast<int>(k) + 1);
    CHECK(corpus.items[k].title == titles[k]);
  }
  CHECK(std::filesystem::path(corpus.items[0].source).filename() == "a-first.jsonl");
  CHECK(std::filesystem::path(corpus.items[3].source).filename() == "c-third.md");
  CHECK(corpus.items[3].date == "2017-02-28");

  CHECK(kg::read_corpus({folder + "/"}).name == "folder");
}

TEST_CASE("corpus: a missing file is an error") {
  try {
    kg::read_corpus({kCorpusData + "no-such-file.txt"});
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(e.problem() == "cannot read file (No such file or directory)");
    CHECK(e.file() == kCorpusData + "no-such-file.txt");
  }
  CHECK_THROWS_AS(kg::read_corpus({}), kg::Error);
}

TEST_CASE("corpus: the default corpus is the bundled brochure") {
  std::string path = kg::default_corpus_path();
  CHECK(std::filesystem::path(path).filename() == "eu-unodc-brochure.txt");
  CHECK(std::filesystem::is_regular_file(path));
}
