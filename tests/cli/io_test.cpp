// The binary's reads and writes at the edges: links, devices, pipes and special
// files at the output, standard input and output that fail, and the size limit.

#include "tests/cli/cli_run.hpp"
#include "tests/test_support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using bp::test::read_file;
using bp::test::Run;
using bp::test::scratch;

namespace {

// An empty folder of its own for one test.
fs::path folder(const std::string& name) {
  const fs::path dir = scratch() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Runs `script` with sh in `dir`: $BP is the binary, $SRC the source folder.
Run shell(const fs::path& dir, const std::string& script) {
  const fs::path file = scratch() / "script.sh";
  const fs::path out = scratch() / "out.txt";
  const fs::path err = scratch() / "err.txt";
  std::ofstream(file, std::ios::binary) << script << "\n";
  const std::string command =
      fmt::format("cd '{}' && BP='{}' SRC='{}' NO_COLOR= sh '{}' >'{}' 2>'{}'", dir.string(), BLUEPRINT_BINARY,
                  BLUEPRINT_SOURCE_DIR, file.string(), out.string(), err.string());
  const int raw = std::system(command.c_str());
  return Run{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_file(out), read_file(err)};
}

// Runs `blueprint ARGS` from the source folder with standard output a pipe whose
// reader has gone, and SIGPIPE ignored (as some supervisors and CI runners leave it).
Run into_closed_pipe(const std::string& args) {
  const fs::path err = scratch() / "err.txt";
  const std::string command =
      fmt::format("cd '{}' && '{}' {} 2>'{}'", BLUEPRINT_SOURCE_DIR, BLUEPRINT_BINARY, args, err.string());
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  ::close(ends[0]);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    std::signal(SIGPIPE, SIG_IGN); // inherited by the shell and the binary
    ::dup2(ends[1], STDOUT_FILENO);
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(ends[1]);
  int raw = 0;
  ::waitpid(child, &raw, 0);
  return Run{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, "", read_file(err)};
}

const std::string messy = "blueprint \"V\"{stage s \"S\"{customer c \"C\"}}";

// A blueprint with 3,000 errors: megabytes of diagnostics in every format.
fs::path many_errors() {
  std::string text = "blueprint \"B\" {\n  stage s \"S\" {\n";
  for (int i = 0; i < 3000; ++i)
    text += fmt::format("    customer c{} \"C\" by nobody{}\n", i, i);
  return bp::test::write_file("many-errors.blueprint", text + "  }\n}\n");
}

// Every command and format that prints on standard output.
std::vector<std::string> printing_commands() {
  const std::string big = many_errors().string();
  const fs::path unformatted = bp::test::write_file("io-messy.blueprint", messy);
  std::vector<std::string> commands;
  for (const char* format : {"human", "gcc", "json", "sarif"}) {
    commands.push_back(fmt::format("check --format {} examples/coffee-bar.blueprint", format));
    commands.push_back(fmt::format("check --format {} '{}'", format, big));
  }
  for (const std::string& more : {
           std::string("fmt examples/coffee-bar.blueprint"),
           fmt::format("fmt '{}'", big),
           std::string("fmt - < examples/coffee-bar.blueprint"),
           std::string("fmt --message-format json examples/coffee-bar.blueprint"),
           fmt::format("fmt --check '{}'", unformatted.string()),
           std::string("explain"),
           std::string("explain BP201"),
           std::string("--help"),
           std::string("check --help"),
           std::string("--version"),
           std::string("render examples/coffee-bar.blueprint -o -"),
           std::string("checklist examples/coffee-bar.blueprint"),
           std::string("report examples/coffee-bar.blueprint -o -"),
       })
    commands.push_back(more);
  return commands;
}

} // namespace

TEST_CASE("a full disk on standard output is exit 2 and one line, for every command and format") {
  if (!fs::exists("/dev/full")) {
    WARN("no /dev/full here: skipped");
    return;
  }
  for (const std::string& command : printing_commands()) {
    INFO(command);
    const Run r = shell(BLUEPRINT_SOURCE_DIR, fmt::format("\"$BP\" {} >/dev/full", command));
    CHECK(r.status == 2);
    CHECK(r.err == "blueprint: error: cannot write to standard output: No space left on device\n");
  }
}

TEST_CASE("a closed pipe on standard output, SIGPIPE ignored, is exit 2 and one line") {
  for (const std::string& command : printing_commands()) {
    INFO(command);
    const Run r = into_closed_pipe(command);
    CHECK(r.status == 2);
    CHECK(r.err == "blueprint: error: cannot write to standard output: Broken pipe\n");
  }
}

TEST_CASE("a file over --max-file-size is refused from its size, before a byte of it is read") {
  const fs::path dir = folder("io-size");
  const fs::path big = dir / "big.blueprint";
  std::ofstream(big, std::ios::binary) << std::string(2 << 20, '#');
  // Its access time tells whether the file was read (not on a file system mounted noatime).
  const auto set_old_access_time = [&] {
    const timespec times[2] = {{946684800, 0}, {0, UTIME_OMIT}};
    REQUIRE(::utimensat(AT_FDCWD, big.c_str(), times, 0) == 0);
  };
  const auto read_since = [&] {
    struct stat st {};
    REQUIRE(::stat(big.c_str(), &st) == 0);
    return st.st_atim.tv_sec != 946684800;
  };
  set_old_access_time();
  (void)read_file(big);
  if (!read_since()) {
    WARN("reading does not update the access time here: skipped");
    return;
  }
  set_old_access_time();
  Run r = shell(dir, "\"$BP\" check --max-file-size 1 big.blueprint");
  CHECK(r.status == 2);
  CHECK(r.err ==
        "blueprint: error: `big.blueprint` is larger than the limit of 1 MiB; raise it with --max-file-size\n");
  CHECK_FALSE(read_since());
  r = shell(dir, "\"$BP\" check --max-file-size 1 - <big.blueprint");
  CHECK(r.status == 2);
  CHECK(r.err == "blueprint: error: `<stdin>` is larger than the limit of 1 MiB; raise it with --max-file-size\n");
  CHECK_FALSE(read_since());
  // A pipe has no size to ask: it is read up to one byte past the limit.
  r = shell(dir, "cat big.blueprint | \"$BP\" check --max-file-size 1 -");
  CHECK(r.status == 2);
  CHECK(r.err == "blueprint: error: `<stdin>` is larger than the limit of 1 MiB; raise it with --max-file-size\n");
}

TEST_CASE("a standard input that cannot be read is an I/O error, not an empty blueprint") {
  const fs::path dir = folder("io-stdin");
  for (const char* command : {"check -", "render - -o -", "fmt -", "checklist -", "report - -o -"}) {
    INFO(command);
    Run r = shell(dir, fmt::format("\"$BP\" {} <&-", command));
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "blueprint: error: cannot read `<stdin>`: Bad file descriptor\n");
    r = shell(dir, fmt::format("\"$BP\" {} <.", command));
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "blueprint: error: cannot read `<stdin>`: it is a directory\n");
  }
}
