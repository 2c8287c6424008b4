// `kg engagements` in three formats.
#include <algorithm>
#include <set>

#include "kg/render.hpp"

namespace kg::render {
namespace {

std::size_t distinct_events(const EngagementMatrix& m, std::size_t row) {
  std::set<NodeIndex> events;
  for (const auto& cell : m.cells[row]) events.insert(cell.begin(), cell.end());
  return events.size();
}

// A body's column label: its shortest name or alias of at most 10 characters ("EEAS",
// "Council", "DG HOME"), else the initials of its capitalised words ("HWPD"); a number
// follows when two labels would read the same.
std::vector<std::string> column_labels(const KnowledgeGraph& graph, const EngagementMatrix& m) {
  constexpr std::size_t kLongest = 10;
  std::vector<std::string> labels;
  for (NodeIndex column : m.columns) {
    const NodeData& body = graph.node(column);
    std::string label;
    std::vector<std::string> names{body.name};
    names.insert(names.end(), body.aliases.begin(), body.aliases.end());
    for (const std::string& name : names) {
      std::size_t width = display_width(name);
      if (width >= 2 && width <= kLongest && (label.empty() || width < display_width(label)))
        label = name;
    }
    if (label.empty()) {
      bool word_start = true;
      for (char c : body.name) {
        if (word_start && c >= 'A' && c <= 'Z') label += c;
        word_start = c == ' ' || c == '-';
      }
      if (label.size() < 2) label = shorten(body.name, kLongest);
    }
    std::string unique = label;
    for (int n = 2; std::find(labels.begin(), labels.end(), unique) != labels.end(); ++n)
      unique = label + std::to_string(n);
    labels.push_back(unique);
  }
  return labels;
}

// The labels name the columns; this legend gives each body's full name.
void print_legend(std::ostream& out, const KnowledgeGraph& graph, const EngagementMatrix& m,
                  const std::vector<std::string>& labels) {
  Table legend({"column", "body", "shared events"});
  legend.align_right(2);
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    std::set<NodeIndex> events;
    for (std::size_t r = 0; r < m.rows.size(); ++r)
      events.insert(m.cells[r][c].begin(), m.cells[r][c].end());
    legend.add_row({labels[c], graph.node(m.columns[c]).name, std::to_string(events.size())});
  }
  legend.print(out);
}

// The matrix in blocks of columns that each fit `width` characters (0: one block), each
// block with the person and events columns again, as a wide table is read on a terminal.
void print_matrix(std::ostream& out, const KnowledgeGraph& graph, const EngagementMatrix& m,
                  const std::vector<std::string>& labels, std::size_t width) {
  std::size_t name_width = display_width("person");
  for (NodeIndex row : m.rows)
    name_width = std::max(name_width, display_width(graph.node(row).name));
  std::size_t fixed = name_width + 2 + display_width("events");
  std::size_t first = 0;
  while (first < m.columns.size()) {
    std::size_t last = first, used = fixed;
    while (last < m.columns.size() &&
           (last == first || width == 0 || used + 2 + display_width(labels[last]) <= width))
      used += 2 + display_width(labels[last++]);
    std::vector<std::string> header{"person", "events"};
    header.insert(header.end(), labels.begin() + first, labels.begin() + last);
    Table table(header);
    for (std::size_t c = 1; c < header.size(); ++c) table.align_right(c);
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
      std::vector<std::string> cells{graph.node(m.rows[r]).name,
                                     std::to_string(distinct_events(m, r))};
      for (std::size_t c = first; c < last; ++c)
        cells.push_back(m.count(r, c) == 0 ? "." : std::to_string(m.count(r, c)));
      table.add_row(cells);
    }
    if (first > 0) out << '\n';
    table.print(out);
    first = last;
  }
}

