#include "pdf/font_embed.hpp"

#include "util/error.hpp"
#include "util/hash.hpp"
#include "util/stage_clock.hpp"
#include "util/utf8.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <cstdio>
#include <map>
#include <mutex>

namespace hsdoc::pdf {

namespace {

// One face per font file, made on first use and then shared by every document and thread
// of the process, so the tables HarfBuzz parses lazily (the CFF index, charset, FDSelect)
// are parsed once rather than per document. hb_subset_preprocess would halve the
// per-document cost again but costs about 450 ms and 130 MiB up front for the Fandol
// faces (measured with bench/seed.sh), more than a batch of a few hundred documents saves.
// The faces hold their own reference to the font data, so a key's file cannot be unmapped
// and another mapped at its address while it is cached.
hb_face_t* subset_source(const text::FontSet& fonts, int font) {
    static std::mutex mutex;
    static std::map<std::pair<const char*, int>, hb_face_t*> cache;
    const text::FontInfo& info = fonts.info(font);
    const std::string_view data = fonts.font_data(font);
    std::lock_guard<std::mutex> lock(mutex);
    hb_face_t*& face = cache[{data.data(), info.face_index}];
    if (face == nullptr) {
        hb_blob_t* blob = hb_blob_create_from_file_or_fail(info.path.c_str());
        if (blob == nullptr) {
            throw Error(ErrorKind::environment, "cannot read font file", info.path);
        }
        face = hb_face_create(blob, static_cast<unsigned>(info.face_index));
        hb_blob_destroy(blob);
    }
    return face;
}

// The hb-subset plan for the font's glyphs, asked for by code point or by glyph id.
hb_subset_plan_t* plan_subset(hb_face_t* face, const text::FontInfo& info, const FontUse& use, bool by_code_point) {
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (!input) {
        throw Error(ErrorKind::internal, "hb-subset: out of memory");
    }
    if (by_code_point) {
        hb_set_t* unicodes = hb_subset_input_unicode_set(input);
        for (char32_t cp : use.nominal_unicodes) {
            hb_set_add(unicodes, cp);
        }
    } else {
        hb_set_t* glyphs = hb_subset_input_glyph_set(input);
        hb_set_add(glyphs, 0);
        for (std::uint32_t g : use.gids) {
            hb_set_add(glyphs, g);
        }
    }
    // Only the CFF table goes into a PDF for a CFF font, so every other table is dropped
    // rather than subset for nothing (cmap, hmtx, name, OS/2, post cost about a quarter of
    // the subsetting time). For TrueType the whole font is embedded; layout tables are
    // still dropped, since keeping GSUB would pull its closure (vert, locl, alternates)
    // into the subset (docs/spec/pdf-fonts.md step 3).
    unsigned flags = HB_SUBSET_FLAGS_NO_HINTING;
    hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    if (info.is_cff) {
        hb_set_clear(drop);
        hb_set_invert(drop);
        hb_set_del(drop, HB_TAG('C', 'F', 'F', ' '));
        flags |= HB_SUBSET_FLAGS_DESUBROUTINIZE;
    } else {
        for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG", "kern",
                                "mort", "morx", "hdmx", "LTSH", "VDMX", "gasp"}) {
            hb_set_add(drop, hb_tag_from_string(tag, 4));
        }
    }
    hb_subset_input_set_flags(input, flags);
    hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face, input);
    hb_subset_input_destroy(input);
    if (!plan) {
        throw Error(ErrorKind::internal, "hb-subset could not plan a subset of " + info.path);
    }
    return plan;
}

}  // namespace

void add_glyph(FontUse& use, const text::FontSet& fonts, int font, std::uint32_t gid, const std::string& text) {
    use.gids.insert(gid);
    if (!use.all_nominal) {
        return;
    }
    std::size_t pos = 0;
    const char32_t cp = text.empty() ? 0 : utf8::next(text, pos);
    if (cp != 0 && pos == text.size() && gid != 0 && fonts.nominal_glyph(font, cp) == gid) {
        use.nominal_unicodes.insert(cp);
    } else {
        use.all_nominal = false;
        use.nominal_unicodes.clear();
    }
}

