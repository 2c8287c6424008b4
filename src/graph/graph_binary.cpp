// The binary save format (.kgb): what write_graph_json saves, read back an order of magnitude
// faster. Layout, all integers unsigned LEB128 varints unless said otherwise:
//   magic  "\x89KGB\r\n\x1a\n" (8 bytes: a text-mode copy or a foreign file is told at once)
//   u32    format version, little endian (kBinaryGraphVersion)
//   u64    body size in bytes, little endian
//   u64    checksum of the body (body_checksum below), little endian: a damaged file is
//          told, not half read
//   body   string table: count, then (length, bytes) each; every text below is an index into
//          it, so that a sentence quoted by many mentions and edges is stored once;
//          corpus; items; corrections; nodes in id order; the edges by (source, target,
//          kind): their count, then every edge's ends (as positions in that node order) and
//          kind, then every edge's items and evidence. The ends come first so that a load
//          knows each node's degree before it adds an edge.
// Signed integers (item numbers) are zigzag-encoded.
// Version 2 (from 1): the word-wise checksum and the ends before the edges' data.
// This file reads the format; graph_binary_write.cpp writes it.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <ostream>

#include "binary_format.hpp"
#include "kg/error.hpp"
#include "kg/graph.hpp"
#include "kg/huge_pages.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

using binary_format::BodyChecksum;
using binary_format::kHeaderSize;
using binary_format::kMagic;

std::uint64_t body_checksum(std::string_view bytes) {
  return BodyChecksum().add(bytes).value();
}

class Decoder {
 public:
  Decoder(std::string_view body, const std::string& file) : body_(body), file_(file) {}

  // A number that cannot reach the end of the body needs no bounds check per byte; the
  // checked loop reads the body's last bytes, and says what is wrong with a damaged number.
  std::uint64_t varint() {
    if (body_.size() - pos_ >= kLongestVarint) {
      const char* at = body_.data() + pos_;
      std::uint64_t value = 0;
      for (std::size_t i = 0; i < kLongestVarint; ++i) {
        auto byte = static_cast<unsigned char>(at[i]);
        value |= static_cast<std::uint64_t>(byte & 0x7f) << (7 * i);
        if ((byte & 0x80) == 0) {
          pos_ += i + 1;
          return value;
        }
      }
    }
    return checked_varint();
  }
  std::int64_t integer() {
    std::uint64_t raw = varint();
    return static_cast<std::int64_t>(raw >> 1) ^ -static_cast<std::int64_t>(raw & 1);
  }
  int small_int() {
    std::int64_t value = integer();
    if (value < INT32_MIN || value > INT32_MAX) damaged("holds an item number out of range");
    return static_cast<int>(value);
  }
  // A count of things that each take at least one byte: more than the bytes left is damage.
  std::size_t count() {
    std::uint64_t n = varint();
    if (n > body_.size() - pos_) damaged("holds a count larger than the file");
    return static_cast<std::size_t>(n);
  }
  // The table's texts go to the text store in one block (kg/shared_text.hpp): a reference to
  // one is a pointer, whichever mention or edge quotes it.
  void read_strings() {
    std::size_t n = count();
    std::size_t table_start = pos_, bytes = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t length = count();
      if (length > UINT32_MAX) damaged("holds a text of 4 GiB or more");
      pos_ += length;
      bytes += length;
    }
    pos_ = table_start;
    TextWriter writer(bytes, n);
    reserve_in_huge_pages(strings_, n);
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t length = count();
      strings_.push_back(writer.add(body_.substr(pos_, length)));
      pos_ += length;
    }
  }
  std::string_view text() { return shared_text().view(); }
  SharedText shared_text() {
    std::uint64_t index = varint();
    if (index >= strings_.size()) damaged("refers to a string that is not there");
    return strings_[static_cast<std::size_t>(index)];
  }
  // Into the graph's own vectors: built in place, each element written once (no zeroing first).
  void ints(std::vector<int>& out) {
    std::size_t n = count();
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back(small_int());
  }
  void evidence(std::vector<Evidence>& out) {
    std::size_t n = count();
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      // Braced: its fields are read in the file's order.
      out.push_back(Evidence{small_int(), static_cast<std::size_t>(varint()),
                             static_cast<std::size_t>(varint()), shared_text(), shared_text(),
                             shared_text()});
    }
  }
  unsigned char byte() {
    if (pos_ >= body_.size()) damaged("ends early");
    return static_cast<unsigned char>(body_[pos_++]);
  }
  bool at_end() const { return pos_ == body_.size(); }
  std::size_t position() const { return pos_; }
  void seek(std::size_t position) { pos_ = position; }
  [[noreturn]] void damaged(const std::string& problem) const {
    throw Error("binary graph is damaged: it " + problem + " (at byte " +
                    std::to_string(kHeaderSize + pos_) + "); rebuild it with kg build -o",
                file_);
  }

 private:
  static constexpr std::size_t kLongestVarint = 10;  // 64 bits, 7 a byte

  [[gnu::noinline]] std::uint64_t checked_varint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= body_.size()) damaged("ends inside a number");
      auto byte = static_cast<unsigned char>(body_[pos_++]);
      value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    damaged("holds a number longer than 64 bits");
  }

  std::string_view body_;
  const std::string& file_;
  std::size_t pos_ = 0;
  std::vector<SharedText> strings_;  // the string table, in the text store
};

