// The queries on small hand-made graphs: every option, ties, and the error paths.
#include <algorithm>
#include <functional>
#include <random>
#include <set>

#include <doctest/doctest.h>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include "kg/error.hpp"
#include "kg/query.hpp"

namespace kg {
namespace {

// A graph written in a few lines: nodes by id ("person:a"), names default to the id's slug.
class GraphBuilder {
 public:
  GraphBuilder& node(const std::string& id, const std::string& name = "",
                     std::vector<std::string> aliases = {}, std::vector<int> items = {}) {
    NodeData data;
    data.id = id;
    data.kind = *parse_node_kind(id.substr(0, id.find(':')));
    data.name = name.empty() ? id.substr(id.find(':') + 1) : name;
    data.aliases = std::move(aliases);
    data.items = std::move(items);
    graph.add_node(std::move(data));
    return *this;
  }
  GraphBuilder& event(int n, const std::string& date, const std::string& title,
                      const std::string& end_date = "") {
    NodeData data;
    data.id = "event:" + std::to_string(n);
    data.kind = NodeKind::event;
    data.name = title;
    data.n = n;
    data.date = date;
    data.end_date = end_date.empty() ? date : end_date;
    data.items = {n};
    graph.items.push_back({n, date, data.end_date, title});
    graph.add_node(std::move(data));
    return *this;
  }
  GraphBuilder& edge(const std::string& source, const std::string& target, EdgeKind kind,
                     std::vector<int> items = {}, const std::string& sentence = "") {
    EdgeData data;
    data.kind = kind;
    data.items = items;
    if (!sentence.empty())
      data.evidence.push_back({items.empty() ? 0 : items.front(), 0, 0, sentence, "test.rule", ""});
    graph.add_edge(*graph.find(source), *graph.find(target), std::move(data));
    return *this;
  }
  KnowledgeGraph graph;
};

NodeIndex at(const KnowledgeGraph& g, const std::string& id) {
  return *g.find(id);
}

std::vector<std::string> ids(const KnowledgeGraph& g, const std::vector<NodeIndex>& nodes) {
  std::vector<std::string> out;
  for (NodeIndex n : nodes) out.push_back(g.node(n).id);
  return out;
}

std::vector<std::vector<std::string>> walks(const KnowledgeGraph& g, const PathResult& result) {
  std::vector<std::vector<std::string>> out;
  for (const Path& p : result.paths) out.push_back(ids(g, p.nodes));
  return out;
}

PathResult paths(const KnowledgeGraph& g, const std::string& a, const std::string& b,
                 PathOptions options = {}) {
  return find_paths(g, at(g, a), at(g, b), options);
}

int error_code_of(const std::function<void()>& f, std::string* message = nullptr) {
  try {
    f();
  } catch (const Error& e) {
    if (message) *message = e.what();
    return e.exit_code();
  }
  return 0;
}

// A small world: two UNODC officials, EU bodies, four events over three years.
KnowledgeGraph small_world() {
  GraphBuilder b;
  b.node("person:silke-albert", "Silke Albert", {"Ms Albert", "Ms Silke Albert"}, {1, 2})
      .node("person:anna-albert", "Anna Albert", {}, {3})
      .node("person:yatta-dakowah", "Yatta Dakowah", {"Ms Dakowah"}, {1, 3})
      .node("person:jose-alvarez", "José Álvarez", {}, {4})
      .node("organisation:unodc", "UNODC", {"United Nations Office on Drugs and Crime"},
            {1, 2, 3, 4})
      .node("organisation:dg-home", "DG HOME",
            {"Directorate-General for Migration and Home Affairs"}, {1, 2})
      .node("organisation:european-external-action-service", "European External Action Service",
            {"EEAS"}, {3})
      .node("organisation:horizontal-working-party-on-drugs", "Horizontal Working Party on Drugs",
            {}, {1})
      .node("organisation:europol", "Europol", {}, {3})
      .node("organisation:council-of-europe", "Council of Europe", {}, {3})
      .node("organisation:european-union", "European Union", {"EU"}, {4})
      .node("programme:glo-act", "GLO.ACT", {}, {4})
      .node("place:brussels", "Brussels", {}, {1})
      .event(1, "2017-03-01", "Meeting on drugs")
      .event(2, "2017-06-10", "Migration exchanges", "2017-06-11")
      .event(3, "2018-02-05", "Cybercrime conference")
      .event(4, "2016-11-20", "Launch of GLO.ACT");
  b.edge("person:silke-albert", "organisation:unodc", EdgeKind::represents, {1},
         "Ms Silke Albert of UNODC.")
      .edge("person:yatta-dakowah", "organisation:unodc", EdgeKind::represents, {1})
      .edge("person:jose-alvarez", "organisation:unodc", EdgeKind::represents, {4})
      .edge("person:anna-albert", "organisation:europol", EdgeKind::represents, {3})
      .edge("person:silke-albert", "event:1", EdgeKind::attended, {1},
            "Ms Albert briefed the party.")
      .edge("person:silke-albert", "event:2", EdgeKind::attended, {2})
      .edge("person:yatta-dakowah", "event:1", EdgeKind::attended, {1})
      .edge("person:yatta-dakowah", "event:3", EdgeKind::attended, {3})
      .edge("person:jose-alvarez", "event:4", EdgeKind::attended, {4})
      .edge("person:anna-albert", "event:3", EdgeKind::attended, {3})
      .edge("organisation:dg-home", "event:1", EdgeKind::attended, {1})
      .edge("organisation:dg-home", "event:2", EdgeKind::attended, {2})
      .edge("organisation:horizontal-working-party-on-drugs", "event:1", EdgeKind::attended, {1})
      .edge("organisation:european-external-action-service", "event:3", EdgeKind::attended, {3})
      .edge("organisation:europol", "event:3", EdgeKind::attended, {3})
      .edge("organisation:council-of-europe", "event:3", EdgeKind::attended, {3})
      .edge("organisation:european-union", "event:4", EdgeKind::attended, {4})
      .edge("organisation:european-union", "programme:glo-act", EdgeKind::funds, {4});
  return std::move(b.graph);
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Names

TEST_CASE("query: names fold case, accents and punctuation") {
  CHECK(name_key("José ÁLVAREZ") == "jose alvarez");
  CHECK(name_key("  DG-HOME ") == "dg home");
  CHECK(name_key("GLO.ACT") == name_key("glo act"));
}

TEST_CASE("query: a name resolves by id, canonical name, alias, surname or acronym") {
  KnowledgeGraph g = small_world();
  auto resolved = [&](std::string_view text) { return g.node(resolve_name(g, text)).id; };
  CHECK(resolved("person:silke-albert") == "person:silke-albert");
  CHECK(resolved("Silke Albert") == "person:silke-albert");
  CHECK(resolved("silke ALBERT") == "person:silke-albert");
  CHECK(resolved("Ms Albert") == "person:silke-albert");  // an alias beats the surname tier
  CHECK(resolved("jose alvarez") == "person:jose-alvarez");
  CHECK(resolved("ÁLVAREZ") == "person:jose-alvarez");     // unique surname, accents ignored
  CHECK(resolved("Mr Alvarez") == "person:jose-alvarez");  // honorific before a surname
  CHECK(resolved("Dakowah") == "person:yatta-dakowah");
  CHECK(resolved("eeas") == "organisation:european-external-action-service");
  CHECK(resolved("HWPD") == "organisation:horizontal-working-party-on-drugs");  // acronym
  CHECK(resolved("United Nations Office on Drugs and Crime") == "organisation:unodc");
  CHECK(resolved("Meeting on drugs") == "event:1");  // event titles when no entity matches
  CHECK(resolved("event:3") == "event:3");
}

TEST_CASE("query: a leading article is ignored, equally near names go by mentions") {
  GraphBuilder b;
  b.node("organisation:african-union-commission", "African Union Commission", {}, {})
      .node("organisation:european-commission", "European Commission", {"the Commission"},
            {1, 2, 3})
      .node("organisation:ecowas-commission", "ECOWAS Commission", {}, {2});
  CHECK(b.graph.node(resolve_name(b.graph, "Commission")).id == "organisation:european-commission");
  CHECK(b.graph.node(resolve_name(b.graph, "the european commission")).id ==
        "organisation:european-commission");
  NameLookup found = lookup_name(b.graph, "Comission", 2);
  CHECK(found.nearest == std::vector<std::string>{"European Commission",
                                                  "ECOWAS Commission"});  // 3 items, then 1, then 0
}

TEST_CASE("query: an entity's name wins over an event title") {
  GraphBuilder b;
  b.node("organisation:europol", "Europol").event(1, "2017-01-01", "Europol");
  CHECK(b.graph.node(resolve_name(b.graph, "europol")).id == "organisation:europol");
}

TEST_CASE("query: an ambiguous name lists the candidates with kind and id, exit 2") {
  KnowledgeGraph g = small_world();
  NameLookup found = lookup_name(g, "Albert");
  REQUIRE(found.candidates.size() == 2);
  CHECK(ids(g, {found.candidates[0].node, found.candidates[1].node}) ==
        std::vector<std::string>{"person:anna-albert", "person:silke-albert"});
  std::string message;
  CHECK(error_code_of([&] { resolve_name(g, "albert"); }, &message) == kExitError);
  CHECK(message.find("\"albert\" is ambiguous") != std::string::npos);
  CHECK(message.find("person  person:anna-albert   Anna Albert") != std::string::npos);
  CHECK(message.find("person  person:silke-albert  Silke Albert") != std::string::npos);
}

TEST_CASE("query: one name for two kinds is ambiguous") {
  GraphBuilder b;
  b.node("place:kenya", "Kenya").node("organisation:kenya", "Kenya");
  NameLookup found = lookup_name(b.graph, "KENYA");
  CHECK(found.candidates.size() == 2);
  std::string message;
  CHECK(error_code_of([&] { resolve_name(b.graph, "Kenya"); }, &message) == kExitError);
  CHECK(message.find("organisation  organisation:kenya") != std::string::npos);
  CHECK(message.find("place         place:kenya") != std::string::npos);
}

TEST_CASE("query: an unknown name gives the three nearest names, exit 2") {
  KnowledgeGraph g = small_world();
  NameLookup found = lookup_name(g, "Yata Dakova");
  CHECK(found.candidates.empty());
  REQUIRE(found.nearest.size() == 3);
  CHECK(found.nearest.front() == "Yatta Dakowah");
  CHECK(lookup_name(g, "Dakovah").nearest.front() == "Yatta Dakowah");  // a misspelt surname
  std::string message;
  CHECK(error_code_of([&] { resolve_name(g, "Europool"); }, &message) == kExitError);
  CHECK(message.rfind("no entity named \"Europool\"; nearest names: \"Europol\", ", 0) == 0);
  CHECK(error_code_of([&] { resolve_name(g, ""); }) == kExitError);
}

namespace {

// Every text looked up through a NameIndex and by lookup_name: the same candidates, in the
// same order, with the same matched forms, and the same nearest names.
void check_index_answers_as_scan(const KnowledgeGraph& g,
                                 std::initializer_list<std::string_view> texts) {
  NameIndex index(g);
  for (std::string_view text : texts) {
    CAPTURE(text);
    NameLookup scanned = lookup_name(g, text), indexed = index.lookup(text);
    REQUIRE(indexed.candidates.size() == scanned.candidates.size());
    for (std::size_t i = 0; i < scanned.candidates.size(); ++i) {
      CHECK(indexed.candidates[i].node == scanned.candidates[i].node);
      CHECK(indexed.candidates[i].matched == scanned.candidates[i].matched);
    }
    CHECK(indexed.nearest == scanned.nearest);
  }
}

}  // namespace

TEST_CASE("query: a NameIndex answers every lookup as lookup_name does") {
  GraphBuilder b;
  b.node("organisation:european-commission", "European Commission", {"the Commission"}, {1})
      .node("organisation:ecowas-commission", "ECOWAS Commission", {}, {2})
      .node("organisation:europol", "Europol")
      .node("place:kenya", "Kenya")
      .node("organisation:kenya", "Kenya")
      .event(1, "2017-01-01", "Europol")
      .event(2, "2017-02-01", "Meeting in Kenya");
  check_index_answers_as_scan(
      b.graph, {"europol", "Commission", "the european commission", "Comission", "KENYA", "EC",
                "Meeting in Kenya", "event:1", "nobody", "", "organisation:europol"});
  KnowledgeGraph g = small_world();
  check_index_answers_as_scan(
      g, {"person:silke-albert", "Silke Albert", "silke ALBERT", "Ms Albert", "Albert", "ÁLVAREZ",
          "Mr Alvarez", "Dakowah", "eeas", "HWPD", "United Nations Office on Drugs and Crime",
          "Meeting on drugs", "event:3", "Yata Dakova", "Dakovah", "Europool", "U N O D C"});
  NameIndex index(g);
  CHECK(g.node(index.resolve("Mr Alvarez")).id == "person:jose-alvarez");
  std::string message;
  CHECK(error_code_of([&] { index.resolve("albert"); }, &message) == kExitError);
  CHECK(message.find("\"albert\" is ambiguous") != std::string::npos);
}

// ---------------------------------------------------------------------------------------
// Paths

TEST_CASE("query: path: the shortest path ignores direction and names each hop") {
  KnowledgeGraph g = small_world();
  PathResult r = paths(g, "person:silke-albert", "organisation:horizontal-working-party-on-drugs");
  REQUIRE(r.paths.size() == 1);
  const Path& p = r.paths.front();
  CHECK(ids(g, p.nodes) ==
        std::vector<std::string>{"person:silke-albert", "event:1",
                                 "organisation:horizontal-working-party-on-drugs"});
  REQUIRE(p.length() == 2);
  CHECK(p.hops[0].edges.front().data->kind == EdgeKind::attended);
  CHECK(p.hops[0].edges.front().source == at(g, "person:silke-albert"));  // forward
  CHECK(p.hops[1].edges.front().source == at(g, "organisation:horizontal-working-party-on-drugs"));
  CHECK(p.hops[0].edges.front().data->evidence.front().sentence == "Ms Albert briefed the party.");
}

TEST_CASE("query: path: ties go to the path whose node ids come first, --all lists them all") {
  // a - {m1, m2, m3} - b, and a longer way a - x - y - b.
  GraphBuilder b;
  b.node("person:a").node("person:b").node("event:m3").node("event:m1").node("event:m2");
  b.node("person:x").node("person:y");
  for (std::string m : {"event:m2", "event:m3", "event:m1"})
    b.edge("person:a", m, EdgeKind::attended).edge("person:b", m, EdgeKind::attended);
  b.edge("person:a", "person:x", EdgeKind::represents)
      .edge("person:y", "person:x", EdgeKind::represents)
      .edge("person:y", "person:b", EdgeKind::represents);
  const KnowledgeGraph& g = b.graph;
  CHECK(walks(g, paths(g, "person:a", "person:b")) ==
        std::vector<std::vector<std::string>>{{"person:a", "event:m1", "person:b"}});
  PathOptions all;
  all.all = true;
  CHECK(walks(g, paths(g, "person:a", "person:b", all)) ==
        std::vector<std::vector<std::string>>{{"person:a", "event:m1", "person:b"},
                                              {"person:a", "event:m2", "person:b"},
                                              {"person:a", "event:m3", "person:b"}});
  all.max_paths = 2;
  PathResult capped = paths(g, "person:a", "person:b", all);
  CHECK(capped.paths.size() == 2);
  CHECK(capped.truncated);
}

TEST_CASE("query: path: -k gives the k shortest loopless paths in (length, ids) order") {
  GraphBuilder b;
  b.node("person:a").node("person:b").node("event:1").node("event:2");
  b.node("person:c").node("person:d").node("person:e");
  b.edge("person:a", "event:1", EdgeKind::attended).edge("person:b", "event:1", EdgeKind::attended);
  b.edge("person:a", "event:2", EdgeKind::attended).edge("person:b", "event:2", EdgeKind::attended);
  b.edge("person:a", "person:c", EdgeKind::represents)
      .edge("person:c", "person:d", EdgeKind::represents)
      .edge("person:d", "person:b", EdgeKind::represents);
  b.edge("person:c", "person:e", EdgeKind::represents)
      .edge("person:e", "person:d", EdgeKind::represents);
  const KnowledgeGraph& g = b.graph;
  PathOptions k;
  k.k = 10;
  const std::vector<std::vector<std::string>> expected{
      {"person:a", "event:1", "person:b"},
      {"person:a", "event:2", "person:b"},
      {"person:a", "person:c", "person:d", "person:b"},
      {"person:a", "person:c", "person:e", "person:d", "person:b"}};
  std::vector<std::vector<std::string>> got = walks(g, paths(g, "person:a", "person:b", k));
  CHECK(got == expected);  // every loopless path: k = 10 asks for more than there are
  k.k = 2;
  CHECK(walks(g, paths(g, "person:a", "person:b", k)) ==
        std::vector<std::vector<std::string>>(expected.begin(), expected.begin() + 2));
  k.k = 10;
  k.max_hops = 3;
  CHECK(walks(g, paths(g, "person:a", "person:b", k)).size() == 3);
}

namespace {

// Every loopless path from a to b by depth-first search, sorted by (length, node ids).
std::vector<std::vector<std::string>> brute_force_paths(const KnowledgeGraph& g, NodeIndex a,
                                                        NodeIndex b) {
  std::vector<std::set<NodeIndex>> adjacent(g.node_count());
  for (const EdgeRef& e : g.edges_sorted()) {
    adjacent[e.source].insert(e.target);
    adjacent[e.target].insert(e.source);
  }
  std::vector<std::vector<std::string>> out;
  std::vector<NodeIndex> walk{a};
  std::vector<bool> on(g.node_count(), false);
  on[a] = true;
  std::function<void()> go = [&] {
    if (walk.back() == b) {
      out.push_back(ids(g, walk));
      return;
    }
    for (NodeIndex next : adjacent[walk.back()]) {
      if (on[next]) continue;
      on[next] = true;
      walk.push_back(next);
      go();
      walk.pop_back();
      on[next] = false;
    }
  };
  go();
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
    return x.size() != y.size() ? x.size() < y.size() : x < y;
  });
  return out;
}

}  // namespace

TEST_CASE("query: path: Yen's k shortest paths equal a brute-force enumeration") {
  std::mt19937 random(20240601);
  for (int round = 0; round < 40; ++round) {
    GraphBuilder b;
    int n = 7;
    for (int i = 0; i < n; ++i) b.node("person:p" + std::to_string(i));
    std::uniform_int_distribution<int> pick(0, n - 1);
    for (int e = 0; e < 11; ++e) {
      int x = pick(random), y = pick(random);
      if (x != y)
        b.edge("person:p" + std::to_string(x), "person:p" + std::to_string(y),
               EdgeKind::represents);
    }
    const KnowledgeGraph& g = b.graph;
    NodeIndex from = at(g, "person:p0"), to = at(g, "person:p" + std::to_string(n - 1));
    auto expected = brute_force_paths(g, from, to);
    PathOptions k;
    k.k = 1000;
    CAPTURE(round);
    CHECK(walks(g, find_paths(g, from, to, k)) == expected);
    k.k = 3;
    auto first3 = std::vector<std::vector<std::string>>(
        expected.begin(),
        expected.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(3, expected.size())));
    CHECK(walks(g, find_paths(g, from, to, k)) == first3);
    // --all: exactly the brute-force paths of the shortest length.
    PathOptions all;
    all.all = true;
    std::vector<std::vector<std::string>> shortest;
    for (const auto& w : expected)
      if (w.size() == expected.front().size()) shortest.push_back(w);
    CHECK(walks(g, find_paths(g, from, to, all)) == shortest);
  }
}

