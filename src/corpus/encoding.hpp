// What a corpus file's bytes are before the readers, which take UTF-8, see them: UTF-16 and
// UTF-32 are decoded, binary data is refused, single-byte encodings are named in warnings.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kg::corpus_detail {

struct WideText {
  std::string utf8;           // the text, UTF-8, without its byte order mark
  const char* encoding = "";  // "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE"
  bool had_bom = false;
  std::size_t replaced = 0;  // code units that were no character (lone surrogates, a
                             // truncated last unit), each replaced by U+FFFD
};

// UTF-32 and UTF-16 recognised by their byte order mark, and without one by their NUL bytes
// (text of Latin letters has a NUL in every other byte in UTF-16, three in four in UTF-32). nullopt
// for anything else, UTF-8 included.
std::optional<WideText> decode_wide_text(std::string_view bytes);

// Why `bytes` cannot be text (many control bytes: NULs and the like, as in a program, an
// image or an archive), or nullopt. A few stray NULs in text are not enough.
std::optional<std::string> binary_data_problem(std::string_view bytes);

// For a byte that is not UTF-8: the character it stands for in Windows-1252 (Latin-1 with
// printable characters in 0x80-0x9F), as UTF-8; "" for bytes below 0x80 and the five bytes
// Windows-1252 leaves undefined.
std::string windows_1252_character(unsigned char byte);

}  // namespace kg::corpus_detail
