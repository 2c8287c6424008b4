// Reading corpus files and folders, told apart by content, numbered across the corpus.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>

#include <rapidjson/document.h>

#include "encoding.hpp"
#include "kg/corpus.hpp"
#include "kg/error.hpp"
#include "kg/files.hpp"
#include "kg/json.hpp"
#include "kg/output.hpp"
#include "kg/progress.hpp"

namespace kg {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kCorpusExtensions[] = {".txt", ".jsonl", ".json", ".md"};
// What is read of a file to tell whether it can be read line by line.
constexpr std::size_t kHeadBytes = 65536;

Diagnostic no_items(const std::string& path) {
  return {path, 0, "no dated items found (a heading line looks like `19-20 June 2018: Title`)"};
}

bool is_corpus_file(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(std::begin(kCorpusExtensions), std::end(kCorpusExtensions), extension) !=
         std::end(kCorpusExtensions);
}

// A folder's corpus files, sorted by name so that item numbers do not depend on the disk. An
// entry named like one that cannot be read (a broken link, a folder, a FIFO) is skipped with
// a warning: one bad entry must not stop the reading of a scraper's thousands.
std::vector<std::string> folder_files(const std::string& folder,
                                      std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (!is_corpus_file(it->path())) continue;
    std::string path = it->path().string();
    if (std::string why = unreadable_because(path); !why.empty())
      diagnostics.push_back({path, 0, "skipped: cannot read it (" + why + ")"});
    else
      files.push_back(path);
  }
  if (ec) throw Error("cannot read folder (" + ec.message() + ")", folder);
  std::sort(files.begin(), files.end());
  if (files.empty())
    diagnostics.push_back({folder, 0, "folder has no .txt, .md, .json or .jsonl files"});
  return files;
}

std::string corpus_name(const std::string& first_path) {
  fs::path path = fs::path(first_path).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();  // `news/`
  return path.stem().string();
}

std::size_t first_content_byte(std::string_view content) {
  std::size_t start = content.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (start < content.size() && (content[start] == ' ' || content[start] == '\t' ||
                                    content[start] == '\n' || content[start] == '\r'))
    ++start;
  return start;
}

// A JSON array, or one object spread over several lines: JSON, but not JSON Lines.
bool is_json_document(std::string_view content, std::size_t start) {
  if (start >= content.size() || (content[start] != '[' && content[start] != '{')) return false;
  std::string_view rest = content.substr(start);
  std::size_t last = rest.find_last_not_of(" \t\r\n");
  if (content[start] == '{' && rest.substr(0, last).find('\n') == std::string_view::npos)
    return false;
  try {
    rapidjson::Document doc = json::parse(rest, "");
    return doc.IsArray() || doc.IsObject();
  } catch (const Error&) {
    return false;
  }
}

// UTF-16 and UTF-32 become UTF-8 (item offsets then count bytes of the UTF-8); binary data
// is refused rather than read as an item-less text.
std::string text_of_file(const std::string& path, std::vector<Diagnostic>& diagnostics) {
  std::string content = read_file(path);
  if (auto wide = corpus_detail::decode_wide_text(content)) {
    content = std::move(wide->utf8);
    if (wide->replaced > 0)
      diagnostics.push_back({path, 0,
                             "read as " + std::string(wide->encoding) + ": " +
                                 std::to_string(wide->replaced) +
                                 " code units that are no character replaced by U+FFFD"});
  }
  if (auto problem = corpus_detail::binary_data_problem(content)) throw Error(*problem, path);
  return content;
}

std::vector<Item> read_one(const std::string& path, int first_n,
                           std::vector<Diagnostic>& diagnostics) {
  std::string content = text_of_file(path, diagnostics);
  std::size_t start = first_content_byte(content);
  if (start == content.size()) {
    diagnostics.push_back({path, 0, content.empty() ? "empty file" : "blank file"});
    return {};
  }
  if (is_json_document(content, start))
    throw Error(
        "a JSON document, not JSON Lines: write one {\"date\", \"title\", \"text\"} "
        "object per line",
        path);
  std::vector<Item> items = content[start] == '{'
                                ? read_json_lines(content, path, first_n, diagnostics)
                                : segment_text(content, path, first_n, diagnostics);
  if (items.empty()) diagnostics.push_back(no_items(path));
  return items;
}

