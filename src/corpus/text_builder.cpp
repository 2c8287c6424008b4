#include "text_builder.hpp"

#include "kg/utf8.hpp"

namespace kg::corpus_detail {
namespace {

constexpr char32_t kByteOrderMark = 0xFEFF;

bool is_no_break_space(char32_t cp) {
  return cp == 0x00A0 || cp == 0x2007 || cp == 0x202F;
}

// Straight quote for a curly one, or 0.
char straight_quote(char32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
      return '\'';
    case 0x201C:
    case 0x201D:
      return '"';
    default:
      return 0;
  }
}

}  // namespace

void TextBuilder::add_anchor(std::size_t text_pos, std::size_t source_offset) {
  auto& anchors = result_.anchors;
  if (!anchors.empty()) {
    auto& [last_text, last_source] = anchors.back();
    if (last_text == text_pos) {
      last_source = source_offset;  // the later anchor describes the bytes that follow
      return;
    }
    if (last_source + (text_pos - last_text) == source_offset) return;  // already implied
  }
  anchors.emplace_back(text_pos, source_offset);
}

void TextBuilder::emit(std::string_view out, std::size_t begin, std::size_t end) {
  if (!started_ || begin != expected_source_) add_anchor(result_.text.size(), begin);
  started_ = true;
  std::size_t start = result_.text.size();
  result_.text.append(out);
  // U+FFFD for one bad byte grows the text: its inner bytes map to the bad byte, not past it.
  for (std::size_t k = end - begin; k < out.size(); ++k) add_anchor(start + k, end - 1);
  expected_source_ = begin + out.size();
  if (out.size() != end - begin) {
    add_anchor(result_.text.size(), end);
    expected_source_ = end;
  }
}

void TextBuilder::flush_carriage_return() {
  if (!pending_cr_) return;
  pending_cr_ = false;
  emit("\n", cr_begin_, cr_end_);
}

void TextBuilder::push(char32_t cp, std::size_t begin, std::size_t end) {
  if (pending_cr_) {
    if (cp == '\n') {
      pending_cr_ = false;
      emit("\n", cr_begin_, end);
      return;
    }
    flush_carriage_return();
  }
  if (cp == '\r') {
    pending_cr_ = true;
    cr_begin_ = begin;
    cr_end_ = end;
    return;
  }
  if (cp == 0) cp = utf8::kReplacement;  // a NUL byte, or `\u0000` in JSON: no character of text
  if (cp == kByteOrderMark && result_.text.empty()) {
    emit("", begin, end);
    return;
  }
  if (options_.fold_spaces && is_no_break_space(cp)) {
    emit(" ", begin, end);
    return;
  }
  if (char quote = options_.fold_quotes ? straight_quote(cp) : 0; quote != 0) {
    emit(std::string_view(&quote, 1), begin, end);
    return;
  }
  std::string out;
  utf8::append(out, cp);
  emit(out, begin, end);
}

void TextBuilder::push_unchanged(std::string_view bytes, std::size_t begin) {
  if (bytes.empty()) return;
  if (pending_cr_ && bytes.front() == '\n') {
    pending_cr_ = false;
    emit("\n", cr_begin_, begin + 1);
    bytes.remove_prefix(1);
    ++begin;
    if (bytes.empty()) return;
  }
  flush_carriage_return();
  emit(bytes, begin, begin + bytes.size());
}

NormalisedText TextBuilder::finish(std::size_t source_end) {
  flush_carriage_return();
  if (!started_) add_anchor(0, source_end);
  return std::move(result_);
}

}  // namespace kg::corpus_detail
