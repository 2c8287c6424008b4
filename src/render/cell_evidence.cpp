// A cell of the engagement matrix with its evidence: events with date and title, and the
// sentences (with rule ids) that put the person and the body there.
#include "kg/render.hpp"

namespace kg::render {
namespace {

void print_sentences(std::ostream& out, const std::string& who,
                     const std::vector<SupportingSentence>& sentences) {
  if (sentences.empty()) out << "    " << who << ": (no sentence kept)\n";
  for (const SupportingSentence& s : sentences)
    out << "    " << who << "  [" << joined(s.rules, ", ") << "]\n      " << s.sentence << '\n';
}

void json_sentences(JsonWriter& w, const char* key,
                    const std::vector<SupportingSentence>& sentences) {
  w.key(key);
  w.start_array();
  for (const SupportingSentence& s : sentences) {
    w.start_object();
    w.key("item");
    w.integer(s.item);
    w.key("begin");
    w.integer(s.begin);
    w.key("end");
    w.integer(s.end);
    w.key("rules");
    w.start_array();
    for (const std::string& rule : s.rules) w.string(rule);
    w.end_array();
    json_key_string(w, "sentence", s.sentence);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

void print_cell_table(std::ostream& out, const KnowledgeGraph& graph, const CellEvidence& cell) {
  const NodeData& person = graph.node(cell.person);
  const NodeData& body = graph.node(cell.body);
  out << person.name << " x " << body.name << ": " << cell.events.size()
      << (cell.events.size() == 1 ? " event\n" : " events\n");
  for (const EventEvidence& e : cell.events) {
    const NodeData& event = graph.node(e.event);
    out << "  " << format_dates(event.date, event.end_date) << "  " << event.name << "  (item "
        << event.n << ")\n";
    print_sentences(out, person.name, e.person);
    print_sentences(out, body.name, e.body);
  }
}

void print_cells_csv(std::ostream& out, const KnowledgeGraph& graph,
                     const std::vector<CellEvidence>& cells) {
  print_csv_row(out, {"person", "body", "event", "date", "end_date", "title", "side", "item",
                      "rules", "sentence"});
  for (const CellEvidence& cell : cells)
    for (const EventEvidence& e : cell.events) {
      const NodeData& event = graph.node(e.event);
      for (bool person_side : {true, false})
        for (const SupportingSentence& s : person_side ? e.person : e.body)
          print_csv_row(out, {graph.node(cell.person).name, graph.node(cell.body).name, event.id,
                              event.date, event.end_date.empty() ? event.date : event.end_date,
                              event.name, person_side ? "person" : "body", std::to_string(s.item),
                              joined(s.rules, " "), s.sentence});
    }
}

void json_cell_events(JsonWriter& w, const KnowledgeGraph& graph, const CellEvidence& cell) {
  w.key("events");
  w.start_array();
  for (const EventEvidence& e : cell.events) {
    const NodeData& event = graph.node(e.event);
    w.start_object();
    json_key_string(w, "id", event.id);
    json_key_string(w, "date", event.date);
    json_key_string(w, "end_date", event.end_date.empty() ? event.date : event.end_date);
    json_key_string(w, "title", event.name);
    json_sentences(w, "person_evidence", e.person);
    json_sentences(w, "body_evidence", e.body);
    w.end_object();
  }
  w.end_array();
}

void print_cell(std::ostream& out, const KnowledgeGraph& graph, const CellEvidence& cell,
                Format format) {
  switch (format) {
    case Format::table:
      return print_cell_table(out, graph, cell);
    case Format::csv:
      return print_cells_csv(out, graph, {cell});
    case Format::json:
      return print_json(out, [&](JsonWriter& w) {
        w.start_object();
        json_key_string(w, "person", graph.node(cell.person).id);
        json_key_string(w, "body", graph.node(cell.body).id);
        w.key("count");
        w.integer(cell.events.size());
        json_cell_events(w, graph, cell);
        w.end_object();
      });
  }
}

}  // namespace kg::render
