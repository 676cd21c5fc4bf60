#include "find.hpp"

#include <array>
#include <ostream>
#include <type_traits>

#include "citation.hpp"
#include "clause.hpp"
#include "config.hpp"
#include "token.hpp"
#include "token_start.hpp"

namespace resograph::grammar {

namespace {

/// Whether the byte at `i` belongs to a word: ASCII letters and digits, and
/// the UTF-8 letters of Latin scripts (lead bytes 0xC3-0xC5). Superscript
/// markers, guillemets and other symbols are not word bytes.
bool is_word_byte(const std::string& text, std::size_t i) {
  static constexpr std::array<bool, 256> word_leads = [] {
    std::array<bool, 256> leads{};
    for (unsigned c = 0; c < 256; ++c) {
      leads[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0xC3 && c <= 0xC5);
    }
    return leads;
  }();
  auto c = static_cast<unsigned char>(text[i]);
  while ((c & 0xC0) == 0x80 && i > 0) c = static_cast<unsigned char>(text[--i]);
  return word_leads[c];
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Where the error handler's messages go: nowhere (the rules have no
/// expectation points; a failed rule is simply no token). One per thread, made
/// once: a string stream per paragraph cost more than the rules of some.
std::ostream& discarded() {
  static thread_local std::ostream stream(nullptr);
  return stream;
}

/// Runs X3 rules over one text; the error handler (which also records the
/// positions of AST nodes) is made once per text.
class RuleRunner {
 public:
  explicit RuleRunner(const std::string& text) : text_(text), handler_(text.begin(), text.end(), discarded()) {}

  /// Runs `rule` at `at`; gives the attribute and the end offset.
  template <class Rule, class Attribute>
  bool parse(std::size_t at, const Rule& rule, Attribute& attribute, std::size_t& end) {
    auto first = text_.begin() + static_cast<std::ptrdiff_t>(at);
    auto const parser = x3::with<x3::error_handler_tag>(std::ref(handler_))[rule];
    if (x3::parse(first, text_.end(), parser, attribute)) {
      end = static_cast<std::size_t>(first - text_.begin());
      return true;
    }
    return false;
  }

 private:
  const std::string& text_;
  error_handler_type handler_;
};

/// Runs the alternatives of the token rule that `rules` holds, in the rule's
/// order: the first that matches gives the token, as the rule itself would.
bool parse_token(RuleRunner& runner, std::size_t at, TokenRules rules, ast::Token& token, std::size_t& end) {
  const auto run = [&](TokenRule which, const auto& rule) {
    if (!rules.test(static_cast<std::size_t>(which))) return false;
    typename std::decay_t<decltype(rule)>::attribute_type attribute;
    if (!runner.parse(at, rule, attribute, end)) return false;
    token = std::move(attribute);
    return true;
  };
  return rules.any() &&
         (run(TokenRule::title, grammar::title()) || run(TokenRule::marker, grammar::marker()) ||
          run(TokenRule::doc_symbol, grammar::doc_symbol()) || run(TokenRule::act_noun, grammar::act_noun()) ||
          run(TokenRule::act_number, grammar::act_number()) || run(TokenRule::date, grammar::date()) ||
          run(TokenRule::treaty_series, grammar::treaty_series()) || run(TokenRule::ibid, grammar::ibid()) ||
          run(TokenRule::annex, grammar::annex()) || run(TokenRule::relative, grammar::relative()) ||
          run(TokenRule::adopted_by, grammar::adopted_by()) || run(TokenRule::past_verb, grammar::past_verb()) ||
          run(TokenRule::verb, grammar::verb()) || run(TokenRule::name, grammar::name()));
}

/// A coordinated verb must follow "et", a comma or a semicolon.
bool may_open_clause(const std::string& text, std::size_t at) {
  if (at == 0) return true;
  const std::string_view before = std::string_view(text).substr(0, at);
  return before.ends_with(" et ") || before.ends_with(", ") || before.ends_with("; ") || before.ends_with(": ");
}

/// Adds to `found` the token at word start `at`, if one starts there: the
/// known name there, if any, or what the alternatives of the token rule in
/// `rules` read there. A known name wins over a name found by its head noun;
/// a verb counts only where a clause may open; else the longer read wins.
/// Gives where the token ends, or `at` when none starts there. The token is
/// moved as few times as may be: a move of the variant is a visit of it.
std::size_t add_token_at(RuleRunner& runner, const std::string& text, std::size_t at,
                         const std::optional<LexiconMatch>& known, TokenRules rules, std::vector<Found>& found) {
  const std::size_t known_end = known ? at + known->length : at;
  // Name is the last alternative and would lose to the known name: not run.
  if (known) rules.reset(static_cast<std::size_t>(TokenRule::name));
  std::size_t rule_end = at;
  ast::Token rule_token;
  if (parse_token(runner, at, rules, rule_token, rule_end) && rule_end > known_end) {
    const bool is_verb = rule_token.get().type() == typeid(ast::Verb);
    const bool is_name = rule_token.get().type() == typeid(ast::Name);
    if (!(is_verb && !may_open_clause(text, at)) && !(is_name && known)) {
      found.emplace_back(std::move(rule_token), static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(rule_end));
      return rule_end;
    }
  }
  if (known_end == at) return at;
  ast::Known name;
  name.entry = known->entry;
  name.text = text.substr(at, known->length);
  found.emplace_back(ast::Token(std::move(name)), static_cast<std::uint32_t>(at),
                     static_cast<std::uint32_t>(known_end));
  return known_end;
}

}  // namespace

std::vector<Found> find_tokens(const std::string& text, const Lexicon& lexicon) {
  std::vector<Found> found;
  // Resolutions have about one token per 80 bytes: room for one per 64 takes
  // most paragraphs' tokens in one allocation, not one per doubling.
  found.reserve(text.size() / 64 + 1);
  RuleRunner runner(text);
  const TokenStarts& starts = token_starts();
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || is_continuation(c)) {
      ++i;
      continue;
    }
    // Only at a word start: after a space, an apostrophe, a bracket or punctuation.
    const bool word_start = i == 0 || !is_word_byte(text, i - 1) || text[i - 1] == '\'' || !is_word_byte(text, i);
    std::size_t read_to = i;  // the bytes before it are of the word at i
    if (word_start) {
      // Up to its first word boundary, read once for the lexicon, the gate and the skip below.
      const PhraseWalk first_word(text, i);
      read_to = first_word.end();
      const auto known = lexicon.match(first_word);
      const TokenRules rules = starts.rules_at(first_word);
      // Most words open nothing: no token is made for them.
      if (known || rules.any()) {
        if (const std::size_t end = add_token_at(runner, text, i, known, rules, found); end != i) {
          i = end;
          continue;
        }
      }
    }
    // Skip the rest of the word (or one punctuation character); a footnote
    // marker (two- or three-byte superscript) is a word of its own.
    const std::size_t before = i;
    if (is_word_byte(text, i)) {
      i = read_to;
      while (i < text.size() && is_word_byte(text, i)) ++i;
      if (i < text.size() && text[i] == '\'') ++i;
    } else {
      ++i;
      while (i < text.size() && is_continuation(static_cast<unsigned char>(text[i]))) ++i;
    }
    if (i == before) ++i;
  }
  return found;
}

std::optional<std::pair<ast::Token, std::size_t>> parse_token_at(const std::string& text, std::size_t at) {
  RuleRunner runner(text);
  ast::Token token;
  std::size_t end = 0;
  if (parse_token(runner, at, token_starts().rules_at(text, at), token, end)) return std::make_pair(token, end - at);
  return std::nullopt;
}

std::optional<ast::Date> parse_date_at(const std::string& text, std::size_t at) {
  ast::Date date;
  std::size_t end = 0;
  if (RuleRunner(text).parse(at, grammar::date(), date, end)) return date;
  return std::nullopt;
}

std::optional<std::pair<ast::DocSymbol, std::size_t>> parse_symbol_at(const std::string& text, std::size_t at) {
  ast::DocSymbol symbol;
  std::size_t end = 0;
  if (RuleRunner(text).parse(at, grammar::doc_symbol(), symbol, end)) return std::make_pair(symbol, end - at);
  return std::nullopt;
}

}  // namespace resograph::grammar
