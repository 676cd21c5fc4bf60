// Resolve stage (grammar/resolve.hpp): paragraph-level tests on real recitals,
// in small documents built in memory (heading, title, author line, recitals,
// operative paragraphs, footnotes) and resolved with the real registry; and
// the acts of the corpus against the gold files (keys, authors, sponsors).
#include <catch2/catch.hpp>

#include <algorithm>

#include "support/fixtures.hpp"

using namespace resograph;
using namespace resograph::test;

namespace {

const std::string assembly = "L'Assemblée générale,";
const std::string commission = "La Commission pour la prévention du crime et la justice pénale,";

/// A draft resolution: its author line, its paragraphs, then its footnotes.
std::string draft(const std::string& author, const std::vector<std::string>& paragraphs,
                  const std::vector<std::string>& footnotes = {}) {
  std::string text = "Projet de résolution\n\nTitre de l'essai\n\n" + author + "\n\n";
  for (const std::string& p : paragraphs) text += p + "\n\n";
  for (const std::string& f : footnotes) text += f + "\n\n";
  return text;
}

struct Run {
  Document document;
  Resolved resolved;
};

Run resolve_text(const std::string& text) {
  Run run{document_of(text), {}};
  run.resolved = resolver().resolve(run.document);
  return run;
}

std::string label(const std::string& name) { return "label:" + normalise_name(name); }

/// Targets of the statements of `relation` ("recalls"), in order, as identities.
std::vector<std::string> targets(const Resolved& r, std::string_view relation) {
  std::vector<std::string> out;
  for (const Statement& s : r.statements) {
    if (relation_name(s.relation) == relation) out.push_back(s.target.identity());
  }
  return out;
}

bool states(const Resolved& r, std::string_view relation, const std::string& identity) {
  const auto all = targets(r, relation);
  return std::find(all.begin(), all.end(), identity) != all.end();
}

/// Every entity named by any statement.
bool names(const Resolved& r, const std::string& identity) {
  return std::any_of(r.statements.begin(), r.statements.end(),
                     [&](const Statement& s) { return s.target.identity() == identity; });
}

/// Facts about `subject` of `property`, as values or object identities.
std::vector<std::string> facts(const Resolved& r, const std::string& subject, const std::string& property) {
  std::vector<std::string> out;
  for (const Fact& f : r.facts) {
    if (f.subject.identity() == subject && f.property == property)
      out.push_back(f.object ? f.object->identity() : f.value);
  }
  return out;
}

bool has_fact(const Resolved& r, const std::string& subject, const std::string& property, const std::string& value) {
  const auto all = facts(r, subject, property);
  return std::find(all.begin(), all.end(), value) != all.end();
}

/// Prints what a resolution gave, when a check fails.
std::string dump(const Resolved& r) {
  std::string out;
  for (const Statement& s : r.statements) {
    out += "  " + std::string(relation_name(s.relation)) + " " + s.target.identity() + " (p" +
           std::to_string(s.where.paragraph) + ")\n";
  }
  for (const Fact& f : r.facts) {
    out +=
        "  fact " + f.subject.identity() + " " + f.property + " " + (f.object ? f.object->identity() : f.value) + "\n";
  }
  return out;
}

const std::string kyoto =
    "Déclaration de Kyoto visant à faire progresser la prévention de la criminalité, la justice pénale et l'état de "
    "droit : vers la réalisation du Programme de développement durable à l'horizon 2030";

}  // namespace

