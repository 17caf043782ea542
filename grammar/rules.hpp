#pragma once
// The blueprint grammar of the design contract, as PEGTL rules only. Every rule that
// appears inside must<> has an entry in grammar/errors.def; rules that carry
// a value (ids, strings, quantities) are named for what they hold so the syntax
// builder can attach an action to each.

#include "grammar/char_rules.hpp"
#include "grammar/recovery.hpp"
#include "grammar/vocabulary.hpp"

#include <tao/pegtl.hpp>

namespace bp::grammar {

using namespace tao::pegtl;

// ---------------------------------------------------------------- lexical

struct comment : seq<one<'#'>, until<at<sor<one<'\n'>, eof>>>> {};
struct space_char : sor<one<' ', '\t', '\n', '\r', '\v', '\f'>, unicode_space> {};
struct _ : star<sor<space_char, comment>> {};

struct ident_word : seq<ident_start_char, star<ident_continue_char>> {};

// A whole word for which Accept holds: the words of one meaning or place of
// the vocabulary, so adding a value or keyword is a row of the table, not a rule.
template <bool (*Accept)(std::string_view)> struct word_if {
  using rule_t = word_if;
  using subs_t = empty_list;

  template <apply_mode A, rewind_mode M, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename... States>
  static bool match(ParseInput& in, States&&... st) {
    const char* start = in.current();
    auto marker = in.template mark<rewind_mode::required>();
    if (!Control<ident_word>::template match<apply_mode::nothing, rewind_mode::active, Action, Control>(in, st...)) {
      return false;
    }
    return marker(Accept(std::string_view(start, static_cast<std::size_t>(in.current() - start))));
  }
};

template <Meaning M> constexpr bool means(std::string_view word) { return is_word_of(M, word); }
constexpr bool resumes_top(std::string_view word) { return resumes_at(word, place::top); }
constexpr bool resumes_stage(std::string_view word) { return resumes_at(word, place::top | place::stage); }

// The longest text of the vocabulary with meaning M at the input: a duration
// unit, a comparator, an arrow (`<->` before `<`... whatever the table's order).
template <Meaning M> struct longest_of {
  using rule_t = longest_of;
  using subs_t = empty_list;

  template <apply_mode A, rewind_mode R, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename... States>
  static bool match(ParseInput& in, States&&...) {
    const std::string_view rest(in.current(), in.size(8));
    std::size_t best = 0;
    for (const Word& w : vocabulary) {
      if (w.meaning == M && w.text.size() > best && rest.starts_with(w.text)) best = w.text.size();
    }
    if (best == 0) return false;
    in.bump(best);
    return true;
  }
};

// A whole word that is a keyword or reserved word (`review` but not `reviewer`).
struct keyword_word : word_if<is_keyword> {};

// An identifier that is not a keyword.
struct identifier : seq<not_at<keyword_word>, ident_word> {};
// A word's text as a template argument: kw<"stage">.
template <std::size_t N> struct word_text {
  char chars[N]{};
  constexpr word_text(const char (&text)[N]) {
    for (std::size_t i = 0; i < N; ++i)
      chars[i] = text[i];
  }
  constexpr std::string_view view() const { return {chars, N - 1}; }
};

template <word_text Text, typename = std::make_index_sequence<Text.view().size()>> struct word_string;
template <word_text Text, std::size_t... I> struct word_string<Text, std::index_sequence<I...>> {
  using type = string<Text.chars[I]...>;
};

// One keyword of the vocabulary as a whole word (`review` but not `reviewer`). A
// word missing from grammar/vocabulary.hpp does not compile.
template <word_text Text> struct kw : seq<typename word_string<Text>::type, not_at<ident_continue_char>> {
  static_assert(is_item_word(Text.view()), "add the word to grammar/vocabulary.hpp");
};

// Strings: one line, escapes \" \\ \n \t \u{...}.
struct hex_digits : plus<xdigit> {};
struct unicode_escape_open : one<'{'> {};
struct unicode_escape_close : one<'}'> {};
struct unicode_escape : seq<one<'u'>, must<unicode_escape_open>, must<hex_digits>, must<unicode_escape_close>> {};
struct escape_code : sor<one<'"', '\\', 'n', 't'>, unicode_escape> {};
struct escape : seq<one<'\\'>, must<escape_code>> {};
struct string_char : sor<escape, seq<not_at<one<'\n', '\r', '"', '\\'>>, any_code_point>> {};
struct string_body : until<one<'"'>, must<string_char>> {};
struct string_literal : seq<one<'"'>, must<string_body>> {};

// Numbers, durations, percentages.
struct number : seq<plus<digit>, opt<one<'.'>, plus<digit>>> {};
struct signed_number : seq<opt<one<'+', '-'>>, number> {};
struct duration_unit : longest_of<Meaning::duration_unit> {};
struct duration_end : not_at<sor<ident_continue_char, one<'.'>>> {};
struct duration_part : seq<number, must<duration_unit>> {};
struct duration : seq<duration_part, star<duration_part>, must<duration_end>> {};
struct percent : seq<number, one<'%'>> {};
struct plain_number : seq<number, not_at<sor<ident_continue_char, one<'.', '%'>>>> {};
struct quantity : sor<percent, seq<at<number, alpha>, duration>, plain_number> {};
struct comparator : longest_of<Meaning::comparator> {};

// ---------------------------------------------------------------- values
// Each names what it holds; the builder pushes one value per match.

struct blueprint_name : string_literal {};
struct text_value : string_literal {};
struct duration_value : duration {};
struct feeling_value : signed_number {};
struct share_value : percent {};
struct branch_share : percent {}; // after `share`
struct target_quantity : quantity {};
struct status_value : word_if<means<Meaning::status>> {};
struct dimension_value : word_if<means<Meaning::dimension>> {};
struct kind_value : word_if<means<Meaning::standard_kind>> {};
struct severity_value : word_if<means<Meaning::severity>> {};
struct cause_value : word_if<means<Meaning::fail_cause>> {};
struct level_value : word_if<means<Meaning::recovery_level>> {};
struct comparator_value : comparator {};
struct check_name
    : seq<ranges<'a', 'z', 'A', 'Z', '0', '9'>, star<ranges<'a', 'z', 'A', 'Z', '0', '9', '-', '-', '_', '_'>>> {};

struct actor_kind : word_if<means<Meaning::actor_kind>> {};
struct lane : word_if<means<Meaning::lane>> {};
struct arrow : longest_of<Meaning::arrow> {};

// Ids: each kind of id has its own rule so its error message can say which id is
// expected and the builder knows what the id names.
struct actor_id : identifier {};
struct standard_id : identifier {};
struct stage_id : identifier {};
struct step_id : identifier {};
struct actor_ref : identifier {};    // after `by`
struct owner_ref : identifier {};    // after `owner`
struct standard_ref : identifier {}; // after `meets`
struct flow_end : identifier {};     // a step in a flow
struct persona_id : identifier {};
struct channel_id : identifier {};
struct persona_ref : identifier {}; // after `for`
struct info_lane_id : identifier {};
// An information lane's id starting an item of a stage: `kpi order_time "..."`.
// Only an id, an id and a string make one, so a stray word still gets the
// stage's "expected a lane" error rather than a half-parsed item.
struct info_lane_ref : seq<at<identifier, _, identifier, _, one<'"'>>, identifier> {};
struct channel_ref : identifier {}; // after `via`

template <typename Item> struct comma_list : seq<must<Item>, star<_, one<','>, _, must<Item>>> {};

// ---------------------------------------------------------------- attributes
// `X_attr` rules are whole attributes; the builder attaches each to the innermost
// open block (blueprint, standard, stage, step, fail or wait).

struct description_attr : seq<kw<"description">, _, must<text_value>> {};
struct owner_meta_attr : seq<kw<"owner">, _, must<text_value>> {};
struct version_attr : seq<kw<"version">, _, must<text_value>> {};
struct status_attr : seq<kw<"status">, _, must<status_value>> {};
struct updated_attr : seq<kw<"updated">, _, must<text_value>> {};
struct allow_attr : seq<kw<"allow">, _, comma_list<check_name>> {};
struct note_attr : seq<kw<"note">, _, must<text_value>> {};
struct blueprint_allow : allow_attr {};
struct step_allow : allow_attr {};
struct stage_allow : allow_attr {};
struct standard_allow : allow_attr {};
struct standard_note : note_attr {};
struct stage_note : note_attr {};
struct step_note : note_attr {};

struct dimension_attr : seq<kw<"dimension">, _, must<dimension_value>> {};
struct kind_attr : seq<kw<"kind">, _, must<kind_value>> {};
struct measure_attr : seq<kw<"measure">, _, must<text_value>> {};
struct target_attr
    : seq<kw<"target">, _, must<comparator_value>, _, must<target_quantity>, opt<_, kw<"for">, _, must<share_value>>> {
};
struct owner_attr : seq<kw<"owner">, _, must<owner_ref>> {};
struct standard_owner : owner_attr {};
struct fail_owner : owner_attr {};
struct standard_attr
    : sor<dimension_attr, kind_attr, measure_attr, target_attr, standard_owner, standard_note, standard_allow> {};

struct budget_attr : seq<kw<"budget">, _, must<duration_value>> {};
struct promise_attr : seq<kw<"promise">, _, must<duration_value>> {};
struct blueprint_promise : promise_attr {};
struct stage_promise : promise_attr {};

struct recovery_attr : seq<kw<"recovery">, _, must<text_value>> {};
// A score of FMEA, 1 to 10 (the model checks the range); v1's words for severity.
struct score_value : plain_number {};
struct severity_score : sor<severity_value, score_value> {};
struct severity_attr : seq<kw<"severity">, _, must<severity_score>> {};
struct likelihood_attr : seq<kw<"likelihood">, _, must<score_value>> {};
struct detection_attr : seq<kw<"detection">, _, must<score_value>> {};
struct cause_attr : seq<kw<"cause">, _, must<cause_value>> {};
struct level_attr : seq<kw<"level">, _, must<level_value>> {};
struct prevent_attr : seq<kw<"prevent">, _, must<text_value>> {};
struct fail_item : sor<recovery_attr, prevent_attr, cause_attr, level_attr, fail_owner, severity_attr, likelihood_attr,
                       detection_attr> {};
struct fail_close : one<'}'> {};
struct fail_block : seq<one<'{'>, _, until<fail_close, must<fail_item>, _>> {};

struct expected_attr : seq<kw<"expected">, _, must<duration_value>> {};
struct tolerance_attr : seq<kw<"tolerance">, _, must<duration_value>> {};
struct wait_item : sor<expected_attr, tolerance_attr> {};
struct wait_close : one<'}'> {};
struct wait_block : seq<one<'{'>, _, until<wait_close, must<wait_item>, _>> {};

struct moment_attr : seq<kw<"moment">, _, must<text_value>> {};
struct fail_head : seq<kw<"fail">, _, must<text_value>> {};
struct fail_attr : seq<fail_head, opt<_, fail_block>> {};
struct wait_head : seq<kw<"wait">, _, must<text_value>> {};
struct wait_attr : seq<wait_head, opt<_, wait_block>> {};
struct meets_attr : seq<kw<"meets">, _, comma_list<standard_ref>> {};
struct feeling_attr : seq<kw<"feeling">, _, must<feeling_value>> {};
struct pain_attr : seq<kw<"pain">, _, must<text_value>> {};
struct idea_attr : seq<kw<"idea">, _, must<text_value>> {};
struct decision_attr : kw<"decision"> {};
struct end_attr : kw<"end"> {};
struct step_attr : sor<moment_attr, fail_attr, wait_attr, meets_attr, feeling_attr, pain_attr, idea_attr, decision_attr,
                       end_attr, step_note, step_allow> {};

// ---------------------------------------------------------------- declarations

struct step_label : string_literal {};
struct step_by : seq<kw<"by">, _, must<actor_ref>> {};
struct step_takes : seq<kw<"takes">, _, must<duration_value>> {};
struct step_via : seq<kw<"via">, _, must<channel_ref>> {};
struct step_for : seq<kw<"for">, _, comma_list<persona_ref>> {};
// The clauses after the label come in any order, each once (the tree builder
// reports one given twice).
struct step_clause : sor<step_by, step_takes, step_via, step_for> {};
struct step_head : seq<sor<lane, info_lane_ref>, _, must<step_id>, _, must<step_label>, star<_, step_clause>> {};
struct step_close : one<'}'> {};
struct step_block : seq<one<'{'>, _, until<step_close, must<step_attr>, _>> {};
struct step : seq<step_head, opt<_, step_block>> {};

struct stage_label : string_literal {};
struct stage_open : one<'{'> {};
struct stage_head : seq<kw<"stage">, _, must<stage_id>, _, must<stage_label>, _, must<stage_open>> {};
struct stage_item : sor<budget_attr, stage_promise, stage_note, stage_allow, step> {};
struct stage_missing_close {}; // message only: a stage ended without `}`

// Skipping after an error inside a stage stops at a word that starts a step or
// a stage-level item, and at anything that starts a top-level item (which also
// ends the stage): the vocabulary's `resumes` words.
struct top_sync {
  static bool stops_at(std::string_view word) { return resumes_top(word); }
};
struct stage_sync {
  static bool stops_at(std::string_view word) { return resumes_stage(word); }
};

struct top_sync_keyword : word_if<resumes_top> {};
struct stage_close : sor<one<'}'>, seq<at<sor<top_sync_keyword, eof>>, assume_missing<stage_missing_close>>> {};
struct stage_body : until<stage_close, recoverable<must<stage_item>, stage_sync>, _> {};
struct stage : seq<stage_head, _, stage_body> {};

struct actor_label : string_literal {};
struct actor_decl : seq<actor_kind, _, must<actor_id>, _, must<actor_label>> {};

struct standard_label : string_literal {};
struct standard_open : one<'{'> {};
struct standard_close : one<'}'> {};
struct standard_head : seq<kw<"standard">, _, must<standard_id>, _, must<standard_label>, _, must<standard_open>> {};
struct standard_decl : seq<standard_head, _, until<standard_close, must<standard_attr>, _>> {};

// Personas and channels: an id, a label and an optional block.
struct persona_label : string_literal {};
struct persona_head : seq<kw<"persona">, _, must<persona_id>, _, must<persona_label>> {};
struct persona_note : note_attr {};
struct persona_item : sor<persona_note> {};
struct persona_close : one<'}'> {};
struct persona_decl : seq<persona_head, opt<_, one<'{'>, _, until<persona_close, must<persona_item>, _>>> {};

struct channel_label : string_literal {};
struct channel_head : seq<kw<"channel">, _, must<channel_id>, _, must<channel_label>> {};
struct remote_attr : kw<"remote"> {};
struct channel_note : note_attr {};
struct channel_item : sor<remote_attr, channel_note> {};
struct channel_close : one<'}'> {};
struct channel_decl : seq<channel_head, opt<_, one<'{'>, _, until<channel_close, must<channel_item>, _>>> {};

// `lane kpi "KPIs" below support`: an information lane, a row of the grid.
struct info_lane_title : string_literal {};
struct above_evidence : seq<kw<"above">, _, kw<"evidence">> {};
struct below_support : seq<kw<"below">, _, kw<"support">> {};
struct info_lane_place : sor<above_evidence, below_support> {};
struct info_lane_decl : seq<kw<"lane">, _, must<info_lane_id>, _, must<info_lane_title>, _, must<info_lane_place>> {};

struct flow_label : string_literal {};
struct flow_link : seq<arrow, _, must<flow_end>> {};
struct flow_first_link : flow_link {};
struct flow_share : seq<kw<"share">, _, must<branch_share>> {};
struct flow_decl : seq<kw<"flow">, _, must<flow_end>, _, must<flow_first_link>, star<_, flow_link>, opt<_, flow_label>,
                       opt<_, flow_share>> {};

// `import "shared/dealer.blueprint"`: the path, relative to this file, of a library.
struct import_path : string_literal {};
struct import_decl : seq<kw<"import">, _, must<import_path>> {};

struct blueprint_item
    : sor<import_decl, description_attr, owner_meta_attr, version_attr, status_attr, updated_attr, blueprint_promise,
          blueprint_allow, actor_decl, persona_decl, channel_decl, info_lane_decl, standard_decl, stage, flow_decl> {};
struct blueprint_keyword : kw<"blueprint"> {};
// A library holds declarations only; the model reports anything else in it, so
// its body is parsed as a blueprint's and the error can say what belongs where.
struct library_keyword : kw<"library"> {};
struct file_keyword : sor<blueprint_keyword, library_keyword> {};
struct blueprint_open : one<'{'> {};
struct blueprint_missing_close {}; // message only: the file ended inside the blueprint
struct blueprint_close : sor<one<'}'>, seq<eof, assume_missing<blueprint_missing_close>>> {};
struct blueprint_body : until<blueprint_close, recoverable<must<blueprint_item>, top_sync>, _> {};
struct end_of_file : eof {};
struct file : seq<_, must<file_keyword>, _, must<blueprint_name>, _, must<blueprint_open>, _, blueprint_body, _,
                  must<end_of_file>> {};

} // namespace bp::grammar

template <typename Name, bool (*Accept)(std::string_view)>
struct tao::pegtl::analyze_traits<Name, bp::grammar::word_if<Accept>> : analyze_any_traits<> {};
template <typename Name, bp::grammar::Meaning M>
struct tao::pegtl::analyze_traits<Name, bp::grammar::longest_of<M>> : analyze_any_traits<> {};