SubsetFont subset_font(const text::FontSet& fonts, int font, const FontUse& use) {
    const std::set<std::uint32_t>& gids = use.gids;
    const stage_clock::Timer timer(stage_clock::Stage::subset);
    const text::FontInfo& info = fonts.info(font);
    hb_face_t* face = subset_source(fonts, font);

    // The glyphs are asked for by code point when that names them all: given glyph ids,
    // HarfBuzz 6 walks the font's whole cmap to find their code points (about 1 ms per
    // font per document for the Fandol faces); given code points, it looks up only those.
    // Should the code points pull in a glyph that was not shaped (a variation-sequence
    // closure), the glyph ids are used after all, so the subset is always the same.
    const bool by_code_point = use.all_nominal && !use.nominal_unicodes.empty();
    hb_subset_plan_t* plan = plan_subset(face, info, use, by_code_point);
    if (by_code_point) {
        const unsigned wanted = static_cast<unsigned>(gids.size()) + (gids.count(0) > 0 ? 0 : 1);
        if (hb_map_get_population(hb_subset_plan_old_to_new_glyph_mapping(plan)) != wanted) {
            hb_subset_plan_destroy(plan);
            plan = plan_subset(face, info, use, false);
        }
    }
    SubsetFont out;
    const hb_map_t* mapping = hb_subset_plan_old_to_new_glyph_mapping(plan);
    for (std::uint32_t g : gids) {
        out.new_gid[g] = hb_map_get(mapping, g);
    }
    hb_face_t* sub = hb_subset_plan_execute_or_fail(plan);
    hb_subset_plan_destroy(plan);
    if (!sub) {
        throw Error(ErrorKind::internal, "hb-subset failed on " + info.path);
    }
    out.is_cff = info.is_cff;
    hb_blob_t* result = out.is_cff ? hb_face_reference_table(sub, HB_TAG('C', 'F', 'F', ' ')) : hb_face_reference_blob(sub);
    unsigned len = 0;
    const char* bytes = hb_blob_get_data(result, &len);
    out.program.assign(bytes, len);
    hb_blob_destroy(result);
    hb_face_destroy(sub);
    if (out.program.empty()) {
        throw Error(ErrorKind::internal, "hb-subset produced an empty font for " + info.path);
    }

    // A deterministic subset tag from the font and its glyph set (docs/spec/pdf-fonts.md step 5).
    std::string key = info.postscript_name;
    for (std::uint32_t g : gids) {
        key += std::to_string(g) + ",";
    }
    std::uint64_t h = hash::fnv1a64(key);
    for (int i = 0; i < 6; ++i) {
        out.tag += static_cast<char>('A' + h % 26);
        h /= 26;
    }
    return out;
}

std::uint16_t glyph_code(const text::FontSet& fonts, int font, const SubsetFont& subset, std::uint32_t gid) {
    if (fonts.info(font).cid_keyed) {
        return fonts.cid(font, gid);
    }
    const auto it = subset.new_gid.find(gid);
    return it == subset.new_gid.end() ? 0 : static_cast<std::uint16_t>(it->second);
}

std::vector<WidthGroup> width_groups(const std::map<std::uint16_t, int>& code_widths, int default_width) {
    std::vector<WidthGroup> groups;
    int prev = -2;
    for (const auto& [code, width] : code_widths) {
        if (width == default_width) {
            continue;
        }
        if (groups.empty() || code != prev + 1) {
            groups.push_back({code, {}});
        }
        groups.back().widths.push_back(width);
        prev = code;
    }
    return groups;
}

std::string utf16be_hex(const std::string& utf8) {
    std::string out;
    char buf[8];
    for (std::size_t pos = 0; pos < utf8.size();) {
        char32_t cp = utf8::next(utf8, pos);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(0xD800 + (cp >> 10)));
            out += buf;
            std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(0xDC00 + (cp & 0x3FF)));
            out += buf;
        } else {
            std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
            out += buf;
        }
    }
    return out;
}

std::string to_unicode_cmap(const std::map<std::uint16_t, std::string>& code_text) {
    std::string out =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::pair<std::uint16_t, std::string>> entries;
    for (const auto& [code, text] : code_text) {
        if (!text.empty()) {
            entries.emplace_back(code, text);
        }
    }
    char buf[16];
    for (std::size_t i = 0; i < entries.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, entries.size() - i);
        out += std::to_string(n) + " beginbfchar\n";
        for (std::size_t k = i; k < i + n; ++k) {
            std::snprintf(buf, sizeof buf, "<%04X> <", entries[k].first);
            out += buf + utf16be_hex(entries[k].second) + ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

}  // namespace hsdoc::pdf
