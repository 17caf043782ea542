#pragma once
// The LSP base protocol over a pair of file descriptors, or over strings in
// memory (tests and the fuzzer): `Content-Length` framed JSON messages. Reads are
// bounded, so a peer announcing a huge message cannot make the server allocate it.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace bp::lsp {

class Transport {
public:
  Transport(int in_fd, int out_fd) : in_(in_fd), out_(out_fd) {}
  // The whole input at once; what the server writes is appended to `output`.
  // Nothing else is pending once the input's last whole message is read.
  Transport(std::string input, std::string& output) : buffer_(std::move(input)), eof_(true), output_(&output) {}

  // The next message body; nothing at end of input or on a broken frame.
  std::optional<std::string> read();
  // True when another message is already waiting: the server then defers work
  // that the next message may make stale (re-checking after every keystroke).
  bool has_pending();
  void write(const nlohmann::json& message);

private:
  bool fill(); // reads more bytes; false at end of input
  std::optional<std::size_t> complete_message_end(std::size_t& body_start, std::size_t& length);

  int in_ = -1, out_ = -1;
  std::string buffer_;
  bool eof_ = false;
  std::string* output_ = nullptr; // in memory: where messages go instead of `out_`
};

// The largest message body accepted: a little over the largest blueprint file.
inline constexpr std::size_t max_message_bytes = (64u << 20) * 2 + (1u << 20);

} // namespace bp::lsp