TEST_CASE("query: path: filters on edge kinds, node kinds and dates") {
  KnowledgeGraph g = small_world();
  const std::string yatta = "person:yatta-dakowah", silke = "person:silke-albert";
  // Shortest: Yatta - event:1 - Silke (2 hops), also Yatta - UNODC - Silke (represents).
  CHECK(walks(g, paths(g, yatta, silke)).front() ==
        std::vector<std::string>{yatta, "event:1", silke});

  PathOptions represents;
  represents.filter.edge_kinds = {EdgeKind::represents};
  CHECK(walks(g, paths(g, yatta, silke, represents)).front() ==
        std::vector<std::string>{yatta, "organisation:unodc", silke});

  PathOptions events_only;
  events_only.filter.node_kinds = {NodeKind::event};  // the ends are people: they still pass
  CHECK(walks(g, paths(g, yatta, silke, events_only)).front() ==
        std::vector<std::string>{yatta, "event:1", silke});
  PathOptions orgs_only;
  orgs_only.filter.node_kinds = {NodeKind::organisation};
  CHECK(walks(g, paths(g, yatta, silke, orgs_only)).front() ==
        std::vector<std::string>{yatta, "organisation:unodc", silke});

  // The window 2018 drops event:1, and the affiliations to UNODC, stated by item 1 (2017)
  // only, too: no path is left. In 2017 the way through UNODC is there.
  PathOptions in_2018;
  in_2018.filter.from = "2018-01-01";
  in_2018.filter.to = "2018-12-31";
  CHECK(paths(g, yatta, silke, in_2018).paths.empty());
  PathOptions in_2017 = represents;
  in_2017.filter.from = "2017-01-01";
  in_2017.filter.to = "2017-12-31";
  CHECK(walks(g, paths(g, yatta, silke, in_2017)).front() ==
        std::vector<std::string>{yatta, "organisation:unodc", silke});

  // Filters that cut every path.
  PathOptions cut = in_2018;
  cut.filter.edge_kinds = {EdgeKind::attended};
  CHECK(paths(g, yatta, silke, cut).paths.empty());
  PathOptions funds;
  funds.filter.edge_kinds = {EdgeKind::funds};
  funds.k = 3;
  CHECK(paths(g, yatta, silke, funds).paths.empty());
  PathOptions one_hop;
  one_hop.max_hops = 1;
  CHECK(paths(g, yatta, silke, one_hop).paths.empty());
  PathOptions places;
  places.filter.node_kinds = {NodeKind::place};
  places.all = true;
  CHECK(paths(g, yatta, silke, places).paths.empty());
  // Brussels has no edge at all.
  CHECK(paths(g, yatta, "place:brussels").paths.empty());
}

