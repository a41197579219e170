//! Document → model: types the values and resolves every reference by id.

use super::*;
use crate::document::{
    Document, Observed, RawActivity, RawContext, RawEffect, RawIndicator, RawMeasurement,
    RawMechanism, RawOutput, RawResource, RawTarget, RawTargetGroup, Table,
};
use indexmap::IndexMap;
use toml::Spanned;

/// `[theory]`: what the programme is, and the data files it names.
fn meta(theory: Spanned<crate::document::RawMeta>) -> (Meta, Vec<Spanned<String>>) {
    let span = theory.span();
    let mut raw = theory.into_inner();
    let data_files = std::mem::take(&mut raw.data_files);
    let meta = Meta {
        name: raw.name.get_ref().clone(),
        name_span: raw.name.span(),
        span,
        language: raw.language,
        period: raw.period.map(Spanned::into_inner),
        owner: raw.owner,
        co_owners: raw.co_owners,
        partners: raw.partners,
        funder: raw.funder,
        purpose: raw.purpose,
        description: raw.description,
        sources: raw.sources,
        iati_identifier: raw.iati_identifier,
        reporting_org: raw.reporting_org,
        activity_status: raw.activity_status,
    };
    (meta, data_files)
}

/// Builds the typed theory from a parsed document.
pub fn lower(file: FileId, doc: Document) -> Theory {
    let (meta, data_files) = meta(doc.theory);

    let perspectives: Vec<Perspective> = doc
        .perspectives
        .into_iter()
        .map(|(id, label)| Perspective {
            span: id.span(),
            id: id.into_inner(),
            label: label.into_inner(),
        })
        .collect();

    // Ids are registered before any reference is resolved, so order in the file does not matter.
    let mut ids: HashMap<String, ItemRef> = HashMap::new();
    register_keys(&mut ids, doc.target_groups.keys(), ItemRef::TargetGroup);
    register_keys(&mut ids, doc.resources.keys(), ItemRef::Resource);
    register_keys(&mut ids, doc.activities.keys(), ItemRef::Activity);
    register_keys(&mut ids, doc.outputs.keys(), ItemRef::Output);
    register_keys(&mut ids, doc.effects.keys(), ItemRef::Effect);
    register_keys(&mut ids, doc.mechanisms.keys(), ItemRef::Mechanism);
    register_keys(&mut ids, doc.contexts.keys(), ItemRef::Context);
    register_keys(&mut ids, doc.indicators.keys(), ItemRef::Indicator);

    let names = Names {
        ids: &ids,
        perspectives: perspectives
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect(),
    };
    let target_groups = each(doc.target_groups, |header, raw: RawTargetGroup| {
        TargetGroup {
            header,
            role: raw.role,
            text: text(raw.text),
        }
    });
    let resources = each(doc.resources, |header, raw: RawResource| Resource {
        header,
        text: text(raw.text),
        draft: raw.draft || raw.inferred.is_some(),
        inferred: raw.inferred.map(text),
    });
    let activities = each(doc.activities, |header, raw: RawActivity| Activity {
        header,
        perspective: names.perspective(raw.perspective),
        text: text(raw.text),
        uses: names.all(raw.uses),
        draft: raw.draft || raw.inferred.is_some(),
        inferred: raw.inferred.map(text),
    });
    let outputs = each(doc.outputs, |header, raw: RawOutput| Output {
        header,
        perspective: names.perspective(raw.perspective),
        text: text(raw.text),
        from: names.all(raw.from),
        draft: raw.draft || raw.inferred.is_some(),
        inferred: raw.inferred.map(text),
        inferred_links: inferred_links(raw.inferred_links),
    });
    let effects = each(doc.effects, |header, raw: RawEffect| Effect {
        header,
        horizon_span: raw.horizon.span(),
        horizon: raw.horizon.into_inner(),
        perspective: names.perspective(raw.perspective),
        text: text(raw.text),
        intended: raw.intended,
        draft: raw.draft || raw.inferred.is_some(),
        inferred: raw.inferred.map(text),
    });
    let mechanisms = each(doc.mechanisms, |header, raw| mechanism(&names, header, raw));
    let contexts = each(doc.contexts, |header, raw: RawContext| Context {
        header,
        kind: raw.kind,
        influence: raw.influence,
        text: text(raw.text),
        draft: raw.draft || raw.inferred.is_some(),
        inferred: raw.inferred.map(text),
    });
    let indicators = each(doc.indicators, |header, raw| {
        indicator(file, &names, header, raw)
    });

    let lints = doc
        .lints
        .into_iter()
        .map(|(rule, level)| LintSetting {
            rule_span: rule.span(),
            rule: rule.into_inner(),
            level: level.into_inner(),
        })
        .collect();

    Theory {
        file,
        data_files: data_files.into_iter().map(text).collect(),
        unattached: Vec::new(),
        meta,
        target_groups,
        perspectives,
        resources,
        activities,
        outputs,
        effects,
        mechanisms,
        contexts,
        indicators,
        lints,
        ids,
    }
}

