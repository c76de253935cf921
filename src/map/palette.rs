//! Colour-blind- and greyscale-safe colours for the maps.
//!
//! # Sources
//!
//! * **Ordered classes** (the five regimes from criminalization to decriminalization, the
//!   five statuses from criminalized to legal) use the 5-class **viridis** colour map
//!   (van der Walt & Smith, matplotlib 2.0, 2015; <https://bids.github.io/colormap/>),
//!   sampled at 0, 0.25, 0.5, 0.75, 1 — the same hex values as matplotlib's `viridis`.
//!   Viridis is perceptually uniform, readable with the common colour-vision deficiencies
//!   (deuteranopia, protanopia, tritanopia) and its lightness rises monotonically, so the
//!   order survives greyscale printing (CIE L* ≈ 16, 36, 54, 73, 90).
//! * **Neutral classes** (`varies`, `unknown`, and areas with no data) are achromatic greys
//!   placed in the lightness gaps of the viridis steps (L* ≈ 63, 81, 97), so they read as
//!   "not a position on the scale" in colour and stay distinguishable in greyscale.
//!   `varies` is meant to be drawn hatched as well (`MapArea::hatched`), which separates it
//!   by texture too.
//! * The **gap score** ramp (0–100, five classes of 20 points) is ColorBrewer **YlOrRd**,
//!   5 classes (Cynthia A. Brewer, <https://colorbrewer2.org>, Apache-2.0), flagged there as
//!   colour-blind safe and print friendly; its lightness falls monotonically.
//!
//! Darker means more punitive in both ordered scales: criminalization/criminalized is the
//! darkest purple, decriminalization/legal the lightest yellow.

use super::LegendEntry;
use crate::model::{Regime, Status};

/// Regime `criminalization` (viridis 0.00).
pub const CRIMINALIZATION: &str = "#440154";
/// Regime `asymmetric` (viridis 0.25).
pub const ASYMMETRIC: &str = "#3b528b";
/// Regime `partial` (viridis 0.50).
pub const PARTIAL: &str = "#21918c";
/// Regime `legalization` (viridis 0.75).
pub const LEGALIZATION: &str = "#5ec962";
/// Regime `decriminalization` (viridis 1.00).
pub const DECRIMINALIZATION: &str = "#fde725";
/// Regime or status `varies` (neutral grey, L* ≈ 63; draw hatched).
pub const VARIES: &str = "#999999";
/// Regime or status `unknown` (neutral grey, L* ≈ 81).
pub const UNKNOWN: &str = "#c9c9c9";
/// Areas in the boundary data that the spec does not mention (L* ≈ 97).
pub const NO_DATA: &str = "#f7f7f7";

/// Status `criminalized` (severity 4; viridis 0.00).
pub const CRIMINALIZED: &str = "#440154";
/// Status `penalized` (severity 3; viridis 0.25).
pub const PENALIZED: &str = "#3b528b";
/// Status `regulated` (severity 2; viridis 0.50).
pub const REGULATED: &str = "#21918c";
/// Status `restricted` (severity 1; viridis 0.75).
pub const RESTRICTED: &str = "#5ec962";
/// Status `legal` (severity 0; viridis 1.00).
pub const LEGAL: &str = "#fde725";

/// Background (ocean) colour.
pub const BACKGROUND: &str = "#ffffff";
/// Borders between areas.
pub const BORDER: &str = "#666666";
/// Text colour for the title and legend.
pub const TEXT: &str = "#1a1a1a";
/// Text colour for the subtitle and source line.
pub const TEXT_MUTED: &str = "#555555";

/// Regimes with their colours, in legend order.
pub const REGIMES: [(Regime, &str); 7] = [
    (Regime::Criminalization, CRIMINALIZATION),
    (Regime::Asymmetric, ASYMMETRIC),
    (Regime::Partial, PARTIAL),
    (Regime::Legalization, LEGALIZATION),
    (Regime::Decriminalization, DECRIMINALIZATION),
    (Regime::Varies, VARIES),
    (Regime::Unknown, UNKNOWN),
];

/// Statuses with their colours, in legend order (most to least severe, then the neutral ones).
pub const STATUSES: [(Status, &str); 7] = [
    (Status::Criminalized, CRIMINALIZED),
    (Status::Penalized, PENALIZED),
    (Status::Regulated, REGULATED),
    (Status::Restricted, RESTRICTED),
    (Status::Legal, LEGAL),
    (Status::Varies, VARIES),
    (Status::Unknown, UNKNOWN),
];

/// ColorBrewer YlOrRd, 5 classes, for the gap score: [0,20), [20,40), [40,60), [60,80),
/// [80,100].
pub const GAP_RAMP: [&str; 5] = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];

