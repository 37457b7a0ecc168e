// Dates as they appear on government pages (docs/spec/web-article.md §6).
#include "read/dates.hpp"

#include <cstdio>

namespace hsdoc::read {
namespace {

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_space(char32_t c) { return c == ' ' || c == 0x3000 || c == 0xA0 || c == '\t'; }

// Chinese numeral digit value, or -1. ○ U+25CB and O stand in for 〇 on real pages (§6).
int chinese_digit(char32_t c) {
    switch (c) {
    case U'〇':
    case U'○':
    case U'零':
    case U'Ｏ':
        return 0;
    case U'一':
        return 1;
    case U'二':
        return 2;
    case U'三':
        return 3;
    case U'四':
        return 4;
    case U'五':
        return 5;
    case U'六':
        return 6;
    case U'七':
        return 7;
    case U'八':
        return 8;
    case U'九':
        return 9;
    default:
        return -1;
    }
}

// Arabic digits (ASCII or full width) at `i`; returns count read.
int read_arabic(const std::u32string& s, std::size_t i, int max_digits, int& value) {
    int n = 0;
    value = 0;
    while (i + n < s.size() && n < max_digits) {
        char32_t c = s[i + n];
        if (c >= U'０' && c <= U'９') {
            c = c - U'０' + '0';
        }
        if (!is_digit(c)) {
            break;
        }
        value = value * 10 + static_cast<int>(c - '0');
        ++n;
    }
    return n;
}

// Year written digit by digit in Chinese numerals: 二○一一.
int read_chinese_year(const std::u32string& s, std::size_t i, int& value) {
    int n = 0;
    value = 0;
    while (i + n < s.size() && n < 4) {
        const int d = chinese_digit(s[i + n]);
        if (d < 0) {
            break;
        }
        value = value * 10 + d;
        ++n;
    }
    return n == 4 ? n : 0;
}

// Month or day in Chinese numerals: 四, 十, 十一, 二十, 三十一.
int read_chinese_small(const std::u32string& s, std::size_t i, int& value) {
    std::size_t j = i;
    int tens = 0;
    int ones = 0;
    if (j < s.size() && s[j] == U'十') {
        tens = 1;
        ++j;
    } else if (j + 1 < s.size() && chinese_digit(s[j]) > 0 && s[j + 1] == U'十') {
        tens = chinese_digit(s[j]);
        j += 2;
    }
    if (j < s.size() && chinese_digit(s[j]) > 0) {
        ones = chinese_digit(s[j]);
        ++j;
    }
    value = tens * 10 + ones;
    return value > 0 ? static_cast<int>(j - i) : 0;
}

int days_in_month(int y, int m) {
    static const int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) {
        return 29;
    }
    return k_days[m - 1];
}

bool valid_ymd(int y, int m, int d) {
    return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

// " HH:MM[:SS]" after the date; `i` at the first character after the date.
std::size_t match_time(const std::u32string& s, std::size_t i, int& h, int& mi, int& sec,
                       bool& has_sec) {
    std::size_t j = i;
    while (j < s.size() && (is_space(s[j]) || s[j] == 'T') && j - i < 4) {
        ++j;
    }
    int n = read_arabic(s, j, 2, h);
    if (n == 0 || j + n >= s.size()) {
        return 0;
    }
    j += n;
    if (s[j] != ':' && s[j] != U'：' && s[j] != U'时') {
        return 0;
    }
    ++j;
    n = read_arabic(s, j, 2, mi);
    if (n != 2) {
        return 0;
    }
    j += n;
    if (j < s.size() && s[j] == U'分') {
        ++j;
    }
    has_sec = false;
    if (j < s.size() && (s[j] == ':' || s[j] == U'：')) {
        int sv = 0;
        if (read_arabic(s, j + 1, 2, sv) == 2) {
            sec = sv;
            has_sec = true;
            j += 3;
        }
    }
    if (h > 23 || mi > 59 || (has_sec && sec > 59)) {
        return 0;
    }
    return j - i;
}

}  // namespace

std::optional<DateMatch> match_date(const std::u32string& s, std::size_t pos) {
    std::size_t j = pos;
    int y = 0;
    int m = 0;
    int d = 0;
    bool chinese = false;
    bool roc = false;
    if (s.compare(j, 2, U"民國") == 0 || s.compare(j, 2, U"民国") == 0) {
        roc = true;
        j += 2;
    }
    int n = read_arabic(s, j, 4, y);
    if (n == 4 || (n >= 2 && n <= 3)) {
        if (n < 4) {
            // Republic-of-China era years (Taiwan pages): 98 → 2009. Only with 年 or a
            // 民國 prefix, so "12-05" and similar never count as a year.
            if (!roc && !(j + n < s.size() && s[j + n] == U'年')) {
                return std::nullopt;
            }
            y += 1911;
        }
        j += n;
    } else if (read_chinese_year(s, j, y) == 4) {
        j += 4;
        chinese = true;
    } else {
        return std::nullopt;
    }
    if (j >= s.size()) {
        return std::nullopt;
    }
    const char32_t sep = s[j];
    if (sep == U'年') {
        ++j;
        while (j < s.size() && is_space(s[j])) {
            ++j;
        }
        n = chinese ? read_chinese_small(s, j, m) : read_arabic(s, j, 2, m);
        if (n == 0 || j + n >= s.size() || s[j + n] != U'月') {
            return std::nullopt;
        }
        j += n + 1;
        while (j < s.size() && is_space(s[j])) {
            ++j;
        }
        n = chinese ? read_chinese_small(s, j, d) : read_arabic(s, j, 2, d);
        std::size_t after = j + n;
        while (n > 0 && after < s.size() && is_space(s[after])) {
            ++after;  // "2018年11月 12 日"
        }
        if (n == 0 || after >= s.size() || (s[after] != U'日' && s[after] != U'号')) {
            return std::nullopt;
        }
        j = after + 1;
    } else if (!chinese && (sep == '-' || sep == '/' || sep == '.' || sep == U'－' || sep == U'／')) {
        ++j;
        n = read_arabic(s, j, 2, m);
        if (n == 0 || j + n >= s.size() || s[j + n] != sep) {
            return std::nullopt;
        }
        j += n + 1;
        n = read_arabic(s, j, 2, d);
        if (n == 0) {
            return std::nullopt;
        }
        j += n;
        if (j < s.size() && is_digit(s[j])) {
            return std::nullopt;  // "2023-06-211": not a date
        }
    } else {
        return std::nullopt;
    }
    if (!valid_ymd(y, m, d)) {
        return std::nullopt;
    }
    DateMatch out;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    out.iso = buf;
    int h = 0;
    int mi = 0;
    int sec = 0;
    bool has_sec = false;
    const std::size_t t = match_time(s, j, h, mi, sec, has_sec);
    if (t > 0) {
        out.has_time = true;
        if (has_sec) {
            std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", h, mi, sec);
        } else {
            std::snprintf(buf, sizeof buf, "T%02d:%02d", h, mi);
        }
        out.iso += buf;
        j += t;
    }
    out.length = j - pos;
    return out;
}

bool is_iso_date(const std::string& s) {
    auto digits = [&](std::size_t from, std::size_t count) {
        if (from + count > s.size()) {
            return false;
        }
        for (std::size_t i = from; i < from + count; ++i) {
            if (s[i] < '0' || s[i] > '9') {
                return false;
            }
        }
        return true;
    };
    if (s.size() != 10 && s.size() != 16 && s.size() != 19) {
        return false;
    }
    if (!digits(0, 4) || s[4] != '-' || !digits(5, 2) || s[7] != '-' || !digits(8, 2)) {
        return false;
    }
    const int y = std::stoi(s.substr(0, 4));
    const int m = std::stoi(s.substr(5, 2));
    const int d = std::stoi(s.substr(8, 2));
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) {
        return false;
    }
    if (s.size() == 10) {
        return true;
    }
    if (s[10] != 'T' || !digits(11, 2) || s[13] != ':' || !digits(14, 2)) {
        return false;
    }
    if (std::stoi(s.substr(11, 2)) > 23 || std::stoi(s.substr(14, 2)) > 59) {
        return false;
    }
    if (s.size() == 16) {
        return true;
    }
    return s[16] == ':' && digits(17, 2) && std::stoi(s.substr(17, 2)) <= 59;
}

}  // namespace hsdoc::read
