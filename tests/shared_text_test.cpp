#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "kg/shared_text.hpp"

using kg::SharedText;

TEST_CASE("shared text: a copy views the same bytes, which outlive the string it came from") {
  SharedText copy;
  const char* bytes = nullptr;
  {
    std::string source = "Ms Ivona Kettel met the delegation in Tallinn.";
    SharedText text(source);
    copy = text;
    bytes = text.c_str();
    source.assign(source.size(), 'x');  // the text is a copy, not a view of the source
  }
  CHECK(copy == "Ms Ivona Kettel met the delegation in Tallinn.");
  CHECK(copy.c_str() == bytes);
  CHECK(copy.size() == 46);
  CHECK(copy.c_str()[copy.size()] == '\0');
}

TEST_CASE("shared text: an empty text is none, and equal texts compare equal apart") {
  SharedText none, empty(std::string{});
  CHECK(none.empty());
  CHECK(empty.empty());
  CHECK(none == empty);
  CHECK(std::string(none.c_str()).empty());
  SharedText a("represents.title_of_org"), b(std::string("represents.title_of_org"));
  CHECK(a == b);
  CHECK(a.c_str() != b.c_str());
  CHECK((SharedText("a") < SharedText("b")));
}

TEST_CASE("shared text: a TextWriter fills one block with texts of any size, empty ones as none") {
  std::vector<std::string> texts = {"one", "", std::string(70000, 'w'), "last"};
  std::size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();
  kg::TextWriter writer(bytes, texts.size());
  std::vector<SharedText> written;
  for (const std::string& t : texts) written.push_back(writer.add(t));
  REQUIRE(written.size() == texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CHECK(written[i] == texts[i]);
    CHECK(written[i].size() == texts[i].size());
  }
  CHECK(written[1].empty());
}

TEST_CASE("shared text: texts kept from several threads at once stay intact") {
  std::vector<std::vector<SharedText>> kept(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < kept.size(); ++t)
    threads.emplace_back([&kept, t] {
      for (int i = 0; i < 2000; ++i)
        kept[t].emplace_back(std::to_string(t) + ":" + std::to_string(i));
    });
  for (std::thread& thread : threads) thread.join();
  for (std::size_t t = 0; t < kept.size(); ++t)
    for (int i = 0; i < 2000; ++i)
      CHECK(kept[t][static_cast<std::size_t>(i)] == std::to_string(t) + ":" + std::to_string(i));
}

TEST_CASE("shared text: a text pool gives equal strings one text") {
  kg::TextPool pool;
  SharedText a = pool.get("attended.met_with");
  SharedText b = pool.get(std::string("attended.") + "met_with");
  CHECK(a.c_str() == b.c_str());
  CHECK(pool.get("held_in.place").c_str() != a.c_str());
}
