//! Reads a version 1 set as version 2, and says how: version 1's `name` of a source is its
//! `outlet`; it knew no `said_by`, `headline`, `time` or `tier`, so none of its sources is
//! taken for an aggregator's.

use super::{Reference, Source};

/// The version the loader upgrades from.
pub(super) const VERSION_1: u32 = 1;

/// The version sets are written in.
pub(super) const CURRENT: u32 = 2;

/// Upgrades a version 1 set in place (it keeps `schema: 1`, so the validator holds it to
/// version 1's rules); the notes say what was done. Other versions are left as they are.
pub(super) fn upgrade(reference: &mut Reference) -> Vec<String> {
    if reference.schema != VERSION_1 {
        return Vec::new();
    }
    let mut renamed = 0;
    let mut rename = |source: &mut Source| {
        if let Some(name) = source.name.take() {
            source.outlet.get_or_insert(name);
            renamed += 1;
        }
    };
    for incident in &mut reference.incidents {
        let related = incident.related.iter_mut().flat_map(|r| &mut r.figures);
        for series in incident.figures.iter_mut().chain(related) {
            series
                .reports
                .iter_mut()
                .for_each(|r| rename(&mut r.source));
        }
        incident
            .quotes
            .iter_mut()
            .for_each(|q| rename(&mut q.source));
    }
    vec![format!(
        "schema version 1, read as version {CURRENT}: the `name` of {renamed} sources read as \
         their `outlet`; without `said_by` or `tier`, no source is taken for an aggregator's"
    )]
}

#[cfg(test)]
mod tests {
    use crate::reference::Reference;

    #[test]
    fn a_version_1_set_is_read_with_its_names_as_outlets_and_says_so() {
        let json = r#"{"schema": 1, "incidents": [{"id": "a", "title": "t", "date": "2025-04-24",
            "night_of": "n", "weekday": "Thursday", "figures": [{"category": "killed",
            "scope": "Kyiv", "reports": [{"value": 9, "order": 1, "source":
            {"url": "https://x.org", "name": "Ukrinform", "date": "2025-04-24"}}]}]}]}"#;
        let loaded = Reference::load(json).unwrap();
        let source = &loaded.reference.incidents[0].figures[0].reports[0].source;
        assert_eq!(source.outlet.as_deref(), Some("Ukrinform"));
        assert_eq!(source.name, None);
        assert_eq!(
            loaded.notes,
            [
                "schema version 1, read as version 2: the `name` of 1 sources read as their \
              `outlet`; without `said_by` or `tier`, no source is taken for an aggregator's"
            ]
        );
    }
}
