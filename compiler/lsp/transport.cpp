#include "compiler/lsp/transport.hpp"

#include <cerrno>
#include <charconv>
#include <poll.h>
#include <unistd.h>

namespace bp::lsp {

namespace {

// The value of `Content-Length` in a header block, case-insensitively.
std::optional<std::size_t> content_length(std::string_view headers) {
  std::size_t pos = 0;
  while (pos < headers.size()) {
    std::size_t end = headers.find("\r\n", pos);
    if (end == std::string_view::npos) end = headers.size();
    const std::string_view line = headers.substr(pos, end - pos);
    constexpr std::string_view name = "content-length:";
    if (line.size() > name.size()) {
      bool same = true;
      for (std::size_t i = 0; i < name.size() && same; ++i)
        same = static_cast<char>(std::tolower(static_cast<unsigned char>(line[i]))) == name[i];
      if (same) {
        std::string_view value = line.substr(name.size());
        while (!value.empty() && value.front() == ' ')
          value.remove_prefix(1);
        std::size_t n = 0;
        const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec == std::errc() && ptr == value.data() + value.size()) return n;
        return std::nullopt;
      }
    }
    pos = end + 2;
  }
  return std::nullopt;
}

} // namespace

bool Transport::fill() {
  if (in_ < 0) return false;
  char chunk[65536];
  for (;;) {
    const ssize_t n = ::read(in_, chunk, sizeof chunk);
    if (n > 0) {
      buffer_.append(chunk, static_cast<std::size_t>(n));
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    eof_ = true;
    return false;
  }
}

// The end of the first complete message in the buffer, if there is one.
std::optional<std::size_t> Transport::complete_message_end(std::size_t& body_start, std::size_t& length) {
  const std::size_t headers_end = buffer_.find("\r\n\r\n");
  if (headers_end == std::string::npos) return std::nullopt;
  const std::optional<std::size_t> n = content_length(std::string_view(buffer_).substr(0, headers_end));
  if (!n || *n > max_message_bytes) {
    eof_ = true; // a frame we cannot follow: the stream is lost
    buffer_.clear();
    return std::nullopt;
  }
  body_start = headers_end + 4;
  length = *n;
  if (buffer_.size() < body_start + length) return std::nullopt;
  return body_start + length;
}

std::optional<std::string> Transport::read() {
  for (;;) {
    std::size_t body_start = 0, length = 0;
    if (const auto end = complete_message_end(body_start, length)) {
      std::string body = buffer_.substr(body_start, length);
      buffer_.erase(0, *end);
      return body;
    }
    if (eof_ || buffer_.size() > max_message_bytes + 4096 || !fill()) return std::nullopt;
  }
}

bool Transport::has_pending() {
  std::size_t body_start = 0, length = 0;
  if (complete_message_end(body_start, length)) return true;
  if (in_ < 0) return false;
  pollfd p{in_, POLLIN, 0};
  return ::poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP)) != 0;
}

void Transport::write(const nlohmann::json& message) {
  // Invalid UTF-8 from a document is replaced, never thrown over.
  const std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  const std::string frame = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  if (output_) {
    *output_ += frame;
    return;
  }
  std::size_t done = 0;
  while (done < frame.size()) {
    const ssize_t n = ::write(out_, frame.data() + done, frame.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return; // the client is gone; `exit` or end of input follows
    done += static_cast<std::size_t>(n);
  }
}

} // namespace bp::lsp
