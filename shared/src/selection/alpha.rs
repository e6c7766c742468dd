//! Krippendorff's alpha for interval data: agreement among raters beyond chance, with any number
//! of raters per unit and missing ratings. Computed from sums, in one pass over the units.

/// `units[u]` holds the values given to unit `u` (by however many raters). Units with fewer than
/// two values are not pairable and are left out. `None` when there is no variation at all.
pub fn interval_alpha(units: &[Vec<f64>]) -> Option<f64> {
    // Observed disagreement: within units, each unit's pairs weighted by 1/(m_u - 1).
    let mut n = 0.0;
    let mut observed = 0.0;
    let (mut all_sum, mut all_squares) = (0.0, 0.0);
    for values in units.iter().filter(|v| v.len() >= 2) {
        let m = values.len() as f64;
        let sum: f64 = values.iter().sum();
        let squares: f64 = values.iter().map(|v| v * v).sum();
        // Σ_{i≠j} (v_i − v_j)² = 2 (m Σv² − (Σv)²)
        observed += 2.0 * (m * squares - sum * sum) / (m - 1.0);
        n += m;
        all_sum += sum;
        all_squares += squares;
    }
    if n < 2.0 {
        return None;
    }
    let expected = 2.0 * (n * all_squares - all_sum * all_sum) / (n - 1.0);
    if expected <= 0.0 {
        return None;
    }
    Some(1.0 - observed / expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows are coders, columns units (`None` = not coded), as the examples print them.
    fn by_unit(coders: &[&[Option<f64>]]) -> Vec<Vec<f64>> {
        (0..coders[0].len())
            .map(|u| coders.iter().filter_map(|c| c[u]).collect())
            .collect()
    }

    #[test]
    fn krippendorffs_2011_example_gives_the_published_interval_alpha() {
        let (a, b, c, d) = (
            [
                Some(1.),
                Some(2.),
                Some(3.),
                Some(3.),
                Some(2.),
                Some(1.),
                Some(4.),
                Some(1.),
                Some(2.),
                None,
                None,
                None,
            ],
            [
                Some(1.),
                Some(2.),
                Some(3.),
                Some(3.),
                Some(2.),
                Some(2.),
                Some(4.),
                Some(1.),
                Some(2.),
                Some(5.),
                None,
                Some(3.),
            ],
            [
                None,
                Some(3.),
                Some(3.),
                Some(3.),
                Some(2.),
                Some(3.),
                Some(4.),
                Some(2.),
                Some(2.),
                Some(5.),
                Some(1.),
                None,
            ],
            [
                Some(1.),
                Some(2.),
                Some(3.),
                Some(3.),
                Some(2.),
                Some(4.),
                Some(4.),
                Some(1.),
                Some(2.),
                Some(5.),
                Some(1.),
                None,
            ],
        );
        let alpha = interval_alpha(&by_unit(&[&a, &b, &c, &d])).unwrap();
        // Published as .849 (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability");
        // the exact value agrees with the Python `krippendorff` package to the last digit.
        assert!((alpha - 0.849_107_142_857_142_8).abs() < 1e-9, "{alpha}");
        assert_eq!(format!("{alpha:.3}"), "0.849");
    }

    #[test]
    fn the_three_coder_example_with_many_gaps() {
        let n = None;
        let x = |v: f64| Some(v);
        let a = [
            n,
            n,
            n,
            n,
            n,
            x(3.),
            x(4.),
            x(1.),
            x(2.),
            x(1.),
            x(1.),
            x(3.),
            x(3.),
            n,
            x(3.),
        ];
        let b = [
            x(1.),
            n,
            x(2.),
            x(1.),
            x(3.),
            x(3.),
            x(4.),
            x(3.),
            n,
            n,
            n,
            n,
            n,
            n,
            n,
        ];
        let c = [
            n,
            n,
            x(2.),
            x(1.),
            x(3.),
            x(4.),
            x(4.),
            n,
            x(2.),
            x(1.),
            x(1.),
            x(3.),
            x(3.),
            n,
            x(4.),
        ];
        let alpha = interval_alpha(&by_unit(&[&a, &b, &c])).unwrap();
        assert!((alpha - 0.810_844_892_812_105_9).abs() < 1e-9, "{alpha}");
    }

    #[test]
    fn perfect_agreement_is_one_and_no_variation_is_undefined() {
        assert_eq!(
            interval_alpha(&[vec![1., 1.], vec![3., 3.], vec![5., 5.]]),
            Some(1.0)
        );
        assert_eq!(interval_alpha(&[vec![2., 2.], vec![2., 2.]]), None);
        assert_eq!(interval_alpha(&[vec![2.]]), None);
    }
}