/// Every item of one table, in file order, each made by `item` from its header and fields.
fn each<R, T>(table: Table<R>, item: impl Fn(Header, R) -> T) -> Vec<T> {
    table
        .into_iter()
        .map(|(key, value)| item(header(key, &value), value.into_inner()))
        .collect()
}

/// What a reference by id can name: every item's id, and the perspectives'.
struct Names<'a> {
    ids: &'a HashMap<String, ItemRef>,
    perspectives: HashMap<&'a str, usize>,
}

impl Names<'_> {
    fn resolve(&self, raw: Spanned<String>) -> Reference<ItemRef> {
        Reference {
            target: self.ids.get(raw.get_ref().as_str()).copied(),
            span: raw.span(),
            name: raw.into_inner(),
        }
    }

    fn all(&self, raw: Vec<Spanned<String>>) -> Vec<Reference<ItemRef>> {
        raw.into_iter().map(|r| self.resolve(r)).collect()
    }

    fn perspective(&self, raw: Option<Spanned<String>>) -> Option<Reference<usize>> {
        raw.map(|p| Reference {
            target: self.perspectives.get(p.get_ref().as_str()).copied(),
            span: p.span(),
            name: p.into_inner(),
        })
    }
}

fn mechanism(names: &Names, header: Header, raw: RawMechanism) -> Mechanism {
    Mechanism {
        header,
        text: text(raw.text),
        from_span: raw.from.span(),
        from: names.all(raw.from.into_inner()),
        to_span: raw.to.span(),
        to: names.all(raw.to.into_inner()),
        evidence: raw.evidence,
        finding: raw.finding.map(|f| Finding {
            status: f.status,
            note: f.note,
        }),
        contexts: names.all(raw.contexts),
        draft: raw.draft || raw.inferred.is_some(),
        inferred: raw.inferred.map(text),
        inferred_links: inferred_links(raw.inferred_links),
    }
}

fn inferred_links(raw: IndexMap<Spanned<String>, Spanned<String>>) -> Vec<InferredLink> {
    raw.into_iter()
        .map(|(name, reason)| InferredLink {
            span: name.span(),
            name: name.into_inner(),
            reason: text(reason),
        })
        .collect()
}

fn indicator(file: FileId, names: &Names, header: Header, raw: RawIndicator) -> Indicator {
    let unit_span = raw.unit.as_ref().map(Spanned::span);
    let levels: Vec<Text> = raw.levels.into_iter().map(text).collect();
    let unit = Unit::parse(raw.unit.as_ref().map(|u| u.get_ref().as_str()));
    let disaggregation: Vec<Dimension> = raw
        .disaggregation
        .into_iter()
        .map(|(name, values)| Dimension {
            span: name.span(),
            name: name.into_inner(),
            values: values.into_iter().map(text).collect(),
        })
        .collect();
    let measurements = raw
        .measurements
        .into_iter()
        .map(|m| measurement(file, &levels, &disaggregation, m))
        .collect();
    Indicator {
        header,
        measures_span: raw.measures.span(),
        measures: names.all(raw.measures.into_inner()),
        kind_span: raw.kind.span(),
        kind: raw.kind.into_inner(),
        text: text(raw.text),
        unit,
        unit_span,
        range: raw.range.map(|r| (r.get_ref()[0].0, r.get_ref()[1].0)),
        target: raw.target.map(|t| target(&levels, t)),
        levels,
        baseline: raw.baseline.map(|b| {
            let span = b.span();
            let b = b.into_inner();
            Baseline {
                value: b.value.0,
                period: b.period.map(text),
                span,
            }
        }),
        source: raw.source.map(text),
        frequency: raw.frequency,
        responsible: raw.responsible,
        disaggregation,
        measurements,
        draft: raw.draft || raw.inferred.is_some(),
        inferred: raw.inferred.map(text),
    }
}

fn target(levels: &[Text], raw: Spanned<RawTarget>) -> Target {
    let span = raw.span();
    let t = raw.into_inner();
    let by = t.by.map(text);
    let level = t.level.map(text);
    Target {
        value: t
            .value
            .map(|v| v.0)
            .or_else(|| level_number(levels, &level.as_ref()?.value)),
        level,
        max: t.max.map(|v| v.0),
        direction: t.direction,
        by_period: by.as_ref().and_then(|b| Period::parse(&b.value)),
        by,
        approximate: t.approximate,
        span,
    }
}

