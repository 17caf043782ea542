#include "bench/heap_counter.hpp"

#include <atomic>
#include <cstdlib>
#include <malloc.h>
#include <new>

namespace {

std::atomic<std::int64_t> live{0};
std::atomic<std::int64_t> peak{0};
std::atomic<std::int64_t> count{0};
std::atomic<std::int64_t> total{0};

void* counted_alloc(std::size_t size, std::size_t alignment) {
  void* p = alignment <= alignof(std::max_align_t)
                ? std::malloc(size ? size : 1)
                : std::aligned_alloc(alignment, (size + alignment - 1) / alignment * alignment);
  if (!p) throw std::bad_alloc();
  // The usable size, not the requested one, so frees subtract exactly what was added.
  const auto bytes = static_cast<std::int64_t>(malloc_usable_size(p));
  const std::int64_t now = live.fetch_add(bytes, std::memory_order_relaxed) + bytes;
  std::int64_t seen = peak.load(std::memory_order_relaxed);
  while (now > seen && !peak.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
  }
  count.fetch_add(1, std::memory_order_relaxed);
  total.fetch_add(bytes, std::memory_order_relaxed);
  return p;
}

void counted_free(void* p) noexcept {
  if (!p) return;
  live.fetch_sub(static_cast<std::int64_t>(malloc_usable_size(p)), std::memory_order_relaxed);
  std::free(p);
}

} // namespace

void* operator new(std::size_t size) { return counted_alloc(size, 0); }
void* operator new[](std::size_t size) { return counted_alloc(size, 0); }
void* operator new(std::size_t size, std::align_val_t a) { return counted_alloc(size, static_cast<std::size_t>(a)); }
void* operator new[](std::size_t size, std::align_val_t a) { return counted_alloc(size, static_cast<std::size_t>(a)); }
void operator delete(void* p) noexcept { counted_free(p); }
void operator delete[](void* p) noexcept { counted_free(p); }
void operator delete(void* p, std::size_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::size_t) noexcept { counted_free(p); }
void operator delete(void* p, std::align_val_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { counted_free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { counted_free(p); }

namespace bp::bench {

HeapSnapshot heap_snapshot() {
  return {live.load(std::memory_order_relaxed), peak.load(std::memory_order_relaxed),
          count.load(std::memory_order_relaxed), total.load(std::memory_order_relaxed)};
}

void reset_heap_peak() { peak.store(live.load(std::memory_order_relaxed), std::memory_order_relaxed); }

void HeapMemoryManager::Start() {
  reset_heap_peak();
  start_ = heap_snapshot();
}

void HeapMemoryManager::Stop(Result& result) {
  const HeapSnapshot end = heap_snapshot();
  result.num_allocs = end.allocations - start_.allocations;
  result.max_bytes_used = end.peak_bytes - start_.live_bytes;
  result.total_allocated_bytes = end.allocated_bytes - start_.allocated_bytes;
  result.net_heap_growth = end.live_bytes - start_.live_bytes;
}

} // namespace bp::bench
