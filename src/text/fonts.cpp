// Font resolution and loading (docs/spec/pdf-fonts.md step 1).
#include "text/font_set_impl.hpp"

#include "util/error.hpp"

#include FT_CID_H
#include <hb-ot.h>
#include FT_TRUETYPE_TABLES_H
#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <filesystem>
#include <cctype>
#include <optional>
#include <set>
#include <tuple>

namespace hsdoc::text {
namespace {

namespace fs = std::filesystem;

struct FaceRef {
    std::string path;
    int index = 0;
    bool operator<(const FaceRef& o) const { return std::tie(path, index) < std::tie(o.path, o.index); }
};

// A name from the font's 'name' table (HarfBuzz reads it without parsing the outlines).
std::string name_entry(hb_face_t* face, hb_ot_name_id_t id) {
    char buf[256];
    unsigned len = sizeof buf;
    if (hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &len, buf) == 0) {
        return {};
    }
    return std::string(buf, std::min<unsigned>(len, sizeof buf - 1));
}

// The bundled fonts/ folder: family (and PostScript) name → face. Checked before fontconfig
// so the bundled Fandol faces win over whatever the system has under the same name.
std::map<std::string, FaceRef> scan_bundled(const std::string& data_dir) {
    std::map<std::string, FaceRef> found;
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(data_dir) / "fonts", ec)) {
        const std::string ext = e.path().extension().string();
        if (ext == ".otf" || ext == ".ttf" || ext == ".ttc" || ext == ".otc") {
            files.push_back(e.path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& p : files) {
        hb_blob_t* blob = hb_blob_create_from_file_or_fail(p.c_str());
        if (blob == nullptr) {
            continue;
        }
        const unsigned faces = hb_face_count(blob);
        for (unsigned i = 0; i < faces; ++i) {
            hb_face_t* face = hb_face_create(blob, i);
            const FaceRef ref{p.string(), static_cast<int>(i)};
            for (hb_ot_name_id_t id : {HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY, HB_OT_NAME_ID_FONT_FAMILY,
                                       HB_OT_NAME_ID_POSTSCRIPT_NAME}) {
                if (std::string name = name_entry(face, id); !name.empty()) {
                    found.emplace(name, ref);
                }
            }
            hb_face_destroy(face);
        }
        hb_blob_destroy(blob);
    }
    return found;
}

// The installed faces of exactly this family (FcFontList matches the family name; unlike
// FcFontMatch it never substitutes another font), regular and upright, in OpenType or
// TrueType, which HarfBuzz and hb-subset can read (not Type 1). The first by file name wins,
// so the choice does not depend on fontconfig's cache order.
std::optional<FaceRef> find_system_font(const std::string& family) {
    static std::once_flag init;
    std::call_once(init, [] { FcInit(); });
    FcPattern* pat = FcPatternCreate();
    FcPatternAddString(pat, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcObjectSet* objects = FcObjectSetBuild(FC_FILE, FC_INDEX, FC_FONTFORMAT, FC_WEIGHT, FC_SLANT, nullptr);
    FcFontSet* list = FcFontList(nullptr, pat, objects);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pat);
    std::optional<FaceRef> best;
    for (int i = 0; list && i < list->nfont; ++i) {
        FcPattern* font = list->fonts[i];
        FcChar8* format = nullptr;
        const bool sfnt = FcPatternGetString(font, FC_FONTFORMAT, 0, &format) == FcResultMatch &&
                          (std::string(reinterpret_cast<const char*>(format)) == "CFF" ||
                           std::string(reinterpret_cast<const char*>(format)) == "TrueType");
        int weight = 0;
        int slant = 0;
        FcPatternGetInteger(font, FC_WEIGHT, 0, &weight);
        FcPatternGetInteger(font, FC_SLANT, 0, &slant);
        FcChar8* file = nullptr;
        int index = 0;
        if (sfnt && weight >= FC_WEIGHT_BOOK && weight <= FC_WEIGHT_MEDIUM && slant == FC_SLANT_ROMAN &&
            FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch &&
            FcPatternGetInteger(font, FC_INDEX, 0, &index) == FcResultMatch) {
            FaceRef ref{reinterpret_cast<const char*>(file), index};
            if (!best || ref < *best) {
                best = ref;
            }
        }
    }
    if (list) {
        FcFontSetDestroy(list);
    }
    return best;
}

// The HarfBuzz side of a font: enough to shape and measure. FreeType data (CID mapping,
// descriptor metrics) waits for describe(), so fallback fonts that no text needs cost only
// an mmap.
std::unique_ptr<LoadedFont> open_font(const FaceRef& ref) {
    auto f = std::make_unique<LoadedFont>();
    f->blob = hb_blob_create_from_file_or_fail(ref.path.c_str());
    if (!f->blob) {
        throw Error(ErrorKind::environment, "cannot read font file", ref.path);
    }
    f->face = hb_face_create(f->blob, static_cast<unsigned>(ref.index));
    hb_face_make_immutable(f->face);
    f->font = hb_font_create(f->face);
    const unsigned upem = hb_face_get_upem(f->face);
    hb_font_set_scale(f->font, static_cast<int>(upem), static_cast<int>(upem));
    hb_font_make_immutable(f->font);
    FontInfo& info = f->info;
    info.path = ref.path;
    info.face_index = ref.index;
    info.units_per_em = static_cast<int>(upem);
    info.family = name_entry(f->face, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY);
    if (info.family.empty()) {
        info.family = name_entry(f->face, HB_OT_NAME_ID_FONT_FAMILY);
    }
    hb_blob_t* cff = hb_face_reference_table(f->face, HB_TAG('C', 'F', 'F', ' '));
    info.is_cff = hb_blob_get_length(cff) > 0;
    hb_blob_destroy(cff);
    return f;
}

// FreeType's part, on first use (docs/spec/pdf-fonts.md step 1): CID-keyedness and ROS, the
// PostScript name and the descriptor metrics, and the glyph → CID table.
void describe(FT_Library ft, std::mutex& ft_mutex, LoadedFont& f) {
    std::lock_guard<std::mutex> lock(ft_mutex);  // an FT_Library is not thread-safe
    unsigned len = 0;
    const char* data = hb_blob_get_data(f.blob, &len);
    if (FT_New_Memory_Face(ft, reinterpret_cast<const FT_Byte*>(data), len, f.info.face_index, &f.ft_face) != 0) {
        throw Error(ErrorKind::environment, "FreeType cannot open the font", f.info.path);
    }
    FontInfo& info = f.info;
    const char* ps = FT_Get_Postscript_Name(f.ft_face);
    info.postscript_name = ps ? ps : info.family;
    FT_Bool cid_keyed = 0;
    if (FT_Get_CID_Is_Internally_CID_Keyed(f.ft_face, &cid_keyed) == 0 && cid_keyed) {
        const char* registry = nullptr;
        const char* ordering = nullptr;
        FT_Int supplement = 0;
        if (FT_Get_CID_Registry_Ordering_Supplement(f.ft_face, &registry, &ordering, &supplement) == 0) {
            info.cid_keyed = true;
            info.registry = registry;
            info.ordering = ordering;
            info.supplement = supplement;
        }
    }
    info.bbox[0] = static_cast<int>(f.ft_face->bbox.xMin);
    info.bbox[1] = static_cast<int>(f.ft_face->bbox.yMin);
    info.bbox[2] = static_cast<int>(f.ft_face->bbox.xMax);
    info.bbox[3] = static_cast<int>(f.ft_face->bbox.yMax);
    info.ascent = f.ft_face->ascender;
    info.descent = f.ft_face->descender;
    info.cap_height = info.ascent;
    if (auto* os2 = static_cast<TT_OS2*>(FT_Get_Sfnt_Table(f.ft_face, FT_SFNT_OS2)); os2 && os2->version >= 2) {
        info.cap_height = os2->sCapHeight;
    }
    if (auto* post = static_cast<TT_Postscript*>(FT_Get_Sfnt_Table(f.ft_face, FT_SFNT_POST))) {
        info.italic_angle = post->italicAngle / 65536.0;
    }
    if (info.cid_keyed) {
        const auto n = static_cast<std::uint32_t>(f.ft_face->num_glyphs);
        f.gid_to_cid.resize(n);
        for (std::uint32_t g = 0; g < n; ++g) {
            FT_UInt c = 0;
            FT_Get_CID_From_Glyph_Index(f.ft_face, g, &c);
            f.gid_to_cid[g] = static_cast<std::uint16_t>(c);
        }
    }
}

}  // namespace