TEST_CASE("'Rappelant ses résolutions' with dates: recalls every act, adoptedOn each", "[resolve]") {
  const Run run = resolve_text(draft(assembly, {"Rappelant ses résolutions 61/180 du 20 décembre 2006, 63/194 du 18 "
                                                "décembre 2008 et 76/186 du 16 décembre 2021,"}));
  const Resolved& r = run.resolved;
  INFO(dump(r));
  CHECK(targets(r, "recalls") == std::vector<std::string>{"res:GA:61/180", "res:GA:63/194", "res:GA:76/186"});
  CHECK(facts(r, "res:GA:61/180", "adoptedOn") == std::vector<std::string>{"2006-12-20"});
  CHECK(facts(r, "res:GA:63/194", "adoptedOn") == std::vector<std::string>{"2008-12-18"});
  CHECK(facts(r, "res:GA:76/186", "adoptedOn") == std::vector<std::string>{"2021-12-16"});

  SECTION("each statement knows its act, paragraph, verb and source words") {
    const Statement& first = r.statements.front();
    CHECK(first.where.act == 0);
    CHECK(first.where.paragraph == 0);
    CHECK(first.where.verb == "Rappelant");
    const std::string& bytes = run.document.source.bytes;
    CHECK(bytes.substr(first.where.span.begin, first.where.span.end - first.where.span.begin) == "61/180");
  }
  SECTION("the act is a draft resolution of the General Assembly") {
    REQUIRE(r.acts.size() == 1);
    CHECK(r.acts[0].self.rdf_class == "DraftResolution");
    CHECK(r.acts[0].self.key.empty());
    REQUIRE(r.acts[0].author.has_value());
    CHECK(r.acts[0].author->key == "body:GA");
  }
}

TEST_CASE("'ses résolutions' belong to the act's own author", "[resolve]") {
  const Run run =
      resolve_text(draft(commission, {"Rappelant ses résolutions 20/3 du 15 avril 2011, intitulée « Mise en "
                                      "œuvre du Plan d'action mondial », et 26/4 du 26 mai 2017, intitulée "
                                      "« Renforcement de la coopération internationale »,"}));
  const Resolved& r = run.resolved;
  INFO(dump(r));
  CHECK(targets(r, "recalls") == std::vector<std::string>{"res:CCPCJ:20/3", "res:CCPCJ:26/4"});
  CHECK(facts(r, "res:CCPCJ:20/3", "adoptedOn") == std::vector<std::string>{"2011-04-15"});
  CHECK(facts(r, "res:CCPCJ:26/4", "adoptedOn") == std::vector<std::string>{"2017-05-26"});
  // Each singular "intitulée" titles its own resolution.
  REQUIRE(facts(r, "res:CCPCJ:20/3", "title").size() == 1);
  CHECK(facts(r, "res:CCPCJ:20/3", "title")[0].starts_with("Mise en œuvre du Plan d'action mondial"));
  REQUIRE(facts(r, "res:CCPCJ:26/4", "title").size() == 1);
  CHECK(facts(r, "res:CCPCJ:26/4", "title")[0].starts_with("Renforcement de la coopération internationale"));
}

namespace {
const std::string plural_recital =
    "Réaffirmant les résolutions de l'Assemblée générale 67/190 du 20 décembre 2012, 68/192 du 18 décembre 2013 et "
    "70/179 du 17 décembre 2015, intitulées « Amélioration de la coordination de l'action contre la traite des "
    "personnes », dans lesquelles l'Assemblée a demandé aux États Membres de continuer à agir et invité les États "
    "Membres à mettre en œuvre des mesures,";
const std::string plural_title = "Amélioration de la coordination de l'action contre la traite des personnes";
}  // namespace

TEST_CASE("plural 'intitulées « X »' gives the title to every act of the list", "[resolve]") {
  const Run run = resolve_text(draft(commission, {plural_recital}));
  const Resolved& r = run.resolved;
  INFO(dump(r));
  const std::vector<std::string> acts = {"res:GA:67/190", "res:GA:68/192", "res:GA:70/179"};
  CHECK(targets(r, "reaffirms") == acts);
  for (const std::string& act : acts) {
    INFO(act);
    const auto titles = facts(r, act, "title");
    REQUIRE(titles.size() == 1);
    CHECK(titles[0].starts_with(plural_title));
    // "dans lesquelles l'Assemblée a demandé aux États Membres": a fact of every act of the list.
    CHECK(has_fact(r, act, "requests", "body:MemberStates"));
  }
  CHECK(has_fact(r, "res:GA:68/192", "adoptedOn", "2013-12-18"));
  CHECK(names(r, "body:GA"));
}

