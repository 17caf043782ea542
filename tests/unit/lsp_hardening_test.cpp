// The language server against hostile input: labels that try to become Markdown
// in a hover, workspace files that cannot be read, names over the limits, and
// the protocol's end of session.

#include "compiler/lsp/document.hpp"
#include "compiler/lsp/features.hpp"
#include "compiler/lsp/positions.hpp"
#include "lsp_session.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

using namespace bp;
using nlohmann::json;

// A label, a fail text and the rest, each trying for a link, an image, a
// heading, a list, HTML, an entity, emphasis, code and bare autolinks.
const std::string attack = R"(Pay ![t](https://evil.example/pixel.png) [Open](https://evil.example/login)\n)"
                           R"(# Fake heading\n- item\n1. one\n> quote\n<img src=x> &amp; *em* __strong__ `code` )"
                           R"(www.evil.example mail@evil.example ~~gone~~ | pipe \\)";
// The same text as the blueprint means it: escapes decoded.
std::string decoded() {
  std::string out;
  for (std::size_t i = 0; i < attack.size(); ++i) {
    if (attack[i] == '\\' && i + 1 < attack.size()) {
      out += attack[i + 1] == 'n' ? '\n' : attack[i + 1];
      ++i;
    } else {
      out += attack[i];
    }
  }
  return out;
}

// CommonMark shows any ASCII punctuation after a backslash as itself; a line
// break inside a label would start a new block, so it is a space.
std::string escaped(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') {
      out += ' ';
      continue;
    }
    if (std::ispunct(static_cast<unsigned char>(c))) out += '\\';
    out += c;
  }
  return out;
}

const std::string hostile = "blueprint \"T\" {\n"
                            "  role lead \"" +
                            attack +
                            "\"\n"
                            "  standard fast \"" +
                            attack + "\" { measure \"" + attack +
                            "\" owner lead }\n"
                            "  stage s \"" +
                            attack +
                            "\" {\n"
                            "    customer c \"" +
                            attack +
                            "\" by lead {\n"
                            "      meets fast\n"
                            "      moment \"" +
                            attack +
                            "\"\n"
                            "      fail \"" +
                            attack + "\" { recovery \"" + attack +
                            "\" }\n"
                            "      wait \"" +
                            attack +
                            "\"\n"
                            "    }\n"
                            "  }\n"
                            "}\n";

std::string hover_at(const lsp::Analysis& a, std::size_t offset) {
  const auto h = lsp::hover(a, lsp::position_of(a.file(), offset));
  REQUIRE(h);
  return h->markdown;
}

} // namespace

TEST_CASE("a hover shows hostile labels as text: every Markdown character escaped, no line of their own") {
  const auto a = lsp::analyze(hostile, "t.blueprint");
  REQUIRE_FALSE(a->compiled.has_errors());
  const std::string shown = "\"" + escaped(decoded()) + "\"";
  struct Case {
    const char* what;
    std::string id;
    std::size_t labels; // times the attack appears in the hover
  };
  for (const Case& c : {Case{"step", "  customer c", 8}, Case{"standard", "  standard fast", 3},
                        Case{"actor", "  role lead", 2}, Case{"stage", "  stage s", 1}}) {
    INFO(c.what);
    const std::string md = hover_at(*a, hostile.find(c.id) + c.id.size() - 1);
    INFO(md);
    std::size_t count = 0;
    for (std::size_t at = md.find(shown); at != std::string::npos; at = md.find(shown, at + 1))
      ++count;
    CHECK(count == c.labels);
    // Nothing of the attack is left unescaped, and no line starts with it.
    for (const char* raw : {"](", "![", " <img", "&amp;", "*em*", "__strong__", "`code`", "www.evil", "mail@",
                            "https:", "~~", "\n#", "\n1.", "\n>", "\n- item"})
      CHECK(md.find(raw) == std::string::npos);
    for (std::size_t at = md.find('\n'); at != std::string::npos; at = md.find('\n', at + 1)) {
      const std::string_view line = std::string_view(md).substr(at + 1, md.find('\n', at + 1) - at - 1);
      CHECK((line.empty() || line.starts_with("- ") || line.starts_with("  - ")));
    }
  }
}
