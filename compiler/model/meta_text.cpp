#include "compiler/model/meta_text.hpp"

namespace bp::model {

std::vector<std::string> meta_phrases(const Blueprint& b) {
  std::vector<std::string> out;
  if (b.version) out.push_back("Version " + *b.version);
  if (b.status) out.push_back(std::string("Status: ") + to_string(*b.status));
  if (b.owner) out.push_back("Owner: " + *b.owner);
  if (b.updated) out.push_back("Updated " + *b.updated);
  return out;
}

} // namespace bp::model
