// Character helpers of the page reader (page_lines.hpp).
#include "read/page_lines.hpp"

namespace hsdoc::read::page {

bool starts_with_any(const U32& s, Words list) {
    return std::any_of(list.begin(), list.end(), [&](const char32_t* p) { return starts_with(s, p); });
}

bool contains_any(const U32& s, Words list) {
    return std::any_of(list.begin(), list.end(), [&](const char32_t* p) { return contains(s, p); });
}

bool ends_with_any(const U32& s, Words list) {
    return std::any_of(list.begin(), list.end(), [&](const char32_t* p) { return ends_with(s, p); });
}

bool equals_any(const U32& s, Words list) {
    return std::any_of(list.begin(), list.end(), [&](const char32_t* p) { return s == p; });
}

char32_t fold_char(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
        return c - 0xFEE0;
    }
    if (is_space(c)) {
        return ' ';
    }
    if (c == U'»' || c == U'›' || c == U'→') {
        return '>';
    }
    return c;
}

U32 fold(const U32& s) {
    U32 out;
    out.reserve(s.size());
    for (char32_t c : s) {
        out += fold_char(c);
    }
    return out;
}

U32 compact(const U32& s) {
    U32 out;
    out.reserve(s.size());
    for (char32_t c : s) {
        const char32_t f = fold_char(c);
        if (f != ' ') {
            out += f;
        }
    }
    return out;
}

U32 trim(const U32& s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && is_space(s[b])) {
        ++b;
    }
    while (e > b && is_space(s[e - 1])) {
        --e;
    }
    return s.substr(b, e - b);
}

bool is_sentence_end(char32_t c) {
    const char32_t f = fold_char(c);
    return f == U'。' || f == ',' || f == ';' || f == ':' || f == '!' || f == '?' || f == U'、' ||
           f == U'…';
}

bool has_sentence_punctuation(const U32& c) {
    return std::any_of(c.begin(), c.end(), [](char32_t ch) {
        const char32_t f = fold_char(ch);
        return f == U'。' || f == ',' || f == ';' || f == ':' || f == '!' || f == '?';
    });
}

std::size_t han_count(const U32& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), is_han));
}

bool is_cn_numeral(char32_t c) { return contains(U"一二三四五六七八九十百零〇○两", U32(1, c)); }

U32 strip_outer_parens(const U32& c) {
    if (c.size() >= 2 && contains(U"(（【[", U32(1, c.front())) && contains(U")）】]", U32(1, c.back()))) {
        return c.substr(1, c.size() - 2);
    }
    return c;
}

}  // namespace hsdoc::read::page
