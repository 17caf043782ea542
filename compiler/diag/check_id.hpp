#pragma once
// A check's identity: its code ("BP004") and name ("invalid-value"). The only
// values are the constants of diag::checks (check_table.hpp), so a misspelt code
// does not compile, and a string literal cannot stand for a check.

#include <compare>
#include <string_view>

namespace bp::diag {

class CheckId;

namespace detail {
consteval CheckId declare_check(std::string_view code, std::string_view name);
} // namespace detail

class CheckId {
public:
  constexpr std::string_view code() const { return code_; }
  constexpr std::string_view name() const { return name_; }
  // Reads as its code, for printers (fmt formats it as the code) and lookups by code.
  constexpr operator std::string_view() const { return code_; }

  friend constexpr bool operator==(CheckId a, CheckId b) { return a.code_ == b.code_; }
  friend constexpr auto operator<=>(CheckId a, CheckId b) { return a.code_ <=> b.code_; }
  // A code read from outside (a command line, a test's table) compares as text.
  friend constexpr bool operator==(CheckId a, std::string_view code) { return a.code_ == code; }
  // A literal code in the source is what these constants replace: use diag::checks.
  friend bool operator==(CheckId, const char*) = delete;

private:
  constexpr CheckId(std::string_view code, std::string_view name) : code_(code), name_(name) {}
  friend consteval CheckId detail::declare_check(std::string_view code, std::string_view name);

  std::string_view code_;
  std::string_view name_;
};

namespace detail {
// Only check_table.hpp declares checks.
consteval CheckId declare_check(std::string_view code, std::string_view name) { return CheckId(code, name); }
} // namespace detail

} // namespace bp::diag
