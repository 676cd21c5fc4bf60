// The types every X3 unit of the grammar is instantiated with: the text is
// normalised UTF-8 (see normalize.hpp) read byte by byte, without a skipper
// (the text model has exactly one space between words), and the context
// carries an error handler that also records the positions of AST nodes.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>
#include <functional>
#include <string>

namespace resograph::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = std::string::const_iterator;
using error_handler_type = x3::error_handler<iterator_type>;
using context_type = x3::context<x3::error_handler_tag, std::reference_wrapper<error_handler_type>, x3::unused_type>;

}  // namespace resograph::grammar
