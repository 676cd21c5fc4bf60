// Micro-benchmarks of the grammar (Google Benchmark): the time per paragraph
// of the find stage (grammar::find_tokens with the real lexicon, built from
// the registry in ontology/registry) for recitals of each kind, the whole
// Resolver (find + resolve) on a small document and on a real one, and
// normalise() of each real corpus file. The paragraphs are taken from the
// real corpus (../shared/corpus). Timings live here, never in pass/fail tests.
//
//   build-bench/bench/resograph_grammar_bench [--benchmark_filter=find/...]
//
// RESOGRAPH_DATA overrides the registry's folder, as for the CLI, and
// RESOGRAPH_CORPUS overrides the real corpus's folder.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "document.hpp"
#include "find.hpp"
#include "normalize.hpp"
#include "registry.hpp"
#include "resolve.hpp"
#include "source.hpp"

#ifndef RESOGRAPH_BENCH_CORPUS
#define RESOGRAPH_BENCH_CORPUS "../shared/corpus"
#endif

namespace {

using namespace resograph;

// Paragraphs of the real corpus, as their source lines (Markdown marks and
// footnote markers included). Setup passes them through normalise_inline(),
// so find_tokens() sees the text model the pipeline gives it.
struct Sample {
  const char* name;
  const char* source;
};

const Sample samples[] = {
    // 004: a recall with a list of nine dated resolutions, links and a footnote marker.
    {"recall_dated_list",
     "*Rappelant* ses résolutions [61/180](#) du 20 décembre 2006, [63/194](#) du 18 décembre 2008, [64/178](#) "
     "du 18 décembre 2009, [67/190](#) du 20 décembre 2012, [68/192](#) du 18 décembre 2013, [70/179](#) du 17 "
     "décembre 2015, [72/195](#) du 19 décembre 2017, [74/176](#) du 18 décembre 2019 et [76/186](#) du 16 "
     "décembre 2021 sur l'amélioration de la coordination de l'action contre la traite des personnes et ses autres "
     "résolutions sur la traite des personnes<sup>10</sup>,"},
    // 001, operative 4 (its number is not part of the paragraph's text): requests and invites, addressing bodies.
    {"request_bodies",
     "Prie instamment les États Membres de mettre en place des bureaux nationaux de coordination chargés de lutter "
     "contre la traite des personnes, appelle de ses vœux l'établissement entre ces bureaux nationaux d'une étroite "
     "coopération internationale et régionale, qui pourrait comprendre l'échange de bonnes pratiques et d'outils "
     "permettant de détecter les activités en ligne liées à la traite des personnes, et invite l'Office des Nations "
     "Unies contre la drogue et le crime à aider les États à créer de tels réseaux ;"},
    // 001: footnote markers on instrument names.
    {"footnotes_instrument",
     "Réaffirmant l'importance de l'application de la Convention des Nations Unies contre la criminalité "
     "transnationale organisée¹, du Protocole visant à prévenir, réprimer et punir la traite des personnes, en "
     "particulier des femmes et des enfants, additionnel à la Convention des Nations Unies contre la criminalité "
     "transnationale organisée², et du Protocole contre le trafic illicite de migrants par terre, air et mer, "
     "additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée³,"},
    // 004: a long recital (1.5 KB): titles « … », acts of a conference of parties, dates, markers.
    {"long_recital",
     "*Sachant* que, comme le prévoit la Convention contre la criminalité transnationale organisée, la Conférence "
     "des Parties à la Convention a pour objectifs d'améliorer la capacité des États parties de combattre la "
     "criminalité transnationale organisée et de promouvoir et d'examiner l'application de la Convention et du "
     "Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des "
     "enfants, et prenant note à cet égard de la résolution 10/1 intitulée « Lancement du processus d'examen du "
     "Mécanisme d'examen de l'application de la Convention des Nations Unies contre la criminalité transnationale "
     "organisée et des Protocoles s'y rapportant » et de la résolution 10/3 intitulée « Application effective du "
     "Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des "
     "enfants, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée », qui "
     "ont toutes deux été adoptées le 16 octobre 2020 par la Conférence des Parties à sa dixième session, tenue à "
     "Vienne du 12 au 16 octobre 2020<sup>32</sup>, ainsi que de la résolution 11/5 intitulée « Application du "
     "Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant "
     "à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants », qui a été "
     "adoptée le 21 octobre 2022 par la Conférence des Parties à sa onzième session, tenue à Vienne du 17 au 21 "
     "octobre 2022<sup>33</sup>,"},
};

// A small document: the samples as an act of the Commission, with footnotes.
std::string small_document() {
  std::string text =
      "Conseil économique et social\n\n"
      "Distr. limitée 13 avril 2018 Français\n\n"
      "Commission pour la prévention du crime et la justice pénale\n\n"
      "Vingt-septième session\n\n"
      "France et Roumanie : projet de résolution\n\n"
      "Renforcement des mesures de lutte contre la traite des personnes\n\n"
      "La Commission pour la prévention du crime et la justice pénale,\n\n";
  text += std::string(samples[0].source) + "\n\n";
  text += std::string(samples[2].source) + "\n\n";
  text += std::string(samples[3].source) + "\n\n";
  text += "1. " + std::string(samples[1].source) + "\n\n";
  text +=
      "¹ Nations Unies, Recueil des Traités, vol. 2225, nº 39574.\n\n"
      "² Ibid., vol. 2237, nº 39574.\n\n"
      "³ Ibid., vol. 2241, nº 39574.\n\n"
      "<sup>10</sup> Voir résolution 64/293.\n\n"
      "<sup>32</sup> Voir CTOC/COP/2020/10, sect. I.A.\n\n"
      "<sup>33</sup> Voir CTOC/COP/2022/9, sect. I.A.\n";
  return text;
}

struct World {
  std::vector<Diagnostic> diagnostics;
  std::unique_ptr<Registry> registry;
  std::unique_ptr<Resolver> resolver;
  std::vector<SourceFile> corpus;  ///< The real corpus's files, read once.
};

World& world() {
  static World w;
  return w;
}

std::string corpus_folder() {
  if (const char* env = std::getenv("RESOGRAPH_CORPUS"); env && *env) return env;
  return RESOGRAPH_BENCH_CORPUS;
}

std::size_t paragraph_count(const Document& document) {
  std::size_t paragraphs = 0;
  for (const Act& act : document.acts) paragraphs += act.paragraphs.size();
  return paragraphs;
}

// ---------------------------------------------------------------- find stage

void BM_find(benchmark::State& state, const Sample* sample) {
  const std::string text = normalise_inline(sample->source, 0).text();
  const grammar::Lexicon& lexicon = world().resolver->lexicon();
  std::size_t tokens = 0;
  for (auto _ : state) {
    std::vector<grammar::Found> found = grammar::find_tokens(text, lexicon);
    tokens = found.size();
    benchmark::DoNotOptimize(found.data());
  }
  if (tokens == 0) state.SkipWithError("the grammar found no token: the benchmark would measure nothing");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["bytes"] = static_cast<double>(text.size());
  state.counters["tokens"] = static_cast<double>(tokens);
}

// The registry → lexicon build that every run pays once.
void BM_resolver_setup(benchmark::State& state) {
  for (auto _ : state) {
    Resolver resolver(*world().registry);
    benchmark::DoNotOptimize(&resolver);
  }
  state.counters["registry_entries"] = static_cast<double>(world().registry->entries().size());
}

// ------------------------------------------------------------- whole resolver

Document segment_bytes(const std::string& name, std::string bytes) {
  ReadResult read = source_from_bytes(name, std::move(bytes));
  if (!read.file) return Document{};
  std::vector<Block> blocks = normalise(*read.file);
  return segment(std::move(*read.file), std::move(blocks));
}

void BM_resolve_document(benchmark::State& state, const Document* document) {
  const Resolver& resolver = *world().resolver;
  std::size_t statements = 0;
  for (auto _ : state) {
    Resolved resolved = resolver.resolve(*document);
    statements = resolved.statements.size() + resolved.facts.size();
    benchmark::DoNotOptimize(resolved.statements.data());
  }
  if (document->acts.empty()) state.SkipWithError("the document has no act: the benchmark would measure little");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * document->source.bytes.size()));
  state.counters["paragraphs"] = static_cast<double>(paragraph_count(*document));
  state.counters["statements+facts"] = static_cast<double>(statements);
}

