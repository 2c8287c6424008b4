// Sentences: lines, then sentence ends that are not abbreviations; photo credits are cut out
// and the captions around them marked, because the page flattening glues a caption, its
// credit and the first sentence of the body into one line ("... - Image © UNODCMr Smith").
#include <algorithm>

#include <re2/re2.h>

#include "kg/extract.hpp"
#include "kg/utf8.hpp"

namespace kg {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::uint32_t cp_at(std::string_view text, std::size_t pos) {
  return pos < text.size() ? utf8::decode(text, pos).first : 0;
}

// A glued word boundary "...xYz" or "...XYYz" (UNODCMr, BrusselsOn, KrugerRegional): the
// position of the capital that starts a new word, or npos. Prefixes "Mc"/"Mac" excepted.
std::size_t glue_boundary(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from + 1; i + 1 < to; ++i) {
    std::uint32_t prev = static_cast<unsigned char>(text[i - 1]);
    std::uint32_t cur = static_cast<unsigned char>(text[i]);
    std::uint32_t next = static_cast<unsigned char>(text[i + 1]);
    if (!utf8::is_upper(cur) || !utf8::is_lower(next)) continue;
    bool after_lower = utf8::is_lower(prev) && i >= from + 2 &&
                       utf8::is_word_char(static_cast<unsigned char>(text[i - 2]));
    bool after_caps = utf8::is_upper(prev) && i >= from + 2 &&
                      utf8::is_upper(static_cast<unsigned char>(text[i - 2]));
    if (!after_lower && !after_caps) continue;
    std::size_t word = i;
    while (word > from && utf8::is_word_char(static_cast<unsigned char>(text[word - 1]))) --word;
    std::string_view prefix = text.substr(word, i - word);
    if (prefix == "Mc" || prefix == "Mac") continue;
    return i;
  }
  return std::string_view::npos;
}

class Splitter {
 public:
  Splitter(std::string_view text, bool in_title, const Rules& rules, std::vector<Span>& noise)
      : text_(text), in_title_(in_title), rules_(rules), noise_(noise) {
    for (const char* vocabulary : {"abbreviations", "initial_digraphs"})
      for (const std::string& word : rules.words(vocabulary)) abbreviations_.push_back(word);
    for (const std::string& word : rules.words("credit_stop_words")) credit_stops_.push_back(word);
  }

  std::vector<Sentence> run() {
    std::size_t line_begin = 0;
    while (line_begin < text_.size()) {
      std::size_t line_end = text_.find('\n', line_begin);
      if (line_end == std::string_view::npos) line_end = text_.size();
      line(line_begin, line_end);
      line_begin = line_end + 1;
    }
    return sentences_;
  }

 private:
  void line(std::size_t begin, std::size_t end) {
    if (in_title_) return sentences(begin, end, false);
    for (const Pattern* credit : rules_.patterns_for("noise")) {
      re2::StringPiece match;
      re2::StringPiece input(text_.data(), end);
      if (!credit->re().Match(input, begin, end, RE2::UNANCHORED, &match, 1)) continue;
      std::size_t credit_begin = static_cast<std::size_t>(match.data() - text_.data());
      std::size_t credit_end = credit_begin + match.size();
      // The caption before the credit.
      std::size_t caption_end = credit_begin;
      while (caption_end > begin &&
             (is_space(text_[caption_end - 1]) || text_[caption_end - 1] == '-'))
        --caption_end;
      // "Body text. Photo: A (left) and B (right). (c) X": a label starts the caption; the
      // text before it is the item's own.
      std::size_t caption_begin = caption_label(begin, caption_end);
      if (caption_begin > begin) sentences(begin, caption_begin, false);
      if (caption_end > caption_begin) sentences(caption_begin, caption_end, true);
      bool author_inside = credit->options.author_before;
      std::size_t after = author_inside ? credit_end : credit_author_end(credit_end, end);
      noise_.push_back({in_title_, credit_begin, after});
      std::size_t rest = after;
      while (rest < end && is_space(text_[rest])) ++rest;
      // "© EU - caption textGluedBody": a caption after the credit, up to the glued word.
      if (rest < end && text_[rest] == '-') {
        std::size_t caption = rest + 1;
        std::size_t glued = glue_boundary(text_, caption, end);
        std::size_t stop = glued == std::string_view::npos ? end : glued;
        sentences(caption, stop, true);
        rest = stop;
      }
      return sentences(rest, end, false);
    }
    sentences(begin, end, false);
  }

