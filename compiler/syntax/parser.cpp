#include "compiler/syntax/parser.hpp"

#include "compiler/source/utf8.hpp"
#include "compiler/syntax/relocate.hpp"
#include "compiler/syntax/tree_builder.hpp"
#include "compiler/wording/catalog.hpp"
#include "grammar/errors.hpp"
#include "grammar/rules.hpp"

#include <fmt/format.h>
#include <tao/pegtl.hpp>

#include <charconv>
#include <limits>
#include <utility>

namespace bp::syntax {

namespace {

namespace pegtl = tao::pegtl;
namespace g = bp::grammar;
namespace msg = wording::msg;

template <typename Rule> struct action : pegtl::nothing<Rule> {};

// Leaf values ----------------------------------------------------------------

struct push_word {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.words.push_back(Word{in.string(), b.span_of(in.begin(), in.end())});
    b.check_id_length(b.words.back());
  }
};

struct push_text {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.texts.push_back(decode_string(in.string_view(), b.span_of(in.begin(), in.end()), b));
  }
};

double to_number(std::string_view text) {
  const bool negative = text.starts_with('-');
  const double value = decimal_value(text.substr(negative || text.starts_with('+') ? 1 : 0));
  return negative ? -value : value;
}

struct push_quantity {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    const std::string_view text = in.string_view();
    Quantity q{QuantityKind::number, 0, b.span_of(in.begin(), in.end())};
    if (text.ends_with('%')) {
      q.kind = QuantityKind::percent, q.value = to_number(text.substr(0, text.size() - 1));
    } else if (text.find_first_of("smhd") != std::string_view::npos) {
      q.kind = QuantityKind::duration, q.value = parse_duration(text);
    } else {
      q.value = to_number(text);
    }
    b.quantities.push_back(q);
  }
};

template <> struct action<g::actor_id> : push_word {};
template <> struct action<g::standard_id> : push_word {};
template <> struct action<g::stage_id> : push_word {};
template <> struct action<g::step_id> : push_word {};
template <> struct action<g::actor_ref> : push_word {};
template <> struct action<g::owner_ref> : push_word {};
template <> struct action<g::standard_ref> : push_word {};
template <> struct action<g::flow_end> : push_word {};
template <> struct action<g::persona_id> : push_word {};
template <> struct action<g::channel_id> : push_word {};
template <> struct action<g::info_lane_id> : push_word {};
template <> struct action<g::info_lane_ref> : push_word {};
template <> struct action<g::above_evidence> : push_word {};
template <> struct action<g::below_support> : push_word {};

template <> struct action<g::channel_ref> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.via = Word{in.string(), b.span_of(in.begin(), in.end())};
    b.check_id_length(*b.via);
  }
};
template <> struct action<g::persona_ref> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.personas.push_back(Word{in.string(), b.span_of(in.begin(), in.end())});
    b.check_id_length(b.personas.back());
  }
};
template <> struct action<g::check_name> : push_word {};
template <> struct action<g::status_value> : push_word {};
template <> struct action<g::dimension_value> : push_word {};
template <> struct action<g::kind_value> : push_word {};
template <> struct action<g::severity_value> : push_word {};
template <> struct action<g::cause_value> : push_word {};
template <> struct action<g::level_value> : push_word {};
template <> struct action<g::comparator_value> : push_word {};
template <> struct action<g::actor_kind> : push_word {};
template <> struct action<g::lane> : push_word {};
template <> struct action<g::arrow> : push_word {};

template <> struct action<g::text_value> : push_text {};
template <> struct action<g::step_label> : push_text {};
template <> struct action<g::stage_label> : push_text {};
template <> struct action<g::actor_label> : push_text {};
template <> struct action<g::standard_label> : push_text {};
template <> struct action<g::flow_label> : push_text {};
template <> struct action<g::persona_label> : push_text {};
template <> struct action<g::channel_label> : push_text {};
template <> struct action<g::info_lane_title> : push_text {};

template <> struct action<g::duration_value> : push_quantity {};
template <> struct action<g::feeling_value> : push_quantity {};
template <> struct action<g::share_value> : push_quantity {};
template <> struct action<g::branch_share> : push_quantity {};
template <> struct action<g::target_quantity> : push_quantity {};
template <> struct action<g::score_value> : push_quantity {};