TEST_CASE("query: path: --avoid keeps paths off named hubs, --max-degree off busy nodes") {
  KnowledgeGraph g = small_world();
  const std::string yatta = "person:yatta-dakowah", jose = "person:jose-alvarez";
  // Through UNODC, the hub: Yatta - UNODC - José.
  CHECK(walks(g, paths(g, yatta, jose)).front() ==
        std::vector<std::string>{yatta, "organisation:unodc", jose});
  PathOptions avoid;
  avoid.avoid = {at(g, "organisation:unodc")};
  CHECK(paths(g, yatta, jose, avoid).paths.empty());  // José's only other tie is event:4
  // Avoiding UNODC between Silke and DG HOME leaves the events.
  PathResult via_events = paths(g, "person:silke-albert", "organisation:dg-home", avoid);
  REQUIRE_FALSE(via_events.paths.empty());
  for (NodeIndex n : via_events.paths.front().nodes) CHECK(g.node(n).id != "organisation:unodc");
  // An end is never avoided.
  CHECK_FALSE(paths(g, yatta, "organisation:unodc", avoid).paths.empty());
  // event:1 has 4 neighbours, UNODC 3: at most 3 sends the path through UNODC, at most 2
  // leaves none.
  PathOptions calm;
  calm.max_degree = 3;
  CHECK(walks(g, paths(g, yatta, "person:silke-albert", calm)).front() ==
        std::vector<std::string>{yatta, "organisation:unodc", "person:silke-albert"});
  calm.max_degree = 2;
  CHECK(paths(g, yatta, "person:silke-albert", calm).paths.empty());
}

