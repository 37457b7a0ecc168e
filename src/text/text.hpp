// hsdoc::text — fonts, shaping and line-break opportunities.
//
// In: a Style's font roles (family lists) and UTF-8 text from read/ (valid, normalised).
// Out: a FontSet (fonts resolved through the bundled fonts/ folder first, then fontconfig;
// loaded once, then shared read-only by every thread), shaped glyphs in font units, break
// opportunities tailored to Chinese rules (docs/spec/clreq.md §2–3), character classes.
// Never: draws or positions lines (layout/ does), or silently shows a missing glyph — a
// character no font of the role covers is Error(input) naming U+XXXX.
#pragma once

#include "style/style.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hsdoc::text {

// What pdf/ needs to embed a font and what layout/ needs to measure it.
struct FontInfo {
    std::string path;
    int face_index = 0;
    std::string family;
    std::string postscript_name;
    int units_per_em = 1000;
    bool is_cff = false;     // CFF outlines (FontFile3) rather than TrueType (FontFile2)
    bool cid_keyed = false;  // CID-keyed CFF: content-stream codes are CIDs
    std::string registry, ordering;  // CIDSystemInfo of a CID-keyed font
    int supplement = 0;
    // Descriptor metrics, in font units.
    int bbox[4] = {0, 0, 0, 0};
    int ascent = 0;
    int descent = 0;
    int cap_height = 0;
    double italic_angle = 0;
};

class FontSet {
public:
    // Resolves every family of every role of the style. Throws Error(environment) when a
    // role has no usable font at all.
    static std::shared_ptr<const FontSet> load(const style::Style& style, const std::string& data_dir);
    ~FontSet();
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    int font_count() const;
    // The font's file (a collection holds several faces), without reading FreeType data.
    const std::string& path(int font) const;
    // Everything about a font; the FreeType part is read on first call.
    const FontInfo& info(int font) const;
    int units_per_em(int font) const;  // without reading the FreeType part

    // The fonts of a role in fallback order (a role the style leaves out uses the one it
    // falls back to, style::role_fallback).
    const std::vector<int>& role_fonts(style::Role role) const;
    // The role's Latin face(s), tried first for Latin letters and digits (may be empty).
    const std::vector<int>& role_latin_fonts(style::Role role) const;
    // The role's size in points.
    double role_size_pt(style::Role role) const;

    // The whole font file (or collection) in memory, for subsetting.
    std::string_view font_data(int font) const;

    // Horizontal advance of a glyph in font units.
    int advance(int font, std::uint32_t gid) const;
    // The 2-byte content-stream code for a glyph: its CID in a CID-keyed CFF font, else the
    // glyph id (docs/spec/pdf-fonts.md step 4).
    std::uint16_t cid(int font, std::uint32_t gid) const;
    // The glyph the font's cmap gives the code point, 0 if none.
    std::uint32_t nominal_glyph(int font, char32_t cp) const;
    // Whether the font has a glyph for the code point.
    bool covers(int font, char32_t cp) const;
    // The glyph's ink box top and bottom in font units (y up from the baseline); false
    // for a glyph without outline.
    bool ink_extent(int font, std::uint32_t gid, int& top, int& bottom) const;

    struct Impl;  // private to text/
    const Impl& impl() const { return *m_impl; }

private:
    FontSet();
    std::unique_ptr<Impl> m_impl;
};

// One shaped glyph; positions in the font's units (scale = units per em).
struct Glyph {
    int font = 0;
    std::uint32_t gid = 0;
    std::uint32_t cluster = 0;  // byte offset of the cluster's first character in the text
    std::int32_t x_advance = 0;
    std::int32_t x_offset = 0;
};

// Shapes `utf8` with the role's fonts: each character takes the first font of the role
// that covers it (Latin letters and digits the role's Latin face first; the ambiguous marks
// “ ” ‘ ’ — … · always a CJK font), runs split by font and script, each run shaped with the whole text as
// context. Throws Error(input) "no font covers U+XXXX" with column = code point index + 1.
std::vector<Glyph> shape(const FontSet& fonts, style::Role role, std::string_view utf8);

// Line-break opportunities: result[i] is true when a line may break before text[i]
// (result[0] is false). UAX #14 (ICU) tailored to clreq's GB level plus "an ellipsis never
// starts a line" (docs/spec/clreq.md §2–3).
std::vector<bool> break_opportunities(std::u32string_view text);

// Word boundaries: result[i] is true when a word ends before text[i] (ICU's dictionary
// segmentation for Chinese). Titles break only at positions that are both a break
// opportunity and a word boundary (GB/T 9704 §7.3.1: 回行时要做到词意完整).
std::vector<bool> word_boundaries(std::u32string_view text);

// Character classes of docs/spec/clreq.md §1 that line fitting needs.
enum class CharClass {
    han,         // ideographs and anything else full-width without special rules
    open,        // （ “ 《 …: never at line end
    close,       // ） ” 》 …: never at line start
    stop,        // 。 ， 、 ； ：
    question,    // ？ ！
    dash,        // — (U+2014), ⸺
    ellipsis,    // … ⋯
    connector,   // – ～
    interpunct,  // ·
    solidus,     // / ／
    narrow,      // Latin letters, digits, and other proportional characters
    space,
};

CharClass classify(char32_t cp);

// Whether the character takes one full grid cell (East Asian Wide/Fullwidth, and the
// ambiguous marks “ ” ‘ ’ — … · that Chinese text sets full width).
bool is_full_width(char32_t cp);

}  // namespace hsdoc::text
