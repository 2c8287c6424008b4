#include "escape.hpp"
#include "kg/utf8.hpp"

#include <cstdio>

namespace kg::escape {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

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

namespace detail {

char32_t decode_one(std::string_view text, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char first = byte(i);
  if (first < 0x80) {
    ++i;
    return first;
  }
  std::size_t length = 0;
  char32_t c = 0;
  char32_t minimum = 0;
  if ((first & 0xE0) == 0xC0) {
    length = 2, c = first & 0x1F, minimum = 0x80;
  } else if ((first & 0xF0) == 0xE0) {
    length = 3, c = first & 0x0F, minimum = 0x800;
  } else if ((first & 0xF8) == 0xF0) {
    length = 4, c = first & 0x07, minimum = 0x10000;
  } else {
    ++i;
    return kReplacement;
  }
  if (i + length > text.size()) {
    ++i;
    return kReplacement;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kReplacement;
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    ++i;
    return kReplacement;
  }
  i += length;
  return c;
}

}  // namespace detail

void append_utf8(std::string& out, char32_t c) {
  kg::utf8::append(out, c);
}

std::string xml(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t c) {
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
        if (xml_allowed(c)) append_utf8(out, c);
    }
  });
  return out;
}

std::string cypher_string(std::string_view text) {
  std::string out = "'";
  out.reserve(text.size() + 2);
  for_each_code_point(text, [&](char32_t c) {
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
          append_utf8(out, c);
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
  for_each_code_point(name, [&](char32_t c) {
    if (c == '`') out += '`';
    append_utf8(out, c);
  });
  out += '`';
  return out;
}

std::string json_string(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  for_each_code_point(text, [&](char32_t c) {
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
      case '\r':
        out += "\\r";
        return;
      case '\t':
        out += "\\t";
        return;
      default:
        if (c < 0x20 || c == 0x7F) {
          append_hex4(out, c, "\\u");
        } else {
          append_utf8(out, c);
        }
    }
  });
  out += '"';
  return out;
}

std::string json_array(const std::vector<std::string>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    out += json_string(values[i]);
  }
  return out + "]";
}

std::string json_array(const std::vector<std::int64_t>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    out += std::to_string(values[i]);
  }
  return out + "]";
}

std::string dot_string(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  for_each_code_point(text, [&](char32_t c) {
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
        if (c >= 0x20 && c != 0x7F) append_utf8(out, c);
    }
  });
  out += '"';
  return out;
}

std::string csv_field(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  for_each_code_point(text, [&](char32_t c) {
    if (c == '"') out += '"';
    if (c != 0) append_utf8(out, c);
  });
  out += '"';
  return out;
}

}  // namespace kg::escape