TEST_CASE("query: path: a window keeps events that overlap it") {
  KnowledgeGraph g = small_world();  // event:2 runs 2017-06-10..2017-06-11
  PathOptions window;
  window.filter.from = "2017-06-11";
  window.filter.to = "2017-06-11";
  window.filter.edge_kinds = {EdgeKind::attended};
  CHECK(paths(g, "person:silke-albert", "organisation:dg-home", window).paths.size() == 1);
  window.filter.from = "2017-06-12";
  window.filter.to = "";
  CHECK(paths(g, "person:silke-albert", "organisation:dg-home", window).paths.empty());
}

TEST_CASE("query: path: a hop over two kinds of edge keeps both, same ends, bad options") {
  GraphBuilder b;
  b.node("organisation:eu").node("programme:p");
  b.edge("organisation:eu", "programme:p", EdgeKind::funds)
      .edge("organisation:eu", "programme:p", EdgeKind::attended);
  PathResult r = paths(b.graph, "programme:p", "organisation:eu");
  REQUIRE(r.paths.size() == 1);
  REQUIRE(r.paths.front().hops.front().edges.size() == 2);
  CHECK(r.paths.front().hops.front().edges[0].data->kind == EdgeKind::attended);
  CHECK(r.paths.front().hops.front().edges[1].data->kind == EdgeKind::funds);

  PathResult same = paths(b.graph, "programme:p", "programme:p");
  REQUIRE(same.paths.size() == 1);
  CHECK(same.paths.front().length() == 0);

  PathOptions both;
  both.all = true;
  both.k = 2;
  CHECK(error_code_of([&] { paths(b.graph, "programme:p", "organisation:eu", both); }) ==
        kExitError);
}