  // Where a labelled caption ("Photo:", "Pictured:") starts inside [begin, end) after some
  // text of the line, else `begin` (the whole span is the caption).
  std::size_t caption_label(std::size_t begin, std::size_t end) const {
    std::string_view span = text_.substr(begin, end - begin);
    for (std::string_view label : {". Photo:", ". Photograph:", ". Picture:", ". Pictured:",
                                   ". Caption:", ". Photo credit:"}) {
      std::size_t at = span.find(label);
      if (at != std::string_view::npos) return begin + at + 2;
    }
    return begin;
  }

  // The end of the credit's author: up to three capitalised words, cut at a glued word
  // boundary (UNODCMr -> UNODC), before a stop word (The, On ...) or punctuation.
  std::size_t credit_author_end(std::size_t pos, std::size_t end) {
    std::size_t words = 0;
    while (pos < end && words < 3) {
      while (pos < end && text_[pos] == ' ') ++pos;
      std::size_t word_end = pos;
      while (word_end < end && !is_space(text_[word_end])) ++word_end;
      if (word_end == pos) break;
      std::string_view word = text_.substr(pos, word_end - pos);
      std::uint32_t first = cp_at(text_, pos);
      if (!utf8::is_upper(first)) break;
      if (std::find(credit_stops_.begin(), credit_stops_.end(), word) != credit_stops_.end()) break;
      std::size_t glued = glue_boundary(text_, pos, word_end);
      // An apostrophe or quote glued after the author starts the body ("UNODC'The").
      std::size_t quote = word.find_first_of("'\"");
      if (quote != std::string_view::npos && quote > 0 &&
          (glued == std::string_view::npos || pos + quote < glued))
        glued = pos + quote;
      // Trailing punctuation ends the author.
      std::size_t punct = word.find_first_of(",.:;");
      if (glued != std::string_view::npos) return glued;
      if (punct != std::string_view::npos) return pos + punct;
      pos = word_end;
      ++words;
      // "UNODC Brussels": a second word continues the author only if capitalised too.
      std::size_t next = pos;
      while (next < end && text_[next] == ' ') ++next;
      if (next >= end || !utf8::is_upper(cp_at(text_, next))) break;
    }
    return pos;
  }

  bool abbreviation_before(std::size_t dot, std::size_t begin) const {
    std::size_t word = dot;
    while (word > begin && !is_space(text_[word - 1]) && text_[word - 1] != '(') --word;
    std::string_view token = text_.substr(word, dot - word);
    auto upper = [&](std::size_t at) {
      return utf8::is_upper(static_cast<unsigned char>(token[at]));
    };
    if (token.size() == 1 && upper(0)) return true;  // initial
    // "J.-P.": a hyphenated pair of initials (the token before this dot is "J.-P")
    if (token.size() == 4 && upper(0) && token[1] == '.' && token[2] == '-' && upper(3))
      return true;
    return std::find(abbreviations_.begin(), abbreviations_.end(), token) != abbreviations_.end();
  }

  void sentences(std::size_t begin, std::size_t end, bool caption) {
    std::size_t start = begin;
    for (std::size_t i = begin; i < end; ++i) {
      char c = text_[i];
      if (c != '.' && c != '!' && c != '?') continue;
      std::size_t next = i + 1;
      while (next < end && (text_[next] == '"' || text_[next] == ')' || text_[next] == '\''))
        ++next;
      if (next >= end || !is_space(text_[next])) continue;
      std::size_t after = next;
      while (after < end && is_space(text_[after])) ++after;
      if (after < end && !utf8::is_upper(cp_at(text_, after)) &&
          !(text_[after] >= '0' && text_[after] <= '9') && text_[after] != '"' &&
          text_[after] != '\'' && text_[after] != '(' &&
          static_cast<unsigned char>(text_[after]) < 0x80)
        continue;
      if (c == '.' && abbreviation_before(i, start)) continue;
      emit(start, next, caption);
      start = next;
    }
    emit(start, end, caption);
  }

  void emit(std::size_t begin, std::size_t end, bool caption) {
    while (begin < end && is_space(text_[begin])) ++begin;
    while (end > begin && is_space(text_[end - 1])) --end;
    if (end > begin) sentences_.push_back({{in_title_, begin, end}, caption});
  }

  std::string_view text_;
  bool in_title_;
  const Rules& rules_;
  std::vector<Span>& noise_;
  std::vector<std::string> abbreviations_;
  std::vector<std::string> credit_stops_;
  std::vector<Sentence> sentences_;
};

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, bool in_title, const Rules& rules,
                                      std::vector<Span>& noise) {
  return Splitter(text, in_title, rules, noise).run();
}

}  // namespace kg
