// cli/huge_pages: the allocator's memory from the system, in huge pages.
// Built where tcmalloc is (the CLI's allocator); one process, so the
// allocator is set once for both cases.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "huge_pages.hpp"

namespace {

void use_huge_pages_once() {
  static const bool done = (resograph::cli::use_huge_pages(), true);
  (void)done;
}

/// The kB of anonymous memory in huge pages, from /proc/self/smaps_rollup.
long huge_page_kb() {
  std::ifstream in("/proc/self/smaps_rollup");
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("AnonHugePages:")) return std::stol(line.substr(14));
  }
  return -1;
}

}  // namespace

TEST_CASE("allocations of every size and alignment are served, aligned and writable", "[cli]") {
  use_huge_pages_once();
  struct Block {
    unsigned char* bytes;
    std::size_t size;
    unsigned char fill;
  };
  std::vector<Block> blocks;
  // Across the 64 MB arenas: small and large, below and past an arena.
  const std::size_t sizes[] = {1,
                               100,
                               4096,
                               8192 + 1,
                               std::size_t{1} << 20,
                               std::size_t{3} << 20,
                               std::size_t{70} << 20,
                               std::size_t{130} << 20};
  const std::size_t alignments[] = {16, 4096, std::size_t{2} << 20};
  unsigned char fill = 1;
  for (const std::size_t size : sizes) {
    for (const std::size_t alignment : alignments) {
      const std::size_t rounded = (size + alignment - 1) / alignment * alignment;
      auto* bytes = static_cast<unsigned char*>(std::aligned_alloc(alignment, rounded));
      REQUIRE(bytes != nullptr);
      CHECK(reinterpret_cast<std::uintptr_t>(bytes) % alignment == 0);
      std::memset(bytes, fill, size);
      blocks.push_back(Block{bytes, size, fill++});
    }
  }
  for (int i = 0; i < 100000; ++i) {
    auto* bytes = static_cast<unsigned char*>(std::malloc(100));
    REQUIRE(bytes != nullptr);
    std::memset(bytes, fill, 100);
    blocks.push_back(Block{bytes, 100, fill++});
  }
  // No block overlaps another: each still holds what was written to it.
  for (const Block& block : blocks) {
    CHECK(block.bytes[0] == block.fill);
    CHECK(block.bytes[block.size - 1] == block.fill);
    CHECK(block.bytes[block.size / 2] == block.fill);
  }
  for (const Block& block : blocks) std::free(block.bytes);
}

TEST_CASE("the memory taken after is in huge pages where the kernel gives them to who asks", "[cli]") {
  std::ifstream mode_file("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string mode;
  std::getline(mode_file, mode);
  INFO("transparent huge pages: " << mode);
  // "[never]" or no such file: the kernel gives none, and memory comes in
  // small pages as without the advice (the case above).
  if (mode.find("[madvise]") == std::string::npos && mode.find("[always]") == std::string::npos) return;
  use_huge_pages_once();
  const std::size_t size = std::size_t{48} << 20;
  auto* bytes = static_cast<unsigned char*>(std::malloc(size));
  REQUIRE(bytes != nullptr);
  for (std::size_t at = 0; at < size; at += 4096) bytes[at] = 1;
  // Some of it at least: the kernel falls back to small pages when it has no
  // free huge page at hand. (In "madvise" mode, memory that was not advised
  // to take huge pages never has them.)
  CHECK(huge_page_kb() >= 2048);
  std::free(bytes);
}