// ------------------------------------------------------- normalise, real files

void BM_normalise(benchmark::State& state, const SourceFile* file) {
  std::size_t blocks = 0;
  for (auto _ : state) {
    std::vector<Block> out = normalise(*file);
    blocks = out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * file->bytes.size()));
  state.counters["blocks"] = static_cast<double>(blocks);
}

// read is excluded: normalise + segment + find + resolve of one real file, no graph.
void BM_pipeline(benchmark::State& state, const SourceFile* file) {
  const Resolver& resolver = *world().resolver;
  for (auto _ : state) {
    SourceFile copy = *file;
    std::vector<Block> blocks = normalise(copy);
    Document document = segment(std::move(copy), std::move(blocks));
    Resolved resolved = resolver.resolve(document);
    benchmark::DoNotOptimize(resolved.statements.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * file->bytes.size()));
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  World& w = world();
  const std::string registry_folder = default_registry_folder();
  w.registry = std::make_unique<Registry>(Registry::load(registry_folder, w.diagnostics));
  if (w.registry->entries().empty()) {
    std::fprintf(stderr, "resograph_grammar_bench: the registry at %s is empty or missing (set RESOGRAPH_DATA)\n",
                 registry_folder.c_str());
    return 2;
  }
  w.resolver = std::make_unique<Resolver>(*w.registry);

  const std::string folder = corpus_folder();
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".txt" || ext == ".md")) paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  for (const std::string& path : paths) {
    ReadResult read = read_source(path);
    if (read.file) w.corpus.push_back(std::move(*read.file));
  }
  if (w.corpus.empty()) {
    std::fprintf(stderr, "resograph_grammar_bench: no real corpus file in %s (set RESOGRAPH_CORPUS)\n", folder.c_str());
    return 2;
  }

  for (const Sample& sample : samples) {
    benchmark::RegisterBenchmark((std::string("find/") + sample.name).c_str(), BM_find, &sample);
  }
  benchmark::RegisterBenchmark("resolver_setup", BM_resolver_setup)->Unit(benchmark::kMillisecond);

  static const Document small = segment_bytes("small.txt", small_document());
  benchmark::RegisterBenchmark("resolve/small_document", BM_resolve_document, &small)->Unit(benchmark::kMicrosecond);
  // The smallest real document that states an act: a real "small Document".
  static std::vector<Document> real_documents;
  real_documents.reserve(w.corpus.size());
  for (const SourceFile& file : w.corpus) real_documents.push_back(segment_bytes(file.name, file.bytes));
  const Document* smallest = nullptr;
  for (const Document& document : real_documents) {
    if (!document.acts.empty() && (!smallest || document.source.bytes.size() < smallest->source.bytes.size())) {
      smallest = &document;
    }
  }
  if (smallest) {
    benchmark::RegisterBenchmark(("resolve/real/" + smallest->source.name).c_str(), BM_resolve_document, smallest)
        ->Unit(benchmark::kMicrosecond);
  }

  for (const SourceFile& file : w.corpus) {
    benchmark::RegisterBenchmark(("normalise/" + file.name).c_str(), BM_normalise, &file)
        ->Unit(benchmark::kMicrosecond);
  }
  for (const SourceFile& file : w.corpus) {
    benchmark::RegisterBenchmark(("pipeline_no_graph/" + file.name).c_str(), BM_pipeline, &file)
        ->Unit(benchmark::kMillisecond);
  }

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
