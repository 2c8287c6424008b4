// Reading a corpus: files, folders and JSON Lines, split into dated news items.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// A problem inside one item (an odd date, an unreadable byte): collected while work goes on.
struct Diagnostic {
  std::string file;
  int line = 0;
  std::string message;
};

// One dated news item. `text` is the item's body, normalised (no BOM, LF line ends,
// plain spaces for no-break spaces, straight quotes); `source_offset()` maps a byte
// position in `text` back to the byte offset in the original file.
struct Item {
  int n = 0;                   // 1-based position in the whole corpus
  std::string date;            // first day, ISO YYYY-MM-DD
  std::string end_date;        // last day, ISO; equal to `date` for one day
  std::string title;           // heading text after the separator, page junk removed, normalised
  std::string text;            // normalised body text (the heading line not included)
  std::string source;          // path of the file the item came from
  int line = 0;                // 1-based line of the heading in `source`
  std::size_t begin = 0;       // byte offset of the heading in `source`
  std::size_t end = 0;         // byte offset one past the item's last byte in `source`
  std::size_t body_begin = 0;  // byte offset in `source` where `text` starts
  // The first lines above a text document's first item, on every item of the document: the
  // site's name ("Delegation of the European Union to Senegal / News"), which its items call
  // "the EU Delegation" or "the Delegation".
  std::string page_header;

  // Anchors (text position, source offset), sorted by text position; between anchors
  // bytes map one to one. Filled by the reader.
  std::vector<std::pair<std::size_t, std::size_t>> offset_anchors;

  std::size_t source_offset(std::size_t text_pos) const;
};

// Maps a position in a normalised text back to the source through (text position, source
// offset) anchors sorted by text position; `base` is used when there are no anchors.
std::size_t map_to_source(const std::vector<std::pair<std::size_t, std::size_t>>& anchors,
                          std::size_t text_pos, std::size_t base = 0);

// What normalise_text folds. Line ends (CRLF and lone CR become LF), a leading byte order
// mark and invalid UTF-8 (replaced by U+FFFD) are always handled.
struct NormaliseOptions {
  bool fold_spaces = true;  // no-break spaces (U+00A0, U+2007, U+202F) -> ' '
  bool fold_quotes = true;  // curly quotes (U+2018, U+2019, U+201C, U+201D) -> ' and "
};

// A normalised text and the way back to the source it came from.
struct NormalisedText {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> anchors;  // as Item::offset_anchors
  std::vector<std::size_t> invalid_bytes;  // source offsets of bytes that were not UTF-8

  std::size_t source_offset(std::size_t text_pos) const { return map_to_source(anchors, text_pos); }
  // Anchors for the slice [begin, end) of `text`, with positions relative to `begin`.
  std::vector<std::pair<std::size_t, std::size_t>> slice_anchors(std::size_t begin,
                                                                 std::size_t end) const;
};

NormalisedText normalise_text(std::string_view source, NormaliseOptions options = {});

struct Corpus {
  std::string name;  // stem of the first file, e.g. "eu-unodc-brochure"
  std::vector<Item> items;
  std::vector<Diagnostic> diagnostics;
};

// Reads text files, JSON Lines files ({"date","title","text"} per line) and folders of
// them (sorted by name), told apart by content. Throws kg::Error naming file and line.
Corpus read_corpus(const std::vector<std::string>& paths);

// Splits one text document into items; `first_n` is the n of its first item. Invalid UTF-8
// and a document without items give diagnostics.
std::vector<Item> segment_text(std::string_view source_text, const std::string& source_name,
                               int first_n, std::vector<Diagnostic>& diagnostics);

// Reads JSON Lines: one {"date", "title", "text"} object per line ("end_date" optional;
// dates in any form parse_date_range takes; blank lines skipped). Item::text is normalised
// and maps back to the bytes of the line's "text" string. Throws kg::Error naming the line.
std::vector<Item> read_json_lines(std::string_view content, const std::string& source_name,
                                  int first_n, std::vector<Diagnostic>& diagnostics);

// One line of a JSON Lines file, starting at byte `begin` of it, as read_json_lines reads it:
// the item numbered `n`, or nullopt for a blank line. Throws kg::Error naming the line.
std::optional<Item> read_json_line(std::string_view text, std::size_t begin, int line,
                                   const std::string& source_name, int n,
                                   std::vector<Diagnostic>& diagnostics);

// A corpus read item by item, as often as a build needs: one file at a time, and a JSON Lines
// file one line at a time, so that a corpus larger than memory can be built. A text file is
// read whole (its headings' years may come from the items around them), one file at a time;
// a JSON Lines file in UTF-16 or UTF-32 too. read_corpus() reads the same items.
class CorpusReader {
 public:
  // Lists the files of `paths` (folders: their corpus files, by name). Throws kg::Error.
  explicit CorpusReader(const std::vector<std::string>& paths);
  const std::string& name() const { return name_; }
  // The files it reads, in order.
  const std::vector<std::string>& files() const { return files_; }
  // Calls `take` with every item, in corpus order. The problems found, those of listing the
  // folders first, go to `diagnostics`. With `show_progress`, a "reading" progress line over
  // the files (a build shows it for its first reading only). Throws kg::Error naming file
  // and line.
  void for_each(const std::function<void(Item&&)>& take, std::vector<Diagnostic>& diagnostics,
                bool show_progress = false) const;