TEST_CASE("a title fact is the words between the guillemets, without spaces", "[resolve]") {
  const Run run = resolve_text(draft(commission, {plural_recital}));
  INFO(dump(run.resolved));
  for (const std::string act : {"res:GA:67/190", "res:GA:68/192", "res:GA:70/179"}) {
    CHECK(facts(run.resolved, act, "title") == std::vector<std::string>{plural_title});
  }
}

TEST_CASE("'… a demandé … et invité les États Membres' states invites for every act of the list", "[resolve]") {
  const Run run = resolve_text(draft(commission, {plural_recital}));
  INFO(dump(run.resolved));
  for (const std::string act : {"res:GA:67/190", "res:GA:68/192", "res:GA:70/179"}) {
    CHECK(has_fact(run.resolved, act, "invites", "body:MemberStates"));
  }
}

TEST_CASE("'la résolution 1996/31 du Conseil économique et social' is ECOSOC's", "[resolve]") {
  const Run run =
      resolve_text(draft(assembly, {"Rappelant en outre les dispositions applicables de la résolution "
                                    "1996/31 du Conseil économique et social en date du 25 juillet 1996,"}));
  const Resolved& r = run.resolved;
  INFO(dump(r));
  CHECK(targets(r, "recalls") == std::vector<std::string>{"res:ECOSOC:1996/31"});
  CHECK(facts(r, "res:ECOSOC:1996/31", "adoptedOn") == std::vector<std::string>{"1996-07-25"});
  // The issuer of a cited act is a mention.
  CHECK(states(r, "mentions", "body:ECOSOC"));
  CHECK_FALSE(names(r, "res:GA:1996/31"));
}

TEST_CASE("the numbering forms of the UN in citations give their keys", "[resolve]") {
  const Run run = resolve_text(
      draft(assembly,
            {"Soulignant la responsabilité que l'Organisation assume en vertu de la résolution 155 C (VII) du Conseil "
             "économique et social du 13 août 1948,",
             "Rappelant sa résolution 217 A (III) du 10 décembre 1948 et ses résolutions 3411 A et B (XXX) et 3419 A à "
             "D (XXX),",
             "Rappelant également la résolution 2231 (2015) du Conseil de sécurité,",
             "Rappelant en outre sa résolution S-8/1,"}));
  const Resolved& r = run.resolved;
  INFO(dump(r));
  CHECK(states(r, "mentions", "res:ECOSOC:155C(VII)"));
  CHECK(facts(r, "res:ECOSOC:155C(VII)", "adoptedOn") == std::vector<std::string>{"1948-08-13"});
  CHECK(targets(r, "recalls") == std::vector<std::string>{"res:GA:217A(III)", "res:GA:3411A(XXX)", "res:GA:3411B(XXX)",
                                                          "res:GA:3419A(XXX)", "res:GA:3419B(XXX)", "res:GA:3419C(XXX)",
                                                          "res:GA:3419D(XXX)", "res:SC:2231(2015)", "res:GA:S-8/1"});
  CHECK(has_fact(r, "res:GA:217A(III)", "adoptedOn", "1948-12-10"));
}

TEST_CASE("a decision cited with its body", "[resolve]") {
  const Run run = resolve_text(draft(assembly, {"1. Prend note de la décision 33/1 de la Commission pour la prévention "
                                                "du crime et la justice pénale ;"}));
  INFO(dump(run.resolved));
  CHECK(targets(run.resolved, "takesNoteOf") == std::vector<std::string>{"dec:CCPCJ:33/1"});
  CHECK(states(run.resolved, "mentions", "body:CCPCJ"));
}

