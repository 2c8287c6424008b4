// The graph's build-time hash tables (kg/hash_slots.hpp) against the standard containers.
#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/hash_slots.hpp"

TEST_CASE("HashSlots finds every index by its key, also keys whose hashes collide") {
  // Keys are numbers; their hash is the number modulo 1000, so that many keys share a hash.
  std::vector<std::uint64_t> keys;
  kg::HashSlots slots;
  auto hash_of_key = [](std::uint64_t key) { return key % 1000; };
  auto hash_of = [&](std::size_t index) { return hash_of_key(keys[index]); };
  std::mt19937_64 random(7);
  std::unordered_map<std::uint64_t, std::size_t> expected;
  for (int i = 0; i < 20000; ++i) {
    std::uint64_t key = random() % 50000;
    auto found =
        slots.find(hash_of_key(key), [&](std::size_t index) { return keys[index] == key; });
    auto known = expected.find(key);
    REQUIRE(found.has_value() == (known != expected.end()));
    if (found) {
      CHECK(*found == known->second);
      continue;
    }
    keys.push_back(key);
    slots.insert(hash_of_key(key), keys.size() - 1, hash_of);
    expected.emplace(key, keys.size() - 1);
  }
  for (const auto& [key, index] : expected)
    CHECK(slots.find(hash_of_key(key), [&](std::size_t i) { return keys[i] == key; }) == index);
  slots.clear();
  CHECK_FALSE(slots.find(hash_of_key(keys[0]), [](std::size_t) { return true; }).has_value());
}

TEST_CASE("HashFingerprints says new for every hash it has not seen, and seen for every other") {
  kg::HashFingerprints prints;
  std::unordered_set<std::uint64_t> seen;
  std::mt19937_64 random(11);
  std::size_t false_seen = 0;
  for (int i = 0; i < 100000; ++i) {
    std::uint64_t hash = random() % 60000;  // many repeats
    bool added = prints.insert(hash);
    bool fresh = seen.insert(hash).second;
    if (!fresh) CHECK_FALSE(added);     // a hash seen before is never told new
    if (fresh && !added) ++false_seen;  // a fingerprint shared by two hashes: rare, allowed
  }
  CHECK(false_seen < 5);
  prints.clear();
  CHECK(prints.insert(*seen.begin()));
}
