//! Intraclass correlation ICC(1,1) and ICC(1,k) (Shrout & Fleiss 1979, case 1: each target rated
//! by a different set of raters, as selection panels are), from a one-way analysis of variance.
//! Unequal numbers of ratings per target use the usual adjusted group size k₀.

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Icc {
    /// Reliability of one rater's score.
    pub single: f64,
    /// Reliability of the mean of the `k` raters' scores.
    pub average: f64,
    /// The (adjusted) number of ratings per target.
    pub k: f64,
}

/// `groups[t]` holds the ratings of target `t`. Targets with fewer than two ratings are left
/// out. `None` without at least two such targets or without variation.
pub fn icc1(groups: &[Vec<f64>]) -> Option<Icc> {
    let groups: Vec<&Vec<f64>> = groups.iter().filter(|g| g.len() >= 2).collect();
    let a = groups.len() as f64;
    let n: f64 = groups.iter().map(|g| g.len() as f64).sum();
    if a < 2.0 {
        return None;
    }
    let grand = groups.iter().flat_map(|g| g.iter()).sum::<f64>() / n;
    let mut between = 0.0;
    let mut within = 0.0;
    for g in &groups {
        let m = g.len() as f64;
        let mean = g.iter().sum::<f64>() / m;
        between += m * (mean - grand).powi(2);
        within += g.iter().map(|v| (v - mean).powi(2)).sum::<f64>();
    }
    let bms = between / (a - 1.0);
    let wms = within / (n - a);
    let k = (n - groups.iter().map(|g| (g.len() as f64).powi(2)).sum::<f64>() / n) / (a - 1.0);
    if bms <= 0.0 || !wms.is_finite() {
        return None;
    }
    Some(Icc {
        single: (bms - wms) / (bms + (k - 1.0) * wms),
        average: (bms - wms) / bms,
        k,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrout_and_fleiss_worked_example() {
        // Table 2 of Shrout & Fleiss (1979): six targets, four judges.
        let data = [
            [9., 2., 5., 8.],
            [6., 1., 3., 2.],
            [8., 4., 6., 8.],
            [7., 1., 2., 6.],
            [10., 5., 6., 9.],
            [6., 2., 4., 7.],
        ];
        let groups: Vec<Vec<f64>> = data.iter().map(|r| r.to_vec()).collect();
        let icc = icc1(&groups).unwrap();
        assert!(
            (icc.single - 0.165_741_768_405_475_44).abs() < 1e-9,
            "{icc:?}"
        );
        assert!(
            (icc.average - 0.442_797_133_679_268_65).abs() < 1e-9,
            "{icc:?}"
        );
        // As published: ICC(1,1) = .17, ICC(1,4) = .44.
        assert_eq!(
            (format!("{:.2}", icc.single), format!("{:.2}", icc.average)),
            ("0.17".into(), "0.44".into())
        );
        assert_eq!(icc.k, 4.0);
    }

    #[test]
    fn too_little_data_is_undefined() {
        assert_eq!(icc1(&[vec![1., 2.]]), None);
        assert_eq!(icc1(&[vec![1., 1.], vec![1., 1.]]), None);
    }
}
