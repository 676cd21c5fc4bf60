// The public vocabulary (../shared/spec/VOCABULARY.md, defined in
// resograph.ttl) as IRI constants: every stage names terms through these.
#pragma once

#include <string_view>

namespace resograph::vocab {

inline constexpr std::string_view rg = "https://w3id.org/resograph/ns#";
inline constexpr std::string_view dcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view rdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view skos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view prov = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view oa = "http://www.w3.org/ns/oa#";
inline constexpr std::string_view owl = "http://www.w3.org/2002/07/owl#";

/// The default base of data IRIs.
inline constexpr std::string_view default_base = "https://w3id.org/resograph/id/";
/// undocs.org permalinks of UN symbols.
inline constexpr std::string_view undocs = "https://undocs.org/fr/";

}  // namespace resograph::vocab