void print_engagements_table(std::ostream& out, const KnowledgeGraph& graph,
                             const Engagements& answer) {
  const EngagementMatrix& m = answer.matrix;
  out << graph.node(m.organisation).name << " people x " << answer.group << " bodies";
  if (!answer.from.empty() || !answer.to.empty())
    out << ", events " << (answer.from.empty() ? "..." : answer.from) << ".."
        << (answer.to.empty() ? "..." : answer.to);
  if (answer.within != MeetingLevel::item) out << ", met within a " << to_string(answer.within);
  out << ": " << m.rows.size() << " people, " << m.columns.size() << " bodies\n";
  if (m.rows.empty()) return;
  if (!answer.evidence.empty()) {
    for (const CellEvidence& cell : answer.evidence) {
      out << '\n';
      print_cell_table(out, graph, cell);
    }
    return;
  }
  std::vector<std::string> labels = column_labels(graph, m);
  print_matrix(out, graph, m, labels, answer.width);
  out << '\n';
  print_legend(out, graph, m, labels);
}

void print_engagements_csv(std::ostream& out, const KnowledgeGraph& graph,
                           const EngagementMatrix& m) {
  std::vector<std::string> header{"person", "id"};
  for (NodeIndex c : m.columns) header.push_back(graph.node(c).name);
  print_csv_row(out, header);
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    std::vector<std::string> row{graph.node(m.rows[r]).name, graph.node(m.rows[r]).id};
    for (std::size_t c = 0; c < m.columns.size(); ++c) row.push_back(std::to_string(m.count(r, c)));
    print_csv_row(out, row);
  }
}

// Every non-empty cell with its events, for scripts that want more than the counts.
void json_cells(JsonWriter& w, const KnowledgeGraph& graph, const EngagementMatrix& m,
                const std::vector<CellEvidence>& evidence) {
  w.key("cells");
  w.start_array();
  std::size_t next_evidence = 0;  // evidence lists the non-empty cells in this order
  for (std::size_t r = 0; r < m.rows.size(); ++r)
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
      if (m.count(r, c) == 0) continue;
      w.start_object();
      json_key_string(w, "person", graph.node(m.rows[r]).id);
      json_key_string(w, "body", graph.node(m.columns[c]).id);
      w.key("count");
      w.integer(m.count(r, c));
      if (next_evidence < evidence.size()) {
        json_cell_events(w, graph, evidence[next_evidence++]);
        w.end_object();
        continue;
      }
      w.key("events");
      w.start_array();
      for (NodeIndex e : m.cells[r][c]) {
        const NodeData& event = graph.node(e);
        w.start_object();
        json_key_string(w, "id", event.id);
        json_key_string(w, "date", event.date);
        json_key_string(w, "end_date", event.end_date.empty() ? event.date : event.end_date);
        json_key_string(w, "title", event.name);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
  w.end_array();
}

void print_engagements_json(std::ostream& out, const KnowledgeGraph& graph,
                            const Engagements& answer) {
  const EngagementMatrix& m = answer.matrix;
  auto node_list = [&](JsonWriter& w, const char* key, const std::vector<NodeIndex>& nodes) {
    w.key(key);
    w.start_array();
    for (NodeIndex n : nodes) {
      w.start_object();
      json_node_fields(w, graph.node(n));
      w.end_object();
    }
    w.end_array();
  };
  print_json(out, [&](JsonWriter& w) {
    w.start_object();
    w.key("organisation");
    w.start_object();
    json_node_fields(w, graph.node(m.organisation));
    w.end_object();
    json_key_string(w, "group", answer.group);
    json_key_string(w, "within", to_string(answer.within));
    w.key("from");
    answer.from.empty() ? w.null() : w.string(answer.from);
    w.key("to");
    answer.to.empty() ? w.null() : w.string(answer.to);
    node_list(w, "rows", m.rows);
    node_list(w, "columns", m.columns);
    w.key("counts");
    w.start_array();
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
      w.start_array(json::kSpaced);
      for (std::size_t c = 0; c < m.columns.size(); ++c) w.integer(m.count(r, c));
      w.end_array();
    }
    w.end_array();
    json_cells(w, graph, m, answer.evidence);
    w.end_object();
  });
}

}  // namespace

void print_engagements(std::ostream& out, const KnowledgeGraph& graph, const Engagements& answer,
                       Format format) {
  switch (format) {
    case Format::json:
      return print_engagements_json(out, graph, answer);
    case Format::csv:
      if (!answer.evidence.empty()) return print_cells_csv(out, graph, answer.evidence);
      return print_engagements_csv(out, graph, answer.matrix);
    case Format::table:
      return print_engagements_table(out, graph, answer);
  }
}

}  // namespace kg::render
