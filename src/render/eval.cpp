// `kg eval` and `kg items`: the score tables (in kgscore.py's layouts, kg/eval.hpp) and the
// list of items.
#include "kg/render.hpp"

namespace kg::render {

void write_eval_json(const EvalAnswer& answer, JsonWriter& w) {
  if (!answer.corrected) return write_eval_json(answer.report, w);
  w.start_object();
  write_eval_json(answer.report, w.key("without_corrections"));
  write_eval_json(*answer.corrected, w.key("with_corrections"));
  w.key("corrections").string(answer.corrections);
  w.end_object();
}

void print_eval(std::ostream& out, const EvalAnswer& answer, int errors, bool json) {
  if (json) return print_json(out, [&](JsonWriter& w) { write_eval_json(answer, w); });
  if (answer.corrected) out << "without corrections:\n";
  write_eval_text(answer.report, out, errors);
  if (answer.corrected) {
    out << "\nwith corrections (" << answer.corrections << "):\n";
    write_eval_text(*answer.corrected, out, errors);
  }
}

void print_items(std::ostream& out, const std::vector<Item>& items) {
  for (const Item& item : items)
    out << item.n << '\t' << item.date << '\t' << item.end_date << '\t' << item.title << '\n';
}

}  // namespace kg::render
