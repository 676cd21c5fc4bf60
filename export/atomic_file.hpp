// Export stage, output: a file written in full or not at all. Its bytes go to
// a temporary file beside it, which is synced to disk and renamed into place
// only when complete; until then an earlier file of that name is untouched.
// A thread of the file's own writes it, in blocks of 8 MB (up to four in
// memory, so that writing goes on while the thread syncs) that bypass the
// page cache where the file system allows it (O_DIRECT; else plain writes):
// copying half a gigabyte of Turtle into the page cache cost the building
// threads more processor time than any stage but parsing, resolving and
// serialising. The thread also syncs what it wrote every 64 MB, so the sync
// before the rename waits for the last part alone. Takes bytes; gives a file.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace resograph::exporter {

class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();  ///< Removes the temporary file unless committed.
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// Whether the temporary file could be made (else `error()` says why).
  bool ok() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }

  /// Appends `bytes`; false once a write has failed (commit() then fails
  /// and says why).
  bool write(std::string_view bytes);
  /// As a SerdSink: appends to the AtomicFile `file`.
  static std::size_t serd_sink(const void* bytes, std::size_t length, void* file);

  /// Writes what is left, syncs, closes and renames into place; false (and
  /// `error()`) on failure.
  bool commit();

 private:
  struct FreeBytes {
    void operator()(char* bytes) const;
  };
  using Bytes = std::unique_ptr<char, FreeBytes>;
  /// A block of bytes aligned for direct writes; null when memory is short.
  static Bytes new_block();

  /// Queues the filled block for the writing thread and takes another to
  /// fill (waiting while every block is queued); false when a write has failed.
  bool hand_over();
  /// Writes `size` bytes at the end of the file: on the writing thread, and
  /// the last block on the committing one. Gives the errno of a failure, or 0.
  int write_block(const char* bytes, std::size_t size);
  /// Stops the writing thread, once it has written the blocks queued (with
  /// `write_queued`) or the one it is writing.
  void stop_writing(bool write_queued);

  struct Block {
    Bytes bytes;
    std::size_t size = 0;
  };

  std::string path_;
  std::string temporary_;
  int fd_ = -1;
  std::string error_;
  bool committed_ = false;

  Bytes filling_;           ///< Where write() copies to.
  std::size_t filled_ = 0;  ///< Bytes of filling_ used.

  std::thread writer_;  ///< Started by the first block handed over.
  std::mutex mutex_;    ///< Guards what follows, up to the writing thread's own.
  std::condition_variable handed_over_, written_;
  std::deque<Block> queue_;   ///< Filled blocks not yet written, oldest first.
  std::vector<Bytes> spare_;  ///< Written blocks, to fill again.
  std::size_t blocks_ = 0;    ///< Blocks made.
  bool stopping_ = false;
  int write_errno_ = 0;  ///< Of the first failed write or sync.
  // Of whichever thread writes (the writing one, then the committing one).
  bool direct_ = false;        ///< Writes bypass the page cache.
  std::size_t offset_ = 0;     ///< Bytes written.
  std::size_t synced_to_ = 0;  ///< Bytes synced to disk.
};

}  // namespace resograph::exporter
