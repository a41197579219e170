//! The text of a CSV file in the encodings offices produce: UTF-8 with or without a byte-order
//! mark, UTF-16 with one (Excel's "Unicode text"), and Windows-1252 (older Swedish Excel's
//! "CSV (semikolonavgränsad)"). Each is recognised by what it is, never guessed: UTF-8 and
//! UTF-16 by their byte-order mark or by being valid, Windows-1252 only when every byte is one
//! of its letters or signs, and said so; anything else is refused, saying what was tried.

/// How a file's bytes were read, when not as UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-16 (little- or big-endian), by its byte-order mark.
    Utf16,
    /// Windows-1252: neither UTF-8 nor UTF-16, and every byte a character of it.
    Windows1252,
}

/// Why a file's bytes are no text verkan reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Zero bytes between letters, without a byte-order mark: UTF-16 that does not say which.
    Utf16WithoutMark,
    /// Neither UTF-8 nor UTF-16, and bytes that are no character of Windows-1252 (or control
    /// characters): a binary file, or another encoding.
    Unknown,
}

/// The text of `bytes`, and how it was read.
pub fn decode(bytes: &[u8]) -> Result<(String, Read), Refused> {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
            let (text, malformed) = encoding.decode_with_bom_removal(bytes);
            return if malformed {
                Err(Refused::Unknown)
            } else {
                Ok((text.into_owned(), Read::Utf16))
            };
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), Read::Utf8));
    }
    if bytes.iter().filter(|&&b| b == 0).count() * 4 > bytes.len() {
        return Err(Refused::Utf16WithoutMark);
    }
    // The five bytes Windows-1252 leaves undefined, and control characters other than the
    // tab and line ends, are in no text an office wrote in it.
    let foreign = |b: u8| {
        matches!(b, 0x81 | 0x8d | 0x8f | 0x90 | 0x9d)
            || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
            || b == 0x7f
    };
    if bytes.iter().any(|&b| foreign(b)) {
        return Err(Refused::Unknown);
    }
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
    Ok((text.into_owned(), Read::Windows1252))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_encoding_is_recognised_by_what_it_is() {
        let words = "indikator;värde;källa\r\nandel;49;Försäkringskassan\r\n";
        let utf8 = decode(words.as_bytes()).unwrap();
        assert_eq!(utf8, (words.to_string(), Read::Utf8));
        let mut bom = vec![0xef, 0xbb, 0xbf];
        bom.extend_from_slice(words.as_bytes());
        assert_eq!(decode(&bom).unwrap().1, Read::Utf8);
        let mut le = vec![0xff, 0xfe];
        le.extend(words.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap(), (words.to_string(), Read::Utf16));
        let mut be = vec![0xfe, 0xff];
        be.extend(words.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap(), (words.to_string(), Read::Utf16));
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(words);
        assert_eq!(
            decode(&latin).unwrap(),
            (words.to_string(), Read::Windows1252)
        );
        let bare: Vec<u8> = words.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&bare), Err(Refused::Utf16WithoutMark));
        assert_eq!(
            decode(&[0x50, 0x4b, 0x03, 0x04, 0xff, 0x81]),
            Err(Refused::Unknown)
        );
    }
}
