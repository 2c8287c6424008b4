#include "kg/ids.hpp"

#include <string>

#include "kg/utf8.hpp"

namespace kg {
namespace {

// The text of `name` for an id: letters folded (kg/utf8.hpp), so that accented and plain
// spellings of one name share an id; separators as spaces.
std::string fold_for_slug(std::string_view name) {
  std::string folded;
  for (std::size_t i = 0; i < name.size();) {
    auto [cp, len] = utf8::decode(name, i);
    if (cp == '\'') {  // "UNODC's" -> "unodcs", not "unodc-s"
    } else if (const char* letter = utf8::fold_letter(cp)) {
      folded += *letter ? letter : " ";
    } else if (cp < 0x800 || (cp >= 0x2000 && cp <= 0x203F)) {
      folded += ' ';  // ASCII, Latin and Greek punctuation; dashes, quotes, no-break spaces
    } else {
      folded.append(name.substr(i, len));  // other scripts: distinct names keep distinct ids
    }
    i += len;
  }
  return folded;
}

}  // namespace

std::string slugify(std::string_view name) {
  std::string slug;
  for (char c : fold_for_slug(name)) {
    if (c == ' ') {
      if (!slug.empty() && slug.back() != '-') slug += '-';
    } else {
      slug += c;
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string make_node_id(NodeKind kind, std::string_view name) {
  return std::string(to_string(kind)) + ":" + slugify(name);
}

}  // namespace kg
