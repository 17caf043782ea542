#include "compiler/model/meta_text.hpp"

#include "compiler/wording/catalog.hpp"

namespace bp::model {

namespace {

namespace msg = wording::msg;
using fmt::arg;

} // namespace

std::vector<std::string> meta_phrases(const Blueprint& b) {
  std::vector<std::string> out;
  if (b.version) out.push_back(wording::format(msg::diagram_meta_version, arg("version", *b.version)));
  if (b.status) out.push_back(wording::format(msg::diagram_meta_status, arg("status", to_string(*b.status))));
  if (b.owner) out.push_back(wording::format(msg::diagram_meta_owner, arg("owner", *b.owner)));
  if (b.updated) out.push_back(wording::format(msg::diagram_meta_updated, arg("updated", *b.updated)));
  std::string names;
  std::size_t direct = 0;
  for (const Library& library : b.libraries) {
    if (b.imported(library.imported_at)) continue; // imported by a library, not by this file
    names += (direct++ ? ", " : "") + library.name;
  }
  if (direct) {
    out.push_back(
        wording::format(direct == 1 ? msg::diagram_meta_library : msg::diagram_meta_libraries, arg("names", names)));
  }
  return out;
}

} // namespace bp::model
