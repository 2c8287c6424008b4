// The UTF-8 module (kg/utf8.hpp): decoding and encoding, and case and folding over whole
// blocks, checked against independent facts of each block's layout rather than the tables.
#include <string>

#include <doctest/doctest.h>

#include "kg/graph.hpp"
#include "kg/resolve.hpp"
#include "kg/utf8.hpp"

namespace kg {
namespace {

std::string encoded(char32_t cp) {
  std::string out;
  utf8::append(out, cp);
  return out;
}

bool is_ascii_letter(const char* fold) {
  return fold != nullptr && fold[0] >= 'a' && fold[0] <= 'z' && fold[1] == '\0';
}

TEST_CASE("utf8: every code point of the first planes round-trips through append and decode") {
  for (char32_t cp = 1; cp < 0x20000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates are no characters
    std::string text = encoded(cp);
    auto [decoded, length] = utf8::decode(text, 0);
    REQUIRE(decoded == cp);
    REQUIRE(length == text.size());
  }
}

TEST_CASE("utf8: the one decoder: a byte that is not UTF-8 is one U+FFFD, then it resyncs") {
  struct Case {
    std::string_view bytes;
    const char* why;
  };
  for (const Case& c :
       {Case{"\xC0\xAF", "overlong '/'"}, Case{"\xE0\x80\xAF", "overlong '/'"},
        Case{"\xED\xA0\x80", "encoded surrogate"}, Case{"\xF4\x90\x80\x80", "above U+10FFFF"},
        Case{"\xE2\x82", "truncated"}, Case{"\x80", "lone continuation"},
        Case{"\xFF", "never in UTF-8"}, Case{"\xC5z", "lead without follower"}}) {
    CAPTURE(c.why);
    utf8::Decoded decoded = utf8::decode_checked(c.bytes, 0);
    CHECK_FALSE(decoded.valid);
    CHECK(decoded.code_point == utf8::kReplacement);
    CHECK(decoded.length == 1);
    CHECK(utf8::decode(c.bytes, 0) == std::pair<std::uint32_t, std::size_t>{0xFFFD, 1});
  }
  std::u32string seen;
  utf8::for_each_code_point(
      "a\xC5\x9A\xFF\xE2\x82"
      "b",
      [&](char32_t cp) { seen += cp; });
  CHECK(seen == U"a\u015A\uFFFD\uFFFD\uFFFDb");
  CHECK(utf8::decode_checked("\xF0\x9F\x98\x80", 0).valid);
}

TEST_CASE("utf8: Latin-1 letters: capitals C0..DE (but the sign D7) pair with E0..FE") {
  for (char32_t cp = 0xC0; cp <= 0xDE; ++cp) {
    if (cp == 0xD7) {
      CHECK(utf8::fold_letter(cp) == nullptr);    // multiplication sign
      CHECK(utf8::fold_letter(0xF7) == nullptr);  // division sign
      continue;
    }
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(utf8::is_upper(cp));
    CHECK(utf8::is_lower(cp + 0x20));
    CHECK(utf8::to_lower(cp) == cp + 0x20);
    CHECK(std::string(utf8::fold_letter(cp)) == utf8::fold_letter(cp + 0x20));
    CHECK(utf8::fold_letter(cp)[0] >= 'a');
  }
  CHECK(std::string(utf8::fold_letter(0xDF)) == "ss");
  CHECK(std::string(utf8::fold_letter(0xC6)) == "ae");
}

// Latin Extended-A is built of capital/small pairs, but the pairs change parity at U+0138 (ĸ
// has no capital) and again at U+0149 (ŉ), and U+0178 (Ÿ) is a capital whose small letter
// lives in Latin-1. Each letter folds to the ASCII letter its name starts with.
TEST_CASE("utf8: Latin Extended-A: case by pairs whose parity changes, every letter folds") {
  for (char32_t cp = 0x100; cp <= 0x17F; ++cp) {
    CAPTURE(static_cast<unsigned>(cp));
    bool odd_pairs = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    bool upper = odd_pairs ? cp % 2 == 1 : cp % 2 == 0;
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) upper = false;  // ĸ, ŉ, ſ: small only
    if (cp == 0x178) upper = true;                                 // Ÿ
    CHECK(utf8::is_upper(cp) == upper);
    CHECK(utf8::is_lower(cp) == !upper);
    const char* fold = utf8::fold_letter(cp);
    REQUIRE(fold != nullptr);
    CHECK(fold[0] >= 'a');
    CHECK(fold[0] <= 'z');
  }
  CHECK(std::string(utf8::fold_letter(0x15A)) == "s");   // Ś
  CHECK(std::string(utf8::fold_letter(0x142)) == "l");   // ł
  CHECK(std::string(utf8::fold_letter(0x17B)) == "z");   // Ż
  CHECK(std::string(utf8::fold_letter(0x152)) == "oe");  // Œ
  CHECK(std::string(utf8::fold_letter(0x132)) == "ij");  // Ĳ
}

TEST_CASE(
    "utf8: Latin Extended-B: letters with a decomposition or a known spelling fold to ASCII") {
  int ascii = 0, letters = 0;
  for (char32_t cp = 0x180; cp <= 0x24F; ++cp) {
    const char* fold = utf8::fold_letter(cp);
    if (fold == nullptr) continue;
    ++letters;
    if (fold[0] >= 'a' && fold[0] <= 'z') ++ascii;
    if (utf8::is_upper(cp)) CHECK(utf8::to_lower(cp) != cp);
  }
  CHECK(letters == 0x24F - 0x180 + 1);  // the block has letters only
  CHECK(ascii > letters / 2);
  CHECK(std::string(utf8::fold_letter(0x1CD)) == "a");  // Ǎ
  CHECK(std::string(utf8::fold_letter(0x218)) == "s");  // Ș, Romanian
  CHECK(std::string(utf8::fold_letter(0x21A)) == "t");  // Ț
  CHECK(utf8::is_upper(0x1C5));                         // ǅ, title case
}

TEST_CASE("utf8: Greek: capitals 0391..03A9 pair with 03B1..03C9; accents fold away") {
  for (char32_t cp = 0x391; cp <= 0x3A9; ++cp) {
    if (cp == 0x3A2) continue;  // unassigned: final sigma has no capital
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(utf8::is_upper(cp));
    CHECK(utf8::is_lower(cp + 0x20));
    CHECK(utf8::to_lower(cp) == cp + 0x20);
    CHECK(utf8::fold_letter(cp) == encoded(cp + 0x20));
  }
  CHECK(utf8::fold_letter(0x386) == encoded(0x3B1));  // Ά -> α
  CHECK(utf8::fold_letter(0x3CC) == encoded(0x3BF));  // ό -> ο
}

TEST_CASE("utf8: Cyrillic: capitals 0400..042F pair with 0430..045F; Й keeps its letter") {
  for (char32_t cp = 0x410; cp <= 0x42F; ++cp) {
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(utf8::is_upper(cp));
    CHECK(utf8::is_lower(cp + 0x20));
    CHECK(utf8::to_lower(cp) == cp + 0x20);
  }
  for (char32_t cp = 0x400; cp <= 0x40F; ++cp) CHECK(utf8::to_lower(cp) == cp + 0x50);
  CHECK(utf8::fold_letter(0x416) == encoded(0x436));  // Ж -> ж
  CHECK(utf8::fold_letter(0x401) == encoded(0x435));  // Ё -> е
  CHECK(utf8::fold_letter(0x419) == encoded(0x438));  // Й -> и (the breve is a mark)
}

TEST_CASE("utf8: ASCII, punctuation and other scripts") {
  for (char32_t cp = 'A'; cp <= 'Z'; ++cp) {
    CHECK(utf8::is_upper(cp));
    CHECK(is_ascii_letter(utf8::fold_letter(cp)));
    CHECK(utf8::fold_letter(cp)[0] == static_cast<char>(cp + 32));
  }
  for (char32_t cp : {U' ', U'-', U'\'', U'.', U'\u2019', U'\u00A0', U'\u00AB'})
    CHECK(utf8::fold_letter(cp) == nullptr);
  CHECK(utf8::fold_letter(U'\u4E2D') == nullptr);  // CJK: no case, kept as written by callers
  CHECK_FALSE(utf8::is_upper(U'\u4E2D'));
}

TEST_CASE("ids and name folding use the module: Polish names") {
  CHECK(make_node_id(NodeKind::person, "Anna Śmigła") == "person:anna-smigla");
  CHECK(make_node_id(NodeKind::person, "Jan Żukowski") == "person:jan-zukowski");
  CHECK(make_node_id(NodeKind::person, "Łucja Ńowak-Źrebiec") == "person:lucja-nowak-zrebiec");
  CHECK(make_node_id(NodeKind::organisation, "UNODC’s office") == "organisation:unodc-s-office");
  CHECK(fold_name("Anna ŚMIGŁA") == "anna smigla");
  CHECK(fold_name("José Álvarez") == fold_name("Jose Alvarez"));
}

// fold() is what gazetteer keys and name comparisons are made of: accents go, case goes,
// and everything that is not a letter stays as written.
TEST_CASE("utf8: fold drops case and accents letter by letter and keeps the rest") {
  CHECK(utf8::fold("Ms Anna Śmigła") == "ms anna smigla");
  CHECK(utf8::fold("Mr Jan ŻUKOWSKI") == "mr jan zukowski");
  CHECK(utf8::fold("Straße, Ærø") == "strasse, aero");
  CHECK(utf8::fold("O’Neil's") == "o'neil's");
  CHECK(utf8::fold("Ἀθῆναι Αθήνα") == "αθηναι αθηνα");
  CHECK(utf8::fold("Жуковский") == "жуковскии");  // й folds to и, as in names
  CHECK(utf8::fold("中国 – «x»") == "中国 – «x»");
  CHECK(utf8::fold("a\xFF\xC5"
                   "b") ==
        "a\xFF\xC5"
        "b");                                    // invalid bytes kept, not read as letters
  for (char32_t cp = 0xC0; cp <= 0x24F; ++cp) {  // Latin-1 letters, Extended-A and -B
    const char* letter = utf8::fold_letter(cp);
    if (letter == nullptr) continue;
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(utf8::fold(encoded(cp)) == letter);
  }
}

}  // namespace
}  // namespace kg
