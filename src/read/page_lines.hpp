// Private to read/: the lines of a text page and the character helpers every zone of the
// page reader matches with. docs/spec/web-article.md describes the pages (§ numbers below
// refer to it); page_tables.hpp holds the words and labels, page_classes.hpp what a line is.
#pragma once

#include "read/punct.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>

namespace hsdoc::read::page {

using U32 = std::u32string;

// A word list of a table in page_tables.cpp.
using Words = std::initializer_list<const char32_t*>;

// One non-empty input line: its 1-based number, the text trimmed of spaces, U+3000,
// U+00A0 and the other Unicode spaces, and the compact fold used for matching.
struct Line {
    int number = 0;
    U32 text;  // trimmed
    U32 c;     // compact fold, for matching
};

// Spaces a copied page carries: ASCII, tab, U+00A0 (&nbsp;), U+2000–U+200A (en, em, thin
// spaces), U+202F, U+205F, U+3000.
inline bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F;
}

inline bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'); }

inline bool starts_with(const U32& s, const U32& p) { return s.compare(0, p.size(), p) == 0; }

inline bool contains(const U32& s, const U32& p) { return s.find(p) != U32::npos; }

inline bool ends_with(const U32& s, const U32& p) {
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

inline std::string to_utf8(const U32& s) { return utf8::from_u32(s); }

inline bool has_full_stop(const U32& s) { return contains(s, U"。"); }

inline std::size_t length_of(const char32_t* w) { return std::char_traits<char32_t>::length(w); }

bool starts_with_any(const U32& s, Words list);
bool contains_any(const U32& s, Words list);
bool ends_with_any(const U32& s, Words list);
bool equals_any(const U32& s, Words list);

// Folds for matching only (§9.1: keep the original text for output): full-width ASCII
// forms to ASCII, every space to ' ', the other breadcrumb arrows to '>'.
char32_t fold_char(char32_t c);
U32 fold(const U32& s);

// Folded, without any spaces: "索   引   号" and "索引号" compare equal.
U32 compact(const U32& s);

U32 trim(const U32& s);

// Sentence punctuation, folded (ASCII) and full width: a line ending in one is prose.
bool is_sentence_end(char32_t c);

// Any of ， 。 ； ： ！ ？ (folded or not) inside the text.
bool has_sentence_punctuation(const U32& c);

std::size_t han_count(const U32& s);

bool is_cn_numeral(char32_t c);

// ( ) 【 】 [ ] stripped when they enclose the whole text.
U32 strip_outer_parens(const U32& c);

}  // namespace hsdoc::read::page