std::uint64_t get_fixed(std::string_view bytes, std::size_t at, int size) {
  std::uint64_t value = 0;
  for (int i = 0; i < size; ++i)
    value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  return value;
}

}  // namespace

bool is_binary_graph(std::string_view head) {
  return head.substr(0, kMagic.size()) == kMagic;
}

namespace {

// The body after a header that names this format's version, the body's size and checksum.
std::string_view checked_body(std::string_view bytes, const std::string& file_name) {
  if (!is_binary_graph(bytes))
    throw Error("not a binary kg graph (it does not start with kg's magic bytes)", file_name);
  if (bytes.size() < kHeaderSize)
    throw Error("binary graph is truncated: its header is incomplete; rebuild it with kg build -o",
                file_name);
  auto version = get_fixed(bytes, 8, 4);
  if (version != kBinaryGraphVersion)
    throw Error("binary graph of format version " + std::to_string(version) + "; this kg reads " +
                    std::to_string(kBinaryGraphVersion) +
                    ": rebuild it with this kg (kg build -o GRAPH.kgb), or save JSON",
                file_name);
  std::uint64_t size = get_fixed(bytes, 12, 8);
  std::string_view body = bytes.substr(kHeaderSize);
  if (body.size() < size)
    throw Error("binary graph is truncated: " + std::to_string(body.size()) + " of " +
                    std::to_string(size) + " bytes after the header; rebuild it with kg build -o",
                file_name);
  if (body.size() > size)
    throw Error("binary graph has " + std::to_string(body.size() - size) +
                    " bytes after its end; rebuild it with kg build -o",
                file_name);
  if (body_checksum(body) != get_fixed(bytes, 20, 8))
    throw Error("binary graph is damaged: its checksum does not match; rebuild it with kg build -o",
                file_name);
  return body;
}

void read_items_and_corrections(Decoder& d, KnowledgeGraph& graph) {
  std::size_t item_count = d.count();
  reserve_in_huge_pages(graph.items, item_count);
  graph.items.resize(item_count);
  for (ItemInfo& item : graph.items) {
    item.n = d.small_int();
    item.date = d.text();
    item.end_date = d.text();
    item.title = d.text();
    item.paragraphs.resize(d.count());
    for (std::size_t& start : item.paragraphs) start = static_cast<std::size_t>(d.varint());
  }
  graph.corrections.resize(d.count());
  for (AppliedCorrection& c : graph.corrections) {
    c.source = d.text();
    c.text = d.text();
    c.note = d.text();
    c.nodes.resize(d.count());
    for (std::string& id : c.nodes) id = d.text();
  }
}

// Fills a node that the graph holds already: its strings and vectors are built in place, not
// moved into the graph and freed.
void read_node(Decoder& d, NodeData& node) {
  node.id = d.text();
  std::uint64_t kind = d.varint();
  if (kind > static_cast<std::uint64_t>(NodeKind::event)) d.damaged("holds an unknown node kind");
  node.kind = static_cast<NodeKind>(kind);
  node.name = d.text();
  node.aliases.resize(d.count());
  for (std::string& alias : node.aliases) alias = d.text();
  d.ints(node.items);
  d.evidence(node.mentions);
  node.n = d.small_int();
  node.date = d.text();
  node.end_date = d.text();
}

std::size_t read_nodes(Decoder& d, KnowledgeGraph& graph) {
  std::size_t node_count = d.count();
  graph.reserve_nodes(node_count);
  std::string_view previous_id;
  for (std::size_t i = 0; i < node_count; ++i) {
    NodeIndex index = graph.add_saved_node();
    NodeData& node = graph.node(index);
    read_node(d, node);
    std::string_view id = node.id;  // the vertex vector is reserved: it stays put
    // Nodes come in id order: a repeated id is out of order, and only then looked up.
    if (i > 0 && !(previous_id < id) && graph.find(id))
      d.damaged("holds node \"" + node.id + "\" twice");
    previous_id = id;
    graph.index_saved_node(index);
  }
  return node_count;
}

struct EdgeEnds {
  NodeIndex source;
  NodeIndex target;
  EdgeKind kind;
};

EdgeEnds read_ends(Decoder& d, std::size_t node_count) {
  std::uint64_t source = d.varint();
  std::uint64_t target = d.varint();
  if (source >= node_count || target >= node_count) d.damaged("holds an edge to no node");
  std::uint64_t kind = d.varint();
  if (kind > static_cast<std::uint64_t>(EdgeKind::mentions))
    d.damaged("holds an unknown edge kind");
  return {static_cast<NodeIndex>(source), static_cast<NodeIndex>(target),
          static_cast<EdgeKind>(kind)};
}

// Reads the edges' ends (`count` of them, from where `d` stands) to reserve each node's edge
// lists; leaves `d` after them.
void reserve_edge_lists(Decoder& d, KnowledgeGraph& graph, std::size_t count,
                        std::size_t node_count) {
  std::vector<std::size_t> degrees;  // out and in of each node
  reserve_in_huge_pages(degrees, 2 * node_count);
  degrees.resize(2 * node_count);
  for (std::size_t i = 0; i < count; ++i) {
    EdgeEnds ends = read_ends(d, node_count);
    ++degrees[2 * ends.source];
    ++degrees[2 * ends.target + 1];
  }
  for (NodeIndex node = 0; node < node_count; ++node)
    graph.reserve_edges_of(node, degrees[2 * node], degrees[2 * node + 1]);
}

// The ends are read twice (a pass to reserve, a pass beside the edges' data) rather than kept:
// decoding them again costs less than the memory of a copy of them all.
void read_edges(Decoder& d, KnowledgeGraph& graph, std::size_t node_count) {
  std::size_t edge_count = d.count();
  graph.reserve_edges(edge_count);
  std::size_t ends_at = d.position();
  reserve_edge_lists(d, graph, edge_count, node_count);
  std::size_t data_at = d.position();
  for (std::size_t i = 0; i < edge_count; ++i) {
    d.seek(ends_at);
    EdgeEnds ends = read_ends(d, node_count);
    ends_at = d.position();
    d.seek(data_at);
    EdgeData& edge = graph.add_saved_edge(ends.source, ends.target);
    edge.kind = ends.kind;
    d.ints(edge.items);
    d.evidence(edge.evidence);
    data_at = d.position();
  }
}

}  // namespace

KnowledgeGraph read_graph_binary(std::string_view bytes, const std::string& file_name) {
  Decoder d(checked_body(bytes, file_name), file_name);
  d.read_strings();
  KnowledgeGraph graph;
  graph.corpus = d.text();
  read_items_and_corrections(d, graph);
  std::size_t node_count = read_nodes(d, graph);
  read_edges(d, graph, node_count);
  if (!d.at_end()) d.damaged("holds data after the last edge");
  return graph;
}

}  // namespace kg
