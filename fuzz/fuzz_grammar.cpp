// Fuzz target: the find stage. Arbitrary text (made valid UTF-8 by the reader's
// rules, as every paragraph is) → grammar::find_tokens with the real lexicon
// (the Resolver built from ontology/registry). Checks that tokens are in
// order, inside the text and do not overlap; also runs the date and symbol
// parsers at word starts, and checks that the finder's gated run of the token
// rule's alternatives (parse_token_at) reads what the X3 token rule reads.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "config.hpp"
#include "find.hpp"
#include "registry.hpp"
#include "resolve.hpp"
#include "source.hpp"
#include "token.hpp"

#ifndef RESOGRAPH_REGISTRY_DIR
#define RESOGRAPH_REGISTRY_DIR "ontology/registry"
#endif

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "fuzz_grammar: invariant broken: %s\n", what);
  std::abort();
}

const resograph::Resolver& resolver() {
  static const resograph::Registry registry = [] {
    std::vector<resograph::Diagnostic> diagnostics;
    resograph::Registry loaded = resograph::Registry::load(RESOGRAPH_REGISTRY_DIR, diagnostics);
    if (loaded.entries().empty()) {
      std::fprintf(stderr, "fuzz_grammar: the registry %s is empty or missing\n", RESOGRAPH_REGISTRY_DIR);
      std::abort();
    }
    return loaded;
  }();
  static const resograph::Resolver instance(registry);
  return instance;
}

/// What the X3 token rule reads at `at`: its alternative and length, if any.
std::optional<std::pair<int, std::size_t>> token_rule_reads(const std::string& text, std::size_t at) {
  namespace x3 = boost::spirit::x3;
  std::ostringstream ignored;
  resograph::grammar::error_handler_type handler(text.begin(), text.end(), ignored);
  auto first = text.begin() + static_cast<std::ptrdiff_t>(at);
  resograph::ast::Token token;
  if (!x3::parse(first, text.end(), x3::with<x3::error_handler_tag>(std::ref(handler))[resograph::grammar::token()],
                 token)) {
    return std::nullopt;
  }
  return std::make_pair(token.get().which(), static_cast<std::size_t>(first - text.begin()) - at);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // Paragraphs reach the finder as valid UTF-8 without NUL bytes or line
  // breaks: cut at the first byte the reader would refuse.
  const std::size_t bad = resograph::find_invalid_utf8(text);
  if (bad != std::string::npos) text.resize(bad);
  for (char& c : text) {
    if (c == '\0' || c == '\n' || c == '\r') c = ' ';
  }

  const auto& lexicon = resolver().lexicon();
  const std::vector<resograph::grammar::Found> found = resograph::grammar::find_tokens(text, lexicon);
  std::uint32_t previous_end = 0;
  for (const auto& token : found) {
    if (token.begin > token.end || token.end > text.size()) fail("token outside the text");
    if (token.begin < previous_end) fail("tokens overlap or are out of order");
    previous_end = token.end;
  }
  // Date and symbol parsers and the token gate, at a few word starts.
  std::size_t tried = 0;
  for (std::size_t at = 0; at < text.size() && tried < 64; ++at) {
    if (at != 0 && text[at - 1] != ' ') continue;
    ++tried;
    (void)resograph::grammar::parse_date_at(text, at);
    if (auto symbol = resograph::grammar::parse_symbol_at(text, at)) {
      if (symbol->second == 0 || at + symbol->second > text.size()) fail("symbol length outside the text");
    }
    const auto rule = token_rule_reads(text, at);
    const auto finder = resograph::grammar::parse_token_at(text, at);
    if (rule.has_value() != finder.has_value() ||
        (rule && (rule->first != finder->first.get().which() || rule->second != finder->second))) {
      fail("the finder's gated alternatives read otherwise than the token rule");
    }
  }
  return 0;
}