TEST_CASE("'adoptée le … par le Conseil des droits de l'homme' gives the body, the date and the title", "[resolve]") {
  const Run run =
      resolve_text(draft(assembly, {"Rappelant la résolution 44/4 adoptée le 16 juillet 2020 par le Conseil "
                                    "des droits de l'homme, intitulée « Traite des êtres humains »,"}));
  const Resolved& r = run.resolved;
  INFO(dump(r));
  CHECK(targets(r, "recalls") == std::vector<std::string>{"res:HRC:44/4"});
  CHECK(has_fact(r, "res:HRC:44/4", "adoptedOn", "2020-07-16"));
  CHECK(has_fact(r, "res:HRC:44/4", "adoptedBy", "body:HRC"));
  CHECK(states(r, "mentions", "body:HRC"));
}

TEST_CASE("in 'que l'Assemblée générale a adoptée dans sa résolution 72/1', sa is the Assembly's", "[resolve]") {
  const std::string declaration =
      "Déclaration politique sur l'application du Plan d'action mondial des Nations Unies pour la lutte contre la "
      "traite des personnes";
  const Run run = resolve_text(draft(commission, {"Rappelant la " + declaration +
                                                  ", que l'Assemblée générale a adoptée dans sa résolution 72/1 du 27 "
                                                  "septembre 2017,"}));
  const Resolved& r = run.resolved;
  INFO(dump(r));
  CHECK(states(r, "recalls", label(declaration)));
  CHECK(states(r, "mentions", "res:GA:72/1"));
  CHECK_FALSE(names(r, "res:CCPCJ:72/1"));
  CHECK(has_fact(r, "res:GA:72/1", "adoptedOn", "2017-09-27"));
  CHECK(has_fact(r, label(declaration), "containedIn", "res:GA:72/1"));
  CHECK(has_fact(r, label(declaration), "adoptedBy", "body:GA"));
  CHECK(states(r, "mentions", "body:GA"));
}

TEST_CASE("'dans laquelle elle a souscrit à la Déclaration' is a fact of the cited act", "[resolve]") {
  const Run run =
      resolve_text(draft(assembly, {"Rappelant sa résolution 76/181 du 16 décembre 2021, dans laquelle elle "
                                    "a souscrit à la " +
                                    kyoto + ", adoptée par le quatorzième Congrès,"}));
  const Resolved& r = run.resolved;
  INFO(dump(r));
  CHECK(targets(r, "recalls").front() == "res:GA:76/181");
  CHECK(has_fact(r, "res:GA:76/181", "adoptedOn", "2021-12-16"));
  CHECK(has_fact(r, "res:GA:76/181", "endorses", label(kyoto)));
  CHECK(names(r, label(kyoto)));
}

TEST_CASE("requesting verbs point at the bodies and States they address", "[resolve]") {
  const Run run = resolve_text(draft(
      commission, {"1. Prie l'Office des Nations Unies contre la drogue et le crime de continuer à fournir une "
                   "assistance technique "
                   "aux États Membres ;",
                   "2. Prie instamment les États Membres de renforcer la formation ;",
                   "3. Invite les États Membres et les autres donateurs à fournir des ressources extrabudgétaires ;",
                   "4. Encourage vivement les gouvernements à agir ;", "5. Engage les États Membres à coopérer ;",
                   "6. Demande aux États Membres de poursuivre leurs efforts ;"}));
  const Resolved& r = run.resolved;
  INFO(dump(r));
  CHECK(targets(r, "requests") == std::vector<std::string>{"body:UNODC", "body:MemberStates"});
  CHECK(targets(r, "urges") == std::vector<std::string>{"body:MemberStates", "body:MemberStates"});
  CHECK(targets(r, "invites") == std::vector<std::string>{"body:MemberStates"});
  CHECK(targets(r, "encourages") == std::vector<std::string>{"body:Governments"});
  // The States Members after the infinitive of paragraph 1 are a mention, not an addressee.
  for (const Statement& s : r.statements) {
    if (s.where.paragraph == 0 && s.target.key == "body:MemberStates") CHECK(s.relation == ast::Relation::mentions);
  }
  for (const Statement& s : r.statements) {
    if (s.where.paragraph == 1) CHECK(s.where.verb == "Prie instamment");
  }
}

