#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <sstream>

#include "kg/error.hpp"
#include "kg/graph.hpp"

namespace {

kg::KnowledgeGraph two_node_graph() {
  kg::KnowledgeGraph graph;
  graph.corpus = "tiny";
  graph.items = {{1, "2018-06-19", "2018-06-20", "Exchanges on migration"}};
  kg::NodeData event;
  event.id = "event:1";
  event.kind = kg::NodeKind::event;
  event.name = "Exchanges on migration";
  event.n = 1;
  event.date = "2018-06-19";
  event.end_date = "2018-06-20";
  event.items = {1};
  kg::NodeData person;
  person.id = kg::make_node_id(kg::NodeKind::person, "Silke Albert");
  person.name = "Silke Albert";
  person.aliases = {"Ms Albert"};
  person.items = {1};
  auto e = graph.add_node(event);
  auto p = graph.add_node(person);
  graph.add_edge(p, e,
                 {kg::EdgeKind::attended, {1}, {{1, 10, 20, "She came.", "attended.verb", ""}}});
  return graph;
}

}  // namespace

TEST_CASE("graph.slugify makes stable readable ids") {
  CHECK(kg::slugify("Silke Albert") == "silke-albert");
  CHECK(kg::slugify("Bob Van den Berghe") == "bob-van-den-berghe");
  CHECK(kg::slugify("Aimée Corvalan") == "aimee-corvalan");
  CHECK(kg::slugify("UNODC's  Office") == "unodcs-office");
  CHECK(kg::slugify("GLO.ACT") == "glo-act");
  CHECK(kg::slugify("Ciné-ONU – screening") == "cine-onu-screening");
  CHECK(kg::make_node_id(kg::NodeKind::organisation, "DG HOME") == "organisation:dg-home");
}

TEST_CASE("graph.add_edge merges one (source, target, kind) and keeps kinds apart") {
  auto graph = two_node_graph();
  auto p = *graph.find("person:silke-albert");
  auto e = *graph.find("event:1");
  graph.add_edge(p, e,
                 {kg::EdgeKind::attended, {3, 1}, {{3, 5, 9, "Again.", "attended.verb", ""}}});
  CHECK(graph.edge_count() == 1);
  auto edges = graph.out_edges(p);
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].data->items == std::vector<int>{1, 3});
  CHECK(edges[0].data->evidence.size() == 2);
  graph.add_edge(p, e, {kg::EdgeKind::represents, {1}, {}});
  CHECK(graph.edge_count() == 2);
  CHECK_THROWS_AS(graph.add_node(graph.node(p)), kg::Error);
}

TEST_CASE("graph: nodes found by id and listed in id order, added in any order") {
  kg::KnowledgeGraph graph;
  std::vector<std::string> ids;
  // More nodes than the id index's first table, in an order that is not the ids' order.
  for (int i = 0; i < 300; ++i) ids.push_back("person:p" + std::to_string((i * 37) % 300));
  for (const std::string& id : ids) {
    kg::NodeData node;
    node.id = id;
    graph.add_node(std::move(node));
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    REQUIRE(graph.find(ids[i]).has_value());
    CHECK(*graph.find(ids[i]) == i);
  }
  CHECK_FALSE(graph.find("person:p300").has_value());
  CHECK_FALSE(graph.find("").has_value());
  kg::NodeData again;
  again.id = "person:p5";
  CHECK_THROWS_AS(graph.add_node(again), kg::Error);
  CHECK(graph.node_count() == 300);
  std::vector<std::string> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  std::vector<std::string> listed;
  for (kg::NodeIndex index : graph.nodes_sorted()) listed.push_back(graph.node(index).id);
  CHECK(listed == sorted);
  // A node added after the order was made comes in its place.
  kg::NodeData late;
  late.id = "person:a";
  graph.add_node(late);
  CHECK(graph.node(graph.nodes_sorted().front()).id == "person:a");
  kg::KnowledgeGraph copy = graph;
  CHECK(copy.find("person:a") == graph.find("person:a"));
  CHECK(copy.nodes_sorted() == graph.nodes_sorted());
}

