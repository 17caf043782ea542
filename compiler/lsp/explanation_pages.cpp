#include "compiler/lsp/explanation_pages.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/source/uri.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace bp::lsp {

namespace fs = std::filesystem;

namespace {

// The user's cache: XDG_CACHE_HOME, ~/.cache, or a folder of the user's in /tmp.
std::string cache_dir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') return xdg;
  if (const char* home = std::getenv("HOME"); home && *home == '/') return std::string(home) + "/.cache";
  return "/tmp/blueprint-" + std::to_string(::getuid());
}

// Written under a temporary name and renamed, so that a second server never
// reads half a page.
bool write_page(const fs::path& page, std::string_view text) {
  std::error_code ec;
  fs::create_directories(page.parent_path(), ec);
  const fs::path tmp = page.string() + "." + std::to_string(::getpid()) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out << text;
    if (!out) return false;
  }
  fs::rename(tmp, page, ec);
  if (!ec) return true;
  fs::remove(tmp, ec);
  return false;
}

} // namespace

std::string ExplanationPages::uri(std::string_view code) {
  const diag::CheckInfo* check = diag::find_check(code);
  if (!check) return {};
  if (dir_.empty()) dir_ = cache_dir() + "/blueprint/" + BLUEPRINT_VERSION + "/checks";
  const fs::path page = fs::path(dir_) / (std::string(check->code) + ".md");
  std::error_code ec;
  if (!fs::exists(page, ec) && !write_page(page, diag::explanation(*check))) return {};
  return source::path_to_uri(page.string());
}

} // namespace bp::lsp
