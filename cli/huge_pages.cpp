#include "huge_pages.hpp"

#ifdef RESOGRAPH_WITH_TCMALLOC

#include <gperftools/malloc_extension.h>
#include <sys/mman.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace resograph::cli {

namespace {

constexpr std::size_t huge_page = std::size_t{2} << 20;
/// Address space taken from the system at a time: what is never touched of
/// it costs no memory.
constexpr std::size_t arena_size = std::size_t{64} << 20;

std::uintptr_t round_up(std::uintptr_t value, std::size_t multiple) {
  return (value + multiple - 1) / multiple * multiple;
}

/// Gives tcmalloc its memory from arenas of address space aligned to huge
/// pages and advised to take them, one piece after the other; the system's
/// usual way when no arena can be mapped. tcmalloc calls it under a lock of
/// its own and never gives memory back through it.
class HugePageAllocator : public SysAllocator {
 public:
  explicit HugePageAllocator(SysAllocator* fallback) : fallback_(fallback) {}

  void* Alloc(std::size_t size, std::size_t* actual_size, std::size_t alignment) override {
    alignment = std::max<std::size_t>(alignment, 1);
    std::uintptr_t start = round_up(next_, alignment);
    if (next_ == 0 || start > end_ || end_ - start < size) {
      if (!map_arena(size, alignment)) return fallback_->Alloc(size, actual_size, alignment);
      start = next_;
    }
    next_ = start + size;
    if (actual_size) *actual_size = size;
    return reinterpret_cast<void*>(start);
  }

 private:
  /// Maps a new arena of at least `size` bytes, its start aligned to both
  /// `alignment` and a huge page; what was left of the last one is left.
  bool map_arena(std::size_t size, std::size_t alignment) {
    const std::size_t align = std::max(alignment, huge_page);
    if (size > SIZE_MAX - arena_size - 2 * align) return false;
    const std::size_t length = round_up(std::max(size, arena_size), huge_page);
    const std::size_t mapped = length + align;  // room to align the start
    void* const raw = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return false;
    const auto raw_start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t start = round_up(raw_start, align), end = start + length;
    if (start > raw_start) munmap(raw, start - raw_start);
    if (raw_start + mapped > end) munmap(reinterpret_cast<void*>(end), raw_start + mapped - end);
    // Advice: where the kernel has no huge pages to give, small ones serve.
    madvise(reinterpret_cast<void*>(start), length, MADV_HUGEPAGE);
    next_ = start;
    end_ = end;
    return true;
  }

  SysAllocator* fallback_;
  std::uintptr_t next_ = 0, end_ = 0;  ///< What is left of the current arena.
};

}  // namespace

void use_huge_pages() {
  MallocExtension* const extension = MallocExtension::instance();
  // Never freed: it serves allocations to the end of the process.
  extension->SetSystemAllocator(new HugePageAllocator(extension->GetSystemAllocator()));
  // Memory given back to the system would come back in small pages, one
  // fault each: a build is short, its peak memory is kept.
  extension->SetMemoryReleaseRate(0);
}

}  // namespace resograph::cli

#else

namespace resograph::cli {

void use_huge_pages() {}

}  // namespace resograph::cli

#endif