fn measurement(
    file: FileId,
    levels: &[Text],
    disaggregation: &[Dimension],
    raw: Spanned<RawMeasurement>,
) -> Measurement {
    let origin = Origin {
        file,
        span: raw.span(),
    };
    let m = raw.into_inner();
    let group_index = m
        .group
        .as_ref()
        .and_then(|g| resolve_group(disaggregation, g.get_ref()));
    Measurement {
        parsed_period: Period::parse(m.period.get_ref()),
        period_origin: Origin {
            file,
            span: m.period.span(),
        },
        period: m.period.into_inner(),
        value: match m.value.as_ref().map(|v| v.get_ref()) {
            Some(Observed::Number(v)) => Some(*v),
            // An ordinal level counts as its place among the levels.
            Some(Observed::Text(t)) => level_number(levels, t),
            None => None,
        },
        text: match m.value.map(Spanned::into_inner) {
            Some(Observed::Text(t)) => Some(t),
            _ => None,
        },
        assessment: m.assessment.map(Spanned::into_inner),
        derived: m.derived,
        approximate: m.approximate,
        numerator: m.numerator.map(|v| v.into_inner().0),
        denominator: m.denominator.map(|v| v.into_inner().0),
        group_origin: m.group.as_ref().map(|g| Origin {
            file,
            span: g.span(),
        }),
        group: m.group.map(Spanned::into_inner),
        group_index,
        source: m.source,
        note: m.note,
        origin,
    }
}

/// The number an ordinal level counts as: its place among the levels, 1 for the lowest.
fn level_number(levels: &[Text], level: &str) -> Option<f64> {
    levels
        .iter()
        .position(|l| l.value == level)
        .map(|i| (i + 1) as f64)
}

/// The (dimension, value) a measurement's group names: `FK`, or `remittent=FK` when the same
/// value occurs in more than one dimension. `None` when it names no group of the indicator.
pub fn resolve_group(dimensions: &[Dimension], group: &str) -> Option<(usize, usize)> {
    let find = |d: usize, value: &str| {
        dimensions[d]
            .values
            .iter()
            .position(|v| v.value == value)
            .map(|v| (d, v))
    };
    // A value as written comes first, so a group such as `<=25` is found whole.
    let mut found = (0..dimensions.len()).filter_map(|d| find(d, group.trim()));
    if let Some(first) = found.next() {
        // A value shared by two dimensions is ambiguous without its dimension's name.
        return found.next().is_none().then_some(first);
    }
    let (name, value) = group.split_once('=')?;
    let d = dimensions.iter().position(|d| d.name == name.trim())?;
    find(d, value.trim())
}

fn register_keys<'a>(
    ids: &mut HashMap<String, ItemRef>,
    keys: impl Iterator<Item = &'a Spanned<String>>,
    make: fn(usize) -> ItemRef,
) {
    for (i, key) in keys.enumerate() {
        ids.entry(key.get_ref().clone()).or_insert(make(i));
    }
}

fn header<T>(key: Spanned<String>, value: &Spanned<T>) -> Header {
    // A table's span is its `[section.id]` header line; an inline table's starts at its `{`,
    // after the key, so there the key itself is the better place to point at.
    let span = if value.span().start <= key.span().start {
        value.span()
    } else {
        key.span()
    };
    Header {
        key: key.span(),
        id: key.into_inner(),
        span,
    }
}

fn text(raw: Spanned<String>) -> Text {
    Text {
        span: raw.span(),
        value: raw.into_inner(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dimension(name: &str, values: &[&str]) -> Dimension {
        Dimension {
            name: name.to_string(),
            span: 0..0,
            values: values
                .iter()
                .map(|v| Text {
                    value: v.to_string(),
                    span: 0..0,
                })
                .collect(),
        }
    }

    #[test]
    fn a_group_value_with_an_equals_sign_is_found_whole() {
        let dims = [
            dimension("alder", &["<=25", ">25"]),
            dimension("remittent", &["FK"]),
        ];
        assert_eq!(resolve_group(&dims, "<=25"), Some((0, 0)));
        assert_eq!(resolve_group(&dims, "alder=>25"), Some((0, 1)));
        assert_eq!(resolve_group(&dims, "remittent=FK"), Some((1, 0)));
        assert_eq!(resolve_group(&dims, "FK"), Some((1, 0)));
        assert_eq!(resolve_group(&dims, "AF"), None);
    }
}
