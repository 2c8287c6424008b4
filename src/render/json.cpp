#include "kg/render.hpp"

namespace kg::render {

void print_json(std::ostream& out, const std::function<void(JsonWriter&)>& write) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 2);
  write(w);
  out << '\n';
}

void json_string(JsonWriter& w, std::string_view text) {
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void json_key_string(JsonWriter& w, const char* key, std::string_view text) {
  w.Key(key);
  json_string(w, text);
}

void json_node_fields(JsonWriter& w, const NodeData& node, const char* id_key) {
  json_key_string(w, id_key, node.id);
  json_key_string(w, "name", node.name);
  json_key_string(w, "kind", to_string(node.kind));
  if (node.kind == NodeKind::event) {
    json_key_string(w, "date", node.date);
    json_key_string(w, "end_date", node.end_date.empty() ? node.date : node.end_date);
    w.Key("n");
    w.Int(node.n);
  }
}

void json_ints(JsonWriter& w, const char* key, const std::vector<int>& values) {
  w.Key(key);
  w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  w.StartArray();
  for (int v : values) w.Int(v);
  w.EndArray();
  w.SetFormatOptions(rapidjson::kFormatDefault);
}

void json_evidence(JsonWriter& w, const std::vector<Evidence>& evidence) {
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& e : evidence) {
    w.StartObject();
    w.Key("item");
    w.Int(e.item);
    json_key_string(w, "rule", e.rule);
    json_key_string(w, "sentence", e.sentence);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace kg::render