TEST_CASE("graph.remove_edge keeps every other edge, its data and the order of each node's edges") {
  kg::KnowledgeGraph graph;
  for (const char* id : {"person:a", "person:b", "organisation:c", "organisation:d"}) {
    kg::NodeData node;
    node.id = id;
    graph.add_node(std::move(node));
  }
  auto edge = [](kg::EdgeKind kind, int item) {
    return kg::EdgeData{kind, {item}, {{item, 0, 1, "S.", "r", ""}}};
  };
  graph.add_edge(0, 3, edge(kg::EdgeKind::represents, 1));
  graph.add_edge(0, 2, edge(kg::EdgeKind::represents, 2));
  graph.add_edge(1, 2, edge(kg::EdgeKind::represents, 3));
  graph.add_edge(0, 2, edge(kg::EdgeKind::funds, 4));
  CHECK_FALSE(graph.remove_edge(2, 0, kg::EdgeKind::represents));
  REQUIRE(graph.remove_edge(0, 2, kg::EdgeKind::represents));
  CHECK(graph.edge_count() == 3);
  const kg::BoostGraph& g = graph.boost_graph();
  std::vector<std::pair<kg::NodeIndex, int>> out_of_a, in_of_c;
  for (auto [it, last] = boost::out_edges(0, g); it != last; ++it)
    out_of_a.emplace_back(boost::target(*it, g), g[*it].items.front());
  for (auto [it, last] = boost::in_edges(2, g); it != last; ++it)
    in_of_c.emplace_back(boost::source(*it, g), g[*it].items.front());
  CHECK(out_of_a == std::vector<std::pair<kg::NodeIndex, int>>{{3, 1}, {2, 4}});
  CHECK(in_of_c == std::vector<std::pair<kg::NodeIndex, int>>{{1, 3}, {0, 4}});
  // The edge index is rebuilt: adding an edge again merges into the one left.
  graph.add_edge(0, 2, edge(kg::EdgeKind::funds, 5));
  CHECK(graph.edge_count() == 3);
  CHECK(graph.out_edges(0).front().data->items == std::vector<int>{4, 5});
  CHECK(graph.node(2).id == "organisation:c");
}

TEST_CASE("graph.json has the node-link shape of the spec and reads back") {
  auto graph = two_node_graph();
  std::ostringstream out;
  kg::write_graph_json(graph, out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["directed"].GetBool());
  CHECK(doc["multigraph"].GetBool());
  CHECK(std::string(doc["graph"]["corpus"].GetString()) == "tiny");
  CHECK(doc["graph"]["items"][0]["end_date"] == "2018-06-20");
  REQUIRE(doc["nodes"].Size() == 2);
  const auto& event = doc["nodes"][0];
  CHECK(event["id"] == "event:1");
  CHECK(event["kind"] == "event");
  CHECK(event["n"].GetInt() == 1);
  const auto& person = doc["nodes"][1];
  CHECK(person["aliases"][0] == "Ms Albert");
  REQUIRE(doc["links"].Size() == 1);
  const auto& link = doc["links"][0];
  CHECK(link["source"] == "person:silke-albert");
  CHECK(link["target"] == "event:1");
  CHECK(link["kind"] == "attended");
  CHECK(link["evidence"][0]["rule"] == "attended.verb");

  auto again = kg::read_graph_json(out.str(), "tiny.json");
  std::ostringstream round_trip;
  kg::write_graph_json(again, round_trip);
  CHECK(round_trip.str() == out.str());
}

// Nodes and links past one part (8,192 units: an element and each of its evidence) are
// rendered on several threads, the next
// parts while the last are written: the file must be that of one thread.
TEST_CASE("graph.json written on several threads is the bytes of one") {
  kg::KnowledgeGraph graph = two_node_graph();
  for (int i = 0; i < 9000; ++i) {
    kg::NodeData person;
    person.name = "Person " + std::to_string(i);
    person.id = kg::make_node_id(kg::NodeKind::person, person.name);
    person.items = {1};
    auto p = graph.add_node(person);
    graph.add_edge(p, 0,
                   {kg::EdgeKind::attended, {1}, {{1, 0, 5, "\"Came\".", "attended.verb", ""}}});
  }
  std::ostringstream one;
  kg::write_graph_json(graph, one, 1);
  for (unsigned jobs : {2u, 3u}) {
    std::ostringstream many;
    kg::write_graph_json(graph, many, jobs);
    CHECK(many.str() == one.str());
  }
  CHECK(kg::read_graph_json(one.str(), "g.json").edge_count() == 9001);
}

