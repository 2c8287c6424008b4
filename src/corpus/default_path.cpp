#include <filesystem>

#include "kg/corpus.hpp"
#include "kg/error.hpp"

namespace kg {
namespace fs = std::filesystem;

std::string default_corpus_path() {
  const fs::path relative = fs::path("examples") / "eu-unodc-brochure.txt";
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // build/kg -> the project above it; prefix/bin/kg -> prefix/share/kg
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      if (fs::exists(dir / "CMakeLists.txt", ec) && fs::is_regular_file(dir / relative, ec))
        return (dir / relative).string();
      if (fs::is_regular_file(dir / "share" / "kg" / relative, ec))
        return (dir / "share" / "kg" / relative).string();
    }
  }
#ifdef KG_SOURCE_DIR
  if (fs::is_regular_file(fs::path(KG_SOURCE_DIR) / relative, ec))
    return (fs::path(KG_SOURCE_DIR) / relative).string();
#endif
  throw Error("the bundled brochure examples/eu-unodc-brochure.txt was not found; give a corpus");
}

}  // namespace kg
