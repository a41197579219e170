//! The theory as Graphviz DOT, built with graphviz-rust's AST: left to right, one cluster per
//! lane, one `rank=same` group per column inside it, mechanisms as small numbered nodes.

use super::layout::{Column, Layout};
use crate::model::Theory;
use crate::words::labels;
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

/// Builds the DOT graph of what the layout shows.
pub fn graph(theory: &Theory, layout: &Layout) -> Graph {
    let words = labels(theory.meta.language);
    let mut stmts = vec![
        attr("rankdir", "LR"),
        attr("newrank", "true"),
        attr("compound", "true"),
        attr("fontname", "DejaVu Sans"),
        Stmt::Attribute(Attribute(plain("label"), quoted(&theory.meta.name))),
        attr("labelloc", "t"),
        Stmt::GAttribute(graphviz_rust::dot_structures::GraphAttributes::Node(vec![
            Attribute(plain("shape"), plain("box")),
            Attribute(plain("style"), quoted("rounded,filled")),
            Attribute(plain("fontname"), quoted("DejaVu Sans")),
            Attribute(plain("fontsize"), plain("10")),
        ])),
        Stmt::GAttribute(graphviz_rust::dot_structures::GraphAttributes::Edge(vec![
            Attribute(plain("color"), quoted("#5b6770")),
        ])),
    ];

    // Resources stand beside the lanes, in their own cluster.
    let resources: Vec<&super::layout::ItemBox> = layout
        .boxes
        .iter()
        .filter(|b| b.column == Column::Resources)
        .collect();
    if !resources.is_empty() {
        let mut inner = vec![Stmt::Attribute(Attribute(
            plain("label"),
            quoted(words.resources),
        ))];
        inner.extend(resources.iter().map(|b| node(b)));
        stmts.push(Stmt::Subgraph(Subgraph {
            id: plain("cluster_resources"),
            stmts: inner,
        }));
    }
    // A marker sits in its lane's cluster, so it never lands on a lane's title.
    let lanes_of_markers = layout.marker_lanes();
    let marker_lane = |mechanism: usize| lanes_of_markers.get(&mechanism).copied();
    for (l, lane) in layout.lanes.iter().enumerate() {
        let label = lane
            .perspective
            .map(|p| theory.perspectives[p].label.as_str())
            .unwrap_or(words.other_lane);
        let mut inner = vec![
            Stmt::Attribute(Attribute(plain("label"), quoted(label))),
            attr("style", "filled"),
            Stmt::Attribute(Attribute(plain("color"), quoted("#f5f7f9"))),
        ];
        inner.extend(layout.boxes.iter().filter(|b| b.lane == Some(l)).map(node));
        inner.extend(
            layout
                .markers
                .iter()
                .filter(|m| marker_lane(m.mechanism) == Some(l))
                .map(|m| marker(theory, m)),
        );
        stmts.push(Stmt::Subgraph(Subgraph {
            id: plain(&format!("cluster_lane{l}")),
            stmts: inner,
        }));
    }
    stmts.extend(
        layout
            .markers
            .iter()
            .filter(|m| marker_lane(m.mechanism).is_none())
            .map(|m| marker(theory, m)),
    );
    stmts.extend(column_ranks(layout));
    stmts.extend(edges(theory, layout));
    Graph::DiGraph {
        id: quoted(&theory.meta.name),
        strict: false,
        stmts,
    }
}

/// One rank per column across all lanes (newrank lets a rank cross clusters), so every
/// column keeps its place left to right; resources alone on the first rank.
fn column_ranks(layout: &Layout) -> Vec<Stmt> {
    let mut stmts = Vec::new();
    for heading in &layout.headings {
        let members: Vec<Stmt> = layout
            .boxes
            .iter()
            .filter(|b| b.column == heading.column)
            .map(|b| Stmt::Node(Node::new(NodeId(quoted(&item_node(&b.id)), None), vec![])))
            .collect();
        if members.is_empty() {
            continue;
        }
        let rank = if heading.column == Column::Resources {
            "source"
        } else {
            "same"
        };
        let mut group = vec![attr("rank", rank)];
        group.extend(members);
        stmts.push(Stmt::Subgraph(Subgraph {
            id: plain(&format!("column_{}", column_name(heading.column))),
            stmts: group,
        }));
    }
    stmts
}

/// Every arrow as an edge (to and from a mechanism's marker, or between two items), and the
/// invisible edge that keeps the resources left of the activities.
fn edges(theory: &Theory, layout: &Layout) -> Vec<Stmt> {
    let mut stmts = Vec::new();
    for arrow in &layout.arrows {
        let (from, to) = match (arrow.mechanism, arrow.from_box, arrow.to_box) {
            (None, Some(a), Some(b)) => (
                item_node(&layout.boxes[a].id),
                item_node(&layout.boxes[b].id),
            ),
            (Some(m), Some(b), _) => (
                item_node(&layout.boxes[b].id),
                format!("mechanism:{}", theory.mechanisms[m].header.id),
            ),
            (Some(m), _, Some(b)) => (
                format!("mechanism:{}", theory.mechanisms[m].header.id),
                item_node(&layout.boxes[b].id),
            ),
            _ => continue,
        };
        let mut attributes = Vec::new();
        if arrow.to_box.is_none() {
            attributes.push(Attribute(plain("arrowhead"), plain("none")));
        }
        if let Some(reason) = &arrow.inferred {
            attributes.push(Attribute(plain("style"), plain("dashed")));
            attributes.push(Attribute(plain("tooltip"), quoted(reason)));
        }
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(quoted(&from), None)),
                Vertex::N(NodeId(quoted(&to), None)),
            ),
            attributes,
        }));
    }
    // Resources have no arrows, so nothing would keep them left of the activities; one
    // invisible edge does (`rank=source` alone does not, inside clusters).
    let first = |column: Column| layout.boxes.iter().find(|b| b.column == column);
    if let (Some(resource), Some(activity)) = (first(Column::Resources), first(Column::Activities))
    {
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(quoted(&item_node(&resource.id)), None)),
                Vertex::N(NodeId(quoted(&item_node(&activity.id)), None)),
            ),
            attributes: vec![Attribute(plain("style"), plain("invis"))],
        }));
    }
    stmts
}

