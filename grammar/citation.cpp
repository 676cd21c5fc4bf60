#include "citation_def.hpp"
#include "config.hpp"

namespace resograph::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(act_number_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(act_noun_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(doc_symbol_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(title_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(marker_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(treaty_series_type, iterator_type, context_type)

}  // namespace resograph::grammar
