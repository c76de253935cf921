//! Folding names so that "Côte d’Ivoire", "cote divoire" and "COTE D'IVOIRE" compare equal.
//!
//! The validator also uses it to check that names stay unique after folding.

/// Lowercase ASCII words: accents transliterated, apostrophes dropped (so "d’Ivoire" becomes
/// "divoire", as people type it), every other non-alphanumeric character a word break.
pub fn fold_words(text: &str) -> Vec<String> {
    let ascii = deunicode::deunicode(text);
    let mut words = Vec::new();
    let mut word = String::new();
    for ch in ascii.chars() {
        if ch.is_ascii_alphanumeric() {
            word.push(ch.to_ascii_lowercase());
        } else if ch == '\'' || ch == '`' {
            continue;
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// A name folded to padded words, " kingdom of sweden ": the form queries are matched in (the
/// padding lets a phrase be searched for whole words).
pub fn phrase(name: &str) -> String {
    format!(" {} ", fold_words(name).join(" "))
}

/// The folded words run together: the key two names must share to be the same name.
pub fn fold_key(text: &str) -> String {
    fold_words(text).concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_punctuation_fold_away() {
        assert_eq!(fold_key("Côte d’Ivoire"), "cotedivoire");
        assert_eq!(fold_key("cote divoire"), "cotedivoire");
        assert_eq!(fold_key("COTE D'IVOIRE"), "cotedivoire");
        assert_eq!(fold_words("Guinea-Bissau"), ["guinea", "bissau"]);
        assert_eq!(fold_key("São Tomé and Príncipe"), "saotomeandprincipe");
        assert_eq!(fold_key("  "), "");
    }
}