FontSet::Impl::~Impl() {
    for (auto& f : fonts) {
        if (f->ft_face) {
            FT_Done_Face(f->ft_face);
        }
        hb_font_destroy(f->font);
        hb_face_destroy(f->face);
        hb_blob_destroy(f->blob);
    }
    fonts.clear();
    if (ft) {
        FT_Done_FreeType(ft);
    }
}

FontSet::FontSet() : m_impl(std::make_unique<Impl>()) {}
FontSet::~FontSet() = default;

std::shared_ptr<const FontSet> FontSet::load(const style::Style& style, const std::string& data_dir) {
    std::shared_ptr<FontSet> set(new FontSet());
    Impl& impl = *set->m_impl;
    if (FT_Init_FreeType(&impl.ft) != 0) {
        throw Error(ErrorKind::environment, "cannot initialise FreeType");
    }
    const auto bundled = scan_bundled(data_dir);
    std::map<FaceRef, int> opened;
    std::map<std::string, std::optional<FaceRef>> resolved;
    // Opens the families that resolve, in order, skipping the rest.
    auto resolve_all = [&](const std::vector<std::string>& families, std::vector<int>& ids) {
        for (const std::string& family : families) {
            auto it = resolved.find(family);
            if (it == resolved.end()) {
                std::optional<FaceRef> ref;
                if (auto b = bundled.find(family); b != bundled.end()) {
                    ref = b->second;
                } else {
                    ref = find_system_font(family);
                }
                it = resolved.emplace(family, ref).first;
            }
            if (!it->second) {
                continue;
            }
            auto o = opened.find(*it->second);
            if (o == opened.end()) {
                impl.fonts.push_back(open_font(*it->second));
                o = opened.emplace(*it->second, static_cast<int>(impl.fonts.size()) - 1).first;
            }
            if (std::find(ids.begin(), ids.end(), o->second) == ids.end()) {
                ids.push_back(o->second);
            }
        }
    };
    // Fonts are opened in the order of the roles' names, so that their numbers (and the
    // PDF's font resource names) do not depend on how roles are numbered.
    std::vector<std::pair<std::string, style::Role>> by_name;
    for (const auto& entry : style.fonts) {
        by_name.emplace_back(style::role_name(entry.first), entry.first);
    }
    std::sort(by_name.begin(), by_name.end());
    for (const auto& [name, role] : by_name) {
        const style::FontRole& spec = style.fonts.at(role);
        impl.role_sizes[role] = spec.size_pt;
        std::vector<int>& ids = impl.roles[role];
        resolve_all(spec.families, ids);
        resolve_all(spec.latin_families, impl.latin_roles[role]);
        if (ids.empty()) {
            std::string tried;
            for (const auto& f : spec.families) {
                tried += (tried.empty() ? "" : ", ") + f;
            }
            throw Error(ErrorKind::environment,
                        std::string("no font found for role \"") + style::role_name(role) + "\" (tried " + tried + ")",
                        style.file, 0, 0, "run scripts/setup to install the bundled fonts");
        }
    }
    for (style::Role role : style::k_roles) {
        const style::Role from = style.resolved(role);
        impl.roles[role] = impl.roles.at(from);
        impl.latin_roles[role] = impl.latin_roles[from];
        impl.role_sizes[role] = impl.role_sizes.at(from);
    }
    return set;
}

