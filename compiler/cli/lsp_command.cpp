#include "compiler/cli/lsp_command.hpp"

#include "compiler/lsp/server.hpp"

#include <csignal>
#include <unistd.h>

namespace bp::cli {

void add_lsp_command(CLI::App& app) {
  CLI::App* lsp = app.add_subcommand("lsp", "Run the language server over standard input and output");
  lsp->footer("Editors start it; see docs/editor.md. It speaks the Language Server Protocol 3.17\n"
              "(positions in UTF-16) and exits 0 after `shutdown` and `exit`, 1 otherwise.");
}

int run_lsp() {
  std::signal(SIGPIPE, SIG_IGN); // a closed editor is seen as a failed write, not a crash
  bp::lsp::Transport transport(STDIN_FILENO, STDOUT_FILENO);
  return bp::lsp::Server(transport).run();
}

} // namespace bp::cli
