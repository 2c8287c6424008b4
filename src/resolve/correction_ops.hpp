// The corrections that change nodes (merge, split, rename, re-kind, drop); the edge
// corrections live in corrections_apply.cpp. Each returns the ids of the nodes it touched
// and throws kg::Error (with the correction's file and line) when it cannot apply.
#pragma once

#include <string>
#include <vector>

#include "kg/corrections.hpp"
#include "kg/error.hpp"
#include "kg/graph.hpp"

namespace kg::detail {

// The evidence entry that marks an edge as added or moved by `c`.
Evidence correction_evidence(const Correction& c, int item);
// An error about `c`, located at its line: "correction `TEXT`: problem".
Error correction_error(const Correction& c, const std::string& problem);

std::vector<std::string> merge_nodes(KnowledgeGraph& graph, NodeIndex kept, NodeIndex merged,
                                     const Correction& c);
// `a` and `b` name one node: the name that is not its canonical one leaves with the
// mentions (and the edges of the sentences) that read as it.
std::vector<std::string> split_node(KnowledgeGraph& graph, NodeIndex node, const Correction& c);
std::vector<std::string> rename_node(KnowledgeGraph& graph, NodeIndex node, const std::string& name,
                                     const Correction& c);
// `dropped_edges`: edges the new kind does not allow.
std::vector<std::string> change_kind(KnowledgeGraph& graph, NodeIndex node, NodeKind kind,
                                     const Correction& c, std::size_t& dropped_edges);
std::vector<std::string> drop_node(KnowledgeGraph& graph, NodeIndex node, const Correction& c);

}  // namespace kg::detail