/// The colour of a regime.
pub fn regime_color(regime: Regime) -> &'static str {
    match regime {
        Regime::Criminalization => CRIMINALIZATION,
        Regime::Asymmetric => ASYMMETRIC,
        Regime::Partial => PARTIAL,
        Regime::Legalization => LEGALIZATION,
        Regime::Decriminalization => DECRIMINALIZATION,
        Regime::Varies => VARIES,
        Regime::Unknown => UNKNOWN,
    }
}

/// The colour of a status.
pub fn status_color(status: Status) -> &'static str {
    match status {
        Status::Criminalized => CRIMINALIZED,
        Status::Penalized => PENALIZED,
        Status::Regulated => REGULATED,
        Status::Restricted => RESTRICTED,
        Status::Legal => LEGAL,
        Status::Varies => VARIES,
        Status::Unknown => UNKNOWN,
    }
}

/// Colour of a gap score (clamped to 0–100; NaN counts as 0).
pub fn gap_color(score: f64) -> &'static str {
    let s = if score.is_nan() {
        0.0
    } else {
        score.clamp(0.0, 100.0)
    };
    let class = ((s / 20.0).floor() as usize).min(4);
    GAP_RAMP[class]
}

/// Legend for the regime palette.
pub fn regime_legend() -> Vec<LegendEntry> {
    legend(&REGIMES)
}

/// Legend for the status palette.
pub fn status_legend() -> Vec<LegendEntry> {
    legend(&STATUSES)
}

/// Legend for the gap ramp ("0–19", ..., "80–100").
pub fn gap_legend() -> Vec<LegendEntry> {
    let labels = ["0–19", "20–39", "40–59", "60–79", "80–100"];
    labels
        .iter()
        .zip(GAP_RAMP)
        .map(|(l, c)| LegendEntry {
            label: l.to_string(),
            fill: c.to_string(),
        })
        .collect()
}

fn legend<T: std::fmt::Display>(pairs: &[(T, &str)]) -> Vec<LegendEntry> {
    pairs
        .iter()
        .map(|(n, c)| LegendEntry {
            label: n.to_string(),
            fill: c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lightness(hex: &str) -> f64 {
        let v = u32::from_str_radix(&hex[1..], 16).unwrap();
        let lin = |c: u32| {
            let c = c as f64 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let (r, g, b) = (lin(v >> 16), lin((v >> 8) & 0xff), lin(v & 0xff));
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        if y > 216.0 / 24389.0 {
            116.0 * y.cbrt() - 16.0
        } else {
            y * 24389.0 / 27.0
        }
    }

    #[test]
    fn ordered_scales_are_monotonic_in_lightness() {
        let regimes: Vec<&str> = REGIMES[..5].iter().map(|(_, c)| *c).collect();
        let statuses: Vec<&str> = STATUSES[..5].iter().map(|(_, c)| *c).collect();
        for scale in [regimes, statuses] {
            let l: Vec<f64> = scale.iter().map(|c| lightness(c)).collect();
            assert!(l.windows(2).all(|w| w[1] > w[0] + 10.0), "{l:?}");
        }
        let g: Vec<f64> = GAP_RAMP.iter().map(|c| lightness(c)).collect();
        assert!(g.windows(2).all(|w| w[1] < w[0]), "{g:?}");
    }

    #[test]
    fn all_fills_differ_in_greyscale() {
        let mut all: Vec<f64> = REGIMES.iter().map(|(_, c)| lightness(c)).collect();
        all.push(lightness(NO_DATA));
        all.sort_by(f64::total_cmp);
        assert!(all.windows(2).all(|w| w[1] - w[0] > 5.0), "{all:?}");
    }

    #[test]
    fn gap_classes() {
        assert_eq!(gap_color(0.0), GAP_RAMP[0]);
        assert_eq!(gap_color(19.9), GAP_RAMP[0]);
        assert_eq!(gap_color(20.0), GAP_RAMP[1]);
        assert_eq!(gap_color(100.0), GAP_RAMP[4]);
        assert_eq!(gap_color(250.0), GAP_RAMP[4]);
        assert_eq!(gap_color(f64::NAN), GAP_RAMP[0]);
        assert_eq!(regime_color(Regime::Asymmetric), ASYMMETRIC);
        assert_eq!(status_color(Status::Legal), LEGAL);
        for (regime, colour) in REGIMES {
            assert_eq!(regime_color(regime), colour, "the legend and the map agree");
        }
        for (status, colour) in STATUSES {
            assert_eq!(status_color(status), colour);
        }
    }
}
