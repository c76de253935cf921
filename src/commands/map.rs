//! `swlaw map`: a choropleth of any question the dataset answers, as SVG or PNG.

use crate::cli::{MapArgs, MapBy};
use crate::error::Failure;
use crate::map::{self, LegendEntry, MapArea, MapSpec, palette};
use crate::model::{Activity, Dataset, Model, Regime, Status};
use crate::view::{self, When};
use std::path::Path;

/// What one jurisdiction looks like on the map.
fn area(dataset: &Dataset, by: MapBy, model: &Model, when: When, index: usize) -> MapArea {
    let record = &dataset.jurisdictions[index];
    let state = view::state_on(record, when.day);
    let (fill, value, varies) = match by {
        MapBy::Regime => (
            palette::regime_color(state.regime),
            state.regime.to_string(),
            state.regime == Regime::Varies,
        ),
        MapBy::Gap => {
            let score = crate::gap::measure(dataset, record, model, when.day).score;
            let varies = state.activities.iter().any(|(_, s)| *s == Status::Varies);
            match score.exact() {
                Some(exact) => (palette::gap_color(exact), format!("gap {exact:.1}"), varies),
                // A range gets its own class: colouring it by either bound would claim more
                // than the data holds.
                None => (
                    palette::UNKNOWN,
                    format!("gap {} (a range: some statuses unknown)", score.text()),
                    varies,
                ),
            }
        }
        activity => {
            let activity = match activity {
                MapBy::Selling => Activity::Selling,
                MapBy::Buying => Activity::Buying,
                MapBy::Soliciting => Activity::Soliciting,
                _ => Activity::Organizing,
            };
            let status = *state.activities.get(activity);
            (
                palette::status_color(status),
                format!("{activity} {status}"),
                status == Status::Varies,
            )
        }
    };
    MapArea {
        id: record.id.clone(),
        fill: fill.to_string(),
        title: format!("{} ({}): {value}", record.name, record.id),
        hatched: varies,
    }
}

fn legend(by: MapBy) -> Vec<LegendEntry> {
    match by {
        MapBy::Regime => palette::regime_legend(),
        MapBy::Gap => {
            let mut entries = palette::gap_legend();
            entries.push(LegendEntry {
                label: "a range (some statuses unknown)".into(),
                fill: palette::UNKNOWN.into(),
            });
            entries
        }
        _ => palette::status_legend(),
    }
}

/// The map's specification: one area per record, the legend, and the lines that say what and
/// when it shows.
pub fn spec(
    dataset: &Dataset,
    args: &MapArgs,
    model: &Model,
    when: When,
) -> Result<MapSpec, Failure> {
    // A subregion zooms to the region it belongs to.
    let focus = args
        .region
        .map(|area| map::Focus::for_region(area.region()));
    let what = match args.by {
        MapBy::Regime => "regime".to_string(),
        MapBy::Gap => format!("gap to the {} model", model.name.to_lowercase()),
        MapBy::Selling => "selling".into(),
        MapBy::Buying => "buying".into(),
        MapBy::Soliciting => "soliciting".into(),
        MapBy::Organizing => "organizing".into(),
    };
    let reviewed = match dataset.reviewed_range() {
        Some((first, last)) if first == last => format!("reviewed {first}"),
        Some((first, last)) => format!("reviewed {first} to {last}"),
        None => "no records".into(),
    };
    Ok(MapSpec {
        title: args
            .title
            .clone()
            .unwrap_or_else(|| format!("Sex work law by jurisdiction: {what}")),
        subtitle: format!("as of {}", when.day),
        source_line: format!("Data: swlaw dataset, {reviewed}."),
        areas: (0..dataset.jurisdictions.len())
            .map(|index| area(dataset, args.by, model, when, index))
            .collect(),
        legend: legend(args.by),
        focus,
    })
}

/// What `-o` writes, from its extension.
enum OutputKind {
    Svg,
    Png,
}

fn output_kind(path: &Path) -> Result<OutputKind, Failure> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let stem = path
        .file_stem()
        .is_some_and(|s| !s.is_empty() && !s.to_string_lossy().starts_with('.'));
    match (extension.as_deref(), stem) {
        (Some("svg"), true) => Ok(OutputKind::Svg),
        (Some("png"), true) => Ok(OutputKind::Png),
        _ => Err(Failure::Usage(format!(
            "-o {}: the file name must end in .svg or .png",
            path.display()
        ))),
    }
}

/// `--width` sets a PNG's pixels; an SVG has none to set.
fn refuse_width(args: &MapArgs) -> Result<(), Failure> {
    match args.width {
        Some(_) => Err(Failure::Usage(
            "--width applies to PNG only (-o map.png); an SVG scales to any size".into(),
        )),
        None => Ok(()),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`: a failed write
/// leaves whatever was at `path` as it was.
fn write_replacing(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.swlaw-{}.tmp", std::process::id()));
    let written =
        std::fs::write(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, path));
    if let Err(error) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(anyhow::anyhow!("cannot write {}: {error}", path.display()));
    }
    Ok(())
}

/// Draws the map: SVG to stdout or to a file; PNG when the file name ends in `.png`.
/// `data_files` are the files of a user's dataset, which `-o` may not overwrite.
pub fn run(
    dataset: &Dataset,
    args: &MapArgs,
    model: &Model,
    data_files: &[std::path::PathBuf],
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let when = When::new(args.when.as_of);
    let spec = spec(dataset, args, model, when)?;
    for id in map::undrawable_ids(&spec) {
        crate::report!("swlaw: warning: no shape or location for `{id}`; it is not drawn");
    }
    let svg = map::render_svg(&spec)?;
    match &args.output {
        None => {
            refuse_width(args)?;
            out.write_all(svg.as_bytes())?
        }
        Some(path) => {
            let bytes = match output_kind(path)? {
                OutputKind::Png => {
                    let width = args.width.unwrap_or(map::DEFAULT_PNG_WIDTH);
                    if !map::PNG_WIDTHS.contains(&width) {
                        let (min, max) = (map::PNG_WIDTHS.start(), map::PNG_WIDTHS.end());
                        let message = format!("--width: between {min} and {max} pixels");
                        return Err(Failure::Usage(message).into());
                    }
                    map::render_png(&svg, width)?
                }
                OutputKind::Svg => {
                    refuse_width(args)?;
                    svg.into_bytes()
                }
            };
            if data_files.iter().any(|file| same_file(file, path)) {
                let message = format!(
                    "-o {}: that is a file of the dataset being read; choose another name",
                    path.display()
                );
                return Err(Failure::Usage(message).into());
            }
            write_replacing(path, &bytes)?;
        }
    }
    Ok(())
}