TEST_CASE("coordinated verbs state one relation each", "[resolve]") {
  const Run run = resolve_text(draft(assembly, {"Rappelant la résolution 1996/31 du Conseil économique et social, et "
                                                "réaffirmant sa résolution 72/1,"}));
  INFO(dump(run.resolved));
  CHECK(targets(run.resolved, "recalls") == std::vector<std::string>{"res:ECOSOC:1996/31"});
  CHECK(targets(run.resolved, "reaffirms") == std::vector<std::string>{"res:GA:72/1"});
}

TEST_CASE("a paragraph that names nothing states nothing", "[resolve]") {
  const Run run =
      resolve_text(draft(commission, {"Constatant avec inquiétude que les nouvelles technologies numériques "
                                      "rendent possible la création de fausses identités,"}));
  INFO(dump(run.resolved));
  CHECK(run.resolved.statements.empty());
  CHECK(run.resolved.facts.empty());
}

TEST_CASE("a '*' footnote with a treaty-series number keys the instrument", "[resolve]") {
  const Run run = resolve_text(draft(assembly, {"Rappelant la Convention sur la protection des voyageurs*,"},
                                     {"^{*} Nations Unies, Recueil des Traités, vol. 2225, n° 39574."}));
  INFO(dump(run.resolved));
  CHECK(targets(run.resolved, "recalls") == std::vector<std::string>{"unts:2225:39574"});
}

TEST_CASE("superscript footnotes: treaty series and Ibid. with a new volume", "[resolve]") {
  const Run run = resolve_text(
      draft(assembly,
            {"Rappelant la Convention sur la protection des voyageurs¹ et le Protocole relatif "
             "aux voyageurs<sup>2</sup>,"},
            {"¹ Nations Unies, Recueil des Traités, vol. 2225, n° 39574.", "² Ibid., vol. 2237, n° 39574."}));
  INFO(dump(run.resolved));
  CHECK(targets(run.resolved, "recalls") == std::vector<std::string>{"unts:2225:39574", "unts:2237:39574"});
}

TEST_CASE("superscript footnote 'Ibid.' with several volumes names every treaty", "[resolve]") {
  const Run run = resolve_text(draft(commission,
                                     {"Réaffirmant la Convention sur la protection des voyageurs¹,",
                                      "Rappelant que la Convention et les Protocoles s'y rapportant² sont importants,"},
                                     {"¹ Nations Unies, Recueil des Traités, vol. 2225, n° 39574.",
                                      "² Ibid., vol. 2225, 2237, 2241 et 2326, n° 39574."}));
  INFO(dump(run.resolved));
  CHECK(states(run.resolved, "reaffirms", "unts:2225:39574"));
  CHECK(names(run.resolved, "unts:2326:39574"));
  CHECK(names(run.resolved, "unts:2241:39574"));
}

TEST_CASE("an 'annexe' footnote makes the instrument containedIn the resolution ('*' marker)", "[resolve]") {
  const Run run = resolve_text(draft(assembly, {"1. Invite les gouvernements à prendre en compte la " + kyoto + "* ;"},
                                     {"^{*} Résolution 76/181, annexe."}));
  INFO(dump(run.resolved));
  CHECK(has_fact(run.resolved, label(kyoto), "containedIn", "res:GA:76/181"));
  CHECK(states(run.resolved, "mentions", "res:GA:76/181"));
  CHECK(states(run.resolved, "invites", "body:Governments"));
}

TEST_CASE("an 'annexe' footnote makes the instrument containedIn the resolution (superscript marker)", "[resolve]") {
  const Run run = resolve_text(draft(assembly, {"1. Invite les gouvernements à prendre en compte la " + kyoto + "¹ ;"},
                                     {"¹ Résolution 76/181, annexe."}));
  INFO(dump(run.resolved));
  CHECK(has_fact(run.resolved, label(kyoto), "containedIn", "res:GA:76/181"));
  CHECK(states(run.resolved, "mentions", "res:GA:76/181"));
}

