#include "compiler/cli/render_command.hpp"
#include "compiler/cli/check_settings_options.hpp"

#include "compiler/cli/compiled_input.hpp"
#include "compiler/cli/error_line.hpp"
#include "compiler/cli/message_format.hpp"
#include "compiler/cli/output_file.hpp"
#include "compiler/diag/check_table.hpp"
#include "compiler/diag/quote.hpp"
#include "compiler/diag/spelling.hpp"
#include "compiler/driver/compile.hpp"
#include "compiler/render/render.hpp"
#include "compiler/wording/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <optional>

namespace bp::cli {

namespace msg = wording::msg;

namespace {

std::optional<render::Format> format_named(std::string_view name) {
  for (render::Format f : {render::Format::svg, render::Format::png, render::Format::pdf, render::Format::dot}) {
    if (name == render::extension(f)) return f;
  }
  return std::nullopt;
}

// The format: --format, else the output's extension, else SVG.
std::optional<render::Format> choose_format(const RenderCommandOptions& o) {
  if (!o.format.empty()) return format_named(o.format);
  if (o.output.empty() || o.output == "-") return render::Format::svg;
  auto f = format_named(extension_of(o.output)); // `.SVG` too
  if (!f)
    print_error(msg::cli_unknown_format, fmt::arg("output", diag::escape_controls(o.output)),
                fmt::arg("formats", "svg|png|pdf|dot"));
  return f;
}

std::string default_output(const std::string& input, render::Format format) {
  if (input == "-") return "-";
  return std::filesystem::path(input).replace_extension(render::extension(format)).string();
}

// One of the five lanes by its keyword, or an information lane by its id.
bool select_lane(const model::Blueprint& b, const std::string& name, layout::LayoutOptions& out) {
  for (model::Lane lane : model::all_lanes) {
    if (name == model::to_string(lane)) return out.lanes.insert(lane), true;
  }
  const model::Symbol* s = b.find(name);
  if (!s || s->kind != model::SymbolKind::info_lane) return false;
  out.info_lanes.insert(s->index);
  return true;
}

bool select(const model::Blueprint& b, const RenderCommandOptions& o, layout::LayoutOptions& out) {
  for (const std::string& id : o.stages) {
    const model::Symbol* s = b.find(id);
    if (!s || s->kind != model::SymbolKind::stage) {
      std::vector<std::string_view> ids;
      for (const auto& stage : b.stages)
        ids.push_back(stage.id);
      const auto hint = diag::closest(id, ids);
      if (hint)
        print_error(msg::cli_no_stage_suggestion, fmt::arg("id", diag::escape_controls(id)),
                    fmt::arg("suggestion", *hint));
      else
        print_error(msg::cli_no_stage, fmt::arg("id", diag::escape_controls(id)));
      return false;
    }
    out.stages.insert(s->index);
  }
  for (const std::string& name : o.lanes) {
    if (!select_lane(b, name, out)) {
      std::string declared; // the information lanes, after the five
      for (const model::InfoLane& lane : b.info_lanes)
        declared += ", " + lane.id;
      print_error(msg::cli_no_lane, fmt::arg("name", diag::escape_controls(name)), fmt::arg("declared", declared));
      return false;
    }
  }
  return true;
}

// The persona `id` names, or nothing after saying why.
std::optional<model::Index> persona_named(const model::Blueprint& b, const std::string& id) {
  const model::Symbol* s = b.find(id);
  if (s && s->kind == model::SymbolKind::persona) return s->index;
  const std::string shown = diag::escape_controls(id);
  if (b.personas.empty()) {
    print_error(msg::cli_no_personas, fmt::arg("id", shown));
    return std::nullopt;
  }
  std::vector<std::string_view> ids;
  for (const auto& persona : b.personas)
    ids.push_back(persona.id);
  if (const auto hint = diag::closest(id, ids))
    print_error(msg::cli_no_persona_suggestion, fmt::arg("id", shown), fmt::arg("suggestion", *hint));
  else
    print_error(msg::cli_no_persona, fmt::arg("id", shown));
  return std::nullopt;
}

} // namespace

void add_render_command(CLI::App& app, RenderCommandOptions& options) {
  CLI::App* cmd = app.add_subcommand("render", "Draw a blueprint as SVG, PNG, PDF or DOT");
  cmd->add_option("file", options.file, "Blueprint file; `-` reads standard input")->required();
  cmd->add_option("-o,--output", options.output, "Output file (default: next to the input; `-` for standard output)");
  cmd->add_option("--format", options.format, "svg, png, pdf or dot (default: from the output's extension, else svg)")
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot"}));
  cmd->add_option("--highlight", options.highlight,
                  "`findings`: outline the steps that have findings; `warnings`, `notes` or a check's code or "
                  "name (BP205, wait-over-tolerance): only those findings; `critical-path`: draw the critical path "
                  "(comma-separated for several)")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_option("--persona", options.persona, "Draw this persona's journey; the other personas' steps are dimmed");
  cmd->add_option("--stages", options.stages, "Only these stages (ids, comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_option("--lanes", options.lanes, "Only these lanes (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  add_message_format_option(*cmd, options.message_format);
  add_check_settings_options(*cmd, options.settings);
  cmd->footer("Exit status: 0 written, 1 the blueprint has errors (nothing is written), 2 usage or I/O problem.\n\n"
              "Examples:\n"
              "  blueprint render examples/coffee-bar.blueprint            # writes examples/coffee-bar.svg\n"
              "  blueprint render examples/coffee-bar.blueprint -o out/coffee.png\n"
              "  blueprint render service.blueprint --highlight findings --stages order,pickup\n"
              "  blueprint render restaurant.blueprint --persona family --highlight critical-path\n"
              "  blueprint render service.blueprint --format dot -o - | neato -n2 -Tsvg > service.svg");
}

namespace {

// A usage error: what --highlight takes, and the closest check name.
int unknown_highlight(const std::string& what) {
  std::vector<std::string_view> names{"findings", "warnings", "errors", "notes", "critical-path"};
  for (const diag::CheckInfo& check : diag::all_checks())
    names.push_back(check.name);
  const std::optional<std::string> best = diag::closest(what, names);
  print_error(msg::cli_unknown_highlight, fmt::arg("name", diag::escape_controls(what)),
              fmt::arg("suggestion", best ? wording::format(msg::cli_did_you_mean, fmt::arg("name", *best)) : ""));
  return 2;
}

int render_to_output(const RenderCommandOptions& options, DiagnosticSink& sink) {
  const std::optional<render::Format> format = choose_format(options);
  if (!format) return 2;
  CompiledInput input = compile_input(options.file, sink, options.settings);
  if (input.exit_code != 0) return input.exit_code;
  const driver::CompileResult& compiled = input.compiled;
  render::RenderOptions render_options;
  render_options.format = *format;
  const auto asked = [&](const char* what) {
    return std::find(options.highlight.begin(), options.highlight.end(), what) != options.highlight.end();
  };
  render_options.highlight_findings = asked("findings");
  render_options.highlight_critical_path = asked("critical-path");
  for (const std::string& what : options.highlight) {
    if (what == "findings" || what == "critical-path") continue;
    if (!render::is_finding_selector(what)) return unknown_highlight(what);
    render_options.highlight_only.push_back(what);
  }
  if (!select(compiled.blueprint, options, render_options.layout)) return 2;
  if (!options.persona.empty()) {
    render_options.persona = persona_named(compiled.blueprint, options.persona);
    if (!render_options.persona) return 2;
  }
  const diag::Result<std::string> diagram = render::render(compiled.checked(), render_options);
  if (!diagram) {
    print_error(diagram.error());
    return 2;
  }
  const std::string output = options.output.empty() ? default_output(options.file, *format) : options.output;
  if (auto written = write_output(output, *diagram, {options.file}); !written) {
    print_error(written.error());
    return 2;
  }
  if (output != "-") sink.progress(wording::format(msg::cli_wrote, fmt::arg("file", diag::escape_controls(output))));
  return 0;
}

} // namespace

int run_render(const RenderCommandOptions& options) {
  DiagnosticSink sink(options.message_format);
  return sink.finish(render_to_output(options, sink));
}

} // namespace bp::cli