// ---------------------------------------------------------------------------------------
// Neighbours and cards

TEST_CASE("query: neighbours within a depth, listed by distance then id, filtered by kind") {
  KnowledgeGraph g = small_world();
  std::vector<Neighbour> one = neighbours(g, at(g, "organisation:unodc"), 1);
  std::vector<NodeIndex> nodes;
  for (const Neighbour& n : one) nodes.push_back(n.node);
  CHECK(ids(g, nodes) == std::vector<std::string>{"person:jose-alvarez", "person:silke-albert",
                                                  "person:yatta-dakowah"});
  CHECK(edge_label(one.front().edges.front().data->kind,
                   one.front().edges.front().source == one.front().via) == "represented by");

  std::vector<Neighbour> events = neighbours(g, at(g, "organisation:unodc"), 2, {NodeKind::event});
  nodes.clear();
  for (const Neighbour& n : events) nodes.push_back(n.node);
  CHECK(ids(g, nodes) == std::vector<std::string>{"event:1", "event:2", "event:3", "event:4"});
  CHECK(g.node(events.front().via).id == "person:silke-albert");  // first via in id order
  CHECK(events.front().distance == 2);

  std::vector<Neighbour> programmes =
      neighbours(g, at(g, "organisation:european-union"), 1, {NodeKind::programme});
  REQUIRE(programmes.size() == 1);
  CHECK(g.node(programmes.front().node).id == "programme:glo-act");
  CHECK(neighbours(g, at(g, "place:brussels"), 3).empty());
}

