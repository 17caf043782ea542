#include "compiler/render/gv.hpp"

#include "compiler/wording/catalog.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>

namespace bp::render {

namespace {

// Graphviz reports problems through a global callback; collect them per render.
std::mutex graphviz_mutex;

// One Graphviz context for the process, never freed. Graphviz 2.42's Pango plugin
// keeps a pointer to the last font name it measured, and freeing a context frees
// that name: the next context's first label then reads freed memory (found by
// ASan in the language server, which renders many times in one process).
GVC_t* graphviz_context() {
  static GVC_t* const context = gvContext();
  return context;
}
std::string* graphviz_errors = nullptr;

int collect_error(char* message) {
  if (graphviz_errors) *graphviz_errors += message;
  return 0;
}

char* mutable_str(const std::string& s) { return const_cast<char*>(s.c_str()); }

void declare_defaults(Agraph_t* g, int kind, const Attributes& defaults) {
  for (const auto& [name, value] : defaults)
    agattr(g, kind, mutable_str(name), mutable_str(value));
}

template <typename Object> void set_all(Object* object, const Attributes& attrs) {
  for (const auto& [name, value] : attrs)
    agsafeset(object, mutable_str(name), mutable_str(value), mutable_str(""));
}

} // namespace

diag::Result<std::string> render_with_graphviz(const Drawing& d, const std::string& format) {
  std::lock_guard<std::mutex> lock(graphviz_mutex); // Graphviz keeps global state
  std::string bytes, error;
  graphviz_errors = &error;
  agseterr(AGERR);
  agseterrf(collect_error);

  GVC_t* gvc = graphviz_context();
  Agraph_t* g = agopen(mutable_str("blueprint"), Agdirected, nullptr);
  for (const auto& [name, value] : d.graph)
    agattr(g, AGRAPH, mutable_str(name), mutable_str(value));
  declare_defaults(g, AGNODE, d.node_defaults);
  declare_defaults(g, AGEDGE, d.edge_defaults);
  for (const Node& n : d.nodes)
    set_all(agnode(g, mutable_str(n.id), 1), n.attrs);
  for (const Edge& e : d.edges) {
    Agnode_t* tail = agnode(g, mutable_str(e.tail), 0);
    Agnode_t* head = agnode(g, mutable_str(e.head), 0);
    if (tail && head) set_all(agedge(g, tail, head, nullptr, 1), e.attrs);
  }

  const std::string device = format == "svg" ? "svg" : format + ":cairo";
  if (gvLayout(gvc, g, "nop2") != 0) {
    if (error.empty()) error = wording::text(wording::msg::diagram_layout_failed);
  } else {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, g, device.c_str(), &data, &length) == 0 && data) {
      bytes.assign(data, length);
    } else if (error.empty()) {
      error = wording::format(wording::msg::diagram_render_failed, fmt::arg("format", format));
    }
    gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
  }
  agclose(g);
  graphviz_errors = nullptr;
  if (!error.empty()) return diag::failure(std::move(error));
  return bytes;
}

} // namespace bp::render
