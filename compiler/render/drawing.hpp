#pragma once
// The diagram as Graphviz will draw it: nodes and edges with their attributes,
// every position pinned. Built once; written as DOT text or drawn through gvc.

#include <string>
#include <utility>
#include <vector>

namespace bp::render {

using Attributes = std::vector<std::pair<std::string, std::string>>;

struct Node {
  std::string id;
  Attributes attrs;
};

struct Edge {
  std::string tail, head;
  Attributes attrs;
};

struct Drawing {
  Attributes graph;
  Attributes node_defaults;
  Attributes edge_defaults;
  std::vector<Node> nodes; // drawn in this order: later nodes on top
  std::vector<Edge> edges; // drawn after every node
};

} // namespace bp::render
