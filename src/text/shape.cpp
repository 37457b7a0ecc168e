// Shaping with HarfBuzz (docs/spec/pdf-fonts.md step 2): per-character font fallback by coverage,
// runs split by font and script, each run shaped with the whole text as context so that
// clusters come back as byte offsets into the whole text.
#include "text/font_set_impl.hpp"

#include "util/error.hpp"
#include "util/stage_clock.hpp"
#include "util/utf8.hpp"

#include <cstdio>

namespace hsdoc::text {
namespace {

// Characters that take the font of their neighbour instead of being looked up: joiners,
// variation selectors and other default-ignorables that HarfBuzz hides anyway.
bool follows_previous_font(char32_t cp) {
    return cp == 0x200D || cp == 0x200C || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

// Latin letters, digits and ASCII punctuation: the role's Latin face goes first for them.
// The ambiguous-width marks (· “ ” ‘ ’ — …) are not in these ranges, or are excluded, so
// they always come from a CJK font (clreq §1).
bool prefers_latin_face(char32_t cp) {
    return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

struct Char {
    char32_t cp;
    std::uint32_t byte_offset;
    int font;
    hb_script_t script;
};

}  // namespace

std::vector<Glyph> shape(const FontSet& fonts, style::Role role, std::string_view utf8) {
    const stage_clock::Timer timer(stage_clock::Stage::shape);
    const std::vector<int>& chain = fonts.role_fonts(role);
    const std::vector<int>& latin = fonts.role_latin_fonts(role);
    hb_unicode_funcs_t* ufuncs = hb_unicode_funcs_get_default();

    std::vector<Char> chars;
    chars.reserve(utf8.size() / 2);
    for (std::size_t pos = 0; pos < utf8.size();) {
        const auto start = static_cast<std::uint32_t>(pos);
        const char32_t cp = utf8::next(utf8, pos);
        int font = -1;
        if (follows_previous_font(cp) && !chars.empty()) {
            font = chars.back().font;
        } else {
            if (prefers_latin_face(cp)) {
                for (int f : latin) {
                    if (fonts.covers(f, cp)) {
                        font = f;
                        break;
                    }
                }
            }
            for (std::size_t k = 0; font < 0 && k < chain.size(); ++k) {
                if (fonts.covers(chain[k], cp)) {
                    font = chain[k];
                }
            }
        }
        if (font < 0) {
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
            std::string shown;
            utf8::append(shown, cp);
            throw Error(ErrorKind::input,
                        std::string("no font covers ") + code + " (" + shown + ") for the " + style::role_name(role) +
                            " text",
                        {}, 0, static_cast<int>(chars.size()) + 1,
                        std::string("install a font that has it and add its family to the style's \"") +
                            style::role_name(role) + "\" role");
        }
        hb_script_t script = hb_unicode_script(ufuncs, cp);
        if (script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED) {
            script = chars.empty() ? HB_SCRIPT_COMMON : chars.back().script;
        }
        chars.push_back({cp, start, font, script});
    }

    std::vector<Glyph> out;
    out.reserve(chars.size());
    hb_buffer_t* buf = hb_buffer_create();
    static const hb_language_t k_zh = hb_language_from_string("zh-Hans", -1);
    for (std::size_t i = 0; i < chars.size();) {
        std::size_t j = i + 1;
        while (j < chars.size() && chars[j].font == chars[i].font &&
               (chars[j].script == chars[i].script || chars[i].script == HB_SCRIPT_COMMON)) {
            ++j;
        }
        const std::uint32_t run_start = chars[i].byte_offset;
        const std::uint32_t run_end = j < chars.size() ? chars[j].byte_offset : static_cast<std::uint32_t>(utf8.size());
        hb_buffer_clear_contents(buf);
        hb_buffer_add_utf8(buf, utf8.data(), static_cast<int>(utf8.size()), run_start,
                           static_cast<int>(run_end - run_start));
        hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
        hb_buffer_set_script(buf, chars[i].script == HB_SCRIPT_COMMON ? HB_SCRIPT_HAN : chars[i].script);
        hb_buffer_set_language(buf, k_zh);
        hb_shape(fonts.impl().fonts[chars[i].font]->font, buf, nullptr, 0);
        unsigned n = 0;
        const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
        const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
        for (unsigned k = 0; k < n; ++k) {
            out.push_back({chars[i].font, info[k].codepoint, info[k].cluster, pos[k].x_advance, pos[k].x_offset});
        }
        i = j;
    }
    hb_buffer_destroy(buf);
    return out;
}

}  // namespace hsdoc::text
