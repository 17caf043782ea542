#pragma once
// The message catalog: every string a user reads (diagram titles, legend,
// badges, checklist and report headings, diagnostic messages and hints, CLI
// messages), each under a stable key with named placeholders (`{id}`), so a
// translation can reorder them. The English text is the catalog's own; another
// language is a table of key -> text beside it (the Chinese issue adds one), and a
// key missing there falls back to English.
//
// Messages are declared in messages/*.def, one file per area, as
//   BP_MESSAGE(name, "area.key", "text with {placeholders}")
// and used as `wording::format(msg::name, fmt::arg("id", id))`.

#include <fmt/args.h>
#include <fmt/format.h>

#include <span>
#include <string>
#include <string_view>

namespace bp::wording {

enum class Language : unsigned char { en };

struct Message {
  std::string_view key;  // "diag.duplicate-id"
  std::string_view text; // the English text
};

namespace msg {
#define BP_MESSAGE(name, key, text) inline constexpr Message name{key, text};
#include "compiler/wording/messages/all.def"
#undef BP_MESSAGE
} // namespace msg

// Every message of the catalog, in declaration order.
std::span<const Message* const> all_messages();

// The message under `key` ("diagram.lane.evidence"); null when there is none.
const Message* find(std::string_view key);

// The text of `message` in `language`, English where it has no translation.
std::string_view text(const Message& message, Language language = Language::en);

// The text with its placeholders filled from fmt::arg("name", value)s.
template <typename... Args> std::string format(const Message& message, const Args&... args) {
  return fmt::vformat(fmt::string_view(text(message).data(), text(message).size()), fmt::make_format_args(args...));
}

} // namespace bp::wording
