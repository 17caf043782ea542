#include "compiler/checklist/writers.hpp"

#include "compiler/escape/escape.hpp"
#include "compiler/model/meta_text.hpp"
#include "compiler/model/value_rules.hpp"

#include <fmt/format.h>

namespace bp::checklist {

namespace {

using escape::markdown;

class MarkdownWriter {
public:
  explicit MarkdownWriter(const Checklist& c) : c_(c), b_(*c.blueprint) {}

  std::string write() {
    out_ += fmt::format("# Standards checklist: {}\n\n", markdown(b_.name));
    if (auto meta = meta_line(); !meta.empty()) out_ += meta + "  \n";
    out_ +=
        fmt::format("Source: {}\n\nTick each item once it has been verified in the live service.\n", markdown(c_.file));
    for (std::size_t i = 0; i < c_.stages.size(); ++i)
      stage(i);
    servqual();
    findings();
    return std::move(out_);
  }

private:
  std::string meta_line() const {
    std::string meta;
    for (const std::string& phrase : model::meta_phrases(b_))
      meta += (meta.empty() ? "" : " · ") + markdown(phrase);
    return meta;
  }

  std::string step(Index i) const { return fmt::format("`{}` {}", b_.steps[i].id, markdown(b_.steps[i].label)); }
  std::string standard(Index i) const {
    return fmt::format("{} (`{}`)", markdown(b_.standards[i].label), b_.standards[i].id);
  }
  std::string actor(const std::optional<model::Located<Index>>& a) const {
    return a ? markdown(b_.actors[a->value].label) : "not set";
  }

  void heading(const char* text) { out_ += fmt::format("\n**{}**\n\n", text); }

  void stage(std::size_t n) {
    const StageChecks& s = c_.stages[n];
    const model::Stage& stage = b_.stages[s.stage];
    out_ += fmt::format("\n## {}. {} (`{}`)\n", n + 1, markdown(stage.label), stage.id);
    if (!s.standards.empty()) heading("Standards");
    for (const StandardCheck& sc : s.standards)
      standard_item(sc);
    if (!s.moments.empty()) heading("Moments of truth");
    for (const MomentCheck& m : s.moments)
      moment_item(m);
    if (!s.fails.empty()) heading("Fail points");
    for (const FailCheck& f : s.fails)
      fail_item(f);
    if (!s.waits.empty()) heading("Waits");
    for (const WaitCheck& w : s.waits)
      wait_item(w);
    heading("Time");
    out_ += fmt::format("- [ ] {}{}\n", time_item(s.time), s.time.budget ? ": " + time_verdict(s.time) : "");
  }

  void standard_item(const StandardCheck& sc) {
    const model::Standard& st = b_.standards[sc.standard];
    std::string at;
    for (Index i : sc.steps)
      at += (at.empty() ? "" : ", ") + step(i);
    out_ += fmt::format("- [ ] **{}** at {}\n", standard(sc.standard), at);
    out_ += fmt::format("  - Measure: {}\n", st.measure ? markdown(st.measure->value) : "**not set**");
    out_ += fmt::format("  - Target: {}\n", st.target ? markdown(describe_target(*st.target)) : "**not set**");
    out_ += fmt::format("  - Owner: {} · Kind: {} · Dimension: {}\n", actor(st.owner),
                        st.kind ? model::to_string(st.kind->value) : "not set",
                        st.dimension ? model::to_string(st.dimension->value) : "not set");
  }

  void moment_item(const MomentCheck& m) {
    const model::Step& s = b_.steps[m.step];
    out_ += fmt::format("- [ ] {}: {}. ", step(m.step), markdown(s.moment->text));
    if (m.standards.empty()) {
      out_ += "**No standard covers this moment.**\n";
      return;
    }
    std::string list;
    for (Index i : m.standards)
      list += (list.empty() ? "" : ", ") + standard(i);
    out_ += fmt::format("Standard: {}\n", list);
  }

  void fail_item(const FailCheck& f) {
    const model::FailPoint& fail = b_.steps[f.step].fail_points[f.fail];
    out_ += fmt::format("- [ ] {}: {}\n", step(f.step), markdown(fail.text));
    out_ += fmt::format("  - Recovery: {}\n", fail.recovery ? markdown(fail.recovery->value) : "**none**");
    out_ += fmt::format("  - Owner: {} · Severity: {}\n", fail.owner ? actor(fail.owner) : "**not set**",
                        fail.severity ? model::to_string(fail.severity->value) : "not set");
  }

  void wait_item(const WaitCheck& w) {
    const model::WaitPoint& wait = b_.steps[w.step].wait_points[w.wait];
    out_ += fmt::format("- [ ] {}: {}. Expected {} against a tolerance of {}{}\n", step(w.step), markdown(wait.text),
                        describe_duration(wait.expected ? std::optional(wait.expected->value) : std::nullopt),
                        describe_duration(wait.tolerance ? std::optional(wait.tolerance->value) : std::nullopt),
                        w.over_tolerance ? ": **over tolerance**" : "");
  }

  void servqual() {
    out_ += "\n## SERVQUAL coverage\n\n| Dimension | Standards | Coverage |\n|---|---|---|\n";
    for (const DimensionCoverage& row : c_.servqual) {
      std::string list;
      for (Index i : row.standards)
        list += (list.empty() ? "" : ", ") + standard(i);
      out_ += fmt::format("| {} | {} | {} |\n", model::to_string(row.dimension), list.empty() ? "none" : list,
                          row.standards.empty() ? "**gap**" : "covered");
    }
    if (!c_.standards_without_dimension.empty()) {
      std::string list;
      for (Index i : c_.standards_without_dimension)
        list += (list.empty() ? "" : ", ") + standard(i);
      out_ += fmt::format("\nStandards without a dimension: {}\n", list);
    }
  }

  void findings() {
    out_ += "\n## Open findings\n\n";
    if (c_.findings.empty()) out_ += "None.\n";
    for (const Finding& f : c_.findings) {
      const diag::Diagnostic& d = f.diagnostic;
      out_ +=
          fmt::format("- [ ] {} `{}` {} at {}:{}:{}: {}\n", diag::to_string(d.severity), d.code, diag::name_of(d.code),
                      markdown(c_.file), f.location.line, f.location.column, escape::markdown_message(d.message));
    }
  }

  const Checklist& c_;
  const model::Blueprint& b_;
  std::string out_;
};

} // namespace

std::string write_markdown(const Checklist& checklist) { return MarkdownWriter(checklist).write(); }

} // namespace bp::checklist
