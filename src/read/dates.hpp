// Private to read/: the date and time shapes of docs/spec/web-article.md §6.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace hsdoc::read {

struct DateMatch {
    std::string iso;          // 2023-02-04, 2023-02-04T20:37 or 2023-02-04T20:37:05
    std::size_t length = 0;   // code points consumed from the start position
    bool has_time = false;
};

// Matches a date (and a following time, if any) starting exactly at `pos`:
// YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYY年M月D日 (Arabic or Chinese numerals, ○/〇 for
// zero), ROC years (民國98年 / 98年 → 2009), then optionally " HH:MM[:SS]", "HH:MM" glued
// after 日, or "T HH:MM". Returns nothing for impossible dates (month 13, day 32).
std::optional<DateMatch> match_date(const std::u32string& s, std::size_t pos);

// True when `s` is a valid ISO 8601 date or date-time in one of the three precisions above.
bool is_iso_date(const std::string& s);

}  // namespace hsdoc::read
