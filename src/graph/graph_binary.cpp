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

  std::uint64_t varint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= body_.size()) damaged("ends inside a number");
      auto byte = static_cast<unsigned char>(body_[pos_++]);
      value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    damaged("holds a number longer than 64 bits");
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
    strings_.reserve(n);
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
  std::vector<int> ints() {
    std::vector<int> out(count());
    for (int& v : out) v = small_int();
    return out;
  }
  std::vector<Evidence> evidence() {
    std::vector<Evidence> out(count());
    for (Evidence& e : out) {
      e.item = small_int();
      e.begin = static_cast<std::size_t>(varint());
      e.end = static_cast<std::size_t>(varint());
      e.sentence = shared_text();
      e.rule = shared_text();
      e.surface = shared_text();
    }
    return out;
  }
  unsigned char byte() {
    if (pos_ >= body_.size()) damaged("ends early");
    return static_cast<unsigned char>(body_[pos_++]);
  }
  bool at_end() const { return pos_ == body_.size(); }
  [[noreturn]] void damaged(const std::string& problem) const {
    throw Error("binary graph is damaged: it " + problem + " (at byte " +
                    std::to_string(kHeaderSize + pos_) + "); rebuild it with kg build -o",
                file_);
  }

 private:
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
  graph.items.resize(d.count());
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

std::size_t read_nodes(Decoder& d, KnowledgeGraph& graph) {
  std::size_t node_count = d.count();
  graph.reserve_nodes(node_count);
  std::string_view previous_id;  // views the text store, as every text() does
  for (std::size_t i = 0; i < node_count; ++i) {
    NodeData node;
    std::string_view id = d.text();
    node.id = id;
    std::uint64_t kind = d.varint();
    if (kind > static_cast<std::uint64_t>(NodeKind::event)) d.damaged("holds an unknown node kind");
    node.kind = static_cast<NodeKind>(kind);
    node.name = d.text();
    node.aliases.resize(d.count());
    for (std::string& alias : node.aliases) alias = d.text();
    node.items = d.ints();
    node.mentions = d.evidence();
    node.n = d.small_int();
    node.date = d.text();
    node.end_date = d.text();
    // Nodes come in id order: a repeated id is out of order, and only then looked up.
    if (i > 0 && !(previous_id < id) && graph.find(id))
      d.damaged("holds node \"" + node.id + "\" twice");
    previous_id = id;
    graph.add_node(std::move(node));
  }
  return node_count;
}

struct EdgeEnds {
  NodeIndex source;
  NodeIndex target;
  EdgeKind kind;
};

void read_edges(Decoder& d, KnowledgeGraph& graph, std::size_t node_count) {
  std::vector<EdgeEnds> ends(d.count());
  graph.reserve_edges(ends.size());
  std::vector<std::size_t> out_degree(node_count), in_degree(node_count);
  for (EdgeEnds& edge : ends) {
    std::uint64_t source = d.varint();
    std::uint64_t target = d.varint();
    if (source >= node_count || target >= node_count) d.damaged("holds an edge to no node");
    std::uint64_t kind = d.varint();
    if (kind > static_cast<std::uint64_t>(EdgeKind::mentions))
      d.damaged("holds an unknown edge kind");
    edge = {static_cast<NodeIndex>(source), static_cast<NodeIndex>(target),
            static_cast<EdgeKind>(kind)};
    ++out_degree[edge.source];
    ++in_degree[edge.target];
  }
  for (NodeIndex node = 0; node < node_count; ++node)
    graph.reserve_edges_of(node, out_degree[node], in_degree[node]);
  for (const EdgeEnds& ends_of_edge : ends) {
    EdgeData edge;
    edge.kind = ends_of_edge.kind;
    edge.items = d.ints();
    edge.evidence = d.evidence();
    graph.add_saved_edge(ends_of_edge.source, ends_of_edge.target, std::move(edge));
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
