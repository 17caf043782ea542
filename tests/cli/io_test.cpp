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

const std::string formatted = "blueprint \"V\" {\n  stage s \"S\" {\n    customer c \"C\"\n  }\n}\n";
std::string example() { return read_file(fs::path(BLUEPRINT_SOURCE_DIR) / "examples/coffee-bar.blueprint"); }

// Names left in `dir` that start with a dot: temporary files of a write.
std::string leftovers(const fs::path& dir) {
  std::string names;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.path().filename().string().starts_with(".")) names += entry.path().string() + " ";
  }
  return names;
}

fs::perms permissions(const fs::path& path) { return fs::status(path).permissions() & fs::perms::mask; }

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

TEST_CASE("an output that is a link to a device or a pipe is refused, and the link stays") {
  const fs::path dir = folder("io-devices");
  const Run r = shell(dir, "cp \"$SRC/examples/coffee-bar.blueprint\" in.blueprint\n"
                           "ln -s /dev/null null.svg; ln -s /dev/null null.md; mkfifo pipe; ln -s pipe pipe.svg\n"
                           "\"$BP\" render in.blueprint -o null.svg; echo \"null $?\"\n"
                           "\"$BP\" render in.blueprint -o pipe.svg; echo \"pipe link $?\"\n"
                           "\"$BP\" render in.blueprint -o pipe --format svg; echo \"pipe $?\"\n"
                           "\"$BP\" checklist in.blueprint -o null.md; echo \"checklist $?\"\n");
  CHECK(r.out == "null 2\npipe link 2\npipe 2\nchecklist 2\n");
  CHECK(r.err == "blueprint: error: refusing to replace `null.svg`: it is not a regular file\n"
                 "blueprint: error: refusing to replace `pipe.svg`: it is not a regular file\n"
                 "blueprint: error: refusing to replace `pipe`: it is not a regular file\n"
                 "blueprint: error: refusing to replace `null.md`: it is not a regular file\n");
  CHECK(fs::is_symlink(dir / "null.svg"));
  CHECK(fs::is_symlink(dir / "null.md"));
  CHECK(fs::is_symlink(dir / "pipe.svg"));
  CHECK(fs::is_fifo(dir / "pipe"));
  CHECK(fs::is_character_file("/dev/null"));
}

// /dev/stdout is such a link; one of the test's own stands in for it, so that
// a regression cannot replace the machine's /dev/stdout (as root it could).
TEST_CASE("an output that is standard output, under any name, is written to standard output") {
  const fs::path dir = folder("io-stdout");
  const Run r = shell(dir, "cp \"$SRC/examples/coffee-bar.blueprint\" in.blueprint\n"
                           "ln -s /proc/self/fd/1 stdout.svg\n"
                           "\"$BP\" render in.blueprint -o stdout.svg >file.txt; echo \"file $?\"\n"
                           "\"$BP\" render in.blueprint -o stdout.svg | cat >piped.txt\n"
                           "\"$BP\" checklist in.blueprint -o stdout.svg --format md | cat >list.txt\n");
  CHECK(r.out == "file 0\n");
  CHECK(read_file(dir / "file.txt").starts_with("<?xml"));
  CHECK(read_file(dir / "piped.txt").starts_with("<?xml"));
  CHECK(read_file(dir / "list.txt").starts_with("# Standards checklist"));
  CHECK(fs::is_symlink(dir / "stdout.svg"));
  CHECK(leftovers(dir).empty());
}

// A generated output replaces a link at its path: a blueprint from someone's
// branch with `x.svg -> ~/.bashrc` beside it must not overwrite what the link
// points to. (`fmt --write` writes through: the user asked for that file.)
TEST_CASE("an output at a symbolic link replaces the link and leaves what it points to") {
  const fs::path dir = folder("io-links");
  const Run r = shell(dir, "cp \"$SRC/examples/coffee-bar.blueprint\" in.blueprint\n"
                           "echo old >real.svg; ln -s real.svg link.svg\n"
                           "mkdir sub; echo old >sub/deep.svg; ln -s sub/deep.svg deep.svg\n"
                           "ln -s missing.svg dangling.svg\n"
                           "\"$BP\" render in.blueprint -o link.svg; echo \"link $?\"\n"
                           "\"$BP\" render in.blueprint -o deep.svg; echo \"deep $?\"\n"
                           "\"$BP\" render in.blueprint -o dangling.svg; echo \"dangling $?\"\n");
  CHECK(r.out == "link 0\ndeep 0\ndangling 0\n");
  CHECK(r.err == "blueprint: wrote link.svg\nblueprint: wrote deep.svg\nblueprint: wrote dangling.svg\n");
  for (const char* name : {"link.svg", "deep.svg", "dangling.svg"}) {
    INFO(name);
    CHECK_FALSE(fs::is_symlink(dir / name));
    CHECK(read_file(dir / name).starts_with("<?xml"));
  }
  CHECK(read_file(dir / "real.svg") == "old\n");
  CHECK(read_file(dir / "sub/deep.svg") == "old\n");
  CHECK_FALSE(fs::exists(dir / "missing.svg"));
  CHECK(leftovers(dir).empty());
}

