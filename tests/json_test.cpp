// The one JSON parse helper: depth limit, locations, syntax; and the readers built on it.
#include <string>

#include <doctest/doctest.h>

#include "kg/error.hpp"
#include "kg/graph.hpp"
#include "kg/json.hpp"

namespace {

std::string error_of(std::string_view text, kg::json::Syntax syntax = kg::json::Syntax::strict,
                     int first_line = 1) {
  try {
    kg::json::parse(text, "f.json", "JSON", syntax, first_line);
  } catch (const kg::Error& e) {
    return e.what();
  }
  return "";
}

std::string graph_error(const std::string& text) {
  try {
    kg::read_graph_json(text, "g.json");
  } catch (const kg::Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("json::parse limits nesting without recursing, and names line and column") {
  std::string deep(200000, '[');
  CHECK(error_of(deep) == "f.json:1:" + std::to_string(kg::json::kMaxDepth + 1) +
                              ": invalid JSON: nested deeper than 100 levels");
  std::string ok = std::string(kg::json::kMaxDepth, '[') + std::string(kg::json::kMaxDepth, ']');
  CHECK(kg::json::parse(ok, "f.json").IsArray());
  std::string too_deep = "[" + ok + "]";
  CHECK(error_of(too_deep).find("nested deeper") != std::string::npos);
  std::string objects;
  for (int i = 0; i < 50000; ++i) objects += "{\"a\":";
  CHECK(error_of(objects).find("nested deeper") != std::string::npos);
}

TEST_CASE("json::parse errors carry the line, offset by the first line of a JSON Lines line") {
  CHECK(error_of("{\n  \"a\": 1,\n  \"b\" 2\n}") ==
        "f.json:3:7: invalid JSON: Missing a colon after a name of object member.");
  CHECK(error_of("{\"a\": tru}", kg::json::Syntax::strict, 7).rfind("f.json:7:", 0) == 0);
  CHECK(error_of("") != "");
  CHECK(error_of("{} {}").find("root must not be followed") != std::string::npos);
}

TEST_CASE("json::parse: comments and trailing commas only when relaxed") {
  std::string text = "// rules\n{\"a\": [1, 2,],}";
  CHECK(error_of(text) != "");
  CHECK(error_of(text, kg::json::Syntax::relaxed) == "");
  CHECK(kg::json::parse(text, "r.json", "JSON", kg::json::Syntax::relaxed)["a"].Size() == 2);
}

TEST_CASE("a saved graph's values are type-checked before use") {
  const std::string head = "{\"directed\": true, \"multigraph\": true, ";
  CHECK(graph_error(head + "\"graph\": {\"items\": [1]}, \"nodes\": [], \"links\": []}") ==
        "g.json: graph JSON: an item of \"graph\" is a number, not an object");
  CHECK(graph_error(head + "\"graph\": 3, \"nodes\": [], \"links\": []}") ==
        "g.json: graph JSON: \"graph\" is a number, not an object");
  CHECK(graph_error(head + "\"nodes\": [7], \"links\": []}") ==
        "g.json: graph JSON: a node is a number, not an object");
  CHECK(graph_error(head + "\"nodes\": [{\"id\": \"person:a\", \"kind\": \"person\", \"items\": "
                           "\"1\"}], \"links\": []}") ==
        "g.json: graph JSON: node \"person:a\" \"items\" is a string, not an array");
  CHECK(graph_error(head + "\"nodes\": [{\"id\": \"person:a\", \"kind\": \"person\", "
                           "\"mentions\": [{\"begin\": -1}]}], \"links\": []}")
            .find("is a number, not a byte offset") != std::string::npos);
  CHECK(graph_error(head + "\"nodes\": [], \"links\": [[]]}") ==
        "g.json: graph JSON: a link is an array, not an object");
  CHECK(graph_error("[]") == "g.json: graph JSON: the graph is an array, not an object");
  CHECK(graph_error(head + "\"nodes\": [{\"id\": \"person:a\", \"kind\": \"person\"}, {\"id\": "
                           "\"person:a\", \"kind\": \"person\"}], \"links\": []}") ==
        "g.json: graph JSON: node \"person:a\" appears twice");
  CHECK(graph_error(head + "\"nodes\": [], \"links\": []}") == "");
}
