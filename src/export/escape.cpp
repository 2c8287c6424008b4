#include "escape.hpp"
#include "kg/utf8.hpp"

#include <cstdio>

namespace kg::escape {
namespace {

bool xml_allowed(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

void append_hex4(std::string& out, char32_t c, const char* prefix) {
  char buffer[12];
  std::snprintf(buffer, sizeof buffer, "%s%04X", prefix, static_cast<unsigned>(c));
  out += buffer;
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

std::string cypher_string(std::string_view text) {
  std::string out = "'";
  out.reserve(text.size() + 2);
  utf8::for_each_code_point(text, [&](char32_t c) {
    switch (c) {
      case '\\':
        out += "\\\\";
        return;
      case '\'':
        out += "\\'";
        return;
      case '"':
        out += "\\\"";
        return;
      case '\n':
        out += "\\n";
        return;
      case '\r':
        out += "\\r";
        return;
      case '\t':
        out += "\\t";
        return;
      case '\b':
        out += "\\b";
        return;
      case '\f':
        out += "\\f";
        return;
      default:
        // Controls and the line/paragraph separators as escapes keep the script one
        // statement per line for every editor and shell.
        if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029) {
          append_hex4(out, c, "\\u");
        } else {
          utf8::append(out, c);
        }
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
    switch (c) {
      case '"':
        out += "\\\"";
        return;
      case '\\':
        out += "\\\\";
        return;
      case '\n':
        out += "\\n";
        return;
      default:
        if (c >= 0x20 && c != 0x7F) utf8::append(out, c);
    }
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
