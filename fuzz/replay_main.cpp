// Replays inputs through a fuzz target without libFuzzer, so the targets build
// with any compiler (g++ included) and run as ordinary tests:
//   fuzz_replay_TARGET [-v] FILE_OR_FOLDER...
// Every regular file (folders read recursively, in sorted order) is given to
// LLVMFuzzerTestOneInput once. A crash, a sanitizer report or an abort from a
// broken invariant fails the run; the file being replayed is printed first
// with -v, and in any case when the run dies (signal or sanitizer report).
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);
// Present when a sanitizer runtime is linked in.
extern "C" __attribute__((weak)) void __sanitizer_set_death_callback(void (*callback)());

namespace {

char current[4096] = "";

void name_current_input() {
  const char prefix[] = "\nreplay: the run died on input ";
  (void)!write(2, prefix, sizeof prefix - 1);
  (void)!write(2, current, std::strlen(current));
  (void)!write(2, "\n", 1);
}

extern "C" void on_signal(int signal) {
  name_current_input();
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  std::signal(SIGABRT, on_signal);
  if (__sanitizer_set_death_callback) {
    __sanitizer_set_death_callback(name_current_input);  // sanitizers keep their own SEGV handlers
  } else {
    for (int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL}) std::signal(signal, on_signal);
  }
  bool verbose = false;
  std::vector<std::string> files;
  int missing = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-v") {
      verbose = true;
      continue;
    }
    if (!arg.empty() && arg[0] == '-') continue;  // libFuzzer flags are ignored
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(arg, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        std::error_code type_ec;
        if (it->is_regular_file(type_ec)) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(arg, ec)) {
      files.push_back(arg);
    } else {
      std::fprintf(stderr, "replay: %s: no such file or folder\n", arg.c_str());
      ++missing;
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: %s [-v] FILE_OR_FOLDER... (no input found)\n", argv[0]);
    return 2;
  }
  std::size_t bytes = 0;
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "replay: %s: cannot open\n", path.c_str());
      ++missing;
      continue;
    }
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (verbose) std::fprintf(stderr, "replay: %s (%zu bytes)\n", path.c_str(), data.size());
    // Copy into a buffer of exactly the input's size, as libFuzzer does, so
    // ASan catches reads one past the end.
    std::vector<std::uint8_t> buffer(data.begin(), data.end());
    static std::uint8_t empty = 0;
    std::snprintf(current, sizeof current, "%s", path.c_str());
    LLVMFuzzerTestOneInput(buffer.empty() ? &empty : buffer.data(), buffer.size());
    bytes += data.size();
  }
  std::printf("replay: %zu inputs (%zu bytes) run through the target, %d unreadable\n", files.size() - missing, bytes,
              missing);
  return missing == 0 ? 0 : 1;
}