template <> struct action<g::comment> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    // Backtracking can match a comment twice; keep each once.
    const Span span = b.span_of(in.begin(), in.end());
    auto& comments = b.tree().comments;
    if (comments.empty() || span.begin > comments.back().begin) comments.push_back(span);
  }
};

// Blueprint ----------------------------------------------------------------

struct file_keyword {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b, bool library) {
    b.tree().blueprint.present = true;
    b.tree().blueprint.library = library;
    b.tree().blueprint.span = b.tree().blueprint.keyword = b.span_of(in.begin(), in.end());
  }
};
template <> struct action<g::blueprint_keyword> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) { file_keyword::apply(in, b, false); }
};
template <> struct action<g::library_keyword> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) { file_keyword::apply(in, b, true); }
};

template <> struct action<g::import_path> : push_text {};
template <> struct action<g::import_decl> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    Attr parts = b.take_attr(in.begin(), in.end());
    if (parts.texts.empty()) return; // the path's error is reported
    b.tree().blueprint.imports.push_back(Import{std::move(parts.texts[0]), parts.span});
  }
};

template <> struct action<g::blueprint_name> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.name = decode_string(in.string_view(), b.span_of(in.begin(), in.end()), b);
  }
};

template <> struct action<g::blueprint_body> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.span.end = b.span_of(in.begin(), in.end()).end;
  }
};

struct blueprint_attr {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.attrs.push_back(b.take_attr(in.begin(), in.end()));
  }
};
template <> struct action<g::description_attr> : blueprint_attr {};
template <> struct action<g::owner_meta_attr> : blueprint_attr {};
template <> struct action<g::version_attr> : blueprint_attr {};
template <> struct action<g::status_attr> : blueprint_attr {};
template <> struct action<g::updated_attr> : blueprint_attr {};
template <> struct action<g::blueprint_allow> : blueprint_attr {};
template <> struct action<g::blueprint_promise> : blueprint_attr {};

template <> struct action<g::actor_decl> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    Attr parts = b.take_attr(in.begin(), in.end());
    b.tree().blueprint.actors.push_back(
        Actor{std::move(parts.words.at(0)), std::move(parts.words.at(1)), std::move(parts.texts.at(0)), parts.span});
  }
};

// Personas and channels ------------------------------------------------------

struct profile_head {
  template <typename Input> static Profile take(const Input& in, TreeBuilder& b) {
    Attr parts = b.take_attr(in.begin(), in.end());
    return Profile{std::move(parts.words.at(0)), std::move(parts.texts.at(0)), {}, parts.span};
  }
};
template <> struct action<g::persona_head> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.personas.push_back(profile_head::take(in, b));
  }
};
template <> struct action<g::channel_head> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.channels.push_back(profile_head::take(in, b));
  }
};
template <> struct action<g::persona_note> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.personas.back().attrs.push_back(b.take_attr(in.begin(), in.end()));
  }
};
template <> struct action<g::persona_decl> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.personas.back().span.end = b.span_of(in.begin(), in.end()).end;
  }
};
struct channel_attr {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.channels.back().attrs.push_back(b.take_attr(in.begin(), in.end()));
  }
};
template <> struct action<g::remote_attr> : channel_attr {};
template <> struct action<g::channel_note> : channel_attr {};
template <> struct action<g::channel_decl> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.channels.back().span.end = b.span_of(in.begin(), in.end()).end;
  }
};

// Information lanes --------------------------------------------------------------

template <> struct action<g::info_lane_decl> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    Attr parts = b.take_attr(in.begin(), in.end());
    b.tree().blueprint.lanes.push_back(
        InfoLane{std::move(parts.words.at(0)), std::move(parts.texts.at(0)), std::move(parts.words.at(1)), parts.span});
  }
};

// Standards ------------------------------------------------------------------

template <> struct action<g::standard_head> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    Attr parts = b.take_attr(in.begin(), in.end());
    b.tree().blueprint.standards.push_back(
        Standard{std::move(parts.words.at(0)), std::move(parts.texts.at(0)), {}, parts.span});
  }
};

