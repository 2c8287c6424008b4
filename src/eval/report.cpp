// kgscore.py's printed forms: the text tables and the --json document.
#include <cstdio>
#include <ostream>

#include "kg/eval.hpp"

namespace kg {
namespace {

std::string format(const char* spec, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, spec, value);
  return buffer;
}

// Python's round(value, 4): rounded as printf rounds (exactly, ties to even). The JSON
// writer then writes it as Python's repr does.
double rounded(double value) {
  return std::strtod(format("%.4f", value).c_str(), nullptr);
}

// The first `count` entries, or all but the last -count, as Python's list[:count].
template <typename T>
std::size_t head_length(const std::vector<T>& list, int count) {
  auto size = static_cast<long>(list.size());
  long n = count >= 0 ? std::min<long>(count, size) : std::max<long>(0, size + count);
  return static_cast<std::size_t>(n);
}

}  // namespace

double ScoreTable::precision() const {
  if (tp + fp == 0) return fn == 0 ? 1.0 : 0.0;
  return static_cast<double>(tp) / static_cast<double>(tp + fp);
}

double ScoreTable::recall() const {
  if (tp + fn == 0) return fp == 0 ? 1.0 : 0.0;
  return static_cast<double>(tp) / static_cast<double>(tp + fn);
}

double ScoreTable::f1() const {
  double p = precision(), r = recall();
  return p + r != 0.0 ? 2 * p * r / (p + r) : 0.0;
}

const ScoreTable* EvalReport::table(std::string_view name) const {
  for (const ScoreTable& t : tables)
    if (t.name == name) return &t;
  return nullptr;
}

void write_eval_text(const EvalReport& report, std::ostream& out, int errors) {
  char line[256];
  out << "items: gold " << report.items_gold << ", predicted " << report.items_pred << ", aligned "
      << report.items_aligned << "; duplicate entity nodes: " << report.duplicate_nodes << '\n';
  std::snprintf(line, sizeof line, "%-24s %6s %6s %6s %6s %6s %6s\n", "table", "P", "R", "F1", "tp",
                "fp", "fn");
  out << line;
  for (const ScoreTable& t : report.tables) {
    std::snprintf(line, sizeof line, "%-24s %6.3f %6.3f %6.3f %6ld %6ld %6ld\n", t.name.c_str(),
                  t.precision(), t.recall(), t.f1(), t.tp, t.fp, t.fn);
    out << line;
    if (errors == 0) continue;
    for (std::size_t k = 0; k < head_length(t.misses, errors); ++k)
      out << "    miss     " << t.misses[k].first << ' ' << t.misses[k].second << '\n';
    for (std::size_t k = 0; k < head_length(t.spurious, errors); ++k)
      out << "    spurious " << t.spurious[k].first << ' ' << t.spurious[k].second << '\n';
  }
  out << "F1";
  for (const char* name :
       {"items", "mentions", "entities", "attended", "represents", "funds", "engagements"})
    if (const ScoreTable* t = report.table(name))
      out << ' ' << name << '=' << format("%.3f", t->f1());
  out << '\n';
}

void write_eval_json(const EvalReport& report, json::Writer& w) {
  w.start_object();
  w.key("items_gold").integer(report.items_gold);
  w.key("items_pred").integer(report.items_pred);
  w.key("items_aligned").integer(report.items_aligned);
  w.key("duplicate_nodes").integer(report.duplicate_nodes);
  w.key("tables").start_object();
  for (const ScoreTable& t : report.tables) {
    w.key(t.name).start_object();
    w.key("tp").integer(t.tp);
    w.key("fp").integer(t.fp);
    w.key("fn").integer(t.fn);
    w.key("precision").real(rounded(t.precision()));
    w.key("recall").real(rounded(t.recall()));
    w.key("f1").real(rounded(t.f1()));
    w.end_object();
  }
  w.end_object();
  w.end_object();
}

void write_eval_json(const EvalReport& report, std::ostream& out) {
  json::Writer w(out, json::pretty(2));  // json.dumps(indent=2)
  write_eval_json(report, w);
  w.flush();
  out << '\n';
}

}  // namespace kg
