// Reading corpus files and folders, told apart by content, numbered across the corpus.
#include <algorithm>
#include <filesystem>
#include <numeric>

#include <rapidjson/document.h>

#include "encoding.hpp"
#include "kg/corpus.hpp"
#include "kg/error.hpp"
#include "kg/files.hpp"
#include "kg/json.hpp"
#include "kg/progress.hpp"

namespace kg {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kCorpusExtensions[] = {".txt", ".jsonl", ".json", ".md"};

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
std::vector<std::string> folder_files(const std::string& folder, Corpus& corpus) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (!is_corpus_file(it->path())) continue;
    std::string path = it->path().string();
    if (std::string why = unreadable_because(path); !why.empty())
      corpus.diagnostics.push_back({path, 0, "skipped: cannot read it (" + why + ")"});
    else
      files.push_back(path);
  }
  if (ec) throw Error("cannot read folder (" + ec.message() + ")", folder);
  std::sort(files.begin(), files.end());
  if (files.empty())
    corpus.diagnostics.push_back({folder, 0, "folder has no .txt, .md, .json or .jsonl files"});
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
std::string text_of_file(const std::string& path, Corpus& corpus) {
  std::string content = read_file(path);
  if (auto wide = corpus_detail::decode_wide_text(content)) {
    content = std::move(wide->utf8);
    if (wide->replaced > 0)
      corpus.diagnostics.push_back({path, 0,
                                    "read as " + std::string(wide->encoding) + ": " +
                                        std::to_string(wide->replaced) +
                                        " code units that are no character replaced by U+FFFD"});
  }
  if (auto problem = corpus_detail::binary_data_problem(content)) throw Error(*problem, path);
  return content;
}

std::vector<Item> read_one(const std::string& path, int first_n, Corpus& corpus) {
  std::string content = text_of_file(path, corpus);
  std::size_t start = first_content_byte(content);
  if (start == content.size()) {
    corpus.diagnostics.push_back({path, 0, content.empty() ? "empty file" : "blank file"});
    return {};
  }
  if (is_json_document(content, start))
    throw Error(
        "a JSON document, not JSON Lines: write one {\"date\", \"title\", \"text\"} "
        "object per line",
        path);
  std::vector<Item> items = content[start] == '{'
                                ? read_json_lines(content, path, first_n, corpus.diagnostics)
                                : segment_text(content, path, first_n, corpus.diagnostics);
  if (items.empty())
    corpus.diagnostics.push_back(
        {path, 0, "no dated items found (a heading line looks like `19-20 June 2018: Title`)"});
  return items;
}

}  // namespace

Corpus read_corpus(const std::vector<std::string>& paths) {
  if (paths.empty()) throw Error("no corpus files given");
  Corpus corpus;
  corpus.name = corpus_name(paths.front());
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      auto inside = folder_files(path, corpus);
      files.insert(files.end(), inside.begin(), inside.end());
    } else {
      files.push_back(path);
    }
  }
  std::vector<std::uint64_t> sizes;
  for (const std::string& file : files) {
    std::error_code ec;
    std::uintmax_t size = fs::file_size(file, ec);
    sizes.push_back(ec ? 0 : static_cast<std::uint64_t>(size));
  }
  ProgressTask progress("reading", "", 0, std::accumulate(sizes.begin(), sizes.end(), 0ULL));
  for (std::size_t i = 0; i < files.size(); ++i) {
    progress.step(fs::path(files[i]).filename().string());
    std::vector<Item> items = read_one(files[i], static_cast<int>(corpus.items.size()) + 1, corpus);
    std::move(items.begin(), items.end(), std::back_inserter(corpus.items));
    progress.advance(0, sizes[i]);
  }
  return corpus;
}

}  // namespace kg
