#include "kg/render.hpp"

namespace kg::render {

void print_json(std::ostream& out, const std::function<void(JsonWriter&)>& write) {
  JsonWriter w(out, json::pretty(2));
  write(w);
  w.flush();
  out << '\n';
}

void json_key_string(JsonWriter& w, const char* key, std::string_view text) {
  w.key(key).string(text);
}

void json_node_fields(JsonWriter& w, const NodeData& node, const char* id_key) {
  json_key_string(w, id_key, node.id);
  json_key_string(w, "name", node.name);
  json_key_string(w, "kind", to_string(node.kind));
  if (node.kind == NodeKind::event) {
    json_key_string(w, "date", node.date);
    json_key_string(w, "end_date", node.end_date.empty() ? node.date : node.end_date);
    w.key("n");
    w.integer(node.n);
  }
}

void json_ints(JsonWriter& w, const char* key, const std::vector<int>& values) {
  w.key(key).integers(values, json::kSpaced);
}

void json_evidence(JsonWriter& w, const std::vector<Evidence>& evidence) {
  w.key("evidence");
  w.start_array();
  for (const Evidence& e : evidence) {
    w.start_object();
    w.key("item");
    w.integer(e.item);
    json_key_string(w, "rule", e.rule);
    json_key_string(w, "sentence", e.sentence);
    w.end_object();
  }
  w.end_array();
}

}  // namespace kg::render
