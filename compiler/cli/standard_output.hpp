#pragma once
// Standard output, written so that a failed write is an error: a full disk or a
// reader that has gone gives `cannot write to standard output: REASON` and exit
// status 2, never a crash (fmt::print throws when stdio cannot write) nor a
// silent exit 0 (stdio keeps a small output in its buffer until exit).

#include <string_view>

namespace bp::cli {

// Fills a closed standard input, output or error (`<&-`, `>&-`) with /dev/null
// opened the wrong way round, before anything else is opened: no file the run
// opens can land on descriptors 0 to 2 and get another stream's bytes, and
// using the stream still fails as on a closed one ("Bad file descriptor").
void reserve_standard_streams();

// Appends `text` to standard output through stdio, so it stays in order with
// what CLI11 prints there (--help). A failure is kept for the end of the run.
void print_out(std::string_view text);

// Flushes standard output as the run ends: after any failed write, prints the
// error line (once) and returns 2; otherwise returns `status`. A command that
// prints a document on stderr calls it first, as the document has no place
// for this problem.
int finish_standard_output(int status);

} // namespace bp::cli
