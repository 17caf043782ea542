#include "compiler/checklist/writers.hpp"

#include "compiler/escape/escape.hpp"
#include "compiler/model/value_rules.hpp"

#include <fmt/format.h>

namespace bp::checklist {

namespace {

// One row per item to verify; `done` is left empty for the auditor.
class CsvWriter {
public:
  explicit CsvWriter(const Checklist& c) : c_(c), b_(*c.blueprint) {}

  std::string write(bool bom) {
    if (bom) out_ += "\xEF\xBB\xBF";
    row({"stage", "section", "step", "item", "detail", "target", "owner", "status", "done"});
    for (const StageChecks& s : c_.stages)
      stage(s);
    for (const DimensionCoverage& d : c_.servqual) {
      std::string list;
      for (Index i : d.standards)
        list += (list.empty() ? "" : ", ") + b_.standards[i].id;
      row({"", "SERVQUAL", "", model::to_string(d.dimension), list, "", "", d.standards.empty() ? "gap" : "covered",
           ""});
    }
    for (const Finding& f : c_.findings) {
      row({"", "finding", "", fmt::format("{} {}", f.diagnostic.code, diag::name_of(f.diagnostic.code)),
           f.diagnostic.message, "", "", fmt::format("{}:{}:{}", c_.file, f.location.line, f.location.column), ""});
    }
    return std::move(out_);
  }

private:
  void row(std::initializer_list<std::string> fields) {
    bool first = true;
    for (const std::string& field : fields) {
      if (!first) out_ += ',';
      out_ += escape::csv_field(field);
      first = false;
    }
    out_ += "\r\n"; // RFC 4180
  }

  std::string actor(const std::optional<model::Located<Index>>& a) const { return a ? b_.actors[a->value].label : ""; }

  void stage(const StageChecks& s) {
    const std::string name = b_.stages[s.stage].label;
    for (const StandardCheck& sc : s.standards) {
      const model::Standard& st = b_.standards[sc.standard];
      std::string steps;
      for (Index i : sc.steps)
        steps += (steps.empty() ? "" : ", ") + b_.steps[i].id;
      row({name, "standard", steps, st.label, st.measure ? st.measure->value : "",
           st.target ? describe_target(*st.target) : "", actor(st.owner),
           fmt::format("{}, {}", st.kind ? model::to_string(st.kind->value) : "no kind",
                       st.dimension ? model::to_string(st.dimension->value) : "no dimension"),
           ""});
    }
    for (const MomentCheck& m : s.moments) {
      std::string list;
      for (Index i : m.standards)
        list += (list.empty() ? "" : ", ") + b_.standards[i].id;
      row({name, "moment", b_.steps[m.step].id, b_.steps[m.step].moment->text, list, "", "",
           m.standards.empty() ? "no standard" : "covered", ""});
    }
    for (const FailCheck& f : s.fails) {
      const model::FailPoint& fail = b_.steps[f.step].fail_points[f.fail];
      row({name, "fail point", b_.steps[f.step].id, fail.text, fail.recovery ? fail.recovery->value : "", "",
           actor(fail.owner), fail.severity ? model::to_string(fail.severity->value) : "", ""});
    }
    for (const WaitCheck& w : s.waits) {
      const model::WaitPoint& wait = b_.steps[w.step].wait_points[w.wait];
      row({name, "wait", b_.steps[w.step].id, wait.text,
           "expected " + describe_duration(wait.expected ? std::optional(wait.expected->value) : std::nullopt),
           "tolerance " + describe_duration(wait.tolerance ? std::optional(wait.tolerance->value) : std::nullopt), "",
           w.over_tolerance ? "over tolerance" : "within tolerance", ""});
    }
    row({name, "time", "", "customer-visible time", model::format_duration(s.time.visible_seconds),
         "budget " + describe_duration(s.time.budget), "", time_verdict(s.time), ""});
  }

  const Checklist& c_;
  const model::Blueprint& b_;
  std::string out_;
};

} // namespace

std::string write_csv(const Checklist& checklist, bool byte_order_mark) {
  return CsvWriter(checklist).write(byte_order_mark);
}

} // namespace bp::checklist
