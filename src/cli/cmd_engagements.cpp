#include <iostream>
#include <set>

#include "commands.hpp"
#include "kg/query.hpp"
#include "options.hpp"

namespace kg::cli {
namespace {

struct EngagementsOptions {
  std::string organisation = "UNODC";
  std::string bodies = "eu";
  bool keep_empty = false;
  FilterOptions window;
  FormatOptions format;
  InputOptions input;
};

std::size_t distinct_events(const EngagementMatrix& m, std::size_t row) {
  std::set<NodeIndex> events;
  for (const auto& cell : m.cells[row]) events.insert(cell.begin(), cell.end());
  return events.size();
}

void print_table(const KnowledgeGraph& graph, const EngagementMatrix& m, const BodyGroup& group,
                 const GraphFilter& window) {
  std::size_t shared = 0;
  for (std::size_t r = 0; r < m.rows.size(); ++r) shared += distinct_events(m, r);
  std::cout << graph.node(m.organisation).name << " people x " << group.name << " bodies";
  if (!window.from.empty() || !window.to.empty())
    std::cout << ", events " << (window.from.empty() ? "..." : window.from) << ".."
              << (window.to.empty() ? "..." : window.to);
  std::cout << ": " << m.rows.size() << " people, " << m.columns.size() << " bodies\n";
  if (m.rows.empty()) return;
  // Body names are long: columns are numbered and named in a legend below.
  std::vector<std::string> header{"person", "events"};
  for (std::size_t c = 0; c < m.columns.size(); ++c) header.push_back(std::to_string(c + 1));
  Table table(header);
  for (std::size_t c = 1; c < header.size(); ++c) table.align_right(c);
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    std::vector<std::string> row{graph.node(m.rows[r]).name, std::to_string(distinct_events(m, r))};
    for (std::size_t c = 0; c < m.columns.size(); ++c)
      row.push_back(m.count(r, c) == 0 ? "." : std::to_string(m.count(r, c)));
    table.add_row(row);
  }
  table.print(std::cout);
  std::cout << '\n';
  Table legend({"", "body", "shared events"});
  legend.align_right(0);
  legend.align_right(2);
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    std::set<NodeIndex> events;
    for (std::size_t r = 0; r < m.rows.size(); ++r)
      events.insert(m.cells[r][c].begin(), m.cells[r][c].end());
    legend.add_row(
        {std::to_string(c + 1), graph.node(m.columns[c]).name, std::to_string(events.size())});
  }
  legend.print(std::cout);
}

void print_csv(const KnowledgeGraph& graph, const EngagementMatrix& m) {
  std::vector<std::string> header{"person", "id"};
  for (NodeIndex c : m.columns) header.push_back(graph.node(c).name);
  print_csv_row(std::cout, header);
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    std::vector<std::string> row{graph.node(m.rows[r]).name, graph.node(m.rows[r]).id};
    for (std::size_t c = 0; c < m.columns.size(); ++c) row.push_back(std::to_string(m.count(r, c)));
    print_csv_row(std::cout, row);
  }
}

void print_json_matrix(const KnowledgeGraph& graph, const EngagementMatrix& m,
                       const BodyGroup& group, const GraphFilter& window) {
  auto node_list = [&](JsonWriter& w, const char* key, const std::vector<NodeIndex>& nodes) {
    w.Key(key);
    w.StartArray();
    for (NodeIndex n : nodes) {
      w.StartObject();
      json_node_fields(w, graph.node(n));
      w.EndObject();
    }
    w.EndArray();
  };
  print_json(std::cout, [&](JsonWriter& w) {
    w.StartObject();
    w.Key("organisation");
    w.StartObject();
    json_node_fields(w, graph.node(m.organisation));
    w.EndObject();
    json_key_string(w, "group", group.name);
    w.Key("from");
    window.from.empty() ? w.Null() : w.String(window.from.c_str());
    w.Key("to");
    window.to.empty() ? w.Null() : w.String(window.to.c_str());
    node_list(w, "rows", m.rows);
    node_list(w, "columns", m.columns);
    w.Key("counts");
    w.StartArray();
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
      w.StartArray();
      w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
      for (std::size_t c = 0; c < m.columns.size(); ++c) w.Uint64(m.count(r, c));
      w.EndArray();
      w.SetFormatOptions(rapidjson::kFormatDefault);
    }
    w.EndArray();
    w.Key("cells");
    w.StartArray();
    for (std::size_t r = 0; r < m.rows.size(); ++r)
      for (std::size_t c = 0; c < m.columns.size(); ++c) {
        if (m.count(r, c) == 0) continue;
        w.StartObject();
        json_key_string(w, "person", graph.node(m.rows[r]).id);
        json_key_string(w, "body", graph.node(m.columns[c]).id);
        w.Key("count");
        w.Uint64(m.count(r, c));
        w.Key("events");
        w.StartArray();
        for (NodeIndex e : m.cells[r][c]) {
          const NodeData& event = graph.node(e);
          w.StartObject();
          json_key_string(w, "id", event.id);
          json_key_string(w, "date", event.date);
          json_key_string(w, "end_date", event.end_date.empty() ? event.date : event.end_date);
          json_key_string(w, "title", event.name);
          w.EndObject();
        }
        w.EndArray();
        w.EndObject();
      }
    w.EndArray();
    w.EndObject();
  });
}

}  // namespace

void add_engagements_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "engagements",
      "Who engages whom: the people of an organisation x the bodies of a group, by shared events");
  command->footer(
      "Cells count the events that the person and the body both attended. Groups are files in\n"
      "RULES/groups/ (the default `eu`: Commission and DGs, EEAS, Council and its working "
      "parties,\n"
      "Parliament, agencies ...); --bodies also takes a path to a group file.\n"
      "Examples:\n"
      "  kg engagements\n"
      "  kg engagements --org UNODC --bodies eu --from 2017-01-01 --to 2017-12-31 --csv\n"
      "  kg engagements --json graph.json");
  auto options = std::make_shared<EngagementsOptions>();
  command->add_option("--org", options->organisation, "the organisation whose people are rows")
      ->capture_default_str();
  command->add_option("--bodies", options->bodies, "the group of bodies that are columns")
      ->type_name("GROUP")
      ->capture_default_str();
  add_window_options(*command, options->window);
  command->add_flag("--keep-empty", options->keep_empty,
                    "keep people and bodies that share no event");
  add_format_options(*command, options->format);
  add_input_options(*command, options->input);
  command->callback([options, &context] {
    GraphFilter window = options->window.to_filter();
    BodyGroup group = load_body_group(find_rules_dir(options->input.rules_dir), options->bodies);
    KnowledgeGraph graph = load_input_graph(options->input);
    NodeIndex organisation = resolve_name(graph, options->organisation);
    EngagementMatrix m = compute_engagements(graph, organisation, group,
                                             {window.from, window.to, options->keep_empty});
    switch (options->format.format()) {
      case Format::json:
        print_json_matrix(graph, m, group, window);
        break;
      case Format::csv:
        print_csv(graph, m);
        break;
      case Format::table:
        print_table(graph, m, group, window);
        break;
    }
    context.exit_code = m.rows.empty() || m.columns.empty() ? kExitNothingFound : kExitOk;
  });
}

}  // namespace kg::cli
