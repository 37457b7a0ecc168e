// Break opportunities: ICU's UAX #14 line breaker, then the tailoring of docs/spec/clreq.md §0/§2
// (GB level plus "ellipsis never at line start") and §3 (sequences never split).
#include "text/text.hpp"

#include "util/error.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <memory>

namespace hsdoc::text {
namespace {

enum class Breaks { line, word };

// One ICU iterator of each kind per thread: creating one costs far more than using it.
icu::BreakIterator& iterator(Breaks kind) {
    thread_local std::unique_ptr<icu::BreakIterator> line;
    thread_local std::unique_ptr<icu::BreakIterator> word;
    std::unique_ptr<icu::BreakIterator>& slot = kind == Breaks::line ? line : word;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale zh("zh", "CN");
        slot.reset(kind == Breaks::line ? icu::BreakIterator::createLineInstance(zh, status)
                                        : icu::BreakIterator::createWordInstance(zh, status));
        if (U_FAILURE(status) || !slot) {
            slot.reset();
            throw Error(ErrorKind::environment, std::string("ICU cannot make a break iterator: ") + u_errorName(status),
                        {}, 0, 0, "check the libicu72 installation (scripts/setup)");
        }
    }
    return *slot;
}

// clreq §2 "not at line start" (default level) beyond the CLOSE/STOP/QE classes.
bool never_starts_line(char32_t cp) {
    switch (classify(cp)) {
    case CharClass::close:
    case CharClass::stop:
    case CharClass::question:
    case CharClass::connector:
    case CharClass::interpunct:
    case CharClass::solidus:
    case CharClass::ellipsis:
        return true;
    default:
        break;
    }
    switch (cp) {
    case U'々': case U'〃': case U')': case U']': case U'}': case U',': case U'.': case U':':
    case U';': case U'!': case U'?': case U'%': case U'‰': case U'℃': case U'°':
        return true;
    default:
        return false;
    }
}

// clreq §2 "not at line end".
bool never_ends_line(char32_t cp) {
    if (classify(cp) == CharClass::open || classify(cp) == CharClass::solidus) {
        return true;
    }
    switch (cp) {
    case U'(': case U'[': case U'{': case U'¥': case U'￥': case U'$': case U'＄': case U'£':
        return true;
    default:
        return false;
    }
}

}  // namespace

CharClass classify(char32_t cp) {
    switch (cp) {
    case U'（': case U'“': case U'‘': case U'〔': case U'【': case U'《': case U'〈': case U'「':
    case U'『': case U'〖': case U'［': case U'｛':
        return CharClass::open;
    case U'）': case U'”': case U'’': case U'〕': case U'】': case U'》': case U'〉': case U'」':
    case U'』': case U'〗': case U'］': case U'｝':
        return CharClass::close;
    case U'。': case U'，': case U'、': case U'；': case U'：':
        return CharClass::stop;
    case U'？': case U'！':
        return CharClass::question;
    case U'—': case U'⸺':
        return CharClass::dash;
    case U'…': case U'⋯':
        return CharClass::ellipsis;
    case U'–': case U'～':
        return CharClass::connector;
    case U'·':
        return CharClass::interpunct;
    case U'/': case U'／':
        return CharClass::solidus;
    case U' ': case U'\u00A0': case U'\u3000':
        return CharClass::space;
    default:
        break;
    }
    return is_full_width(cp) ? CharClass::han : CharClass::narrow;
}

namespace {

// Runs an ICU iterator over the text and marks boundaries by code point index.
std::vector<bool> boundaries(icu::BreakIterator& it, std::u32string_view text) {
    const std::size_t n = text.size();
    std::vector<bool> marks(n, false);
    if (n < 2) {
        return marks;
    }
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(n));
    std::vector<std::size_t> cp_at_unit(static_cast<std::size_t>(u.length()) + 1, n);
    for (std::size_t i = 0, unit = 0; i < n; ++i) {
        cp_at_unit[unit] = i;
        unit += text[i] > 0xFFFF ? 2 : 1;
    }
    it.setText(u);
    for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
        const std::size_t i = cp_at_unit[static_cast<std::size_t>(b)];
        if (i > 0 && i < n) {
            marks[i] = true;
        }
    }
    return marks;
}

}  // namespace

bool is_full_width(char32_t cp) {
    switch (cp) {
    case U'“': case U'”': case U'‘': case U'’': case U'—': case U'…': case U'·': case U'⋯': case U'⸺':
        return true;
    default:
        break;
    }
    const auto w = static_cast<UEastAsianWidth>(u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH));
    return w == U_EA_WIDE || w == U_EA_FULLWIDTH;
}

std::vector<bool> break_opportunities(std::u32string_view text) {
    const std::size_t n = text.size();
    std::vector<bool> allowed = boundaries(iterator(Breaks::line), text);

    for (std::size_t i = 1; i < n; ++i) {
        const char32_t prev = text[i - 1];
        const char32_t cur = text[i];
        const CharClass pc = classify(prev);
        const CharClass cc = classify(cur);
        // Unicode 15.0 makes “ ” ‘ ’ class QU (no break on either side); in Chinese they are
        // opening and closing marks (clreq §1 "Unicode pitfalls").
        if ((cur == U'“' || cur == U'‘') && (pc == CharClass::han || pc == CharClass::close || pc == CharClass::stop ||
                                             pc == CharClass::question || pc == CharClass::dash || pc == CharClass::ellipsis)) {
            allowed[i] = true;
        }
        if ((prev == U'”' || prev == U'’') && (cc == CharClass::han || cc == CharClass::open || cc == CharClass::narrow)) {
            allowed[i] = true;
        }
        // Ideographic space and ordinary spaces: a break may follow them.
        if (pc == CharClass::space && cc != CharClass::space) {
            allowed[i] = true;
        }
        // A Han character after “·” or a connector may start a line (B8, B9, B15).
        if ((pc == CharClass::interpunct || pc == CharClass::connector) && cc == CharClass::han) {
            allowed[i] = true;
        }
        if (never_starts_line(cur) || never_ends_line(prev)) {
            allowed[i] = false;
        }
        // —— and …… are one unit (clreq §3).
        if ((pc == CharClass::dash && cc == CharClass::dash) || (pc == CharClass::ellipsis && cc == CharClass::ellipsis)) {
            allowed[i] = false;
        }
        // A single — used as a connector never starts a line; the first of —— may (B9, B10).
        if (cc == CharClass::dash && pc != CharClass::dash && !(i + 1 < n && classify(text[i + 1]) == CharClass::dash)) {
            allowed[i] = false;
        }
        // After a dash pair a break is allowed before Han text (B10: 这|——|就是).
        if (pc == CharClass::dash && cc == CharClass::han) {
            allowed[i] = true;
        }
        // Before a dash pair (B10) a break is allowed after Han text.
        if (cc == CharClass::dash && i + 1 < n && classify(text[i + 1]) == CharClass::dash &&
            (pc == CharClass::han)) {
            allowed[i] = true;
        }
    }
    return allowed;
}

std::vector<bool> word_boundaries(std::u32string_view text) { return boundaries(iterator(Breaks::word), text); }

}  // namespace hsdoc::text
