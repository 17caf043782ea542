#pragma once
// Counts the heap: every operator new and delete in the benchmark binary goes
// through here, so a benchmark can report the peak bytes a stage holds at once
// (Google Benchmark's MemoryManager reads it). Not thread-safe beyond relaxed
// atomics: the benchmarks run single-threaded.

#include <benchmark/benchmark.h>

#include <cstdint>

namespace bp::bench {

struct HeapSnapshot {
  std::int64_t live_bytes = 0;
  std::int64_t peak_bytes = 0;
  std::int64_t allocations = 0;
  std::int64_t allocated_bytes = 0;
};

HeapSnapshot heap_snapshot();

// Starts a new peak from the bytes live now.
void reset_heap_peak();

class HeapMemoryManager : public benchmark::MemoryManager {
public:
  void Start() override;
  void Stop(Result& result) override;
  void Stop(Result* result) override { Stop(*result); }

private:
  HeapSnapshot start_;
};

} // namespace bp::bench
