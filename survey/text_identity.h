#pragma once
// When two texts name the same thing: the one normaliser for identity, used
// by the score import, compare and trend (normalize_issue), the register
// search and the GUI wherever names or issue texts are compared.
//
// Text reaches us from Excel and Word (no-break spaces, U+00A0), from macOS
// (decomposed letters: "a" + U+030A COMBINING RING ABOVE instead of "å"),
// and typed by hand (doubled spaces, a trailing tab). Unicode normalisation
// and case folding come from utf8proc, never from tables of our own.
#include <string>
#include <string_view>

namespace readiness {

// The text as it should be stored and shown: Unicode NFC; every white
// space (tab, line breaks, U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000:
// Unicode category Zs/Zl/Zp) folded to one ASCII space, runs collapsed,
// ends trimmed; default-ignorable characters (soft hyphen, zero-width
// space, a stray BOM) dropped. Case is kept. Never throws: bytes that are
// not UTF-8 are kept as they are (only their white space is folded).
std::string tidy_text(std::string_view text);

// The identity of a community name or an issue text: tidy_text plus Unicode
// case folding, so "ÄLVSBYN", "älvsbyn" and "A\u0308lvsbyn " give the same
// key. Two texts are the same name or issue exactly when their keys are
// equal. The method lets case go for names and issues; do not use this for
// interview ids, which are matched as written.
std::string identity_key(std::string_view text);

// identity_key with dashes (Unicode category Pd: "-", U+2010, U+2011, en
// dash, …) read as spaces: place names are written "Upplands-Väsby" and
// "Upplands Väsby" alike.
std::string place_name_key(std::string_view text);

// Unicode case folding and NFC, nothing else (white space kept as is):
// for column names and short codes compared case-insensitively.
std::string case_fold(std::string_view text);

// The text without its combining marks (Unicode decomposition, marks
// dropped, NFC again): "Örebro" → "Orebro", "Malmö" → "Malmo", for a search
// typed on a keyboard without å ä ö.
std::string strip_marks(std::string_view text);

// A sort key (compare with <) giving Swedish alphabetical order, as Svenska
// Akademiens ordlista sorts: case ignored (case_fold), … x y z å ä ö with
// æ as ä and ø as ö, é è ê as e, á à as a, ü as y; other letters after
// ö. Byte order would put Ä before Å and every capital first.
std::string swedish_sort_key(std::string_view text);

// Levenshtein distance counted in code points (a bad byte counts as one),
// for "did you mean …?" hints; stops counting above `limit` and returns
// limit + 1 then.
int edit_distance(std::string_view a, std::string_view b, int limit);

// Counted in code points (a bad byte counts as one).
std::size_t code_point_count(std::string_view text);

// When `text` is UTF-8 that was read as Windows-1252 and saved again as
// UTF-8 ("Pite Ã¤lvdal" for "Pite älvdal": what Excel does with a CSV file
// without a BOM), the text as it was first written; otherwise "". Only a
// text whose every non-ASCII character maps back to a cp1252 byte, and whose
// bytes then form valid UTF-8 with at least one multi-byte letter, counts:
// a real "ä" beside them, or "Ã" alone, is not mojibake.
std::string undo_cp1252_mojibake(std::string_view text);

// Windows-1252 bytes (what Swedish Excel writes for "CSV" without "UTF-8")
// as UTF-8: "Pite\xE4" → "Piteä". The five bytes cp1252 leaves undefined
// become the C1 controls of the same value, as Windows decodes them.
std::string decode_cp1252(std::string_view bytes);

}  // namespace readiness