 private:
  std::string name_;
  std::vector<std::string> files_;
  std::vector<std::uint64_t> sizes_;  // of each file, for the progress line
  std::vector<Diagnostic> listing_;
};

// A parsed heading line: `19-20 June 2018: Exchanges on migration`.
struct Heading {
  std::string date;      // ISO, or "" when the heading has no year yet (year == 0)
  std::string end_date;  // ISO
  int year = 0;          // 0 when the heading omits the year (`7 and 8 June: ...`)
  int month = 0, day = 0, end_month = 0, end_day = 0, end_year = 0;
  std::string title;
  std::size_t title_offset = 0;  // byte offset of the title in the line
};

// Parses a heading line; nullopt when the line is not a heading.
std::optional<Heading> parse_heading(std::string_view line);

// For a line that is not a heading but looks like one (a date and a separator first): why it
// is not (`31 February 2018: ...` is no possible date; `05/06/2019 - ...` has an unclear
// order), so that its text is never folded into the item before without a word.
// nullopt for every other line (`12 May 2021, Vienna - ...` is body text).
std::optional<std::string> heading_problem(std::string_view line);

// `08.03.2024, Title`: a date, a comma and a title. No heading where a page has headings of
// the usual forms (its datelines look the same), but the headings of a page that has none
// (segment_text decides); nullopt for a line that is not of this form, or whose title has a
// spaced dash or ends with a full stop, as datelines and sentences do.
std::optional<Heading> parse_comma_heading(std::string_view line);

// `26.09.2014 Title`: a date with its year, a space and a title that starts with a capital or
// a digit. Like parse_comma_heading, the headings only of a page that has no others.
std::optional<Heading> parse_spaced_heading(std::string_view line);

// `[26.09.2014] Title`, `(26.09.2014) Title`: a date with its year in brackets, then a title
// (after a space or a separator). Like parse_comma_heading, the headings only of a page that
// has no others: elsewhere heading_problem says that such a line starts no item. With
// `unclear_month_first`, a slashed date of unclear order (`[05/06/2019]`) is read in that order
// (segment_text takes it from the page's other bracketed dates).
std::optional<Heading> parse_bracketed_heading(std::string_view line,
                                               std::optional<bool> unclear_month_first = {});

// A date alone on its line (`26 September 2014`, `Posted on 26.09.2014`), as pages that put
// the title on a line of its own above or below it give their dates; segment_text takes such
// lines as headings only on a page that has no others. A slashed date of unclear order
// (`05/06/2019`) is read month first when `month_first`, and sets `unclear_order`. `date_text`
// is the date as written, without the words before it.
struct DateLine {
  Heading heading;  // no title: the line holds none
  std::string_view date_text;
  bool unclear_order = false;
};
std::optional<DateLine> parse_date_line(std::string_view line, bool month_first);

// `Title (26 September 2014)`, `Title [26.09.2014]`, `Title - 26.09.2014`, `Title | 14-15 May
// 2019`: a title, then its date with the year, in brackets or after a spaced dash, bar or dot,
// ending the line. Like parse_comma_heading, the headings only of a page that has no others; a
// slashed date of unclear order reads as for parse_date_line. `date_text` is the date alone.
std::optional<DateLine> parse_trailing_date_heading(std::string_view line, bool month_first);

// A press release's dateline opening its first paragraph: `VIENNA, 26 September 2014 - The
// ...`, `Brussels (26.09.2014) - ...`, `26 September 2014, Vienna - ...`, or a line of a place
// and a date alone (`Dushanbe, Tajikistan, 26 September 2014`), which `alone` tells. The date
// must have its year. A page that dates its items only so has the title on the line above;
// segment_text takes such lines as headings only on a page that has no others.
struct Dateline {
  Heading heading;  // no title: the line holds none
  bool alone = false;
};
std::optional<Dateline> parse_dateline(std::string_view line);

// A heading whose slashed date has an unclear order (`07/11/2023 - ...`), read in the order
// the corpus's other slashed headings show (month first when `month_first`); nullopt for
// every other line.
std::optional<Heading> parse_unclear_slashed_heading(std::string_view line, bool month_first);

// Parses a free-standing date in any of the supported forms (`26.09.2014`,
// `September 26, 2014`, `Friday, September 26, 2014`, `2014-09-26`, `26 September 2014`)
// into ISO form; nullopt when it is not a date.
std::optional<std::string> parse_date(std::string_view text);

// A date or a range of days (`19-20 June 2018`, `30 May - 1 June 2017`, `September 26-27,
// 2014`, `2014-09-26`), ISO; nullopt when it is not one or lacks the year.
struct DateRange {
  std::string date;
  std::string end_date;
};
std::optional<DateRange> parse_date_range(std::string_view text);

// Where the paragraphs of a normalised text start: the first line, and every non-blank line
// that follows a blank one (a line of spaces and tabs only). Positions ascend.
std::vector<std::size_t> paragraph_starts(std::string_view text);

// The default corpus: the bundled brochure, found next to the executable's project.
std::string default_corpus_path();

}  // namespace kg