int FontSet::font_count() const { return static_cast<int>(m_impl->fonts.size()); }

const std::string& FontSet::path(int font) const { return m_impl->fonts.at(font)->info.path; }

const FontInfo& FontSet::info(int font) const {
    const LoadedFont& f = *m_impl->fonts.at(font);
    std::call_once(f.described, [this, &f] { describe(m_impl->ft, m_impl->ft_mutex, const_cast<LoadedFont&>(f)); });
    return f.info;
}

int FontSet::units_per_em(int font) const { return m_impl->fonts.at(font)->info.units_per_em; }

const std::vector<int>& FontSet::role_fonts(style::Role role) const { return m_impl->roles.at(role); }

const std::vector<int>& FontSet::role_latin_fonts(style::Role role) const { return m_impl->latin_roles.at(role); }

double FontSet::role_size_pt(style::Role role) const { return m_impl->role_sizes.at(role); }

std::string_view FontSet::font_data(int font) const {
    unsigned len = 0;
    const char* data = hb_blob_get_data(m_impl->fonts.at(font)->blob, &len);
    return {data, len};
}

int FontSet::advance(int font, std::uint32_t gid) const {
    return hb_font_get_glyph_h_advance(m_impl->fonts[font]->font, gid);
}

std::uint16_t FontSet::cid(int font, std::uint32_t gid) const {
    const FontInfo& i = info(font);  // describes the font on first use
    if (!i.cid_keyed) {
        return static_cast<std::uint16_t>(gid);
    }
    const std::vector<std::uint16_t>& table = m_impl->fonts[font]->gid_to_cid;
    return gid < table.size() ? table[gid] : 0;
}

std::uint32_t FontSet::nominal_glyph(int font, char32_t cp) const {
    hb_codepoint_t gid = 0;
    return hb_font_get_nominal_glyph(m_impl->fonts.at(font)->font, cp, &gid) ? gid : 0;
}

bool FontSet::covers(int font, char32_t cp) const { return nominal_glyph(font, cp) != 0; }

bool FontSet::ink_extent(int font, std::uint32_t gid, int& top, int& bottom) const {
    hb_glyph_extents_t e{};
    if (!hb_font_get_glyph_extents(m_impl->fonts.at(font)->font, gid, &e) || e.height == 0) {
        return false;
    }
    top = e.y_bearing;
    bottom = e.y_bearing + e.height;  // height is negative in HarfBuzz's y-up space
    return true;
}

}  // namespace hsdoc::text