TEST_CASE("'de l'Assemblée' after an earlier 'Assemblée générale': the group keeps its date and title", "[resolve]") {
  const Run run =
      resolve_text(draft(commission, {"Rappelant que l'Assemblée générale a adopté la Déclaration,",
                                      "Rappelant la résolution 71/209 de l'Assemblée, en date du 19 décembre "
                                      "2016, intitulée « Renforcement du programme des Nations Unies pour la "
                                      "prévention du crime et la justice pénale »,"}));
  INFO(dump(run.resolved));
  CHECK(targets(run.resolved, "recalls").back() == "res:GA:71/209");
  CHECK(facts(run.resolved, "res:GA:71/209", "adoptedOn") == std::vector<std::string>{"2016-12-19"});
  CHECK(facts(run.resolved, "res:GA:71/209", "title") ==
        std::vector<std::string>{
            "Renforcement du programme des Nations Unies pour la prévention du crime et la justice pénale"});
}

TEST_CASE("'la résolution 71/209 de l'Assemblée, en date du …, intitulée « … »' keeps its date and title",
          "[resolve]") {
  // Corpus 001, second recital: a short form of the issuing body must not cut the citation group.
  const Run run =
      resolve_text(draft(commission, {"Rappelant la résolution 71/209 de l'Assemblée, en date du 19 décembre "
                                      "2016, intitulée « Renforcement du programme des Nations Unies pour la "
                                      "prévention du crime et la justice pénale »,"}));
  INFO(dump(run.resolved));
  CHECK(targets(run.resolved, "recalls") == std::vector<std::string>{"res:GA:71/209"});
  CHECK(facts(run.resolved, "res:GA:71/209", "adoptedOn") == std::vector<std::string>{"2016-12-19"});
  CHECK(facts(run.resolved, "res:GA:71/209", "title").size() == 1);
}

TEST_CASE("the document, its sponsors and its author", "[resolve]") {
  const Run run = resolve_text(
      "Nations Unies E/CN.15/2018/L.3\n\n"
      "Conseil économique et social\n\n"
      "Distr. limitée 13 avril 2018 Français\n\n"
      "Commission pour la prévention du crime et la justice pénale\n\n"
      "France et Roumanie : projet de résolution\n\n"
      "Améliorer la protection des enfants\n\n" +
      commission + "\n\n1. Encourage les États Membres à redoubler d'efforts ;\n");
  const Resolved& r = run.resolved;
  INFO(dump(r));
  REQUIRE(r.document.has_value());
  CHECK(r.document->key == "doc:E/CN.15/2018/L.3");
  REQUIRE(r.document_author.has_value());
  CHECK(r.document_author->key == "body:CCPCJ");
  REQUIRE(r.acts.size() == 1);
  std::vector<std::string> sponsors;
  for (const Entity& s : r.acts[0].sponsors) sponsors.push_back(s.key);
  CHECK(sponsors == std::vector<std::string>{"state:FRA", "state:ROU"});
  REQUIRE(r.acts[0].author.has_value());
  CHECK(r.acts[0].author->key == "body:CCPCJ");
  CHECK(targets(r, "encourages") == std::vector<std::string>{"body:MemberStates"});
}

