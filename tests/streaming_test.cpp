// Streaming a corpus: JSON Lines read one line at a time give the items of the whole-file
// reader, and a build from the files (CorpusStream) the graph of a build from memory.
// Invented people.
#include <unistd.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/corpus.hpp"
#include "kg/error.hpp"
#include "kg/graph.hpp"
#include "kg/pipeline.hpp"

namespace fs = std::filesystem;

namespace {

// A file under the system's temporary folder, removed when the test ends.
struct TempFile {
  explicit TempFile(const std::string& name, const std::string& bytes)
      : path(fs::temp_directory_path() /
             ("kg-streaming-" + std::to_string(::getpid()) + "-" + name)) {
    std::ofstream(path, std::ios::binary) << bytes;
  }
  ~TempFile() { fs::remove(path); }
  fs::path path;
};

// A BOM, CRLF line ends, blank lines, escapes and a curly quote: what the offsets must survive.
const std::string kJsonLines =
    "\xEF\xBB\xBF{\"date\": \"2031-03-04\", \"title\": \"Talks in Brussels\", \"text\": \"Ms Orla "
    "Quenby, Director of the Fictional Bureau of Tides, met Mr Tavi Rennoch in Brussels.\"}\r\n"
    "\r\n"
    "{\"date\": \"5 March 2031\", \"title\": \"A visit\", \"text\": \"Ms Quenby \\u2019s visit: "
    "\\\"Mr Rennoch\\\" thanked the European Union.\\nA second paragraph.\"}\n"
    "   \n"
    "{\"date\": \"2031-03-06\", \"end_date\": \"2031-03-07\", \"title\": \"Again\", \"text\": "
    "\"Mr Tavi Rennoch met Ms Quenby in Vienna.\"}";

std::string graph_json(const kg::KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::write_graph_json(graph, out);
  return out.str();
}

}  // namespace

TEST_CASE("JSON Lines streamed line by line give the items of the whole-file reader") {
  TempFile file("items.jsonl", kJsonLines);
  std::vector<kg::Diagnostic> whole_diagnostics, streamed_diagnostics;
  std::vector<kg::Item> whole =
      kg::read_json_lines(kJsonLines, file.path.string(), 1, whole_diagnostics);
  std::vector<kg::Item> streamed;
  kg::CorpusReader({file.path.string()})
      .for_each([&](kg::Item&& item) { streamed.push_back(std::move(item)); },
                streamed_diagnostics);
  REQUIRE(whole.size() == 3);
  REQUIRE(streamed.size() == whole.size());
  for (std::size_t k = 0; k < whole.size(); ++k) {
    CHECK(streamed[k].n == whole[k].n);
    CHECK(streamed[k].date == whole[k].date);
    CHECK(streamed[k].end_date == whole[k].end_date);
    CHECK(streamed[k].title == whole[k].title);
    CHECK(streamed[k].text == whole[k].text);
    CHECK(streamed[k].line == whole[k].line);
    CHECK(streamed[k].begin == whole[k].begin);
    CHECK(streamed[k].end == whole[k].end);
    CHECK(streamed[k].body_begin == whole[k].body_begin);
    CHECK(streamed[k].offset_anchors == whole[k].offset_anchors);
  }
  CHECK(streamed_diagnostics.size() == whole_diagnostics.size());
}

TEST_CASE("a build from the files gives the graph of a build from memory") {
  TempFile jsonl("mixed.jsonl", kJsonLines);
  TempFile text("mixed.txt",
                "3 April 2031: Follow-up\n\nMs Orla Quenby and Mr Rennoch met the Fictional "
                "Bureau of Tides in Nairobi, Kenya.\n\n4 April 2031: Close\n\nMs Quenby left.\n");
  std::vector<std::string> inputs = {jsonl.path.string(), text.path.string()};
  const std::string rules = std::string(KG_SOURCE_DIR) + "/rules";
  kg::BuildReport memory_report, stream_report;
  kg::KnowledgeGraph from_memory =
      kg::build_graph(kg::read_corpus(inputs), rules, memory_report, 2);
  kg::CorpusStream stream = kg::open_corpus(inputs, stream_report);
  CHECK(stream.items == 5);
  kg::KnowledgeGraph streamed = kg::build_graph(stream, rules, stream_report, 2);
  REQUIRE(from_memory.items.size() == 5);
  CHECK(graph_json(streamed) == graph_json(from_memory));
  CHECK(stream_report.notes == memory_report.notes);
}

TEST_CASE("a JSON document spread over lines is still refused, not streamed") {
  TempFile file("document.jsonl", "{\n  \"date\": \"2031-03-04\",\n  \"title\": \"x\"\n}\n");
  CHECK_THROWS_WITH_AS(kg::read_corpus({file.path.string()}),
                       doctest::Contains("a JSON document, not JSON Lines"), kg::Error);
}