// The .kgb writer numbers the texts in one walk and writes in two more through a 64 KiB
// buffer: a text longer than the buffer, many buffers of records and texts quoted again and
// again must read back as the graph written, each text stored once.
TEST_CASE("graph.kgb is written in pieces and reads back the graph") {
  kg::KnowledgeGraph graph = two_node_graph();
  const std::string long_sentence(1'000'000, 's');
  kg::NodeIndex event = *graph.find("event:1");
  for (int i = 0; i < 3000; ++i) {
    kg::NodeData person;
    person.name = "Person " + std::to_string(i);
    person.id = kg::make_node_id(kg::NodeKind::person, person.name);
    person.items = {1};
    const std::string sentence = i % 1000 == 0 ? long_sentence : "Sentence " + std::to_string(i);
    person.mentions = {{1, 0, 5, sentence, "person.rule", person.name}};
    kg::NodeIndex p = graph.add_node(person);
    graph.add_edge(p, event,
                   {kg::EdgeKind::attended, {1}, {{1, 0, 5, sentence, "attended.verb", ""}}});
  }
  std::ostringstream binary;
  kg::write_graph_binary(graph, binary);
  CHECK(binary.str().size() > 2 * (1u << 16));
  CHECK(binary.str().size() < 2 * long_sentence.size());  // the sentence stored once
  std::ostringstream again;
  kg::write_graph_binary(graph, again);
  CHECK(again.str() == binary.str());
  std::ostringstream json, round_trip;
  kg::write_graph_json(graph, json);
  kg::write_graph_json(kg::read_graph_binary(binary.str(), "g.kgb"), round_trip);
  CHECK(round_trip.str() == json.str());
}

TEST_CASE("graph.json errors name file, line and column") {
  try {
    kg::read_graph_json("{\n  \"nodes\": [\n    {\"id\": }\n  ]\n}", "bad.json");
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(e.file() == "bad.json");
    CHECK(e.line() == 3);
    CHECK(e.column() > 1);
  }
  CHECK_THROWS_WITH_AS(
      kg::read_graph_json(R"({"nodes": [{"id": "x:1", "kind": "robot"}], "links": []})", "k.json"),
      doctest::Contains("unknown kind"), kg::Error);
  CHECK_THROWS_WITH_AS(
      kg::read_graph_json(
          R"({"nodes": [], "links": [{"source": "a", "target": "b", "kind": "funds"}]})", "l.json"),
      doctest::Contains("unknown node"), kg::Error);
  // A byte that is not UTF-8 would be written back as U+FFFD: refused, with its place.
  try {
    kg::read_graph_json("{\"nodes\": [\n {\"id\": \"person:a\xff\", \"kind\": \"person\"}]}",
                        "u.json");
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(e.line() == 2);
    CHECK(std::string(e.what()).find("0xFF is not UTF-8") != std::string::npos);
  }
}

TEST_CASE("kinds: one spelling written, one parser for every reader") {
  using kg::EdgeKind;
  using kg::NodeKind;
  for (NodeKind kind : {NodeKind::person, NodeKind::organisation, NodeKind::programme,
                        NodeKind::place, NodeKind::event}) {
    CAPTURE(std::string(kg::to_string(kind)));
    CHECK(kg::parse_node_kind(kg::to_string(kind)) == kind);
  }
  for (EdgeKind kind : {EdgeKind::attended, EdgeKind::represents, EdgeKind::funds,
                        EdgeKind::held_in, EdgeKind::active_in}) {
    CAPTURE(std::string(kg::to_string(kind)));
    CHECK(kg::parse_edge_kind(kg::to_string(kind)) == kind);
  }
  CHECK(kg::parse_node_kind("organization") == NodeKind::organisation);
  CHECK(kg::parse_node_kind("program") == NodeKind::programme);
  CHECK(kg::parse_node_kind("people") == NodeKind::person);
  CHECK_FALSE(kg::parse_node_kind("Person").has_value());
  CHECK_FALSE(kg::parse_node_kind("").has_value());
  CHECK_FALSE(kg::parse_edge_kind("met").has_value());
  CHECK(kg::edge_allowed(EdgeKind::represents, NodeKind::person, NodeKind::organisation));
  CHECK_FALSE(kg::edge_allowed(EdgeKind::represents, NodeKind::organisation, NodeKind::person));
}
