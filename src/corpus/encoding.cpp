#include "encoding.hpp"

#include <array>
#include <cstdint>

#include "kg/utf8.hpp"

namespace kg::corpus_detail {
namespace {

enum class Order { little, big };

std::uint32_t unit(std::string_view bytes, std::size_t pos, std::size_t width, Order order) {
  std::uint32_t value = 0;
  for (std::size_t k = 0; k < width; ++k) {
    std::size_t index = order == Order::little ? pos + width - 1 - k : pos + k;
    value = (value << 8) | static_cast<unsigned char>(bytes[index]);
  }
  return value;
}

WideText decode_utf16(std::string_view bytes, Order order) {
  WideText out;
  out.utf8.reserve(bytes.size());
  std::size_t pos = 0;
  for (; pos + 2 <= bytes.size(); pos += 2) {
    std::uint32_t first = unit(bytes, pos, 2, order);
    if (first >= 0xD800 && first <= 0xDBFF && pos + 4 <= bytes.size()) {
      std::uint32_t second = unit(bytes, pos + 2, 2, order);
      if (second >= 0xDC00 && second <= 0xDFFF) {
        utf8::append(out.utf8, 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00));
        pos += 2;
        continue;
      }
    }
    if (first >= 0xD800 && first <= 0xDFFF) {
      utf8::append(out.utf8, utf8::kReplacement);
      ++out.replaced;
      continue;
    }
    utf8::append(out.utf8, first);
  }
  if (pos < bytes.size()) utf8::append(out.utf8, utf8::kReplacement), ++out.replaced;
  return out;
}

WideText decode_utf32(std::string_view bytes, Order order) {
  WideText out;
  out.utf8.reserve(bytes.size() / 2);
  std::size_t pos = 0;
  for (; pos + 4 <= bytes.size(); pos += 4) {
    std::uint32_t cp = unit(bytes, pos, 4, order);
    bool valid = cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    utf8::append(out.utf8, valid ? cp : utf8::kReplacement);
    if (!valid) ++out.replaced;
  }
  if (pos < bytes.size()) utf8::append(out.utf8, utf8::kReplacement), ++out.replaced;
  return out;
}

// Without a byte order mark: in the first 4 KB, most odd bytes NUL and few even ones (or
// the other way round), as in text of Latin letters; UTF-8 text has no NULs at all.
std::optional<Order> utf16_by_nul_pattern(std::string_view bytes) {
  std::size_t length = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (length < 4) return std::nullopt;
  std::size_t nul_even = 0, nul_odd = 0;
  for (std::size_t k = 0; k < length; k += 2) {
    nul_even += bytes[k] == '\0';
    nul_odd += bytes[k + 1] == '\0';
  }
  std::size_t units = length / 2;
  if (nul_odd * 10 >= units * 7 && nul_even * 10 <= units) return Order::little;
  if (nul_even * 10 >= units * 7 && nul_odd * 10 <= units) return Order::big;
  return std::nullopt;
}

// UTF-32 without a byte order mark: in the first 4 KB, three NUL bytes in nearly every unit
// of four (Latin letters, below U+0100) and the fourth rarely NUL.
std::optional<Order> utf32_by_nul_pattern(std::string_view bytes) {
  std::size_t length = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{3};
  if (length < 8) return std::nullopt;
  std::array<std::size_t, 4> nul{};
  for (std::size_t k = 0; k < length; ++k) nul[k % 4] += bytes[k] == '\0';
  std::size_t units = length / 4;
  auto most = [units](std::size_t n) { return n * 10 >= units * 9; };
  auto few = [units](std::size_t n) { return n * 10 <= units; };
  if (few(nul[0]) && most(nul[1]) && most(nul[2]) && most(nul[3])) return Order::little;
  if (most(nul[0]) && most(nul[1]) && most(nul[2]) && few(nul[3])) return Order::big;
  return std::nullopt;
}

WideText decoded(std::string_view bytes, std::size_t width, Order order, const char* name,
                 bool bom) {
  WideText out = width == 4 ? decode_utf32(bytes, order) : decode_utf16(bytes, order);
  out.encoding = name;
  out.had_bom = bom;
  return out;
}

}  // namespace

std::optional<WideText> decode_wide_text(std::string_view bytes) {
  // UTF-32LE's mark starts with UTF-16LE's: test the longer one first.
  if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4)))
    return decoded(bytes.substr(4), 4, Order::little, "UTF-32LE", true);
  if (bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4)))
    return decoded(bytes.substr(4), 4, Order::big, "UTF-32BE", true);
  if (bytes.starts_with("\xFF\xFE"))
    return decoded(bytes.substr(2), 2, Order::little, "UTF-16LE", true);
  if (bytes.starts_with("\xFE\xFF"))
    return decoded(bytes.substr(2), 2, Order::big, "UTF-16BE", true);
  if (auto order = utf32_by_nul_pattern(bytes))
    return decoded(bytes, 4, *order, *order == Order::little ? "UTF-32LE" : "UTF-32BE", false);
  if (auto order = utf16_by_nul_pattern(bytes))
    return decoded(bytes, 2, *order, *order == Order::little ? "UTF-16LE" : "UTF-16BE", false);
  return std::nullopt;
}

std::optional<std::string> binary_data_problem(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 65536);
  std::size_t control = 0;
  for (char c : head) {
    auto byte = static_cast<unsigned char>(c);
    bool text_control = byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' ||
                        byte == '\v' || byte == 0x1B;  // ESC: colour codes in a saved log
    if ((byte < 0x20 && !text_control) || byte == 0x7F) ++control;
  }
  // Random bytes have one control byte in nine; text with a few stray NULs far fewer.
  if (control < 4 || control * 50 < head.size()) return std::nullopt;
  return "binary data, not text (" + std::to_string(control) + " control bytes in the first " +
         std::to_string(head.size()) +
         "): a corpus is UTF-8 (or UTF-16, UTF-32) text or JSON Lines of dated items";
}

std::string windows_1252_character(unsigned char byte) {
  // 0x80-0x9F; 0 where Windows-1252 defines no character.
  static constexpr std::array<char32_t, 32> kHigh = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  if (byte < 0x80) return "";
  char32_t cp = byte < 0xA0 ? kHigh[byte - 0x80] : byte;
  std::string out;
  if (cp != 0) utf8::append(out, cp);
  return out;
}

}  // namespace kg::corpus_detail