TEST_CASE("the acts of the corpus: keys, authors and sponsors of the gold files", "[resolve]") {
  for (const std::string& stem : corpus_stems) {
    INFO(stem);
    const Document document = corpus_document(stem);
    const Resolved r = resolver().resolve(document);
    REQUIRE(r.acts.size() == gold_act_titles(stem).size());
    for (std::size_t a = 0; a < r.acts.size(); ++a) {
      const std::string at = "@" + std::to_string(a + 1);
      INFO(at << " " << document.acts[a].title);
      const auto keys = gold_facts(stem, at, "key");
      CHECK(r.acts[a].self.key == (keys.empty() ? "" : keys[0]));
      const auto authors = gold_facts(stem, at, "author");
      REQUIRE(authors.size() == 1);
      REQUIRE(r.acts[a].author.has_value());
      CHECK(r.acts[a].author->key == authors[0]);
      std::vector<std::string> sponsors;
      for (const Entity& s : r.acts[a].sponsors) sponsors.push_back(s.key);
      CHECK(sponsors == gold_facts(stem, at, "sponsor"));
    }
  }
}

TEST_CASE("corpus 002: a report's names hang on the document", "[resolve]") {
  const Document document = corpus_document("002_ef8251257cbc6635");
  const Resolved r = resolver().resolve(document);
  CHECK(r.acts.empty());
  for (const Statement& s : r.statements) CHECK(s.where.act == -1);
}

TEST_CASE("keys, names and relation names", "[resolve]") {
  CHECK(act_key(false, "GA", "72/1") == "res:GA:72/1");
  CHECK(act_key(false, "GA", "217 A (III)") == "res:GA:217A(III)");
  CHECK(act_key(false, "ECOSOC", "155 C (VII)") == "res:ECOSOC:155C(VII)");
  CHECK(act_key(true, "CCPCJ", "33/1") == "dec:CCPCJ:33/1");
  CHECK(act_key(false, "COP-UNTOC", "10/1") == "res:COP-UNTOC:10/1");

  CHECK(normalise_name("la Déclaration de Kyoto") == "declaration kyoto");
  CHECK(normalise_name("L'Office des Nations Unies") == "office nations unies");
  CHECK(normalise_name("  Plan d'action   mondial ") == "plan action mondial");
  CHECK(normalise_name("Mise en œuvre") == "mise en oeuvre");
  CHECK(normalise_name("Comité de l'ÎLE, Çà") == "comite ile ca");

  Entity keyed;
  keyed.key = "body:UNODC";
  keyed.label = "Office";
  CHECK(keyed.identity() == "body:UNODC");
  CHECK(keyed.is_agent());
  CHECK_FALSE(keyed.is_act());
  Entity named;
  named.label = "la Déclaration de Kyoto";
  CHECK(named.identity() == "label:declaration kyoto");
  Entity act;
  act.key = "dec:CCPCJ:33/1";
  CHECK(act.is_act());

  using ast::Relation;
  const std::vector<std::pair<Relation, std::string>> names = {
      {Relation::recalls, "recalls"},           {Relation::reaffirms, "reaffirms"},
      {Relation::takes_note_of, "takesNoteOf"}, {Relation::welcomes, "welcomes"},
      {Relation::endorses, "endorses"},         {Relation::bears_in_mind, "bearsInMind"},
      {Relation::requests, "requests"},         {Relation::urges, "urges"},
      {Relation::invites, "invites"},           {Relation::encourages, "encourages"},
      {Relation::mentions, "mentions"}};
  for (const auto& [relation, name] : names) CHECK(relation_name(relation) == name);
  CHECK(ast::is_requesting(Relation::urges));
  CHECK_FALSE(ast::is_requesting(Relation::recalls));
}

TEST_CASE("the registry loads without problems and finds entries by key", "[resolve]") {
  std::vector<Diagnostic> diagnostics;
  const Registry loaded = Registry::load(registry_dir, diagnostics);
  CHECK(diagnostics.empty());
  CHECK(loaded.entries().size() > 100);
  for (const std::string key :
       {"body:GA", "body:ECOSOC", "body:CCPCJ", "body:UNODC", "body:MemberStates", "state:FRA", "state:ROU",
        "state:COL", "state:PHL", "unts:2225:39574", "unts:2237:39574", "unts:2241:39574", "unts:2326:39574"}) {
    INFO(key);
    const auto index = loaded.find_key(key);
    REQUIRE(index.has_value());
    CHECK(loaded.entry(*index).key == key);
    CHECK_FALSE(loaded.entry(*index).label_fr.empty());
  }
  CHECK_FALSE(loaded.find_key("body:NoSuchBody").has_value());
  const RegistryEntry& protocol = loaded.entry(*loaded.find_key("unts:2237:39574"));
  CHECK(protocol.supplements_key == "unts:2225:39574");
  CHECK(protocol.kind == EntityKind::instrument);
  CHECK(loaded.entry(*loaded.find_key("state:FRA")).kind == EntityKind::state);
}

