#include "token_def.hpp"

#include "config.hpp"

namespace resograph::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(token_type, iterator_type, context_type)

}  // namespace resograph::grammar::parser
