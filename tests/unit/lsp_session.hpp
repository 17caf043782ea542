#pragma once
// Driving the language server in memory from tests: framed input from message
// bodies, and the messages it wrote back.

#include "compiler/lsp/server.hpp"
#include "compiler/lsp/transport.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace bp::test {

inline std::string request(int id, const std::string& method, const nlohmann::json& params) {
  return nlohmann::json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}}.dump();
}

inline std::string notification(const std::string& method, const nlohmann::json& params) {
  return nlohmann::json{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}}.dump();
}

inline std::string framed(const std::vector<std::string>& bodies) {
  std::string input;
  for (const std::string& body : bodies)
    input += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  return input;
}

// The messages in a server's output, in order.
inline std::vector<nlohmann::json> messages_in(std::string written) {
  std::vector<nlohmann::json> messages;
  for (std::size_t at = written.find("\r\n\r\n"); at != std::string::npos; at = written.find("\r\n\r\n")) {
    const std::size_t length = std::stoul(written.substr(written.find(':') + 1, at));
    messages.push_back(nlohmann::json::parse(written.substr(at + 4, length)));
    written.erase(0, at + 4 + length);
  }
  return messages;
}

// Runs a server in memory over these message bodies, to the end of its input;
// the messages it wrote, in order, and its exit status.
inline std::vector<nlohmann::json> serve(const std::vector<std::string>& bodies, int* status = nullptr) {
  std::string written;
  lsp::Transport transport(framed(bodies), written);
  const int exit_status = lsp::Server(transport).run();
  if (status) *status = exit_status;
  return messages_in(std::move(written));
}

} // namespace bp::test
