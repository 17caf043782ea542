#pragma once
// The result of an operation that can fail with a message for the user (a usage
// error, not a diagnostic at a span): a value, or the message. C++20 has no
// std::expected; this is the small part of it the compiler needs.
//
//   diag::Result<Level> parse(std::string_view text) {
//     if (...) return diag::failure(fmt::format("unknown level `{}`", text));
//     return Level::error;
//   }
//   if (auto level = parse(text); !level) report(level.error());

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace bp::diag {

// What a failing operation returns; converts to any Result.
struct Failure {
  std::string message; // lowercase, no final period, ids in backticks
};

inline Failure failure(std::string message) { return Failure{std::move(message)}; }

template <typename T> class [[nodiscard]] Result {
public:
  Result(T value) : state_(std::move(value)) {}
  Result(Failure failure) : state_(std::move(failure)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  // Only when ok().
  const T& value() const& { return *checked_value(); }
  T&& value() && { return std::move(*checked_value()); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  // Only when !ok().
  const std::string& error() const {
    assert(!ok());
    return std::get<Failure>(state_).message;
  }

private:
  T* checked_value() const {
    assert(ok());
    return const_cast<T*>(std::get_if<T>(&state_));
  }

  std::variant<T, Failure> state_;
};

// An operation that fails or succeeds with nothing to return.
template <> class [[nodiscard]] Result<void> {
public:
  Result() = default;
  Result(Failure failure) : failure_(std::move(failure)), failed_(true) {}

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }

  // Only when !ok().
  const std::string& error() const {
    assert(!ok());
    return failure_.message;
  }

private:
  Failure failure_;
  bool failed_ = false;
};

// The success of a Result<void>: `return diag::success();`.
inline Result<void> success() { return {}; }

} // namespace bp::diag
