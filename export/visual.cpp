#include "visual.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace resograph::exporter {

namespace {

struct Style {
  const char* fill;
  const char* border;
  const char* shape;
};

Style style_of(graph::Kind kind) {
  switch (kind) {
    case graph::Kind::act: return {"#dae8fc", "#6c8ebf", "box"};
    case graph::Kind::instrument: return {"#d5e8d4", "#82b366", "note"};
    case graph::Kind::document: return {"#e1d5e7", "#9673a6", "folder"};
    case graph::Kind::body: return {"#ffe6cc", "#d79b00", "ellipse"};
    case graph::Kind::state: return {"#f8cecc", "#b85450", "hexagon"};
  }
  return {"#ffffff", "#000000", "box"};
}

struct EdgeStyle {
  const char* color;
  const char* style;
};

EdgeStyle edge_style(std::string_view relation) {
  if (relation == "recalls") return {"#3d85c6", "solid"};
  if (relation == "reaffirms") return {"#0b5394", "bold"};
  if (relation == "takesNoteOf") return {"#7f6000", "solid"};
  if (relation == "welcomes") return {"#38761d", "solid"};
  if (relation == "endorses") return {"#274e13", "bold"};
  if (relation == "bearsInMind") return {"#674ea7", "solid"};
  if (relation == "mentions") return {"#999999", "dashed"};
  if (relation == "containedIn" || relation == "supplements") return {"#6aa84f", "dotted"};
  if (relation == "draftOf") return {"#9673a6", "bold"};
  if (relation == "requests" || relation == "urges" || relation == "invites" || relation == "encourages") {
    return {"#d79b00", "solid"};
  }
  return {"#666666", "solid"};
}

using graph::relation_rank;

/// Control characters out (XML 1.0 forbids most of them; DOT labels do not want them).
std::string clean(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
  return out;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

/// Words of `text` in lines of about `width` characters, at most `max_lines`,
/// the last one ending with "…" when the text does not fit.
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t max_lines) {
  std::vector<std::string> words;
  std::string word;
  for (char c : clean(text)) {
    if (c == ' ') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::vector<std::string> lines;
  std::string line;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (!line.empty() && utf8_length(line) + 1 + utf8_length(words[w]) > width) {
      if (lines.size() + 1 == max_lines) {
        lines.push_back(line + " …");
        return lines;
      }
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + words[w];
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : clean(text)) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

/// Lines joined for a DOT label (each line escaped, then "\n").
std::string dot_lines(const std::vector<std::string>& lines) {
  std::string out = "\"";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += "\\n";
    const std::string quoted = dot_quote(lines[i]);
    out += quoted.substr(1, quoted.size() - 2);
  }
  return out + "\"";
}

std::string xml_escape(std::string_view text, bool attribute = false) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\r': out += "&#13;"; break;
      default:
        // XML 1.0 allows no other control character, even escaped.
        if (static_cast<unsigned char>(c) < 0x20) {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

PictureNode node_of(const graph::Entity& entity) {
  PictureNode node;
  node.id = entity.iri;
  node.kind = entity.kind;
  node.type = entity.type;
  node.key = entity.key;
  node.name = entity.name();
  node.date = entity.date;
  node.title = entity.title;
  node.link = entity.link;
  node.label = entity.label;
  return node;
}

void sort_picture(Picture& picture) {
  const auto rank = [](const PictureNode& n) {
    return std::make_tuple(static_cast<int>(n.kind), n.date.empty(), n.date, n.name, n.id);
  };
  std::sort(picture.nodes.begin(), picture.nodes.end(),
            [&](const PictureNode& a, const PictureNode& b) { return rank(a) < rank(b); });
  std::map<std::string, std::size_t, std::less<>> order;
  for (std::size_t i = 0; i < picture.nodes.size(); ++i) order.emplace(picture.nodes[i].id, i);
  std::sort(picture.edges.begin(), picture.edges.end(), [&](const PictureEdge& a, const PictureEdge& b) {
    return std::make_tuple(order[a.source], order[a.target], relation_rank(a.relation), a.relation) <
           std::make_tuple(order[b.source], order[b.target], relation_rank(b.relation), b.relation);
  });
}

/// The lines of a node's label: key (or name), date, short title.
std::vector<std::string> label_lines(const PictureNode& node) {
  std::vector<std::string> lines;
  if (!node.key.empty()) {
    lines.push_back(clean(node.key));
  } else {
    for (std::string& line : wrap(node.name, 30, 3)) lines.push_back(std::move(line));
  }
  if (!node.date.empty()) lines.push_back(node.date);
  if (!node.title.empty() && node.title != node.name) {
    for (std::string& line : wrap(node.title, 30, 2)) lines.push_back(std::move(line));
  } else if (node.title.empty() && node.kind == graph::Kind::instrument && !node.key.empty() && !node.label.empty()) {
    for (std::string& line : wrap(node.label, 30, 2)) lines.push_back(std::move(line));  // a treaty by its name
  }
  return lines;
}

/// The label on one line, for tools that show one line: "key · date · short title".
std::string plain_label(const PictureNode& node) {
  std::string out = node.key.empty() ? clean(node.name) : clean(node.key);
  if (!node.date.empty()) out += " · " + node.date;
  std::string caption = node.title;
  if (caption.empty() && node.kind == graph::Kind::instrument && !node.key.empty()) caption = node.label;
  if (!caption.empty() && caption != node.name) {
    const std::vector<std::string> lines = wrap(caption, 48, 1);
    if (!lines.empty()) out += " · " + lines.front();
  }
  return out;
}

}  // namespace

std::optional<VisualFormat> parse_visual_format(std::string_view name) {
  if (name == "dot" || name == "gv") return VisualFormat::dot;
  if (name == "graphml") return VisualFormat::graphml;
  return std::nullopt;
}

std::string_view kind_color(graph::Kind kind) { return style_of(kind).fill; }

Picture whole_picture(const graph::GraphIndex& index) {
  Picture picture;
  picture.title = "resograph: " + std::to_string(index.entities().size()) + " entities, " +
                  std::to_string(index.links().size()) + " statements";
  for (const auto& [iri, entity] : index.entities()) picture.nodes.push_back(node_of(entity));
  for (const graph::Link& link : index.links()) {
    picture.edges.push_back(PictureEdge{link.source, link.target, link.relation, link.citations.size()});
  }
  sort_picture(picture);
  return picture;
}

Picture lineage_picture(const graph::GraphIndex& index, const graph::Lineage& lineage) {
  Picture picture;
  picture.lineage = true;
  const graph::Entity* root = index.entity(lineage.root);
  picture.title =
      "Lineage of " + (root ? root->name() : lineage.root) + " (depth " + std::to_string(lineage.depth) + ")";
  std::set<std::string> seen;
  const auto add = [&](const std::string& iri, const char* role, int depth) {
    if (!seen.insert(iri).second) return;
    const graph::Entity* entity = index.entity(iri);
    if (!entity) return;
    PictureNode node = node_of(*entity);
    node.role = role;
    node.depth = depth;
    picture.nodes.push_back(std::move(node));
  };
  add(lineage.root, "root", 0);
  for (const auto& [iri, depth] : lineage.ancestor_depth) add(iri, "ancestor", depth);
  for (const auto& [iri, depth] : lineage.descendant_depth) add(iri, "descendant", depth);
  sort_picture(picture);  // nodes in kind, date, name order

  // The step that first reached each node is its tree edge; the nodes one
  // tree edge from the same parent go into columns of at most
  // `per_column`, the oldest ancestors and the newest descendants furthest out.
  constexpr std::size_t per_column = 12;
  std::map<std::size_t, int> minlen;  // link → minlen of its tree edge
  const auto spread = [&](const std::vector<graph::Step>& steps, bool up) {
    std::map<std::string, const graph::Step*> first;
    for (const graph::Step& step : steps) first.emplace(step.far, &step);
    std::map<std::string, std::vector<const graph::Step*>> by_parent;
    for (const PictureNode& node : picture.nodes) {  // sorted order
      const auto found = first.find(node.id);
      if (found != first.end()) by_parent[found->second->near].push_back(found->second);
    }
    for (const auto& [parent, children] : by_parent) {
      const std::size_t columns = (children.size() + per_column - 1) / per_column;
      const std::size_t height = (children.size() + columns - 1) / columns;
      for (std::size_t i = 0; i < children.size(); ++i) {
        const int bucket = static_cast<int>(i / height);
        minlen[children[i]->link] = up ? static_cast<int>(columns) - bucket : 1 + bucket;
      }
    }
  };
  spread(lineage.ancestors, true);
  spread(lineage.descendants, false);
  std::set<std::size_t> links;
  for (const graph::Step& step : lineage.ancestors) links.insert(step.link);
  for (const graph::Step& step : lineage.descendants) links.insert(step.link);
  for (const std::size_t i : links) {
    const graph::Link& link = index.links()[i];
    PictureEdge edge{link.source, link.target, link.relation, link.citations.size()};
    const auto tree = minlen.find(i);
    edge.constraint = tree != minlen.end();
    if (edge.constraint) edge.minlen = tree->second;
    picture.edges.push_back(std::move(edge));
  }
  sort_picture(picture);
  return picture;
}

std::string to_dot(const Picture& picture) {
  // Parallel statements (recalls and mentions of one act) as one edge.
  struct DotEdge {
    std::string source, target, label, first;
    std::size_t citations = 0;
    int minlen = 1;
    bool constraint = false;
  };
  std::vector<DotEdge> edges;
  std::set<std::string> relations_present;
  for (std::size_t e = 0; e < picture.edges.size();) {
    std::size_t f = e;
    DotEdge edge{picture.edges[e].source, picture.edges[e].target, {}, {}, 0, 1, false};
    std::vector<std::string> relations;
    while (f < picture.edges.size() && picture.edges[f].source == edge.source &&
           picture.edges[f].target == edge.target) {
      relations.push_back(picture.edges[f].relation);
      edge.citations += picture.edges[f].citations;
      if (picture.edges[f].constraint) {
        edge.constraint = true;
        edge.minlen = std::max(edge.minlen, picture.edges[f].minlen);
      }
      ++f;
    }
    // "mentions" beside a stronger relation says nothing more.
    if (relations.size() > 1)
      relations.erase(std::remove(relations.begin(), relations.end(), "mentions"), relations.end());
    for (const std::string& r : relations) edge.label += (edge.label.empty() ? "" : ", ") + r;
    edge.first = relations.front();
    relations_present.insert(edge.first);
    edges.push_back(std::move(edge));
    e = f;
  }
  // A big lineage is drawn without edge labels (they would hide each other),
  // with its edges merged into trunks; colours and the legend name the relations.
  const bool labelled = !picture.lineage || edges.size() <= 40;

  std::string out;
  out += "// " + clean(picture.title) + " — written by resograph\n";
  out += "digraph resograph {\n";
  // Citing acts to the right, what they cite to the left: older to the left.
  out += "  graph [rankdir=RL, charset=\"UTF-8\", fontname=\"Helvetica\", fontsize=12, labelloc=t";
  if (!picture.lineage) {
    out += ", nodesep=0.1, ranksep=1.5";
  } else if (labelled) {
    out += ", nodesep=0.15, ranksep=1.0";
  } else {
    out += ", nodesep=0.12, ranksep=0.5, concentrate=true";
  }
  out += "];\n";
  out += "  node [fontname=\"Helvetica\", fontsize=9, style=\"filled\", margin=\"0.08,0.04\"];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.6];\n";

  // Title and legend (kinds present, relations present) as an HTML-like graph label.
  std::set<graph::Kind> kinds;
  for (const PictureNode& node : picture.nodes) kinds.insert(node.kind);
  out += "  label=<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"2\"><tr><td><b>" +
         xml_escape(clean(picture.title)) + "</b></td></tr>";
  out += "<tr><td><table border=\"0\" cellborder=\"1\" cellspacing=\"2\" cellpadding=\"3\"><tr>";
  for (const graph::Kind kind : kinds) {
    const Style style = style_of(kind);
    out += std::string("<td bgcolor=\"") + style.fill + "\" color=\"" + style.border + "\">" +
           std::string(graph::kind_name(kind)) + "</td>";
  }
  if (kinds.empty()) out += "<td border=\"0\">(empty graph)</td>";
  std::vector<std::string> legend(relations_present.begin(), relations_present.end());
  std::sort(legend.begin(), legend.end(), [](const std::string& a, const std::string& b) {
    return std::make_pair(relation_rank(a), a) < std::make_pair(relation_rank(b), b);
  });
  for (const std::string& relation : legend) {
    const EdgeStyle style = edge_style(relation);
    const std::string_view line = style.style;
    const std::string dashes = line == "dashed" ? "- - -" : line == "dotted" ? "· · ·" : "——";
    out += std::string("<td border=\"0\"><font color=\"") + style.color + "\">" + dashes + " " + xml_escape(relation) +
           "</font></td>";
  }
  out += "</tr></table></td></tr></table>>;\n\n";

  for (const PictureNode& node : picture.nodes) {
    const Style style = style_of(node.kind);
    out += "  " + dot_quote(node.id) + " [label=" + dot_lines(label_lines(node));
    out += std::string(", shape=") + style.shape + ", fillcolor=\"" + style.fill + "\", color=\"" + style.border + "\"";
    if (node.kind == graph::Kind::act) out += ", style=\"filled,rounded\"";
    if (node.role == "root") out += ", penwidth=3, fontsize=11";
    std::string tooltip = node.name;
    if (!node.date.empty()) tooltip += " (" + node.date + ")";
    if (!node.title.empty()) {
      tooltip += " — " + node.title;
    } else if (!node.label.empty() && node.label != node.name) {
      tooltip += " — " + node.label;
    }
    out += ", tooltip=" + dot_quote(tooltip);
    if (!node.link.empty()) out += ", URL=" + dot_quote(node.link) + ", target=\"_blank\"";
    out += ", class=" + dot_quote(std::string(graph::kind_name(node.kind)));
    out += ", kind=" + dot_quote(std::string(graph::kind_name(node.kind)));
    if (!node.key.empty()) out += ", key=" + dot_quote(node.key);
    if (!node.date.empty()) out += ", date=" + dot_quote(node.date);
    if (!node.role.empty()) out += ", role=" + dot_quote(node.role) + ", depth=" + std::to_string(node.depth);
    out += "];\n";
  }
  out += "\n";

  for (const DotEdge& edge : edges) {
    const EdgeStyle style = edge_style(edge.first);
    out += "  " + dot_quote(edge.source) + " -> " + dot_quote(edge.target) + " [";
    if (labelled) out += "label=" + dot_quote(edge.label) + ", ";
    out += "relation=" + dot_quote(edge.label) + ", color=\"" + style.color + "\", fontcolor=\"" + style.color +
           "\", style=" + style.style + ", tooltip=" +
           dot_quote(edge.label + " (" + std::to_string(edge.citations) + " citation" +
                     (edge.citations == 1 ? "" : "s") + ")");
    if (!edge.constraint) out += ", constraint=false";
    if (edge.minlen > 1) out += ", minlen=" + std::to_string(edge.minlen);
    out += "];\n";
  }
  out += "}\n";
  return out;
}

std::string to_graphml(const Picture& picture) {
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  std::string comment = clean(picture.title);  // "--" may not stand in an XML comment
  for (std::size_t at = comment.find("--"); at != std::string::npos; at = comment.find("--", at))
    comment.insert(at + 1, " ");
  out += "<!-- " + comment + " — written by resograph -->\n";
  out +=
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  struct Key {
    const char* id;
    const char* domain;
    const char* name;
    const char* type;
  };
  // clang-format off
  static const Key keys[] = {
      {"d_title", "graph", "title", "string"},      {"n_kind", "node", "kind", "string"},
      {"n_type", "node", "type", "string"},         {"n_label", "node", "label", "string"},
      {"n_key", "node", "key", "string"},           {"n_date", "node", "date", "string"},
      {"n_title", "node", "title", "string"},       {"n_iri", "node", "iri", "string"},
      {"n_link", "node", "link", "string"},         {"n_role", "node", "role", "string"},
      {"n_depth", "node", "depth", "int"},          {"n_color", "node", "color", "string"},
      {"n_r", "node", "r", "int"},                  {"n_g", "node", "g", "int"},
      {"n_b", "node", "b", "int"},                  {"e_relation", "edge", "relation", "string"},
      {"e_label", "edge", "label", "string"},       {"e_citations", "edge", "citations", "int"},
      // clang-format on
  };
  for (const Key& key : keys) {
    out += std::string("  <key id=\"") + key.id + "\" for=\"" + key.domain + "\" attr.name=\"" + key.name +
           "\" attr.type=\"" + key.type + "\"/>\n";
  }
  out += "  <graph id=\"resograph\" edgedefault=\"directed\">\n";
  out += "    <data key=\"d_title\">" + xml_escape(clean(picture.title)) + "</data>\n";
  std::map<std::string, std::string, std::less<>> ids;
  const auto data = [&](const char* key, std::string_view value) {
    if (value.empty()) return;
    out += std::string("      <data key=\"") + key + "\">" + xml_escape(value) + "</data>\n";
  };
  for (std::size_t n = 0; n < picture.nodes.size(); ++n) {
    const PictureNode& node = picture.nodes[n];
    const std::string id = "n" + std::to_string(n);
    ids.emplace(node.id, id);
    out += "    <node id=\"" + id + "\">\n";
    data("n_kind", graph::kind_name(node.kind));
    data("n_type", node.type);
    data("n_label", plain_label(node));
    data("n_key", node.key);
    data("n_date", node.date);
    data("n_title", clean(node.title));
    data("n_iri", node.id);
    data("n_link", node.link);
    if (!node.role.empty()) {
      data("n_role", node.role);
      data("n_depth", std::to_string(node.depth));
    }
    const std::string color(kind_color(node.kind));
    data("n_color", color);
    data("n_r", std::to_string(std::stoi(color.substr(1, 2), nullptr, 16)));
    data("n_g", std::to_string(std::stoi(color.substr(3, 2), nullptr, 16)));
    data("n_b", std::to_string(std::stoi(color.substr(5, 2), nullptr, 16)));
    out += "    </node>\n";
  }
  for (std::size_t e = 0; e < picture.edges.size(); ++e) {
    const PictureEdge& edge = picture.edges[e];
    const auto source = ids.find(edge.source);
    const auto target = ids.find(edge.target);
    if (source == ids.end() || target == ids.end()) continue;
    out += "    <edge id=\"e" + std::to_string(e) + "\" source=\"" + source->second + "\" target=\"" + target->second +
           "\">\n";
    data("e_relation", edge.relation);
    data("e_label", edge.relation);
    data("e_citations", std::to_string(edge.citations));
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace resograph::exporter