struct standard_attr {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.standards.back().attrs.push_back(b.take_attr(in.begin(), in.end()));
  }
};
template <> struct action<g::dimension_attr> : standard_attr {};
template <> struct action<g::kind_attr> : standard_attr {};
template <> struct action<g::measure_attr> : standard_attr {};
template <> struct action<g::target_attr> : standard_attr {};
template <> struct action<g::standard_owner> : standard_attr {};
template <> struct action<g::standard_note> : standard_attr {};
template <> struct action<g::standard_allow> : standard_attr {};

template <> struct action<g::standard_decl> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.standards.back().span.end = b.span_of(in.begin(), in.end()).end;
  }
};

// Stages and steps -----------------------------------------------------------

template <> struct action<g::stage_head> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    Attr parts = b.take_attr(in.begin(), in.end());
    b.tree().blueprint.stages.push_back(
        Stage{std::move(parts.words.at(0)), std::move(parts.texts.at(0)), {}, {}, parts.span});
  }
};

struct stage_attr {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.stages.back().attrs.push_back(b.take_attr(in.begin(), in.end()));
  }
};
template <> struct action<g::budget_attr> : stage_attr {};
template <> struct action<g::stage_promise> : stage_attr {};
template <> struct action<g::stage_note> : stage_attr {};
template <> struct action<g::stage_allow> : stage_attr {};

template <> struct action<g::stage_body> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    b.tree().blueprint.stages.back().span.end = b.span_of(in.begin(), in.end()).end;
  }
};

// A clause's keyword: up to the first space the grammar knows (a vertical tab
// or U+3000 as well as a blank) or a comment; the whole clause if neither comes.
std::size_t keyword_length(std::string_view clause) {
  namespace p = tao::pegtl;
  p::memory_input in(clause.data(), clause.data() + clause.size(), "clause");
  p::parse<p::star<p::not_at<p::sor<g::space_char, p::one<'#'>>>, p::utf8::any>>(in);
  return static_cast<std::size_t>(in.current() - clause.data());
}

template <> struct action<g::step_clause> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    const std::string_view text = in.string_view();
    const std::size_t length = keyword_length(text);
    b.clauses.push_back(Word{std::string(text.substr(0, length)), b.span_of(in.begin(), in.begin() + length)});
  }
};

// `by`, `takes`, `via` and `for` are each given once.
void check_clauses_once(TreeBuilder& b, const Word& step_id) {
  for (std::size_t i = 0; i < b.clauses.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (b.clauses[j].text != b.clauses[i].text) continue;
      b.report(b.clauses[i].span,
               wording::format(msg::diag_given_twice_step, fmt::arg("keyword", b.clauses[i].text),
                               fmt::arg("id", step_id.text)),
               wording::format(msg::diag_given_twice_hint), diag::checks::invalid_value);
      break;
    }
  }
  b.clauses.clear();
}

template <> struct action<g::step_head> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    Attr parts = b.take_attr(in.begin(), in.end());
    check_clauses_once(b, parts.words.at(1));
    Step step;
    step.lane = std::move(parts.words.at(0));
    step.id = std::move(parts.words.at(1));
    step.label = std::move(parts.texts.at(0));
    if (parts.words.size() > 2) step.by = std::move(parts.words[2]); // a second `by` was reported
    if (!parts.quantities.empty()) step.takes = parts.quantities[0];
    step.via = std::exchange(b.via, std::nullopt);
    step.personas = std::exchange(b.personas, {});
    step.span = parts.span;
    b.tree().blueprint.stages.back().steps.push_back(std::move(step));
  }
};

Step& current_step(TreeBuilder& b) { return b.tree().blueprint.stages.back().steps.back(); }

struct step_attr {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    current_step(b).attrs.push_back(b.take_attr(in.begin(), in.end()));
  }
};
template <> struct action<g::moment_attr> : step_attr {};
template <> struct action<g::fail_head> : step_attr {};
template <> struct action<g::wait_head> : step_attr {};
template <> struct action<g::meets_attr> : step_attr {};
template <> struct action<g::feeling_attr> : step_attr {};
template <> struct action<g::pain_attr> : step_attr {};
template <> struct action<g::idea_attr> : step_attr {};
template <> struct action<g::decision_attr> : step_attr {};
template <> struct action<g::end_attr> : step_attr {};
template <> struct action<g::step_note> : step_attr {};
template <> struct action<g::step_allow> : step_attr {};

