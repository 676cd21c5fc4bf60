#include "atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace resograph::exporter {

namespace {

/// Bytes of a block handed to the writing thread.
constexpr std::size_t block_size = std::size_t{8} << 20;
/// What direct writes are aligned to: their memory, offset and size.
constexpr std::size_t alignment = 4096;
/// Bytes written between two syncs.
constexpr std::size_t sync_every = std::size_t{64} << 20;
/// Blocks in memory at most: a sync takes up to tens of milliseconds, in
/// which the blocks queued behind it are filled.
constexpr std::size_t most_blocks = 4;

/// Sets or clears O_DIRECT on `fd`; false when the file system refuses it.
bool set_direct(int fd, bool direct) {
  const int flags = fcntl(fd, F_GETFL);
  return flags >= 0 && fcntl(fd, F_SETFL, direct ? flags | O_DIRECT : flags & ~O_DIRECT) == 0;
}

}  // namespace

void AtomicFile::FreeBytes::operator()(char* bytes) const { std::free(bytes); }

AtomicFile::Bytes AtomicFile::new_block() {
  return Bytes(static_cast<char*>(std::aligned_alloc(alignment, block_size)));
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  const std::filesystem::path target(path_);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) {
    error_ = std::string("cannot create a temporary file beside it: ") + std::strerror(errno);
    return;
  }
  temporary_ = pattern;
  filling_ = new_block();
  blocks_ = 1;
  if (!filling_) {
    error_ = std::strerror(ENOMEM);
    ::close(fd);
    return;
  }
  fd_ = fd;
  direct_ = set_direct(fd_, true);
}

AtomicFile::~AtomicFile() {
  stop_writing(false);
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temporary_.empty()) std::remove(temporary_.c_str());
}

bool AtomicFile::write(std::string_view bytes) {
  if (fd_ < 0) return false;
  while (!bytes.empty()) {
    const std::size_t part = std::min(bytes.size(), block_size - filled_);
    std::memcpy(filling_.get() + filled_, bytes.data(), part);
    filled_ += part;
    bytes.remove_prefix(part);
    if (filled_ == block_size && !hand_over()) return false;
  }
  return true;
}

std::size_t AtomicFile::serd_sink(const void* bytes, std::size_t length, void* file) {
  return static_cast<AtomicFile*>(file)->write({static_cast<const char*>(bytes), length}) ? length : 0;
}

bool AtomicFile::hand_over() {
  std::unique_lock lock(mutex_);
  written_.wait(lock, [this] { return write_errno_ || !spare_.empty() || blocks_ < most_blocks; });
  if (write_errno_) {
    filled_ = 0;  // nothing more is written
    return false;
  }
  queue_.push_back(Block{std::move(filling_), filled_});
  filled_ = 0;
  if (!spare_.empty()) {
    filling_ = std::move(spare_.back());
    spare_.pop_back();
  } else if ((filling_ = new_block())) {
    ++blocks_;
  } else {
    write_errno_ = ENOMEM;
    return false;
  }
  if (!writer_.joinable()) {
    writer_ = std::thread([this] {
      std::unique_lock lock(mutex_);
      for (;;) {
        handed_over_.wait(lock, [this] { return !queue_.empty() || stopping_; });
        if (queue_.empty()) return;
        Block block = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();
        const int failed = write_block(block.bytes.get(), block.size);
        lock.lock();
        if (failed && !write_errno_) write_errno_ = failed;
        spare_.push_back(std::move(block.bytes));
        written_.notify_one();
      }
    });
  }
  handed_over_.notify_one();
  return true;
}

int AtomicFile::write_block(const char* bytes, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    std::size_t length = size - done;
    // Direct writes take whole aligned blocks: the end of the file is
    // written through the page cache.
    if (direct_) length -= length % alignment;
    if (length == 0) {
      direct_ = false;
      if (!set_direct(fd_, false)) return errno;
      continue;
    }
    const ssize_t written = pwrite(fd_, bytes + done, length, static_cast<off_t>(offset_));
    if (written < 0 && errno == EINTR) continue;
    if (written < 0 && errno == EINVAL && direct_) {
      // The file system takes no direct write of this alignment after all.
      direct_ = false;
      if (!set_direct(fd_, false)) return errno;
      continue;
    }
    if (written < 0) return errno;
    if (written == 0) return EIO;
    done += static_cast<std::size_t>(written);
    offset_ += static_cast<std::size_t>(written);
  }
  if (offset_ - synced_to_ >= sync_every) {
    // The kernel reports a failed write-back to one sync only: kept for commit().
    if (fdatasync(fd_) != 0) return errno;
    synced_to_ = offset_;
  }
  return 0;
}

void AtomicFile::stop_writing(bool write_queued) {
  if (!writer_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    if (!write_queued) queue_.clear();
    stopping_ = true;
  }
  handed_over_.notify_one();
  writer_.join();
}

bool AtomicFile::commit() {
  if (fd_ < 0) return false;
  stop_writing(true);
  int error = write_errno_;
  // The last block, on this thread; then the rest reaches the disk.
  if (!error && filled_ > 0) error = write_block(filling_.get(), filled_);
  if (!error && fsync(fd_) != 0) error = errno;
  // Temporary files are created 0600; the output gets the usual permissions.
  (void)fchmod(fd_, S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
  if (::close(fd_) != 0 && !error) error = errno;
  fd_ = -1;
  if (error) {
    error_ = std::string("cannot write: ") + std::strerror(error);
    return false;
  }
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    error_ = std::string("cannot rename into place: ") + std::strerror(errno);
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace resograph::exporter