/// A mechanism's numbered marker, wide enough for its number, filled as the built-in
/// diagram fills it for the evaluation's verdict.
fn marker(theory: &Theory, marker: &super::layout::Marker) -> Stmt {
    let digits = marker.number.to_string().len() as f64;
    let supported = marker.verdict == super::layout::Verdict::Supported;
    let never_tried = marker.verdict == super::layout::Verdict::NotImplemented;
    let mut style = vec![if supported || never_tried {
        "filled"
    } else {
        "solid"
    }];
    if marker.draft {
        style.push("dashed");
    }
    let tooltip = crate::words::mechanism_with_verdict(theory, marker.mechanism);
    Stmt::Node(Node::new(
        NodeId(quoted(&format!("mechanism:{}", marker.id)), None),
        vec![
            Attribute(plain("shape"), plain("circle")),
            Attribute(plain("label"), quoted(&marker.number.to_string())),
            Attribute(plain("tooltip"), quoted(&tooltip)),
            Attribute(plain("style"), quoted(&style.join(","))),
            // The built-in diagram's grey for a mechanism never tried.
            Attribute(
                plain("fillcolor"),
                quoted(if never_tried { "#cfd6dc" } else { "#2f4858" }),
            ),
            Attribute(plain("color"), quoted("#2f4858")),
            Attribute(
                plain("fontcolor"),
                quoted(if supported { "#ffffff" } else { "#2f4858" }),
            ),
            Attribute(
                plain("width"),
                plain(&format!("{:.2}", 0.16 + 0.08 * digits)),
            ),
            Attribute(plain("fixedsize"), plain("true")),
        ],
    ))
}

/// The DOT text of the graph.
pub fn print(graph: Graph) -> String {
    let mut text = graph.print(&mut PrinterContext::default());
    text.push('\n');
    text
}

fn node(b: &super::layout::ItemBox) -> Stmt {
    let fill = match b.column {
        Column::Resources => "#fdf1d8",
        Column::Activities => "#e2eefa",
        Column::Outputs => "#ece4f6",
        Column::Effects(_) => "#d3ecda",
    };
    let mut label = b.text.lines.join("\n");
    if let Some(badge) = &b.badge {
        label.push_str(&format!("\n[{}]", badge.counts()));
    }
    let mut attributes = vec![
        Attribute(plain("label"), quoted(&label)),
        Attribute(plain("fillcolor"), quoted(fill)),
    ];
    if b.draft {
        attributes.push(Attribute(plain("style"), quoted("rounded,filled,dotted")));
    } else if b.unintended {
        attributes.push(Attribute(plain("style"), quoted("rounded,filled,dashed")));
    }
    Stmt::Node(Node::new(
        NodeId(quoted(&item_node(&b.id)), None),
        attributes,
    ))
}

/// An item's node name. Items and mechanisms live in separate namespaces (`item:` and
/// `mechanism:`), so an activity called `mechanism:m` can never merge with mechanism `m`.
fn item_node(id: &str) -> String {
    format!("item:{id}")
}

fn column_name(column: Column) -> &'static str {
    match column {
        Column::Resources => "resources",
        Column::Activities => "activities",
        Column::Outputs => "outputs",
        Column::Effects(crate::model::Horizon::Short) => "short",
        Column::Effects(crate::model::Horizon::Medium) => "medium",
        Column::Effects(crate::model::Horizon::Long) => "long",
    }
}

fn attr(key: &str, value: &str) -> Stmt {
    Stmt::Attribute(Attribute(plain(key), quoted(value)))
}

fn plain(s: &str) -> Id {
    Id::Plain(s.to_string())
}

/// A DOT string literal: quotes and backslashes escaped, line breaks as `\n`.
fn quoted(s: &str) -> Id {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            '\t' => out.push(' '),
            // Graphviz reads entities in strings: "&lt;" would be shown as "<".
            '&' => out.push_str("&amp;"),
            // Graphviz stops at a NUL and its lexer rejects U+FFFE and U+FFFF; it writes SVG,
            // which cannot carry the other controls either: the same stand-in as verkan's SVG.
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out.push('"');
    Id::Escaped(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_escaped() {
        assert_eq!(
            quoted("a \"b\" \\ c\nd"),
            Id::Escaped(r#""a \"b\" \\ c\nd""#.to_string())
        );
        assert_eq!(
            quoted("a\u{0}b\u{ffff}\u{1b}\tc &lt;"),
            Id::Escaped("\"a\u{fffd}b\u{fffd}\u{fffd} c &amp;lt;\"".to_string())
        );
    }
}
