// Private to read/: punctuation normalisation of text taken from web pages.
#pragma once

#include <string>
#include <string_view>

namespace hsdoc::read {

// True for characters that make their neighbourhood "Chinese text": Han ideographs, 〇,
// CJK symbols and punctuation, full-width forms, and the quotes/dash/ellipsis that Chinese
// text shares with Western text.
bool is_chinese_context(char32_t c);
bool is_han(char32_t c);

// ASCII , : ; ( ) ? ! -> full width where Chinese text is on either side (GB/T 15834: in
// Chinese text the full-width marks are used), never inside numbers, times, URLs, e-mail
// addresses or Latin words; ―― / ― -> —— / —, ・ between Han -> ·, ○ in Chinese numerals -> 〇
// (docs/spec/clreq.md §1, §9.4).
// No NFKC. Idempotent: applying it twice changes nothing more.
std::u32string normalise_punctuation(std::u32string_view text);
std::string normalise_punctuation(std::string_view utf8_text);

}  // namespace hsdoc::read
