// Punctuation normalisation (docs/spec/clreq.md §1 "Unicode pitfalls", §9.4; GB/T 15834-2011 §4).
//
// Pages copied from the web often arrive width-normalised: ，：；（）？！ became ASCII
// (docs/spec/web-article.md, evidence note [pg]). We put the full-width marks back where Chinese
// text is on either side, and leave ASCII alone where it belongs to numbers (1,250 10:00),
// URLs and Latin words.
#include "read/punct.hpp"

#include "util/utf8.hpp"

#include <vector>

namespace hsdoc::read {

bool is_han(char32_t c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3007;
}

bool is_chinese_context(char32_t c) {
    return is_han(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) ||
           (c >= 0x2018 && c <= 0x201D) || c == 0x2014 || c == 0x2026 || c == 0x00B7 ||
           c == 0x25CB;
}

namespace {

bool is_ascii_alnum(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Marks spans that must stay byte-for-byte: URLs (scheme://… or www.…) and e-mail addresses,
// up to the first space or non-ASCII character.
std::vector<bool> protected_spans(std::u32string_view s) {
    std::vector<bool> keep(s.size(), false);
    auto mark_until_break = [&](std::size_t from) {
        std::size_t j = from;
        while (j < s.size() && s[j] > 0x20 && s[j] < 0x7F) {
            keep[j] = true;
            ++j;
        }
        return j;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool scheme = s.substr(i, 7) == U"http://" || s.substr(i, 8) == U"https://" ||
                            s.substr(i, 6) == U"ftp://";
        const bool www = s.substr(i, 4) == U"www." && (i == 0 || !is_ascii_alnum(s[i - 1]));
        if (scheme || www) {
            i = mark_until_break(i);
            continue;
        }
        if (s[i] == '@' && i > 0 && is_ascii_alnum(s[i - 1]) && i + 1 < s.size() &&
            is_ascii_alnum(s[i + 1])) {
            // An e-mail address: only the characters an address may hold, so the ';' in
            // "abc@gov.cn;电话" is still punctuation.
            auto in_address = [&](char32_t c) {
                return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
                       c == '-' || c == '@';
            };
            std::size_t b = i;
            while (b > 0 && in_address(s[b - 1])) {
                --b;
            }
            std::size_t e = i;
            while (e < s.size() && in_address(s[e])) {
                keep[e] = true;
                ++e;
            }
            for (std::size_t k = b; k < i; ++k) {
                keep[k] = true;
            }
            i = e;
        }
    }
    return keep;
}

char32_t full_width(char32_t c) {
    switch (c) {
    case ',':
        return U'，';
    case ':':
        return U'：';
    case ';':
        return U'；';
    case '(':
        return U'（';
    case ')':
        return U'）';
    case '?':
        return U'？';
    case '!':
        return U'！';
    default:
        return c;
    }
}

std::u32string one_pass(std::u32string_view in) {
    std::u32string s(in);
    const std::vector<bool> keep = protected_spans(s);
    const std::size_t n = s.size();
    auto prev = [&](std::size_t i) -> char32_t { return i > 0 ? s[i - 1] : 0; };
    auto next = [&](std::size_t i) -> char32_t { return i + 1 < n ? s[i + 1] : 0; };

    // Parentheses first, as pairs: （…） when the content or either outside neighbour is
    // Chinese, so "(扩大)", "(1)会议" and "标准(GB/T 9704)规定" all become full width while
    // "IPv6 (Internet Protocol)" stays ASCII.
    std::vector<std::size_t> open_stack;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t i = 0; i < n; ++i) {
        if (keep[i]) {
            continue;
        }
        if (s[i] == '(') {
            open_stack.push_back(i);
        } else if (s[i] == ')' && !open_stack.empty()) {
            pairs.emplace_back(open_stack.back(), i);
            open_stack.pop_back();
        }
    }
    std::vector<bool> paired(n, false);
    for (const auto& [o, c] : pairs) {
        paired[o] = paired[c] = true;
        bool chinese = is_chinese_context(prev(o)) || is_chinese_context(next(c));
        for (std::size_t k = o + 1; k < c && !chinese; ++k) {
            chinese = is_chinese_context(s[k]);
        }
        if (chinese) {
            s[o] = U'（';
            s[c] = U'）';
        }
    }

    for (std::size_t i = 0; i < n; ++i) {
        const char32_t c = s[i];
        if (keep[i]) {
            continue;
        }
        const char32_t p = prev(i);
        const char32_t q = next(i);
        switch (c) {
        case ',':
        case ':':
        case ';':
            // "1,250" and "10:00" keep ASCII: digits on both sides.
            if ((p >= '0' && p <= '9') && (q >= '0' && q <= '9')) {
                break;
            }
            if (is_chinese_context(p) || is_chinese_context(q)) {
                s[i] = full_width(c);
            }
            break;
        case '?':
        case '!':
            if (is_chinese_context(p) || (p == c && i >= 2 && is_chinese_context(s[i - 2])) ||
                (is_chinese_context(q) && !is_ascii_alnum(p))) {
                s[i] = full_width(c);
            }
            break;
        case '(':
        case ')':
            if (!paired[i] && (is_chinese_context(p) || is_chinese_context(q))) {
                s[i] = full_width(c);
            }
            break;
        case 0x2015:  // HORIZONTAL BAR from code page 936 -> EM DASH (clreq §9.4 N1)
            s[i] = 0x2014;
            break;
        case 0x30FB:  // KATAKANA MIDDLE DOT between Han -> MIDDLE DOT (clreq §9.4 N2)
            if (is_han(p) || is_han(q)) {
                s[i] = 0x00B7;
            }
            break;
        default:
            break;
        }
    }
    return s;
}

}  // namespace

std::u32string normalise_punctuation(std::u32string_view text) {
    // A converted mark can make its ASCII neighbour "Chinese context" ("a,(中" → "a,（中"),
    // so repeat to the fixed point; this keeps extract → XML → read idempotent.
    std::u32string cur(text);
    // ○ (U+25CB, a white circle) written for zero in Chinese numerals ("二○一一年") is 〇
    // (U+3007), the character GB/T 15835 prescribes, set full width like the digits round it.
    const std::u32string_view numerals = U"〇○零一二三四五六七八九十百千万年月日";
    for (std::size_t i = 0; i < cur.size(); ++i) {
        if (cur[i] == U'○' && ((i > 0 && numerals.find(cur[i - 1]) != std::u32string_view::npos) ||
                               (i + 1 < cur.size() && numerals.find(cur[i + 1]) != std::u32string_view::npos))) {
            cur[i] = U'〇';
        }
    }
    for (int round = 0; round < 8; ++round) {
        std::u32string next = one_pass(cur);
        if (next == cur) {
            break;
        }
        cur = std::move(next);
    }
    return cur;
}

std::string normalise_punctuation(std::string_view utf8_text) {
    return utf8::from_u32(normalise_punctuation(utf8::to_u32(utf8_text)));
}

}  // namespace hsdoc::read
