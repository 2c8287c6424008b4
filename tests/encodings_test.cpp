// Corpus files that are not plain UTF-8 with LF line ends (issue 9): UTF-16 and UTF-32 read
// as the same items as their UTF-8 text, CRLF and lone CR alike, NUL and Windows-1252 bytes
// named with their line, binary data refused.
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include <doctest/doctest.h>

#include "../src/corpus/encoding.hpp"
#include "kg/corpus.hpp"
#include "kg/error.hpp"

namespace kg {
namespace {

namespace fs = std::filesystem;

// Two items; the second's body has a character outside the BMP (a surrogate pair in UTF-16).
const std::string kText =
    "1 June 2020: A meeting in Gr\xC3\xBCnwald\n"
    "Jane Doerr met Paul Quint.\n"
    "\n"
    "3 June 2020: Another \xF0\x9F\x98\x80\n"
    "More text.\n";

std::string utf16(const std::string& utf8, bool little) {
  std::string out;
  auto put = [&](unsigned unit) {
    char hi = static_cast<char>(unit >> 8), lo = static_cast<char>(unit & 0xFF);
    out += little ? lo : hi;
    out += little ? hi : lo;
  };
  for (std::size_t pos = 0; pos < utf8.size();) {
    auto lead = static_cast<unsigned char>(utf8[pos]);
    std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    unsigned cp = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (utf8[pos + k] & 0x3F);
    pos += length;
    if (cp >= 0x10000) {
      put(0xD800 + ((cp - 0x10000) >> 10));
      put(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      put(cp);
    }
  }
  return out;
}

std::string utf32be(const std::string& utf16be) {
  std::string out;
  for (std::size_t k = 0; k + 1 < utf16be.size(); k += 2) {
    unsigned unit =
        (static_cast<unsigned char>(utf16be[k]) << 8) | static_cast<unsigned char>(utf16be[k + 1]);
    unsigned cp = unit;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      unsigned low = (static_cast<unsigned char>(utf16be[k + 2]) << 8) |
                     static_cast<unsigned char>(utf16be[k + 3]);
      cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
      k += 2;
    }
    out += std::string{'\0', static_cast<char>(cp >> 16), static_cast<char>((cp >> 8) & 0xFF),
                       static_cast<char>(cp & 0xFF)};
  }
  return out;
}

Corpus read_bytes(const std::string& bytes, const std::string& name) {
  // The process id keeps two test runs at once (CI and a developer) off each other's files.
  fs::path path =
      fs::temp_directory_path() / ("kg-encodings-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  // Removed on the way out too when reading throws (the binary file does), not left in /tmp.
  struct RemoveOnExit {
    fs::path path;
    ~RemoveOnExit() {
      std::error_code ignored;
      fs::remove(path, ignored);
    }
  } remove_on_exit{path};
  return read_corpus({path.string()});
}

void check_same_items(const Corpus& corpus) {
  Corpus plain = read_bytes(kText, "plain.txt");
  REQUIRE(corpus.items.size() == 2);
  REQUIRE(plain.items.size() == 2);
  for (std::size_t k = 0; k < 2; ++k) {
    CHECK(corpus.items[k].date == plain.items[k].date);
    CHECK(corpus.items[k].title == plain.items[k].title);
    CHECK(corpus.items[k].text == plain.items[k].text);
    CHECK(corpus.items[k].line == plain.items[k].line);
  }
  CHECK(corpus.diagnostics.empty());
}

TEST_CASE("encodings: UTF-16 and UTF-32, with and without a byte order mark, read as UTF-8") {
  std::string le = utf16(kText, true), be = utf16(kText, false);
  check_same_items(read_bytes("\xFF\xFE" + le, "le-bom.txt"));
  check_same_items(read_bytes("\xFE\xFF" + be, "be-bom.txt"));
  check_same_items(read_bytes(le, "le.txt"));
  check_same_items(read_bytes(be, "be.txt"));
  check_same_items(read_bytes(std::string("\0\0\xFE\xFF", 4) + utf32be(be), "u32be.txt"));
  check_same_items(read_bytes(utf32be(be), "u32be-no-bom.txt"));
  std::string u32le = utf32be(be);
  for (std::size_t k = 0; k + 3 < u32le.size(); k += 4) {
    std::swap(u32le[k], u32le[k + 3]);
    std::swap(u32le[k + 1], u32le[k + 2]);
  }
  check_same_items(read_bytes(u32le, "u32le-no-bom.txt"));
  auto no_mark = corpus_detail::decode_wide_text(u32le);
  REQUIRE(no_mark);
  CHECK(std::string(no_mark->encoding) == "UTF-32LE");
  CHECK_FALSE(no_mark->had_bom);

  auto wide = corpus_detail::decode_wide_text("\xFF\xFE" + le);
  REQUIRE(wide);
  CHECK(std::string(wide->encoding) == "UTF-16LE");
  CHECK(wide->utf8 == kText);
  CHECK(wide->replaced == 0);
  CHECK_FALSE(corpus_detail::decode_wide_text(kText));  // UTF-8 stays as it is
}

TEST_CASE("encodings: a lone surrogate or a cut last unit is U+FFFD, counted") {
  std::string lone = "\xFF\xFE" + utf16("a", true) + std::string("\x00\xD8", 2) + utf16("b", true) +
                     "\x41";  // high surrogate, then 'b', then half a unit
  auto wide = corpus_detail::decode_wide_text(lone);
  REQUIRE(wide);
  CHECK(wide->utf8 ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD");
  CHECK(wide->replaced == 2);
}

TEST_CASE("encodings: CRLF and lone CR line ends give the items and lines of LF") {
  std::string crlf, cr;
  for (char c : kText) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  check_same_items(read_bytes(crlf, "crlf.txt"));
  check_same_items(read_bytes(cr, "cr.txt"));

  // Diagnostics count lines the same way: the bad byte is on line 5 in all three.
  std::string bad = kText;
  bad.replace(bad.find("More"), 4, "M\xE9re");
  for (const std::string& ending : {std::string("\n"), std::string("\r\n"), std::string("\r")}) {
    std::string text;
    for (char c : bad) text += c == '\n' ? ending : std::string(1, c);
    Corpus corpus = read_bytes(text, "bad-line.txt");
    REQUIRE(corpus.diagnostics.size() == 1);
    CHECK(corpus.diagnostics[0].line == 5);
  }
}

TEST_CASE("encodings: Windows-1252 bytes are named with the character and a hint, once") {
  std::string text = kText;
  text.replace(text.find("Gr\xC3\xBCnwald"), 9, "Gr\xFCnwald");     // line 1
  text.replace(text.find("More text."), 10, "\x93More\x94 text.");  // line 5
  Corpus corpus = read_bytes(text, "cp1252.txt");
  REQUIRE(corpus.items.size() == 2);
  REQUIRE(corpus.diagnostics.size() == 2);
  CHECK(corpus.diagnostics[0].line == 1);
  CHECK(corpus.diagnostics[0].message.find("0xFC (\"\xC3\xBC\" in Windows-1252)") !=
        std::string::npos);
  CHECK(corpus.diagnostics[0].message.find("iconv -f WINDOWS-1252") != std::string::npos);
  CHECK(corpus.diagnostics[1].line == 5);
  CHECK(corpus.diagnostics[1].message.find("(2 bytes on this line)") != std::string::npos);
  CHECK(corpus.diagnostics[1].message.find("iconv") == std::string::npos);
}

TEST_CASE("encodings: a NUL byte in text is U+FFFD and a warning with its line") {
  std::string text = kText;
  text.insert(text.find("Quint"), 1, '\0');
  Corpus corpus = read_bytes(text, "nul.txt");
  REQUIRE(corpus.items.size() == 2);
  CHECK(corpus.items[0].text.find('\0') == std::string::npos);
  CHECK(corpus.items[0].text.find("\xEF\xBF\xBDQuint") != std::string::npos);
  REQUIRE(corpus.diagnostics.size() == 1);
  CHECK(corpus.diagnostics[0].line == 2);
  CHECK(corpus.diagnostics[0].message.find("NUL byte") != std::string::npos);
}

TEST_CASE("encodings: binary data is an error naming the file; empty files a diagnostic") {
  std::string binary;
  for (int k = 0; k < 4096; ++k) binary += static_cast<char>((k * 7919) % 256);
  CHECK_THROWS_WITH_AS(read_bytes(binary, "binary.txt"), doctest::Contains("binary data"),
                       kg::Error);
  Corpus empty = read_bytes("", "empty.txt");
  CHECK(empty.items.empty());
  REQUIRE(empty.diagnostics.size() == 1);
  CHECK(empty.diagnostics[0].message == "empty file");
}

}  // namespace
}  // namespace kg