TEST_CASE("query: the entity card: items with dates and titles, edges grouped by kind") {
  KnowledgeGraph g = small_world();
  EntityCard card = entity_card(g, at(g, "person:silke-albert"));
  REQUIRE(card.items.size() == 2);
  CHECK(card.items[0].title == "Meeting on drugs");
  CHECK(card.items[1].date == "2017-06-10");
  REQUIRE(card.groups.size() == 2);
  CHECK(card.groups[0].label == "attended");
  CHECK(card.groups[0].edges.size() == 2);
  CHECK(g.node(card.groups[0].edges[0].other).id == "event:1");
  CHECK(card.groups[1].label == "represents");

  EntityCard unodc = entity_card(g, at(g, "organisation:unodc"));
  REQUIRE(unodc.groups.size() == 1);
  CHECK(unodc.groups[0].label == "represented by");
  CHECK_FALSE(unodc.groups[0].outgoing);
  CHECK(unodc.groups[0].edges.size() == 3);
}

// ---------------------------------------------------------------------------------------
// Filter

TEST_CASE("query: filter_graph: window on events, node and edge kinds, isolated nodes") {
  KnowledgeGraph g = small_world();
  GraphFilter window;
  window.from = "2017-01-01";
  window.to = "2017-12-31";
  KnowledgeGraph y2017 = filter_graph(g, window);
  CHECK(y2017.node_count() == g.node_count() - 2);  // event:3 and event:4 gone
  CHECK_FALSE(y2017.find("event:3"));
  CHECK(y2017.items.size() == 2);
  CHECK(y2017.find("person:anna-albert"));
  window.drop_isolated = true;
  KnowledgeGraph connected = filter_graph(g, window);
  // Only event:3 joined the Council of Europe and the EEAS; Brussels had no edge at all.
  CHECK_FALSE(connected.find("organisation:council-of-europe"));
  CHECK_FALSE(connected.find("organisation:european-external-action-service"));
  CHECK_FALSE(connected.find("place:brussels"));
  // Her affiliation with Europol is stated by item 3 only (2018): outside the window too.
  CHECK_FALSE(connected.find("person:anna-albert"));
  CHECK(connected.find("event:1"));
}

TEST_CASE("query: filter_graph keeps ids and drops edges of other kinds") {
  KnowledgeGraph g = small_world();
  GraphFilter kinds;
  kinds.node_kinds = {NodeKind::person, NodeKind::organisation};
  kinds.edge_kinds = {EdgeKind::represents};
  KnowledgeGraph people = filter_graph(g, kinds);
  CHECK(people.node_count() == 4 + 7);
  CHECK(people.edge_count() == 4);
  for (const EdgeRef& e : people.edges_sorted()) CHECK(e.data->kind == EdgeKind::represents);
  CHECK(filter_graph(g, {}).edge_count() == g.edge_count());
  CHECK(parse_edge_kinds("attended, represents") ==
        std::vector<EdgeKind>{EdgeKind::attended, EdgeKind::represents});
  CHECK(parse_node_kinds("event,person,event") ==
        std::vector<NodeKind>{NodeKind::event, NodeKind::person});
  CHECK(error_code_of([] { parse_edge_kinds("met"); }) == kExitError);
  CHECK(error_code_of([] { parse_node_kinds("people,thing"); }) == kExitError);
  CHECK(error_code_of([] { check_iso_date("2017-13-01", "--from"); }) == kExitError);
  CHECK(error_code_of([] { check_iso_date("1.1.2017", "--to"); }) == kExitError);
  CHECK(error_code_of([] { check_iso_date("2017-01-31", "--to"); }) == 0);
}

// ---------------------------------------------------------------------------------------
// Groups and engagements

TEST_CASE("query: engagements: a body group matches names, aliases and word patterns") {
  BodyGroup group = parse_body_group(R"({
    "name": "test", "bodies": ["European Union", {"name": "EEAS", "aliases": ["European External Action Service"]}],
    "patterns": {"starts_with": ["DG"], "contains": ["Working Party"], "ends_with": ["of the EU"]},
    "exclude": {"names": ["DG Nowhere"], "contains": ["Council of Europe"]}})",
                                     "test.json");
  auto member = [&](const std::string& name, NodeKind kind = NodeKind::organisation,
                    std::vector<std::string> aliases = {}) {
    NodeData node;
    node.kind = kind;
    node.name = name;
    node.aliases = std::move(aliases);
    return group_contains(group, node);
  };
  CHECK(member("european union"));
  CHECK(member("European External Action Service"));
  CHECK(member("External Service", NodeKind::organisation, {"EEAS"}));
  CHECK(member("DG HOME"));
  CHECK(member("DG-DEVCO"));
  CHECK_FALSE(member("DGX"));         // whole words only
  CHECK_FALSE(member("DG Nowhere"));  // excluded by name
  CHECK(member("Horizontal Working Party on Drugs"));
  CHECK(member("Delegation of the EU"));
  CHECK_FALSE(member("Working Party of the Council of Europe"));  // excluded by words
  CHECK_FALSE(member("DG HOME", NodeKind::person));               // kinds: organisations
  CHECK_FALSE(member("UNODC"));
}

