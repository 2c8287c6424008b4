// Saving a graph: the file name's extension picks the format.
#include "kg/output.hpp"
#include "kg/pipeline.hpp"

namespace kg {

bool names_binary_graph(std::string_view path) {
  return path.size() > 4 && path.substr(path.size() - 4) == ".kgb";
}

void save_graph(const KnowledgeGraph& graph, const std::string& path, unsigned jobs) {
  write_file_atomically(path, [&](std::ostream& out) {
    if (names_binary_graph(path))
      write_graph_binary(graph, out);
    else
      write_graph_json(graph, out, jobs);
  });
}

}  // namespace kg
