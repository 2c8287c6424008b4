// `kg review` as lines of a corrections file, or JSON.
#include "kg/render.hpp"

namespace kg::render {

void print_review(std::ostream& out, const std::vector<ReviewFinding>& findings, std::size_t limit,
                  Format format) {
  std::size_t shown = limit == 0 ? findings.size() : std::min(limit, findings.size());
  if (format == Format::json) {
    print_json(out, [&](JsonWriter& w) {
      w.start_object();
      w.key("total");
      w.integer(findings.size());
      w.key("findings");
      w.start_array();
      for (std::size_t i = 0; i < shown; ++i) {
        const ReviewFinding& f = findings[i];
        w.start_object();
        w.key("doubt");
        w.real(f.doubt);
        json_key_string(w, "reason", f.reason);
        json_key_string(w, "correction", f.correction);
        json_ints(w, "items", f.items);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    });
    return;
  }
  if (format == Format::csv) {
    print_csv_row(out, {"doubt", "reason", "correction", "items"});
    for (std::size_t i = 0; i < shown; ++i) {
      std::string items;
      for (int n : findings[i].items) items += (items.empty() ? "" : " ") + std::to_string(n);
      print_csv_row(out, {format_score(findings[i].doubt), findings[i].reason,
                          findings[i].correction, items});
    }
    return;
  }
  out << "# " << findings.size() << " places to check, most doubtful first";
  if (shown < findings.size()) out << " (the first " << shown << "; --limit 0 lists all)";
  out << ".\n# Each line is a correction; paste the ones the text confirms into a corrections "
         "file.\n";
  for (std::size_t i = 0; i < shown; ++i) out << findings[i].correction << '\n';
}

}  // namespace kg::render
