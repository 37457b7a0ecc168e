// Private to pdf/: the pieces of an embedded Type0 font that can be built without PoDoFo.
// Exposed for unit testing.
#pragma once

#include "text/text.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace hsdoc::pdf {

// What one font contributes to the document: the glyphs used and their text.
struct FontUse {
    std::set<std::uint32_t> gids;
    // The code points whose cmap glyphs are exactly `gids`, when every glyph used is one;
    // empty when shaping produced a glyph no single code point maps to.
    std::set<char32_t> nominal_unicodes;
    bool all_nominal = true;
    std::map<std::uint16_t, std::string> code_text;  // code → UTF-8 text (ToUnicode)
    std::set<std::uint16_t> shared_codes;             // codes used for two different texts
};

struct SubsetFont {
    std::string program;  // raw CFF table (FontFile3) or whole sfnt (FontFile2)
    bool is_cff = false;
    std::map<std::uint32_t, std::uint32_t> new_gid;  // original gid → subset gid
    std::string tag;                                  // six capital letters
};

// Records a glyph the font must contain, drawn for `text` (UTF-8).
void add_glyph(FontUse& use, const text::FontSet& fonts, int font, std::uint32_t gid, const std::string& text);

// hb-subset the glyphs of `use` (docs/spec/pdf-fonts.md step 3). Throws Error(internal) on failure.
SubsetFont subset_font(const text::FontSet& fonts, int font, const FontUse& use);

// The content-stream code of a glyph (docs/spec/pdf-fonts.md step 4): the CID for CID-keyed CFF,
// else the subset glyph id.
std::uint16_t glyph_code(const text::FontSet& fonts, int font, const SubsetFont& subset, std::uint32_t gid);

// One "c [w1 w2 …]" group of a /W array: widths in 1/1000 em of consecutive codes.
struct WidthGroup {
    std::uint16_t first_code = 0;
    std::vector<int> widths;
};

// The /W groups for the codes, leaving out those of width `default_width` (/DW).
std::vector<WidthGroup> width_groups(const std::map<std::uint16_t, int>& code_widths, int default_width);

// A /ToUnicode CMap (PDF 32000-1 §9.10.3) with bfchar blocks of at most 100 entries.
std::string to_unicode_cmap(const std::map<std::uint16_t, std::string>& code_text);

// UTF-8 → UTF-16BE as uppercase hex, as ToUnicode and ActualText strings need.
std::string utf16be_hex(const std::string& utf8);

}  // namespace hsdoc::pdf