TEST_CASE("standard input's file is never overwritten by the output, whatever its name") {
  const fs::path dir = folder("io-stdin-output");
  const Run r = shell(dir, "cp \"$SRC/examples/coffee-bar.blueprint\" src.blueprint; cp src.blueprint src.html\n"
                           "ln src.blueprint other.svg\n"
                           "\"$BP\" render - -o src.blueprint --format svg <src.blueprint; echo \"render $?\"\n"
                           "\"$BP\" checklist - -o src.blueprint --format md <src.blueprint; echo \"checklist $?\"\n"
                           "\"$BP\" report - -o src.html <src.html; echo \"report $?\"\n"
                           "\"$BP\" render - -o other.svg <src.blueprint; echo \"hard link $?\"\n");
  CHECK(r.out == "render 2\nchecklist 2\nreport 2\nhard link 2\n");
  CHECK(r.err == "blueprint: error: refusing to write `src.blueprint`: it is an input file\n"
                 "blueprint: error: refusing to write `src.blueprint`: it is an input file\n"
                 "blueprint: error: refusing to write `src.html`: it is an input file\n"
                 "blueprint: error: refusing to write `other.svg`: it is an input file\n");
  CHECK(read_file(dir / "src.blueprint") == example());
  CHECK(read_file(dir / "src.html") == example());
}

