// The node-link JSON layout of shared/spec/graph-json.md, written and read with RapidJSON.
#include <ostream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "kg/error.hpp"
#include "kg/graph.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void write_string(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void write_ints(Writer& w, const char* key, const std::vector<int>& values) {
  w.Key(key);
  w.StartArray();
  for (int v : values) w.Int(v);
  w.EndArray();
}

void write_evidence(Writer& w, const char* key, const std::vector<Evidence>& list) {
  w.Key(key);
  w.StartArray();
  for (const Evidence& e : list) {
    w.StartObject();
    w.Key("item");
    w.Int(e.item);
    w.Key("begin");
    w.Uint64(e.begin);
    w.Key("end");
    w.Uint64(e.end);
    w.Key("rule");
    write_string(w, e.rule);
    if (!e.surface.empty()) {
      w.Key("surface");
      write_string(w, e.surface);
    }
    w.Key("sentence");
    write_string(w, e.sentence);
    w.EndObject();
  }
  w.EndArray();
}

void write_node(Writer& w, const NodeData& node) {
  w.StartObject();
  w.Key("id");
  write_string(w, node.id);
  w.Key("kind");
  write_string(w, to_string(node.kind));
  w.Key("name");
  write_string(w, node.name);
  if (node.kind == NodeKind::event) {
    w.Key("n");
    w.Int(node.n);
    w.Key("date");
    write_string(w, node.date);
    w.Key("end_date");
    write_string(w, node.end_date);
  } else {
    w.Key("aliases");
    w.StartArray();
    for (const auto& alias : node.aliases) write_string(w, alias);
    w.EndArray();
  }
  write_ints(w, "items", node.items);
  if (!node.mentions.empty()) write_evidence(w, "mentions", node.mentions);
  w.EndObject();
}

const rapidjson::Value& member(const rapidjson::Value& object, const char* key,
                               const std::string& file) {
  if (!object.IsObject() || !object.HasMember(key))
    throw Error(std::string("graph JSON lacks \"") + key + "\"", file);
  return object[key];
}

std::string get_string(const rapidjson::Value& object, const char* key, const std::string& file) {
  const auto& v = member(object, key, file);
  if (!v.IsString()) throw Error(std::string("graph JSON: \"") + key + "\" is not a string", file);
  return {v.GetString(), v.GetStringLength()};
}

std::string optional_string(const rapidjson::Value& object, const char* key) {
  if (!object.HasMember(key) || !object[key].IsString()) return {};
  return {object[key].GetString(), object[key].GetStringLength()};
}

std::vector<int> get_ints(const rapidjson::Value& object, const char* key) {
  std::vector<int> out;
  if (!object.HasMember(key) || !object[key].IsArray()) return out;
  for (const auto& v : object[key].GetArray())
    if (v.IsInt()) out.push_back(v.GetInt());
  return out;
}

