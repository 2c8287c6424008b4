#include "escape.hpp"
#include "kg/json_writer.hpp"
#include "kg/utf8.hpp"

namespace kg::escape {
namespace {

bool xml_allowed(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace

std::string xml(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  utf8::for_each_code_point(text, [&](char32_t c) {
    switch (c) {
      case '&':
        out += "&amp;";
        return;
      case '<':
        out += "&lt;";
        return;
      case '>':
        out += "&gt;";
        return;
      case '"':
        out += attribute ? "&quot;" : "\"";
        return;
      case '\r':
        out += "&#13;";
        return;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        return;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        return;
      default:
        if (xml_allowed(c)) utf8::append(out, c);
    }
  });
  return out;
}

// JSON's escapes (kg/json_writer.hpp), and Cypher's own for the single quote, \b and \f.
std::string cypher_string(std::string_view text) {
  std::string out = "'";
  out.reserve(text.size() + 2);
  utf8::for_each_code_point(text, [&](char32_t c) {
    if (c == '\'') {
      out += "\\'";
    } else if (c == '\b') {
      out += "\\b";
    } else if (c == '\f') {
      out += "\\f";
    } else if (c < 0x80 && json::needs_escape(static_cast<unsigned char>(c))) {
      json::append_escape(out, static_cast<unsigned char>(c));
    } else if (c == 0x2028 || c == 0x2029) {
      // The line and paragraph separators as escapes keep the script one statement per line
      // for every editor and shell.
      json::append_unicode_escape(out, c);
    } else {
      utf8::append(out, c);
    }
  });
  out += '\'';
  return out;
}

std::string cypher_name(std::string_view name) {
  auto plain_char = [](char c, bool first) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
           (!first && c >= '0' && c <= '9');
  };
  bool plain = !name.empty();
  for (std::size_t i = 0; i < name.size() && plain; ++i) plain = plain_char(name[i], i == 0);
  if (plain) return std::string(name);
  std::string out = "`";
  utf8::for_each_code_point(name, [&](char32_t c) {
    if (c == '`') out += '`';
    utf8::append(out, c);
  });
  out += '`';
  return out;
}

std::string dot_string(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  utf8::for_each_code_point(text, [&](char32_t c) {
    if (c == '"' || c == '\\' || c == '\n')
      json::append_escape(out, static_cast<unsigned char>(c));  // as JSON: \" \\ \n
    else if (c >= 0x20 && c != 0x7F)
      utf8::append(out, c);
  });
  out += '"';
  return out;
}

std::string csv_field(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  utf8::for_each_code_point(text, [&](char32_t c) {
    if (c == '"') out += '"';
    if (c != 0) utf8::append(out, c);
  });
  out += '"';
  return out;
}

}  // namespace kg::escape
