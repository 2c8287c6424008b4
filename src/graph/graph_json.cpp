// The node-link JSON layout of shared/spec/graph-json.md, written with kg/json_writer.hpp and
// read with RapidJSON.
#include <cstdio>
#include <ostream>

#include <rapidjson/document.h>

#include "kg/error.hpp"
#include "kg/graph.hpp"
#include "kg/json.hpp"
#include "kg/json_writer.hpp"
#include "kg/parallel.hpp"
#include "kg/text.hpp"
#include "kg/utf8.hpp"

namespace kg {
namespace {

using Writer = json::Writer;

void write_ints(Writer& w, const char* key, const std::vector<int>& values) {
  w.key(key).integers(values);
}

void write_evidence(Writer& w, const char* key, const std::vector<Evidence>& list) {
  w.key(key);
  w.start_array();
  for (const Evidence& e : list) {
    w.start_object();
    w.key("item");
    w.integer(e.item);
    w.key("begin");
    w.integer(e.begin);
    w.key("end");
    w.integer(e.end);
    w.key("rule");
    w.string(e.rule);
    if (!e.surface.empty()) {
      w.key("surface");
      w.string(e.surface);
    }
    w.key("sentence");
    w.string(e.sentence);
    w.end_object();
  }
  w.end_array();
}

void write_node(Writer& w, const NodeData& node) {
  w.start_object();
  w.key("id");
  w.string(node.id);
  w.key("kind");
  w.string(to_string(node.kind));
  w.key("name");
  w.string(node.name);
  if (node.kind == NodeKind::event) {
    w.key("n");
    w.integer(node.n);
    w.key("date");
    w.string(node.date);
    w.key("end_date");
    w.string(node.end_date);
  } else {
    w.key("aliases");
    w.strings(node.aliases);
  }
  write_ints(w, "items", node.items);
  if (!node.mentions.empty()) write_evidence(w, "mentions", node.mentions);
  w.end_object();
}

// Reading: every value's type is checked before use; `where` names the value in messages.
[[noreturn]] void fail(const std::string& where, const std::string& problem,
                       const std::string& file) {
  throw Error("graph JSON: " + where + " " + problem, file);
}

const rapidjson::Value& expect(const rapidjson::Value& value, bool ok, const char* wanted,
                               const std::string& where, const std::string& file) {
  if (!ok) fail(where, std::string("is ") + json::type_name(value) + ", not " + wanted, file);
  return value;
}

const rapidjson::Value* find(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

const rapidjson::Value& member(const rapidjson::Value& object, const char* key,
                               const std::string& where, const std::string& file) {
  const rapidjson::Value* value = find(object, key);
  if (value == nullptr) fail(where, std::string("lacks \"") + key + "\"", file);
  return *value;
}

std::string get_string(const rapidjson::Value& object, const char* key, const std::string& where,
                       const std::string& file) {
  const auto& v = member(object, key, where, file);
  expect(v, v.IsString(), "a string", where + " \"" + key + "\"", file);
  return {v.GetString(), v.GetStringLength()};
}

std::string optional_string(const rapidjson::Value& object, const char* key,
                            const std::string& where, const std::string& file) {
  const rapidjson::Value* v = find(object, key);
  if (v == nullptr || v->IsNull()) return {};
  expect(*v, v->IsString(), "a string", where + " \"" + key + "\"", file);
  return {v->GetString(), v->GetStringLength()};
}

int optional_int(const rapidjson::Value& object, const char* key, const std::string& where,
                 const std::string& file) {
  const rapidjson::Value* v = find(object, key);
  if (v == nullptr || v->IsNull()) return 0;
  return expect(*v, v->IsInt(), "an integer", where + " \"" + key + "\"", file).GetInt();
}

std::size_t optional_offset(const rapidjson::Value& object, const char* key,
                            const std::string& where, const std::string& file) {
  const rapidjson::Value* v = find(object, key);
  if (v == nullptr || v->IsNull()) return 0;
  expect(*v, v->IsUint64(), "a byte offset", where + " \"" + key + "\"", file);
  return static_cast<std::size_t>(v->GetUint64());
}

const rapidjson::Value* optional_array(const rapidjson::Value& object, const char* key,
                                       const std::string& where, const std::string& file) {
  const rapidjson::Value* v = find(object, key);
  if (v == nullptr || v->IsNull()) return nullptr;
  return &expect(*v, v->IsArray(), "an array", where + " \"" + key + "\"", file);
}

std::vector<int> get_ints(const rapidjson::Value& object, const char* key, const std::string& where,
                          const std::string& file) {
  std::vector<int> out;
  if (const rapidjson::Value* array = optional_array(object, key, where, file))
    for (const auto& v : array->GetArray())
      out.push_back(
          expect(v, v.IsInt(), "an integer", where + " \"" + key + "\" element", file).GetInt());
  return out;
}

std::vector<Evidence> get_evidence(const rapidjson::Value& object, const char* key,
                                   const std::string& where, const std::string& file) {
  std::vector<Evidence> out;
  const rapidjson::Value* array = optional_array(object, key, where, file);
  if (array == nullptr) return out;
  std::string element = where + " \"" + key + "\" element";
  for (const auto& v : array->GetArray()) {
    expect(v, v.IsObject(), "an object", element, file);
    Evidence e;
    e.item = optional_int(v, "item", element, file);
    e.begin = optional_offset(v, "begin", element, file);
    e.end = optional_offset(v, "end", element, file);
    e.rule = optional_string(v, "rule", element, file);
    e.surface = optional_string(v, "surface", element, file);
    e.sentence = optional_string(v, "sentence", element, file);
    out.push_back(std::move(e));
  }
  return out;
}

void write_corrections(Writer& w, const std::vector<AppliedCorrection>& corrections) {
  w.key("corrections");
  w.start_array();
  for (const AppliedCorrection& c : corrections) {
    w.start_object();
    w.key("source");
    w.string(c.source);
    w.key("correction");
    w.string(c.text);
    if (!c.note.empty()) {
      w.key("note");
      w.string(c.note);
    }
    w.key("nodes");
    w.strings(c.nodes);
    w.end_object();
  }
  w.end_array();
}

// What a part of a long array rendered on a thread of its own holds: elements weighing this
// much, an element weighing one and each piece of evidence it carries one more (about 2 MB of
// text). A node with 70,000 mentions is a part of its own.
constexpr std::size_t kPartWeight = 8192;
// A part's text kept for the next wave up to this capacity; one of a giant node is freed.
constexpr std::size_t kKeptCapacity = std::size_t{16} << 20;

// Where each part begins, and `count` after the last.
template <typename Weight>
std::vector<std::size_t> part_bounds(std::size_t count, const Weight& weight) {
  std::vector<std::size_t> bounds{0};
  std::size_t held = 0;
  for (std::size_t i = 0; i < count; ++i) {
    held += weight(i);
    if (held >= kPartWeight && i + 1 < count) {
      bounds.push_back(i + 1);
      held = 0;
    }
  }
  bounds.push_back(count);
  return bounds;
}

// Writes `count` elements of the array `w` has open, write_element(writer, i) each: with
// `jobs` > 1 the threads render the next parts while this one writes those before, and the
// bytes are those of one thread writing all.
template <typename Weight, typename WriteElement>
void write_elements(Writer& w, std::size_t count, unsigned jobs, const Weight& weight,
                    const WriteElement& write_element) {
  if (jobs == 0) jobs = default_jobs();
  const std::vector<std::size_t> bounds =
      jobs <= 1 ? std::vector<std::size_t>{0, count} : part_bounds(count, weight);
  const std::size_t parts = bounds.size() - 1;
  if (parts <= 1) {
    for (std::size_t i = 0; i < count; ++i) write_element(w, i);
    return;
  }
  std::string unused;
  const Writer opened(unused, w, 0);  // `w` as it is now, for the parts: `w` itself moves on
  struct Wave {
    std::size_t first_part = 0;
    std::size_t part_count = 0;
    std::vector<std::string> texts;  // kept from wave to wave, with their capacity
  };
  Wave waves[2];
  WorkerPool pool(jobs);  // last: gone, with its running parts, before what they write to
  auto render = [&](std::size_t first_part, Wave& wave) {
    wave.first_part = first_part;
    wave.part_count = std::min(2 * std::size_t{jobs}, parts - first_part);
    wave.texts.resize(std::max(wave.texts.size(), wave.part_count));
    return pool.give(wave.part_count, [&, texts = &wave.texts, first_part](std::size_t k) {
      // Written on this thread's stack: strings side by side in `texts` share a cache line,
      // and two threads appending to neighbours would fight over it at every byte.
      std::string text = std::move((*texts)[k]);
      text.clear();
      {
        Writer part(text, opened, bounds[first_part + k]);
        for (std::size_t i = bounds[first_part + k]; i < bounds[first_part + k + 1]; ++i)
          write_element(part, i);
      }
      (*texts)[k] = std::move(text);
    });
  };
  auto batch = render(0, waves[0]);
  for (int now = 0;; now ^= 1) {
    pool.wait(*batch);
    Wave& wave = waves[now];
    const std::size_t next = wave.first_part + wave.part_count;
    if (next < parts) batch = render(next, waves[now ^ 1]);
    for (std::size_t k = 0; k < wave.part_count; ++k) {
      const std::size_t part = wave.first_part + k;
      w.append_elements(wave.texts[k], bounds[part + 1] - bounds[part]);
      if (wave.texts[k].capacity() > kKeptCapacity) std::string().swap(wave.texts[k]);
    }
    if (next == parts) return;
  }
}

void write_edge(Writer& w, const KnowledgeGraph& graph, const EdgeRef& edge) {
  w.start_object();
  w.key("source");
  w.string(graph.node(edge.source).id);
  w.key("target");
  w.string(graph.node(edge.target).id);
  w.key("kind");
  w.string(to_string(edge.data->kind));
  write_ints(w, "items", edge.data->items);
  write_evidence(w, "evidence", edge.data->evidence);
  w.end_object();
}

}  // namespace

void write_graph_json(const KnowledgeGraph& graph, std::ostream& out, unsigned jobs) {
  Writer w(out, json::pretty(1));
  w.start_object();
  w.key("directed");
  w.boolean(true);
  w.key("multigraph");
  w.boolean(true);
  w.key("graph");
  w.start_object();
  w.key("corpus");
  w.string(graph.corpus);
  w.key("items");
  w.start_array();
  for (const ItemInfo& item : graph.items) {
    w.start_object();
    w.key("n");
    w.integer(item.n);
    w.key("date");
    w.string(item.date);
    w.key("end_date");
    w.string(item.end_date);
    w.key("title");
    w.string(item.title);
    if (!item.paragraphs.empty()) {
      w.key("paragraphs");
      w.integers(item.paragraphs);
    }
    w.end_object();
  }
  w.end_array();
  if (!graph.corrections.empty()) write_corrections(w, graph.corrections);
  w.end_object();
  w.key("nodes");
  w.start_array();
  const std::vector<NodeIndex> nodes = graph.nodes_sorted();
  write_elements(
      w, nodes.size(), jobs,
      [&](std::size_t i) { return 1 + graph.node(nodes[i]).mentions.size(); },
      [&](Writer& to, std::size_t i) { write_node(to, graph.node(nodes[i])); });
  w.end_array();
  w.key("links");
  w.start_array();
  const std::vector<EdgeRef> edges = graph.edges_sorted();
  write_elements(
      w, edges.size(), jobs, [&](std::size_t i) { return 1 + edges[i].data->evidence.size(); },
      [&](Writer& to, std::size_t i) { write_edge(to, graph, edges[i]); });
  w.end_array();
  w.end_object();
  out << '\n';
}

namespace {

std::vector<AppliedCorrection> read_corrections(const rapidjson::Value& meta,
                                                const std::string& file) {
  std::vector<AppliedCorrection> out;
  const rapidjson::Value* list = optional_array(meta, "corrections", "\"graph\"", file);
  if (list == nullptr) return out;
  const std::string where = "a correction of \"graph\"";
  for (const auto& v : list->GetArray()) {
    expect(v, v.IsObject(), "an object", where, file);
    AppliedCorrection c;
    c.source = optional_string(v, "source", where, file);
    c.text = optional_string(v, "correction", where, file);
    c.note = optional_string(v, "note", where, file);
    if (const rapidjson::Value* ids = optional_array(v, "nodes", where, file))
      for (const auto& id : ids->GetArray())
        c.nodes.emplace_back(expect(id, id.IsString(), "a string", where, file).GetString(),
                             id.GetStringLength());
    out.push_back(std::move(c));
  }
  return out;
}

void read_items(const rapidjson::Value& doc, KnowledgeGraph& graph, const std::string& file) {
  const rapidjson::Value* meta = find(doc, "graph");
  if (meta == nullptr || meta->IsNull()) return;
  expect(*meta, meta->IsObject(), "an object", "\"graph\"", file);
  graph.corpus = optional_string(*meta, "corpus", "\"graph\"", file);
  if (const rapidjson::Value* items = optional_array(*meta, "items", "\"graph\"", file)) {
    for (const auto& v : items->GetArray()) {
      expect(v, v.IsObject(), "an object", "an item of \"graph\"", file);
      ItemInfo info;
      info.n = optional_int(v, "n", "item", file);
      info.date = optional_string(v, "date", "item", file);
      info.end_date = optional_string(v, "end_date", "item", file);
      info.title = optional_string(v, "title", "item", file);
      if (const rapidjson::Value* starts = optional_array(v, "paragraphs", "item", file))
        for (const auto& start : starts->GetArray())
          info.paragraphs.push_back(
              expect(start, start.IsUint64(), "a byte offset", "item \"paragraphs\"", file)
                  .GetUint64());
      graph.items.push_back(std::move(info));
    }
  }
  graph.corrections = read_corrections(*meta, file);
}

void read_node(const rapidjson::Value& v, KnowledgeGraph& graph, const std::string& file) {
  expect(v, v.IsObject(), "an object", "a node", file);
  NodeData node;
  node.id = get_string(v, "id", "a node", file);
  std::string where = "node \"" + node.id + "\"";
  std::string kind = get_string(v, "kind", where, file);
  auto parsed = parse_node_kind(kind);
  if (!parsed) fail(where, "has unknown kind \"" + kind + "\"", file);
  if (graph.find(node.id)) fail(where, "appears twice", file);
  node.kind = *parsed;
  node.name = optional_string(v, "name", where, file);
  if (const rapidjson::Value* aliases = optional_array(v, "aliases", where, file))
    for (const auto& a : aliases->GetArray())
      node.aliases.emplace_back(
          expect(a, a.IsString(), "a string", where + " alias", file).GetString(),
          a.GetStringLength());
  node.items = get_ints(v, "items", where, file);
  node.mentions = get_evidence(v, "mentions", where, file);
  node.n = optional_int(v, "n", where, file);
  node.date = optional_string(v, "date", where, file);
  node.end_date = optional_string(v, "end_date", where, file);
  graph.add_node(std::move(node));
}

void read_link(const rapidjson::Value& v, KnowledgeGraph& graph, const std::string& file) {
  expect(v, v.IsObject(), "an object", "a link", file);
  std::string source = get_string(v, "source", "a link", file);
  std::string target = get_string(v, "target", "a link", file);
  std::string where = "link " + source + " -> " + target;
  std::string kind = get_string(v, "kind", where, file);
  auto s = graph.find(source);
  auto t = graph.find(target);
  if (!s || !t) fail(where, "names an unknown node", file);
  auto parsed = parse_edge_kind(kind);
  if (!parsed) return;  // the spec allows other link kinds; kg ignores them
  EdgeData edge;
  edge.kind = *parsed;
  edge.items = get_ints(v, "items", where, file);
  edge.evidence = get_evidence(v, "evidence", where, file);
  graph.add_edge(*s, *t, std::move(edge));
}

// JSON is UTF-8 (RFC 8259). A byte that is not would be written back as U+FFFD, so the graph
// kg holds would not be the one it writes: refused where it stands.
void require_utf8(std::string_view text, const std::string& file_name) {
  for (std::size_t pos = 0; pos < text.size();) {
    utf8::Decoded decoded = utf8::decode_checked(text, pos);
    if (!decoded.valid) {
      auto [line, column] = line_column(text, pos);
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[pos]));
      throw Error(std::string("invalid graph JSON: byte ") + hex +
                      " is not UTF-8 (a saved graph is UTF-8 text)",
                  file_name, line, column);
    }
    pos += decoded.length;
  }
}

}  // namespace

KnowledgeGraph read_graph_json(std::string_view json_text, const std::string& file_name) {
  require_utf8(json_text, file_name);
  rapidjson::Document doc = json::parse(json_text, file_name, "graph JSON");
  expect(doc, doc.IsObject(), "an object", "the graph", file_name);
  // kg's graphs are directed multigraphs; the flags are read by networkx, checked here.
  for (const char* flag : {"directed", "multigraph"})
    if (const rapidjson::Value* value = find(doc, flag))
      expect(*value, value->IsBool(), "true or false", std::string("\"") + flag + "\"", file_name);
  KnowledgeGraph graph;
  read_items(doc, graph, file_name);
  const auto& nodes = member(doc, "nodes", "the graph", file_name);
  expect(nodes, nodes.IsArray(), "an array", "\"nodes\"", file_name);
  for (const auto& v : nodes.GetArray()) read_node(v, graph, file_name);
  const char* links_key = doc.HasMember("links") ? "links" : "edges";
  const auto& links = member(doc, links_key, "the graph", file_name);
  expect(links, links.IsArray(), "an array", std::string("\"") + links_key + "\"", file_name);
  for (const auto& v : links.GetArray()) read_link(v, graph, file_name);
  return graph;
}

}  // namespace kg
