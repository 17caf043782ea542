#include "compiler/render/dot_writer.hpp"

namespace bp::render {

std::string dot_quote(std::string_view value) {
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '\\';
    out += c;
  }
  // DOT reads `\"` as a quote, so a value ending in a backslash would swallow the
  // closing quote; label_text() (gv_attributes.hpp) never produces one, but be safe for any value.
  if (!value.empty() && value.back() == '\\') out += ' ';
  return out + "\"";
}

namespace {

void attributes(std::string& out, const Attributes& attrs) {
  out += " [";
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    if (i) out += ", ";
    out += attrs[i].first + "=" + dot_quote(attrs[i].second);
  }
  out += "]";
}

} // namespace

std::string write_dot(const Drawing& d) {
  std::string out = "digraph blueprint {\n";
  for (const auto& [name, value] : d.graph)
    out += "  " + name + "=" + dot_quote(value) + ";\n";
  out += "  node";
  attributes(out, d.node_defaults);
  out += ";\n  edge";
  attributes(out, d.edge_defaults);
  out += ";\n";
  for (const Node& n : d.nodes) {
    out += "  " + dot_quote(n.id);
    attributes(out, n.attrs);
    out += ";\n";
  }
  for (const Edge& e : d.edges) {
    out += "  " + dot_quote(e.tail) + " -> " + dot_quote(e.head);
    attributes(out, e.attrs);
    out += ";\n";
  }
  return out + "}\n";
}

} // namespace bp::render
