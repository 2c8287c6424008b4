// Colour for a person at a terminal. One switch for the process: the printers would
// otherwise all take a flag that only main can set.
#include "kg/render.hpp"

namespace kg::render {
namespace {
bool colour_enabled = false;
}  // namespace

void set_colour(bool on) {
  colour_enabled = on;
}
bool colour_on() {
  return colour_enabled;
}

std::string paint(std::string_view text, std::string_view code) {
  if (!colour_enabled || code.empty() || text.empty()) return std::string(text);
  return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
}

std::string_view kind_sgr(NodeKind kind) {
  switch (kind) {
    case NodeKind::person:
      return "1;34";
    case NodeKind::organisation:
      return "1;33";
    case NodeKind::programme:
      return "1;32";
    case NodeKind::place:
      return "1;35";
    case NodeKind::event:
      break;
  }
  return "1";
}

}  // namespace kg::render
