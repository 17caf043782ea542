#include "compiler/syntax/relocate.hpp"

namespace bp::syntax {

namespace {

// One visitor for every span the tree holds: a new field of the tree is added
// here or it stays at the text's own offsets (tests/unit/imports_test.cpp
// compares every location of a library parsed alone and imported).
struct Shift {
  std::uint32_t by;

  void operator()(Span& s) const { s.begin += by, s.end += by; }
  void operator()(Word& w) const { (*this)(w.span); }
  void operator()(Text& t) const { (*this)(t.span); }
  void operator()(Quantity& q) const { (*this)(q.span); }
  template <typename T> void operator()(std::vector<T>& items) const {
    for (T& item : items)
      (*this)(item);
  }
  template <typename T> void operator()(std::optional<T>& item) const {
    if (item) (*this)(*item);
  }
  void operator()(Attr& a) const { all(a.keyword, a.words, a.texts, a.quantities, a.block, a.span); }
  void operator()(Step& s) const { all(s.lane, s.id, s.label, s.by, s.takes, s.via, s.personas, s.attrs, s.span); }
  void operator()(Stage& s) const { all(s.id, s.label, s.attrs, s.steps, s.span); }
  void operator()(Actor& a) const { all(a.kind, a.id, a.label, a.span); }
  void operator()(Profile& p) const { all(p.id, p.label, p.attrs, p.span); }
  void operator()(Standard& s) const { all(s.id, s.label, s.attrs, s.span); }
  void operator()(InfoLane& l) const { all(l.id, l.title, l.place, l.span); }
  void operator()(Flow& f) const { all(f.ends, f.arrows, f.label, f.share, f.span); }
  void operator()(Import& i) const { all(i.path, i.span); }
  void operator()(Blueprint& b) const {
    all(b.keyword, b.name, b.imports, b.attrs, b.actors, b.personas, b.channels, b.lanes, b.standards, b.stages,
        b.flows, b.span);
  }
  void operator()(diag::Related& r) const { (*this)(r.span); }
  void operator()(diag::Diagnostic& d) const { all(d.span, d.related); }

  template <typename... T> void all(T&... parts) const { ((*this)(parts), ...); }
};

} // namespace

void relocate(SyntaxTree& tree, diag::Diagnostics& diagnostics, std::uint32_t base) {
  const Shift shift{base};
  shift(tree.blueprint);
  shift(tree.comments);
  shift(diagnostics);
}

} // namespace bp::syntax
