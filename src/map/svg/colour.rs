//! The fill colours a spec gives, checked and written in one form.

pub(super) fn valid_colour(c: &str) -> bool {
    let b = c.as_bytes();
    (b.len() == 7 || b.len() == 4) && b[0] == b'#' && b[1..].iter().all(|x| x.is_ascii_hexdigit())
}

/// Normalise a colour to lower-case `#rrggbb`.
pub(super) fn norm_colour(c: &str) -> String {
    let c = c.to_ascii_lowercase();
    if c.len() == 4 {
        let b: Vec<char> = c.chars().collect();
        format!("#{0}{0}{1}{1}{2}{2}", b[1], b[2], b[3])
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours() {
        assert!(valid_colour("#a1B2c3"));
        assert!(valid_colour("#abc"));
        assert!(!valid_colour("red"));
        assert!(!valid_colour("#12345g"));
        assert_eq!(norm_colour("#AbC"), "#aabbcc");
    }
}
