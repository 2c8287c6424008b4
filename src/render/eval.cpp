// `kg eval` and `kg items`: the score tables (in kgscore.py's layouts, kg/eval.hpp) and the
// list of items.
#include "kg/render.hpp"

namespace kg::render {
namespace {

// A file name inside a JSON string.
std::string json_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out;
}

}  // namespace

void print_eval(std::ostream& out, const EvalAnswer& answer, int errors, bool json) {
  if (json && answer.corrected) {
    out << "{\"without_corrections\": ";
    write_eval_json(answer.report, out);
    out << ", \"with_corrections\": ";
    write_eval_json(*answer.corrected, out);
    out << ", \"corrections\": \"" << json_escaped(answer.corrections) << "\"}\n";
  } else if (json) {
    write_eval_json(answer.report, out);
  } else {
    if (answer.corrected) out << "without corrections:\n";
    write_eval_text(answer.report, out, errors);
    if (answer.corrected) {
      out << "\nwith corrections (" << answer.corrections << "):\n";
      write_eval_text(*answer.corrected, out, errors);
    }
  }
}

void print_items(std::ostream& out, const std::vector<Item>& items) {
  for (const Item& item : items)
    out << item.n << '\t' << item.date << '\t' << item.end_date << '\t' << item.title << '\n';
}

}  // namespace kg::render
