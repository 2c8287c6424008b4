// Writing the binary save format (layout in graph_binary.cpp) straight to the output, in three
// walks over the graph instead of one into memory: the whole file held as a string, grown by
// doubling, set the peak memory of a large build (+160 MiB over the graph at 34 MB of corpus).
// The header comes first and holds the body's size and checksum, and the body starts with the
// string table, which is known only once every text is seen; so walk 1 numbers the texts,
// walk 2 sums the body, walk 3 writes it. Walks 2 and 3 replay the numbers walk 1 recorded
// instead of looking each text up again.
#include <array>
#include <cstdint>
#include <functional>
#include <limits>
#include <ostream>
#include <vector>

#include "binary_format.hpp"
#include "kg/error.hpp"
#include "kg/graph.hpp"
#include "kg/hash_slots.hpp"

namespace kg {
namespace {

// Numbers written once and read back in order, in blocks of a fixed size: a vector grown by
// doubling would hold up to twice their size (the 1000x corpus makes 8.5 million of them).
class Tape {
 public:
  void push(std::uint32_t number) {
    if (blocks_.empty() || blocks_.back().size() == kBlock) {
      blocks_.emplace_back();
      blocks_.back().reserve(kBlock);
    }
    blocks_.back().push_back(number);
  }
  void rewind() { read_ = 0; }
  std::uint32_t next() {
    std::uint32_t number = blocks_[read_ / kBlock][read_ % kBlock];
    ++read_;
    return number;
  }

 private:
  static constexpr std::size_t kBlock = std::size_t{1} << 18;
  std::vector<std::vector<std::uint32_t>> blocks_;
  std::size_t read_ = 0;
};

// The string table: every text numbered in order of first use. Walk 1 records the number of
// every use on a tape; later walks read the tape back, in the same order. The indexes are
// flat tables (kg/hash_slots.hpp): nodes of unordered_maps, about 56 bytes per text and per
// address, made the writer's peak higher than the graph's own.
class TextNumbers {
 public:
  std::uint32_t number(std::string_view value) {
    if (replaying_) return tape_.next();
    return record(number_of(value));
  }
  // A text of the store is told by its address first: hashing the address of a sentence
  // quoted by many pieces of evidence is cheaper than hashing the sentence each time.
  std::uint32_t number(const SharedText& value) {
    if (replaying_) return tape_.next();
    const char* at = value.c_str();
    auto address_is = [&](std::size_t i) { return addresses_[i] == at; };
    if (auto known = by_address_.find(address_hash(at), address_is))
      return record(address_numbers_[*known]);
    addresses_.push_back(at);
    address_numbers_.push_back(number_of(value.view()));
    by_address_.insert(address_hash(at), addresses_.size() - 1,
                       [&](std::size_t i) { return address_hash(addresses_[i]); });
    return record(address_numbers_.back());
  }
  // From now on, the numbers recorded are read back, from the first.
  void replay() {
    if (!replaying_) {  // the indexes are not needed any more: their memory goes first
      by_text_.clear();
      by_address_.clear();
      addresses_ = {};
      address_numbers_ = {};
    }
    replaying_ = true;
    tape_.rewind();
  }
  const std::vector<std::string_view>& texts() const { return texts_; }

 private:
  static std::uint64_t text_hash(std::string_view text) {
    return std::hash<std::string_view>{}(text);
  }
  static std::uint64_t address_hash(const char* at) { return reinterpret_cast<std::uintptr_t>(at); }

  std::uint32_t number_of(std::string_view value) {
    auto text_is = [&](std::size_t i) { return texts_[i] == value; };
    if (auto known = by_text_.find(text_hash(value), text_is))
      return static_cast<std::uint32_t>(*known);
    if (texts_.size() >= std::numeric_limits<std::uint32_t>::max() - 1)
      throw Error("graph has too many texts for the binary format");
    texts_.push_back(value);
    by_text_.insert(text_hash(value), texts_.size() - 1,
                    [&](std::size_t i) { return text_hash(texts_[i]); });
    return static_cast<std::uint32_t>(texts_.size() - 1);
  }
  std::uint32_t record(std::uint32_t number) {
    tape_.push(number);
    return number;
  }

  std::vector<std::string_view> texts_;  // views into the graph, which outlives the writer
  HashSlots by_text_;                    // indexes of texts_
  std::vector<const char*> addresses_;   // of store texts seen
  std::vector<std::uint32_t> address_numbers_;
  HashSlots by_address_;  // indexes of addresses_
  Tape tape_;
  bool replaying_ = false;
};

// Bytes gathered in a small buffer and handed to `drain` whenever it fills, and at flush().
class ByteSink {
 public:
  explicit ByteSink(std::function<void(std::string_view)> drain) : drain_(std::move(drain)) {}
  void varint(std::uint64_t value) {
    if (used_ + kLongestVarint > buffer_.size()) flush();
    while (value >= 0x80) {
      buffer_[used_++] = static_cast<char>((value & 0x7f) | 0x80);
      value >>= 7;
    }
    buffer_[used_++] = static_cast<char>(value);
  }
  void append(std::string_view bytes) {
    flush();
    drain_(bytes);
    size_ += bytes.size();
  }
  void flush() {
    drain_(std::string_view(buffer_.data(), used_));
    size_ += used_;
    used_ = 0;
  }
  std::uint64_t size() const { return size_ + used_; }

