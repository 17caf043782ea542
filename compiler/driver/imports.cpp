#include "compiler/driver/imports.hpp"

#include "compiler/diag/check_table.hpp"
#include "compiler/syntax/parser.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <limits>
#include <unordered_set>

namespace bp::driver {

std::string resolve_import(const std::string& importer, const std::string& path) {
  const std::filesystem::path folder = std::filesystem::path(importer).parent_path();
  return (folder / path).lexically_normal().generic_string();
}

namespace {

namespace msg = wording::msg;
using fmt::arg;

// A file being read, with the import that led to it.
struct Link {
  std::string file;
  source::Span imported_at;
};

class Reader {
public:
  Reader(const FileLoader& load, const source::Limits& limits, diag::Diagnostics& out)
      : load_(load), limits_(limits), out_(out) {}

  void read_imports_of(const std::string& file, const syntax::Blueprint& b, std::size_t end) {
    next_base_ = std::max(next_base_, end + 1);
    stack_.push_back({std::filesystem::path(file).lexically_normal().generic_string(), {}});
    for (const syntax::Import& import : b.imports)
      follow(file, import);
    stack_.pop_back();
  }

  // Each library after the libraries it imports: their declarations come first.
  std::vector<ImportedFile> take() {
    std::vector<ImportedFile> out;
    for (std::size_t i : finished_)
      out.push_back(std::move(files_[i]));
    return out;
  }

private:
  void report(source::Span at, std::string message, std::string hint) {
    out_.push_back(diag::error(diag::checks::bad_import, at, std::move(message)).with_hint(std::move(hint)));
  }

  // A path that names a file the same on every machine; reports one that does not.
  bool usable(const std::string& path, source::Span at) {
    if (std::any_of(path.begin(), path.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
      report(at,
             wording::format(msg::diag_import_unreadable, arg("path", path),
                             arg("reason", wording::format(msg::import_control_character))),
             wording::format(msg::diag_import_control_hint));
      return false;
    }
    if (std::filesystem::path(path).is_absolute()) {
      report(at, wording::format(msg::diag_import_absolute, arg("path", path)),
             wording::format(msg::diag_import_absolute_hint));
      return false;
    }
    return true;
  }

  // The file's text, or nothing after reporting why not. A loader may give more
  // than the file limit (an editor's open document): the limit holds for imports too.
  std::optional<std::string> load(const std::string& file, const syntax::Import& import) {
    LoadedFile loaded = load_ ? load_(file) : LoadedFile{std::nullopt, wording::format(msg::import_no_files)};
    if (loaded.text && loaded.text->size() > limits_.max_file_bytes) {
      loaded = {std::nullopt, wording::format(msg::import_too_large, arg("mib", limits_.max_file_bytes >> 20))};
    }
    if (!loaded.text) {
      report(import.path.span,
             wording::format(msg::diag_import_unreadable, arg("path", import.path.value), arg("reason", loaded.error)),
             wording::format(msg::diag_import_unreadable_hint, arg("file", file)));
      return std::nullopt;
    }
    if (loaded.text->size() > std::numeric_limits<std::uint32_t>::max() - 1 - next_base_) {
      report(import.path.span, wording::format(msg::diag_import_too_much_text),
             wording::format(msg::diag_import_too_many_hint));
      return std::nullopt;
    }
    return std::move(loaded.text);
  }

  void follow(const std::string& importer, const syntax::Import& import) {
    const source::Span at = import.path.span;
    const std::string& path = import.path.value;
    if (!usable(path, at)) return;
    const std::string file = resolve_import(importer, path);
    const auto on_stack = std::find_if(stack_.begin(), stack_.end(), [&](const Link& l) { return l.file == file; });
    if (on_stack != stack_.end()) return report_cycle(on_stack, file, at);
    if (!seen_.insert(file).second) return; // read already, through another import
    if (files_.size() >= limits_.max_imported_files) {
      return report(at, wording::format(msg::diag_import_too_many, arg("limit", limits_.max_imported_files)),
                    wording::format(msg::diag_import_too_many_hint));
    }
    std::optional<std::string> text = load(file, import);
    if (!text) return;
    ImportedFile& imported = files_.emplace_back();
    imported.source = std::make_shared<const source::SourceFile>(file, std::move(*text), next_base_);
    next_base_ = imported.source->end() + 1;
    imported.imported_at = import.span;
    syntax::ParseResult parsed = syntax::parse(*imported.source, limits_);
    imported.tree = std::move(parsed.tree);
    out_.insert(out_.end(), std::make_move_iterator(parsed.diagnostics.begin()),
                std::make_move_iterator(parsed.diagnostics.end()));
    const syntax::Blueprint& b = imported.tree.blueprint;
    if (b.present && !b.library) {
      finished_.push_back(files_.size() - 1); // its errors point into it
      return report(at, wording::format(msg::diag_import_not_library, arg("file", file)),
                    wording::format(msg::diag_import_not_library_hint));
    }
    stack_.back().imported_at = import.span;
    const std::size_t index = files_.size() - 1;
    read_imports_of(file, b, imported.source->end());
    finished_.push_back(index);
  }

  void report_cycle(std::vector<Link>::const_iterator from, const std::string& file, source::Span at) {
    std::string chain;
    for (auto link = from; link != stack_.end(); ++link)
      chain += fmt::format("`{}` → ", link->file);
    chain += fmt::format("`{}`", file);
    diag::Diagnostic d =
        diag::error(diag::checks::bad_import, at, wording::format(msg::diag_import_cycle, arg("chain", chain)))
            .with_hint(wording::format(msg::diag_import_cycle_hint));
    for (auto link = from; link + 1 != stack_.end(); ++link) {
      d = std::move(d).with_related(link->imported_at,
                                    wording::format(msg::diag_import_cycle_related, arg("file", (link + 1)->file)));
    }
    out_.push_back(std::move(d));
  }

  const FileLoader& load_;
  const source::Limits& limits_;
  diag::Diagnostics& out_;
  std::deque<ImportedFile> files_;    // in the order read; references stay valid while more are read
  std::vector<std::size_t> finished_; // files_ in the order their imports were all read
  std::unordered_set<std::string> seen_;
  std::vector<Link> stack_; // the files being read, outermost first
  std::size_t next_base_ = 0;
};

} // namespace

std::vector<ImportedFile> load_imports(const source::SourceFile& file, const syntax::SyntaxTree& tree,
                                       const FileLoader& load, const source::Limits& limits, diag::Diagnostics& out) {
  Reader reader(load, limits, out);
  if (!tree.blueprint.imports.empty()) reader.read_imports_of(file.name(), tree.blueprint, file.end());
  return reader.take();
}

} // namespace bp::driver
