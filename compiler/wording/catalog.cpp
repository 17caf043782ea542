#include "compiler/wording/catalog.hpp"

namespace bp::wording {

namespace {

#define BP_MESSAGE(name, key, text) &msg::name,
constexpr const Message* catalog[] = {
#include "compiler/wording/messages/all.def"
    nullptr, // keeps the array non-empty while an area has no message yet
};
#undef BP_MESSAGE

} // namespace

std::span<const Message* const> all_messages() { return {catalog, std::size(catalog) - 1}; }

const Message* find(std::string_view key) {
  for (const Message* m : all_messages()) {
    if (m->key == key) return m;
  }
  return nullptr;
}

std::string_view text(const Message& message, Language) { return message.text; }

} // namespace bp::wording