TEST_CASE("query: engagements: group files report errors with file, line and column") {
  std::string message;
  CHECK(error_code_of([&] { parse_body_group("{\n  \"bodies\": [\"a\",]\n}", "g.json"); },
                      &message) == kExitError);
  CHECK(message.rfind("g.json:2:", 0) == 0);
  CHECK(error_code_of(
            [&] { parse_body_group("{\n  \"name\": \"x\",\n  \"bodys\": []\n}", "g.json"); },
            &message) == kExitError);
  CHECK(message ==
        "g.json:3:3: unknown field \"bodys\" (expected name, description, kinds, "
        "gazetteer_groups, bodies, patterns, exclude)");
  CHECK(error_code_of([&] { parse_body_group("{\"patterns\": {\"like\": [\"x\"]}}", "g.json"); },
                      &message) == kExitError);
  CHECK(message.find("unknown pattern \"like\"") != std::string::npos);
  CHECK(error_code_of([&] { parse_body_group("{\"bodies\": [1]}", "g.json"); }) == kExitError);
  CHECK(error_code_of([&] { parse_body_group("{\"name\": \"empty\"}", "g.json"); }) == kExitError);
  CHECK(error_code_of([&] { load_body_group("rules", "no-such-group"); }, &message) == kExitError);
  CHECK(message.find("no group \"no-such-group\"") != std::string::npos);
  // Run from another folder, "rules" is not there: say so rather than that "eu" is unknown.
  CHECK(error_code_of([&] { load_body_group("no-such-rules-folder", "eu"); }, &message) ==
        kExitError);
  CHECK(message.find("has no groups/ folder") != std::string::npos);
}

TEST_CASE("query: engagements: the eu group covers the brochure's EU bodies, not others") {
  BodyGroup eu = load_body_group("rules", "eu");
  CHECK(eu.name == "eu");
  auto member = [&](const std::string& name, std::vector<std::string> aliases = {}) {
    NodeData node;
    node.kind = NodeKind::organisation;
    node.name = name;
    node.aliases = std::move(aliases);
    return group_contains(eu, node);
  };
  // The bodies that the brochure's gold counts (shared/gold/eu-unodc-brochure.gold.json).
  for (const char* body : {"7th Framework Programme",
                           "ACP-EU Joint Parliamentary Assembly",
                           "ALDE Group",
                           "ASIAPAC",
                           "Afghanistan Delegation",
                           "Committee on Civil Liberties, Justice and Home Affairs",
                           "Council of the European Union",
                           "Counter-Terrorism Working Group",
                           "DG DEVCO",
                           "DG EAC",
                           "DG HOME",
                           "DG NEAR",
                           "EU Anti-Trafficking Coordinator's Team",
                           "EU Delegation in Vienna",
                           "EU Expert Group on match-fixing",
                           "EURCA",
                           "Environment and Natural Resources unit",
                           "European Commission",
                           "European Commission Representation in Spain",
                           "European Cyber Crime Centre",
                           "European Economic and Social Committee",
                           "European External Action Service",
                           "European Parliament",
                           "European Serious and Organised Crime Centre",
                           "European Union",
                           "European Union Emergency Trust Fund for Africa",
                           "Europol",
                           "Eurostat",
                           "Frontex",
                           "Horizontal Working Party on Drugs",
                           "Instrument contributing to Stability and Peace",
                           "Joint Research Centre",
                           "Justice and Home Affaires Directorate",
                           "Radicalisation Awareness Network",
                           "Standing Committee on Operational Cooperation on Internal Security"}) {
    CAPTURE(body);
    CHECK(member(body));
  }
  // Bodies a held-out corpus may name: found by patterns, not by the list above.
  for (const char* body :
       {"DG MARE", "Directorate-General for Justice and Consumers", "EU Delegation to Kenya",
        "Council Working Party on Terrorism", "European Commission's Joint Research Centre",
        "EUCAP Sahel Niger", "Eurojust", "CEPOL", "EMCDDA"}) {
    CAPTURE(body);
    CHECK(member(body));
  }
  for (const char* other : {"UNODC", "Council of Europe", "INTERPOL", "IOM", "UNICEF", "OSCE",
                            "Belgian Ministry of Foreign Affairs", "European Court of Human Rights",
                            "UEFA", "African Union Commission", "World Customs Organization"}) {
    CAPTURE(other);
    CHECK_FALSE(member(other));
  }
}