 private:
  static constexpr std::size_t kLongestVarint = 10;
  std::function<void(std::string_view)> drain_;
  std::array<char, 1 << 16> buffer_{};
  std::size_t used_ = 0;
  std::uint64_t size_ = 0;
};

// No bytes: the walk that only numbers the texts.
struct NoBytes {
  void varint(std::uint64_t) {}
  void append(std::string_view) {}
};

template <typename Sink>
class Encoder {
 public:
  Encoder(TextNumbers& texts, Sink& sink) : texts_(texts), sink_(sink) {}
  void varint(std::uint64_t value) { sink_.varint(value); }
  void integer(std::int64_t value) {
    varint((static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
  }
  void text(std::string_view value) { varint(texts_.number(value)); }
  void shared_text(const SharedText& value) { varint(texts_.number(value)); }
  void ints(const std::vector<int>& values) {
    varint(values.size());
    for (int v : values) integer(v);
  }
  void evidence(const std::vector<Evidence>& list) {
    varint(list.size());
    for (const Evidence& e : list) {
      integer(e.item);
      varint(e.begin);
      varint(e.end);
      shared_text(e.sentence);
      shared_text(e.rule);
      shared_text(e.surface);
    }
  }
  // The string table, which starts the body.
  void table() {
    varint(texts_.texts().size());
    for (std::string_view s : texts_.texts()) {
      varint(s.size());
      sink_.append(s);
    }
  }

 private:
  TextNumbers& texts_;
  Sink& sink_;
};

// The graph in its save order: nodes by id, edges by (source, target, kind).
struct Ordered {
  std::vector<NodeIndex> nodes;
  std::vector<std::size_t> position;  // of each node index in `nodes`
  std::vector<EdgeRef> edges;
};

Ordered ordered(const KnowledgeGraph& graph) {
  Ordered out{graph.nodes_sorted(), std::vector<std::size_t>(graph.node_count()),
              graph.edges_sorted()};
  for (std::size_t i = 0; i < out.nodes.size(); ++i) out.position[out.nodes[i]] = i;
  return out;
}

template <typename Encoder>
void encode_items_and_corrections(const KnowledgeGraph& graph, Encoder& e) {
  e.text(graph.corpus);
  e.varint(graph.items.size());
  for (const ItemInfo& item : graph.items) {
    e.integer(item.n);
    e.text(item.date);
    e.text(item.end_date);
    e.text(item.title);
    e.varint(item.paragraphs.size());
    for (std::size_t start : item.paragraphs) e.varint(start);
  }
  e.varint(graph.corrections.size());
  for (const AppliedCorrection& c : graph.corrections) {
    e.text(c.source);
    e.text(c.text);
    e.text(c.note);
    e.varint(c.nodes.size());
    for (const std::string& id : c.nodes) e.text(id);
  }
}

// Everything of the body after the string table.
template <typename Encoder>
void encode_records(const KnowledgeGraph& graph, const Ordered& order, Encoder& e) {
  encode_items_and_corrections(graph, e);
  e.varint(order.nodes.size());
  for (NodeIndex index : order.nodes) {
    const NodeData& node = graph.node(index);
    e.text(node.id);
    e.varint(static_cast<std::uint64_t>(node.kind));
    e.text(node.name);
    e.varint(node.aliases.size());
    for (const std::string& alias : node.aliases) e.text(alias);
    e.ints(node.items);
    e.evidence(node.mentions);
    e.integer(node.n);
    e.text(node.date);
    e.text(node.end_date);
  }
  e.varint(order.edges.size());
  for (const EdgeRef& edge : order.edges) {
    e.varint(order.position[edge.source]);
    e.varint(order.position[edge.target]);
    e.varint(static_cast<std::uint64_t>(edge.data->kind));
  }
  for (const EdgeRef& edge : order.edges) {
    e.ints(edge.data->items);
    e.evidence(edge.data->evidence);
  }
}

// The body (string table, then records) into `drain`; returns its size in bytes.
std::uint64_t encode_body(const KnowledgeGraph& graph, const Ordered& order, TextNumbers& texts,
                          const std::function<void(std::string_view)>& drain) {
  texts.replay();
  ByteSink sink(drain);
  Encoder<ByteSink> e(texts, sink);
  e.table();
  encode_records(graph, order, e);
  sink.flush();
  return sink.size();
}

void put_fixed(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

}  // namespace

void write_graph_binary(const KnowledgeGraph& graph, std::ostream& out) {
  const Ordered order = ordered(graph);
  TextNumbers texts;
  NoBytes nowhere;
  Encoder<NoBytes> numbering(texts, nowhere);
  encode_records(graph, order, numbering);
  binary_format::BodyChecksum checksum;
  const std::uint64_t size =
      encode_body(graph, order, texts, [&](std::string_view bytes) { checksum.add(bytes); });
  std::string header(binary_format::kMagic);
  put_fixed(header, kBinaryGraphVersion, 4);
  put_fixed(header, size, 8);
  put_fixed(header, checksum.value(), 8);
  out.write(header.data(), static_cast<std::streamsize>(header.size()));
  encode_body(graph, order, texts, [&](std::string_view bytes) {
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  });
}

}  // namespace kg