TEST_CASE("Registry::from_turtle reads one entry and reports bad Turtle with its line", "[resolve]") {
  std::vector<Diagnostic> diagnostics;
  const Registry one = Registry::from_turtle(
      "@prefix rg: <https://w3id.org/resograph/ns#> .\n"
      "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
      "[] a rg:Body ; rg:key \"body:Test\" ; skos:prefLabel \"Organe d'essai\"@fr , \"Test body\"@en ;\n"
      "   skos:notation \"OE\" ; rg:shortForm \"Organe\"@fr .\n",
      diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(one.entries().size() == 1);
  const RegistryEntry& entry = one.entries()[0];
  CHECK(entry.key == "body:Test");
  CHECK(entry.label_fr == "Organe d'essai");
  CHECK(entry.label_en == "Test body");
  CHECK(entry.notations == std::vector<std::string>{"OE"});
  CHECK(entry.short_forms == std::vector<std::string>{"Organe"});
  CHECK(entry.kind == EntityKind::body);

  const Registry broken =
      Registry::from_turtle("@prefix rg: <https://w3id.org/resograph/ns#> .\n[] a rg:Body ;\n  rg:key \n", diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].status == Status::bad_syntax);
  CHECK(diagnostics[0].line >= 2);
}

TEST_CASE("citations of a thousand digits are reported and give no key", "[resolve]") {
  const std::string digits(1000, '9');
  const Run run = resolve_text(draft(assembly, {"Rappelant ses résolutions " + digits + "/1 du 3 mars 2020 et 77/2,",
                                                "1. Prend note du document A/" + digits + "/L.1 ;"}));
  const Resolved& r = run.resolved;
  INFO(dump(r));
  // The good number of the list stays; the date went with the bad one.
  CHECK(targets(r, "recalls") == std::vector<std::string>{"res:GA:77/2"});
  CHECK(facts(r, "res:GA:77/2", "adoptedOn").empty());
  CHECK(targets(r, "takesNoteOf").empty());
  for (const Statement& s : r.statements) CHECK(s.target.key.find("999") == std::string::npos);
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[0].status == Status::bad_value);
  CHECK(r.diagnostics[0].line == 7);
  CHECK(r.diagnostics[0].column == 27);
  CHECK(r.diagnostics[0].message.starts_with("act number \"99999"));
  CHECK(r.diagnostics[1].line == 9);
  CHECK(r.diagnostics[1].column == 27);
  CHECK(r.diagnostics[1].message.starts_with("document symbol \"A/9999"));
}

TEST_CASE("impossible dates of citations are reported and give no adoptedOn", "[resolve]") {
  const Run run = resolve_text(
      draft(assembly, {"Rappelant sa résolution 77/1 du 31 avril 2019 et sa résolution 76/5 du 29 février 2021,"}));
  const Resolved& r = run.resolved;
  INFO(dump(r));
  CHECK(targets(r, "recalls") == std::vector<std::string>{"res:GA:77/1", "res:GA:76/5"});
  CHECK(facts(r, "res:GA:77/1", "adoptedOn").empty());
  CHECK(facts(r, "res:GA:76/5", "adoptedOn").empty());
  CHECK(messages_of(r.diagnostics) ==
        std::vector<std::string>{"test.txt:7:33: error: impossible date 2019-04-31: that month has 30 days",
                                 "test.txt:7:72: error: impossible date 2021-02-29: that month has 28 days"});
}
