// The one JSON writer (kg/json_writer.hpp): escaping, numbers and layouts, and that what it
// writes parses back (through kg::json::parse) to the values written.
#include <cmath>
#include <limits>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "kg/json.hpp"
#include "kg/json_writer.hpp"

namespace {

using kg::json::Writer;

TEST_CASE("json writer: strings escape quotes, backslashes and controls, and nothing else") {
  struct Case {
    std::string text;
    std::string json;
  };
  for (const Case& c : {
           Case{"plain", "\"plain\""},
           Case{"a\"b\\c", "\"a\\\"b\\\\c\""},
           Case{"\n\r\t", "\"\\n\\r\\t\""},
           Case{std::string("\0\x01\x08\x0C\x1F\x7F", 6),
                "\"\\u0000\\u0001\\u0008\\u000C\\u001F\\u007F\""},
           Case{"/ < > & '", "\"/ < > & '\""},
           Case{"Śmigła – 中国 🦜", "\"Śmigła – 中国 🦜\""},
       }) {
    CAPTURE(c.json);
    CHECK(kg::json::quoted(c.text) == c.json);
  }
}

TEST_CASE("json writer: a byte that is not UTF-8 is written as U+FFFD, so the output parses") {
  const std::string broken =
      "a\xFF"
      "b\xC5"
      "c\xED\xA0\x80";  // invalid, truncated, surrogate
  // Named in full: unqualified, ADL on std::string also finds std::quoted, which wins.
  const std::string json = kg::json::quoted(broken);
  CHECK(json ==
        "\"a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD"
        "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  auto document = kg::json::parse(json, "test");
  REQUIRE(document.IsString());
  CHECK(std::string(document.GetString()) == "a\uFFFDb\uFFFDc\uFFFD\uFFFD\uFFFD");
}

// Reals as Python's repr writes them: json.dumps([3.0, 0.5, 55/3, 1e21, -0.0, 1e15, 0.0001,
// 0.00001, 2.5e-7]) gives these texts.
TEST_CASE("json writer: integers as digits, reals as the shortest text that reads back") {
  std::string out;
  Writer w(out);
  w.start_array();
  w.integer(0).integer(-1).integer(std::numeric_limits<std::uint64_t>::max());
  w.real(3.0).real(0.5).real(55.0 / 3).real(1e21).real(-0.0).real(1e15).real(0.0001);
  w.real(0.00001).real(2.5e-7);
  w.real(std::nan("")).real(std::numeric_limits<double>::infinity());
  w.boolean(true).boolean(false).null();
  w.end_array();
  CHECK(out ==
        "[0,-1,18446744073709551615,3.0,0.5,18.333333333333332,1e+21,-0.0,1000000000000000.0,"
        "0.0001,1e-05,2.5e-07,null,null,true,false,null]");
  auto document = kg::json::parse(out, "test");
  REQUIRE(document.IsArray());
  CHECK(document[5].GetDouble() == 55.0 / 3);  // round trip, exactly
}

TEST_CASE("json writer: layouts per container, inherited by the containers inside") {
  auto write = [](Writer& w) {
    w.start_object();
    w.key("a").integer(1);
    w.key("list").integers(std::vector<int>{1, 2});
    w.key("row").integers(std::vector<int>{3, 4}, kg::json::kSpaced);
    w.key("none").start_array().end_array();
    w.key("empty").start_object().end_object();
    w.end_object();
  };
  std::string compact, spaced, pretty;
  {
    Writer w(compact);
    write(w);
  }
  {
    Writer w(spaced, kg::json::kSpaced);
    write(w);
  }
  {
    Writer w(pretty, kg::json::pretty(2));
    write(w);
  }
  CHECK(compact == R"({"a":1,"list":[1,2],"row":[3, 4],"none":[],"empty":{}})");
  CHECK(spaced == R"({"a": 1, "list": [1, 2], "row": [3, 4], "none": [], "empty": {}})");
  CHECK(pretty ==
        "{\n  \"a\": 1,\n  \"list\": [\n    1,\n    2\n  ],\n  \"row\": [3, 4],\n"
        "  \"none\": [],\n  \"empty\": {}\n}");
  std::string lines;
  Writer w(lines, kg::json::kLinesAfterFirst);
  w.start_object();
  w.key("k").strings({"x", "y"}, kg::json::kLines);
  w.key("m").strings({}, kg::json::kLines);
  w.end_object();
  CHECK(lines == "{\"k\": [\n\"x\",\n\"y\"],\n\"m\": []}");
}

TEST_CASE("json writer: to a stream, through a buffer flushed when the document ends") {
  std::ostringstream stream;
  Writer w(stream, kg::json::kCompact);
  w.start_array();
  const std::string long_text(70000, 'x');  // more than one buffer's worth
  w.string(long_text).string(long_text);
  CHECK(stream.str().size() >= long_text.size());  // flushed as the buffer filled
  w.end_array();
  CHECK(stream.str() == "[\"" + long_text + "\",\"" + long_text + "\"]");
}

TEST_CASE("json writer: an array written in parts from its parent reads as one writer's") {
  auto element = [](Writer& w, int i) {
    w.start_object();
    w.key("n").integer(i);
    w.key("s").strings({"a", std::to_string(i)});
    w.end_object();
  };
  for (const kg::json::Layout layout : {kg::json::pretty(2), kg::json::kCompact}) {
    std::string whole;
    {
      Writer w(whole, layout);
      w.start_object().key("list").start_array();
      for (int i = 0; i < 5; ++i) element(w, i);
      w.end_array().end_object();
    }
    std::ostringstream stream;
    {
      Writer w(stream, layout);
      w.start_object().key("list").start_array();
      std::string first_two, last_three;
      Writer from_first(first_two, w, 0), from_third(last_three, w, 2);
      for (int i = 0; i < 2; ++i) element(from_first, i);
      for (int i = 2; i < 5; ++i) element(from_third, i);
      w.append_elements(first_two, 2).append_elements(last_three, 3);
      w.end_array().end_object();
    }
    CHECK(stream.str() == whole);
  }
}

}  // namespace
