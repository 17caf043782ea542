// Folding ranges from the syntax tree: every item written over several lines
// folds, so what folds is what the parser saw, not a guess from braces.

#include "compiler/lsp/features.hpp"

#include <algorithm>
#include <regex>

namespace bp::lsp {

namespace {

using Kind = FoldingRange::Kind;

struct Folder {
  const source::SourceFile& file;
  std::vector<FoldingRange> out;

  std::uint32_t line0(std::size_t offset) const { return static_cast<std::uint32_t>(file.location(offset).line - 1); }

  // A block folds up to the line before its closing brace, which stays visible.
  void block(source::Span span) {
    if (span.end <= span.begin) return;
    const std::uint32_t start = line0(span.begin);
    const std::uint32_t last = line0(span.end - 1);
    const std::uint32_t end = file.text()[span.end - 1] == '}' ? last - (last > start) : last;
    if (end > start) out.push_back({start, end, Kind::block});
  }

  void attrs(const std::vector<syntax::Attr>& attrs) {
    for (const syntax::Attr& a : attrs) {
      if (!a.block.empty()) block(a.span);
    }
  }

  bool whole_line(source::Span comment) const {
    const source::Location at = file.location(comment.begin);
    const std::string_view before = file.line_text(at.line).substr(0, at.column - 1);
    return before.find_first_not_of(" \t") == std::string_view::npos;
  }

  // Runs of comments on lines of their own, and `# region` ... `# endregion`.
  void comments(const std::vector<source::Span>& spans) {
    static const std::regex region_start(R"(^#\s*region\b.*)"), region_end(R"(^#\s*endregion\b.*)");
    std::vector<std::uint32_t> regions;
    std::optional<std::pair<std::uint32_t, std::uint32_t>> run;
    const auto close_run = [&] {
      if (run && run->second > run->first) out.push_back({run->first, run->second, Kind::comment});
      run.reset();
    };
    for (const source::Span c : spans) {
      if (!whole_line(c)) continue;
      const std::string text(file.text().substr(c.begin, c.end - c.begin));
      const std::uint32_t line = line0(c.begin);
      if (std::regex_match(text, region_start)) {
        close_run();
        regions.push_back(line);
      } else if (std::regex_match(text, region_end)) {
        close_run();
        if (!regions.empty() && line > regions.back()) out.push_back({regions.back(), line, Kind::region});
        if (!regions.empty()) regions.pop_back();
      } else if (run && run->second + 1 == line) {
        run->second = line;
      } else {
        close_run();
        run = {line, line};
      }
    }
    close_run();
  }
};

} // namespace

std::vector<FoldingRange> folding_ranges(const Analysis& a) {
  const syntax::Blueprint& b = a.compiled.tree.blueprint;
  Folder f{a.file(), {}};
  if (b.present) f.block(b.span);
  f.attrs(b.attrs);
  for (const syntax::Standard& s : b.standards) {
    f.block(s.span);
    f.attrs(s.attrs);
  }
  for (const syntax::Stage& stage : b.stages) {
    f.block(stage.span);
    f.attrs(stage.attrs);
    for (const syntax::Step& step : stage.steps) {
      f.block(step.span);
      f.attrs(step.attrs);
    }
  }
  f.comments(a.compiled.tree.comments);
  std::sort(f.out.begin(), f.out.end(), [](const FoldingRange& x, const FoldingRange& y) {
    return std::tie(x.start_line, y.end_line) < std::tie(y.start_line, x.end_line);
  });
  f.out.erase(std::unique(f.out.begin(), f.out.end(),
                          [](const FoldingRange& x, const FoldingRange& y) {
                            return x.start_line == y.start_line && x.end_line == y.end_line;
                          }),
              f.out.end());
  return f.out;
}

} // namespace bp::lsp