std::vector<Evidence> get_evidence(const rapidjson::Value& object, const char* key) {
  std::vector<Evidence> out;
  if (!object.HasMember(key) || !object[key].IsArray()) return out;
  for (const auto& v : object[key].GetArray()) {
    if (!v.IsObject()) continue;
    Evidence e;
    e.item = v.HasMember("item") && v["item"].IsInt() ? v["item"].GetInt() : 0;
    e.begin = v.HasMember("begin") && v["begin"].IsUint64() ? v["begin"].GetUint64() : 0;
    e.end = v.HasMember("end") && v["end"].IsUint64() ? v["end"].GetUint64() : 0;
    e.rule = optional_string(v, "rule");
    e.surface = optional_string(v, "surface");
    e.sentence = optional_string(v, "sentence");
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

void write_graph_json(const KnowledgeGraph& graph, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  Writer w(stream);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  w.Key("corpus");
  write_string(w, graph.corpus);
  w.Key("items");
  w.StartArray();
  for (const ItemInfo& item : graph.items) {
    w.StartObject();
    w.Key("n");
    w.Int(item.n);
    w.Key("date");
    write_string(w, item.date);
    w.Key("end_date");
    write_string(w, item.end_date);
    w.Key("title");
    write_string(w, item.title);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.Key("nodes");
  w.StartArray();
  for (NodeIndex index : graph.nodes_sorted()) write_node(w, graph.node(index));
  w.EndArray();
  w.Key("links");
  w.StartArray();
  for (const EdgeRef& edge : graph.edges_sorted()) {
    w.StartObject();
    w.Key("source");
    write_string(w, graph.node(edge.source).id);
    w.Key("target");
    write_string(w, graph.node(edge.target).id);
    w.Key("kind");
    write_string(w, to_string(edge.data->kind));
    write_ints(w, "items", edge.data->items);
    write_evidence(w, "evidence", edge.data->evidence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << '\n';
}

KnowledgeGraph read_graph_json(std::string_view json_text, const std::string& file_name) {
  rapidjson::Document doc;
  doc.Parse(json_text.data(), json_text.size());
  if (doc.HasParseError()) {
    auto [line, column] = line_column(json_text, doc.GetErrorOffset());
    throw Error(
        std::string("invalid graph JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()),
        file_name, line, column);
  }
  KnowledgeGraph graph;
  if (doc.HasMember("graph") && doc["graph"].IsObject()) {
    const auto& meta = doc["graph"];
    graph.corpus = optional_string(meta, "corpus");
    if (meta.HasMember("items") && meta["items"].IsArray()) {
      for (const auto& v : meta["items"].GetArray()) {
        ItemInfo info;
        info.n = v.HasMember("n") && v["n"].IsInt() ? v["n"].GetInt() : 0;
        info.date = optional_string(v, "date");
        info.end_date = optional_string(v, "end_date");
        info.title = optional_string(v, "title");
        graph.items.push_back(std::move(info));
      }
    }
  }
  const auto& nodes = member(doc, "nodes", file_name);
  if (!nodes.IsArray()) throw Error("graph JSON: \"nodes\" is not an array", file_name);
  for (const auto& v : nodes.GetArray()) {
    NodeData node;
    node.id = get_string(v, "id", file_name);
    std::string kind = get_string(v, "kind", file_name);
    auto parsed = parse_node_kind(kind);
    if (!parsed)
      throw Error("graph JSON: node \"" + node.id + "\" has unknown kind \"" + kind + "\"",
                  file_name);
    node.kind = *parsed;
    node.name = optional_string(v, "name");
    if (v.HasMember("aliases") && v["aliases"].IsArray())
      for (const auto& a : v["aliases"].GetArray())
        if (a.IsString()) node.aliases.emplace_back(a.GetString(), a.GetStringLength());
    node.items = get_ints(v, "items");
    node.mentions = get_evidence(v, "mentions");
    node.n = v.HasMember("n") && v["n"].IsInt() ? v["n"].GetInt() : 0;
    node.date = optional_string(v, "date");
    node.end_date = optional_string(v, "end_date");
    graph.add_node(std::move(node));
  }
  const char* links_key = doc.HasMember("links") ? "links" : "edges";
  const auto& links = member(doc, links_key, file_name);
  if (!links.IsArray()) throw Error("graph JSON: \"links\" is not an array", file_name);
  for (const auto& v : links.GetArray()) {
    std::string source = get_string(v, "source", file_name);
    std::string target = get_string(v, "target", file_name);
    std::string kind = get_string(v, "kind", file_name);
    auto s = graph.find(source);
    auto t = graph.find(target);
    if (!s || !t)
      throw Error("graph JSON: link " + source + " -> " + target + " names an unknown node",
                  file_name);
    auto parsed = parse_edge_kind(kind);
    if (!parsed) continue;  // the spec allows other link kinds; kg ignores them
    EdgeData edge;
    edge.kind = *parsed;
    edge.items = get_ints(v, "items");
    edge.evidence = get_evidence(v, "evidence");
    graph.add_edge(*s, *t, std::move(edge));
  }
  return graph;
}

}  // namespace kg
