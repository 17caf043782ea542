#pragma once
// Custom PEGTL rules for single Unicode code points of a given class. PEGTL's own
// Unicode classes need ICU; these use the tables in compiler/source/unicode.

#include "compiler/source/unicode.hpp"
#include "compiler/source/utf8.hpp"

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include <string_view>

namespace bp::grammar {

namespace pegtl = tao::pegtl;

// One code point satisfying Predicate; with AcceptInvalid, also one byte of
// invalid UTF-8 (so "found `...`" can name it).
template <bool (*Predicate)(char32_t), bool AcceptInvalid = false> struct code_point_if {
  using rule_t = code_point_if;
  using subs_t = pegtl::empty_list;

  template <pegtl::apply_mode, pegtl::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput, typename... States>
  static bool match(ParseInput& in, States&&...) {
    const std::string_view rest(in.current(), in.size(0));
    const source::Decoded d = source::decode(rest, 0);
    if (d.length == 0 || !(d.valid ? Predicate(d.code_point) : AcceptInvalid)) return false;
    in.bump(d.length);
    return true;
  }
};

inline bool any_cp(char32_t) { return true; }
using any_code_point = code_point_if<any_cp, true>;

inline bool identifier_start_cp(char32_t cp) { return source::is_identifier_start(cp); }
inline bool identifier_continue_cp(char32_t cp) { return source::is_identifier_continue(cp); }
inline bool unicode_space_cp(char32_t cp) { return source::is_unicode_space(cp); }

using ident_start_char = code_point_if<identifier_start_cp>;
using ident_continue_char = code_point_if<identifier_continue_cp>;
using unicode_space = code_point_if<unicode_space_cp>;

} // namespace bp::grammar

template <typename Name, bool (*P)(char32_t), bool I>
struct tao::pegtl::analyze_traits<Name, bp::grammar::code_point_if<P, I>> : analyze_any_traits<> {};
