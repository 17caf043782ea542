#pragma once
// The pages of the checks, as `blueprint explain` prints them, written once into
// the user's cache so that a diagnostic's code in the editor links to its page.

#include <string>
#include <string_view>

namespace bp::lsp {

class ExplanationPages {
public:
  // A `file://` link to the page of the check with this code, written if it is
  // not there yet; empty for an unknown code or when the cache is not writable.
  std::string uri(std::string_view code);

private:
  std::string dir_; // chosen on first use
};

} // namespace bp::lsp