TEST_CASE("fmt --write keeps the file's mode, its links and its other names") {
  const fs::path dir = folder("io-fmt-write");
  for (const char* name : {"private.blueprint", "group.blueprint", "real.blueprint", "hard.blueprint"})
    std::ofstream(dir / name, std::ios::binary) << messy;
  fs::permissions(dir / "private.blueprint", fs::perms::owner_read | fs::perms::owner_write);
  fs::permissions(dir / "group.blueprint", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  fs::create_symlink("real.blueprint", dir / "link.blueprint");
  fs::create_hard_link(dir / "hard.blueprint", dir / "hard-2.blueprint");
  const Run r =
      shell(dir, "\"$BP\" fmt --write private.blueprint group.blueprint link.blueprint hard.blueprint 2>/dev/null");
  CHECK(r.status == 0);
  CHECK(read_file(dir / "private.blueprint") == formatted);
  CHECK(permissions(dir / "private.blueprint") == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(permissions(dir / "group.blueprint") ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  CHECK(fs::is_symlink(dir / "link.blueprint"));
  CHECK(read_file(dir / "real.blueprint") == formatted);
  CHECK(fs::hard_link_count(dir / "hard.blueprint") == 2);
  CHECK(fs::equivalent(dir / "hard.blueprint", dir / "hard-2.blueprint"));
  CHECK(read_file(dir / "hard-2.blueprint") == formatted);
  CHECK(leftovers(dir).empty());
}

// Root may write a read-only file, and give a file to another owner; others may not.
TEST_CASE("fmt --write keeps the owner, and a read-only file stays read-only or is refused") {
  const fs::path dir = folder("io-fmt-owner");
  std::ofstream(dir / "read-only.blueprint", std::ios::binary) << messy;
  fs::permissions(dir / "read-only.blueprint", fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  Run r = shell(dir, "\"$BP\" fmt --write read-only.blueprint");
  if (::geteuid() == 0) {
    CHECK(r.status == 0);
    CHECK(read_file(dir / "read-only.blueprint") == formatted);
  } else {
    CHECK(r.status == 2);
    CHECK(r.err == "blueprint: error: cannot write `read-only.blueprint`: Permission denied\n");
    CHECK(read_file(dir / "read-only.blueprint") == messy);
  }
  CHECK(permissions(dir / "read-only.blueprint") ==
        (fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read));

  if (::geteuid() != 0) return; // only root can hand a file to someone else
  const fs::path owned = dir / "owned.blueprint";
  std::ofstream(owned, std::ios::binary) << messy;
  REQUIRE(::chown(owned.c_str(), 65534, 65534) == 0);
  r = shell(dir, "\"$BP\" fmt --write owned.blueprint");
  CHECK(r.status == 0);
  CHECK(read_file(owned) == formatted);
  struct stat st {};
  REQUIRE(::stat(owned.c_str(), &st) == 0);
  CHECK(st.st_uid == 65534);
  CHECK(st.st_gid == 65534);
}

TEST_CASE("an existing output keeps its mode and its other names") {
  const fs::path dir = folder("io-output-mode");
  const Run r = shell(dir, "cp \"$SRC/examples/coffee-bar.blueprint\" in.blueprint\n"
                           "echo old >private.svg; chmod 600 private.svg\n"
                           "echo old >shared.svg; ln shared.svg shared-2.svg\n"
                           "\"$BP\" render in.blueprint -o private.svg 2>/dev/null; echo \"private $?\"\n"
                           "\"$BP\" render in.blueprint -o shared.svg 2>/dev/null; echo \"shared $?\"\n");
  CHECK(r.out == "private 0\nshared 0\n");
  CHECK(read_file(dir / "private.svg").starts_with("<?xml"));
  CHECK(permissions(dir / "private.svg") == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(fs::hard_link_count(dir / "shared.svg") == 2);
  CHECK(read_file(dir / "shared-2.svg").starts_with("<?xml"));
  CHECK(leftovers(dir).empty());
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

// Another user's file that we may write: a rename would make it ours (or fail
// in a folder we may not write), so it is rewritten in place, as `>` would.
TEST_CASE("fmt --write as another user keeps the owner, in a folder open to all or closed") {
  if (::geteuid() != 0 || std::system("command -v setpriv >/dev/null") != 0) {
    WARN("needs root and setpriv to act as another user: skipped");
    return;
  }
  const fs::path dir = folder("io-fmt-other-user");
  fs::create_directories(dir / "open");
  fs::create_directories(dir / "closed");
  fs::permissions(dir / "open", fs::perms::all);
  for (const char* name : {"open/theirs.blueprint", "closed/theirs.blueprint"}) {
    std::ofstream(dir / name, std::ios::binary) << messy;
    fs::permissions(dir / name, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                    fs::perms::group_write | fs::perms::others_read | fs::perms::others_write);
  }
  const Run r = shell(dir, "setpriv --reuid=65534 --regid=65534 --clear-groups \"$BP\" fmt --write "
                           "open/theirs.blueprint closed/theirs.blueprint");
  CHECK(r.status == 0);
  for (const char* name : {"open/theirs.blueprint", "closed/theirs.blueprint"}) {
    INFO(name);
    CHECK(read_file(dir / name) == formatted);
    struct stat st {};
    REQUIRE(::stat((dir / name).c_str(), &st) == 0);
    CHECK(st.st_uid == 0);
    CHECK((st.st_mode & 07777) == 0666);
  }
  CHECK(leftovers(dir).empty());
}

TEST_CASE("a closed standard output or error is an I/O error") {
  const fs::path dir = folder("io-closed");
  Run r = shell(BLUEPRINT_SOURCE_DIR, "\"$BP\" check examples/coffee-bar.blueprint >&-");
  CHECK(r.status == 2);
  CHECK(r.err == "blueprint: error: cannot write to standard output: Bad file descriptor\n");
  r = shell(BLUEPRINT_SOURCE_DIR, "\"$BP\" explain BP201 >&-");
  CHECK(r.status == 2);
  CHECK(r.err == "blueprint: error: cannot write to standard output: Bad file descriptor\n");
  // The outputs are still written, and nothing lands in them but their text.
  r = shell(dir, "cp \"$SRC/examples/coffee-bar.blueprint\" in.blueprint\n"
                 "\"$BP\" render in.blueprint -o out.svg >&- 2>&- <&-; echo \"render $?\"\n"
                 "\"$BP\" check missing.blueprint 2>&-; echo \"check $?\"\n");
  CHECK(r.out == "render 2\ncheck 2\n");
  CHECK(read_file(dir / "out.svg").starts_with("<?xml"));
  CHECK(leftovers(dir).empty());
}