// Items of a fail or wait block go into the block of the attribute just opened.
struct block_attr {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    current_step(b).attrs.back().block.push_back(b.take_attr(in.begin(), in.end()));
  }
};
template <> struct action<g::recovery_attr> : block_attr {};
template <> struct action<g::fail_owner> : block_attr {};
template <> struct action<g::severity_attr> : block_attr {};
template <> struct action<g::likelihood_attr> : block_attr {};
template <> struct action<g::detection_attr> : block_attr {};
template <> struct action<g::cause_attr> : block_attr {};
template <> struct action<g::level_attr> : block_attr {};
template <> struct action<g::prevent_attr> : block_attr {};
template <> struct action<g::expected_attr> : block_attr {};
template <> struct action<g::tolerance_attr> : block_attr {};

struct close_block_attr {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    current_step(b).attrs.back().span.end = b.span_of(in.begin(), in.end()).end;
  }
};
template <> struct action<g::fail_attr> : close_block_attr {};
template <> struct action<g::wait_attr> : close_block_attr {};

template <> struct action<g::step> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    current_step(b).span.end = b.span_of(in.begin(), in.end()).end;
  }
};

// Flows ------------------------------------------------------------------------

template <> struct action<g::flow_decl> {
  template <typename Input> static void apply(const Input& in, TreeBuilder& b) {
    Attr parts = b.take_attr(in.begin(), in.end());
    Flow flow;
    for (std::size_t i = 0; i < parts.words.size(); ++i) {
      (i % 2 == 0 ? flow.ends : flow.arrows).push_back(std::move(parts.words[i]));
    }
    if (!parts.texts.empty()) flow.label = std::move(parts.texts[0]);
    if (!parts.quantities.empty()) flow.share = parts.quantities[0];
    flow.span = parts.span;
    b.tree().blueprint.flows.push_back(std::move(flow));
  }
};

// Encoding ---------------------------------------------------------------------

// Invalid UTF-8 and NUL bytes are reported at their byte and the text is not
// parsed: the grammar's messages would only repeat the same problem. One error per
// line is enough to find them; a binary file gets a handful, not thousands.
bool check_encoding(const source::SourceFile& file, diag::Diagnostics& diagnostics) {
  constexpr std::size_t max_reported = 10;
  const std::string_view text = file.text();
  std::size_t reported = 0;
  std::size_t pos = 0;
  while (pos < text.size() && reported < max_reported) {
    const std::size_t at = std::min(text.find('\0', pos), source::find_invalid_utf8(text, pos));
    if (at == std::string_view::npos) break;
    const Span span{std::uint32_t(at), std::uint32_t(at + 1)};
    if (text[at] == '\0') {
      diagnostics.push_back(diag::error(diag::checks::syntax, span, wording::format(msg::syntax_nul_byte))
                                .with_hint(wording::format(msg::syntax_nul_byte_hint)));
    } else {
      const std::string byte = fmt::format("{:02X}", static_cast<unsigned char>(text[at]));
      diagnostics.push_back(
          diag::error(diag::checks::syntax, span, wording::format(msg::syntax_invalid_utf8, fmt::arg("byte", byte)))
              .with_hint(wording::format(msg::syntax_invalid_utf8_hint)));
    }
    ++reported;
    const std::size_t next_line = text.find('\n', at);
    pos = next_line == std::string_view::npos ? text.size() : next_line + 1;
  }
  return reported == 0;
}

void parse_text(const source::SourceFile& file, const source::Limits& limits, ParseResult& result) {
  if (!check_encoding(file, result.diagnostics)) return;
  TreeBuilder builder(file, result.tree, result.diagnostics, limits);
  pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> in(file.text().data(), file.text().size(),
                                                                          file.name());
  try {
    pegtl::parse<g::file, action, g::control>(in, builder);
  } catch (const g::syntax_failure& e) {
    builder.on_syntax_error(*e.error, e.offset);
  }
}

} // namespace

ParseResult parse(const source::SourceFile& file, const source::Limits& limits) {
  ParseResult result;
  parse_text(file, limits, result);
  if (file.base() != 0) relocate(result.tree, result.diagnostics, static_cast<std::uint32_t>(file.base()));
  return result;
}

} // namespace bp::syntax