// True when `path` is UTF-8 JSON Lines whose first line is a whole JSON object: read_one would
// read it as JSON Lines, and it can be read one line at a time instead of whole.
bool streams_as_json_lines(const std::string& path) {
  std::string head = read_head(path, kHeadBytes);  // "" when unreadable: read_one says why
  if (corpus_detail::decode_wide_text(head) || corpus_detail::binary_data_problem(head))
    return false;
  std::size_t start = first_content_byte(head);
  if (start >= head.size() || head[start] != '{') return false;
  // The first line that holds more than blanks, however long.
  std::ifstream in(path, std::ios::binary);
  in.seekg(static_cast<std::streamoff>(start));
  std::string first;
  if (!std::getline(in, first)) return false;
  try {
    return json::parse(first, path).IsObject();
  } catch (const Error&) {
    return false;
  }
}

// What read_one reads from such a file, one line at a time.
void stream_json_lines(const std::string& path, int& next_n, std::vector<Diagnostic>& diagnostics,
                       const std::function<void(Item&&)>& take) {
  remember_input(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read file (" + std::string(std::strerror(errno)) + ")", path);
  std::string line;
  std::size_t begin = 0;
  int items = 0;
  for (int number = 1; std::getline(in, line); ++number) {
    std::size_t skip = number == 1 && line.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    std::string_view text = std::string_view(line).substr(skip);
    if (auto item = read_json_line(text, begin + skip, number, path, next_n, diagnostics)) {
      ++next_n;
      ++items;
      take(std::move(*item));
    }
    begin += line.size() + 1;
  }
  if (in.bad()) throw Error("cannot read file", path);
  if (items == 0) diagnostics.push_back(no_items(path));
}

}  // namespace

CorpusReader::CorpusReader(const std::vector<std::string>& paths) {
  if (paths.empty()) throw Error("no corpus files given");
  name_ = corpus_name(paths.front());
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      auto inside = folder_files(path, listing_);
      files_.insert(files_.end(), inside.begin(), inside.end());
    } else {
      files_.push_back(path);
    }
  }
  for (const std::string& file : files_) {
    std::error_code ec;
    std::uintmax_t size = fs::file_size(file, ec);
    sizes_.push_back(ec ? 0 : static_cast<std::uint64_t>(size));
  }
}

void CorpusReader::for_each(const std::function<void(Item&&)>& take,
                            std::vector<Diagnostic>& diagnostics, bool show_progress) const {
  diagnostics.insert(diagnostics.end(), listing_.begin(), listing_.end());
  std::optional<ProgressTask> progress;
  if (show_progress)
    progress.emplace("reading", "", 0, std::accumulate(sizes_.begin(), sizes_.end(), 0ULL));
  int next_n = 1;
  for (std::size_t i = 0; i < files_.size(); ++i) {
    const std::string& file = files_[i];
    if (progress) progress->step(fs::path(file).filename().string());
    if (streams_as_json_lines(file)) {
      stream_json_lines(file, next_n, diagnostics, take);
    } else {
      for (Item& item : read_one(file, next_n, diagnostics)) {
        ++next_n;
        take(std::move(item));
      }
    }
    if (progress) progress->advance(0, sizes_[i]);
  }
}

Corpus read_corpus(const std::vector<std::string>& paths) {
  CorpusReader reader(paths);
  Corpus corpus;
  corpus.name = reader.name();
  reader.for_each([&](Item&& item) { corpus.items.push_back(std::move(item)); }, corpus.diagnostics,
                  /*show_progress=*/true);
  return corpus;
}

}  // namespace kg
