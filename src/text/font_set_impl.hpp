// Private to text/: what a loaded font holds. Shared by fonts.cpp and shape.cpp.
#pragma once

#include "text/text.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

#include <map>
#include <mutex>

namespace hsdoc::text {

struct LoadedFont {
    FontInfo info;
    hb_blob_t* blob = nullptr;  // the whole file, mmapped
    hb_face_t* face = nullptr;
    hb_font_t* font = nullptr;  // hb-ot functions, scale = upem, immutable
    FT_Face ft_face = nullptr;  // only for CID data and descriptor metrics, made on first use
    mutable std::once_flag described;
    std::vector<std::uint16_t> gid_to_cid;  // CID-keyed fonts, filled with ft_face
};

struct FontSet::Impl {
    FT_Library ft = nullptr;
    std::mutex ft_mutex;
    std::vector<std::unique_ptr<LoadedFont>> fonts;
    // Every role, those the style leaves out resolved through their fallbacks.
    std::map<style::Role, std::vector<int>> roles;
    std::map<style::Role, std::vector<int>> latin_roles;
    std::map<style::Role, double> role_sizes;
    ~Impl();
};

}  // namespace hsdoc::text