TEST_CASE("query: engagements: people x bodies, cells list the shared events") {
  KnowledgeGraph g = small_world();
  BodyGroup eu = load_body_group("rules", "eu");
  EngagementMatrix m = compute_engagements(g, at(g, "organisation:unodc"), eu);
  // Silke: DG HOME x2 (events 1, 2), HWPD x1; Yatta: DG HOME, HWPD (event 1), EEAS, Europol
  // (event 3); José: European Union (event 4). Council of Europe is not EU.
  // Rows by distinct shared events: Silke 2 and Yatta 2 (then by name), José 1. Columns: DG
  // HOME 2, then the bodies of one event each, by name.
  CHECK(ids(g, m.rows) == std::vector<std::string>{"person:silke-albert", "person:yatta-dakowah",
                                                   "person:jose-alvarez"});
  CHECK(ids(g, m.columns) ==
        std::vector<std::string>{"organisation:dg-home",
                                 "organisation:european-external-action-service",
                                 "organisation:european-union", "organisation:europol",
                                 "organisation:horizontal-working-party-on-drugs"});
  CHECK(m.count(0, 0) == 2);
  CHECK(ids(g, m.cells[0][0]) == std::vector<std::string>{"event:1", "event:2"});
  CHECK(m.count(1, 1) == 1);  // Yatta and the EEAS at event 3
  CHECK(m.count(1, 4) == 1);  // Yatta and the working party at event 1
  CHECK(m.count(2, 2) == 1);  // José and the EU at event 4
  CHECK(m.count(2, 0) == 0);

  EngagementMatrix y2017 =
      compute_engagements(g, at(g, "organisation:unodc"), eu, {"2017-01-01", "2017-12-31", false});
  CHECK(ids(g, y2017.rows) ==
        std::vector<std::string>{"person:silke-albert", "person:yatta-dakowah"});
  CHECK(ids(g, y2017.columns) ==
        std::vector<std::string>{"organisation:dg-home",
                                 "organisation:horizontal-working-party-on-drugs"});
  CHECK(y2017.count(0, 0) == 2);

  EngagementMatrix all =
      compute_engagements(g, at(g, "organisation:unodc"), eu, {"2017-01-01", "2017-12-31", true});
  CHECK(all.rows.size() == 3);
  CHECK(all.columns.size() == 5);  // DG HOME, EEAS, EU, Europol, HWPD: Council of Europe is out
  CHECK(compute_engagements(g, at(g, "organisation:council-of-europe"), eu).rows.empty());
}

// ---------------------------------------------------------------------------------------
// Rank and stats

TEST_CASE("query: rank by degree, events and betweenness, ties by id") {
  KnowledgeGraph g = small_world();
  std::vector<RankEntry> degree = rank_nodes(g, RankBy::degree, {NodeKind::person});
  REQUIRE(degree.size() == 4);
  CHECK(g.node(degree[0].node).id == "person:silke-albert");  // 3, tied with Yatta: id order
  CHECK(g.node(degree[1].node).id == "person:yatta-dakowah");
  CHECK(degree[0].score == 3);
  std::vector<RankEntry> events = rank_nodes(g, RankBy::events, {NodeKind::organisation});
  CHECK(g.node(events[0].node).id == "organisation:dg-home");
  CHECK(events[0].score == 2);
  CHECK(rank_nodes(g, RankBy::degree).size() == g.node_count() - 4);  // events left out

  // A path a - b - c: b lies on the one shortest path between a and c.
  GraphBuilder b;
  b.node("person:a").node("person:b").node("person:c").node("person:d");
  b.edge("person:a", "person:b", EdgeKind::represents)
      .edge("person:b", "person:c", EdgeKind::represents);
  b.edge("person:c", "person:d", EdgeKind::represents);
  std::vector<RankEntry> between = rank_nodes(b.graph, RankBy::betweenness);
  CHECK(b.graph.node(between[0].node).id == "person:b");
  CHECK(between[0].score == doctest::Approx(2.0));  // pairs (a,c), (a,d)
  CHECK(between[1].score == doctest::Approx(2.0));  // c: (a,d), (b,d)
  CHECK(between[2].score == 0);
  CHECK(parse_rank_by("betweenness") == RankBy::betweenness);
  CHECK_FALSE(parse_rank_by("pagerank"));
}

TEST_CASE("query: betweenness equals Boost.Graph's Brandes on random graphs") {
  std::mt19937 random(20261201);
  for (int round = 0; round < 5; ++round) {
    GraphBuilder b;
    const int n = 40;
    for (int i = 0; i < n; ++i) b.node("person:p" + std::to_string(i));
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> reference(n);
    std::uniform_int_distribution<int> pick(0, n - 1);
    std::set<std::pair<int, int>> linked;
    for (int e = 0; e < 60 + 10 * round; ++e) {
      int x = pick(random), y = pick(random);
      if (x == y || !linked.insert({std::min(x, y), std::max(x, y)}).second) continue;
      b.edge("person:p" + std::to_string(x), "person:p" + std::to_string(y), EdgeKind::represents);
      boost::add_edge(x, y, reference);
    }
    std::vector<double> expected(n, 0.0);
    boost::brandes_betweenness_centrality(
        reference, boost::centrality_map(boost::make_iterator_property_map(
                       expected.begin(), boost::get(boost::vertex_index, reference))));
    for (const RankEntry& entry : rank_nodes(b.graph, RankBy::betweenness)) {
      int i = std::stoi(b.graph.node(entry.node).id.substr(std::string("person:p").size()));
      CHECK(entry.score == doctest::Approx(expected[i]));
    }
  }
}

TEST_CASE("query: stats: counts by kind, components, the largest one, the busiest") {
  KnowledgeGraph g = small_world();
  GraphStats s = graph_stats(g, 3);
  CHECK(s.nodes == 17);
  CHECK(s.edges == 18);
  CHECK(s.items == 4);
  CHECK(s.nodes_by_kind[0].kind == "person");
  CHECK(s.nodes_by_kind[0].count == 4);
  CHECK(s.edges_by_kind[0].count == 13);  // attended
  CHECK(s.components == 2);               // everything but Brussels, and Brussels
  CHECK(s.isolated == 1);
  CHECK(s.largest_component == 16);
  CHECK(s.largest_by_kind[3].count == 0);  // no place in it
  REQUIRE(s.busiest.size() == 3);
  CHECK(g.node(s.busiest[0].node).id == "organisation:unodc");
  CHECK(graph_stats(KnowledgeGraph{}).components == 0);
}

}  // namespace kg
