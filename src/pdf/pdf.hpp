// hsdoc::pdf — positioned pages to PDF bytes.
//
// In: layout::Pages (trusted) and the FontSet their glyphs come from. Out: a complete PDF
// file in memory: Type0/Identity-H fonts subset with hb-subset, with /W and /ToUnicode
// (shared glyphs get /ActualText), content streams, URI links, Info + XMP, /Lang, and the
// structure tree of a tagged PDF (PDF/UA-1) from the pages' structure.
// The structure follows docs/spec/pdf-fonts.md ("the working recipe").
// Deterministic: no wall clock; dates come from the document (or SOURCE_DATE_EPOCH when it
// has none); /ID is a hash of the file's content. Never writes files (batch/ does).
#pragma once

#include "layout/layout.hpp"
#include "text/text.hpp"

#include <string>

namespace hsdoc::pdf {

// Who receives the file. screen: sRGB colours. archive: PDF/A-2a (2b if some glyph had no
// Unicode text) with an sRGB OutputIntent and XMP identification. print: colours in
// DeviceCMYK (red as the style's CMYK, black as K only), a TrimBox on every page, and a
// BleedBox and crop marks when a bleed is set.
enum class Profile { screen, archive, print };

struct PdfOptions {
    std::string producer = "hsdoc";  // Info /Producer and /Creator
    // Seconds since 1970 used for CreationDate/ModDate when the document has no
    // published date (SOURCE_DATE_EPOCH); negative: leave the dates out.
    long long fallback_epoch = -1;
    Profile profile = Profile::screen;
    std::string srgb_icc;    // archive: the ICC profile of the OutputIntent (bytes)
    double bleed_pt = 0;     // print: paper added on every side beyond the trimmed page
    bool crop_marks = false; // print: marks at the trim corners, in the bleed
};

// Throws Error(internal) when a library fails on data the earlier stages vouched for.
std::string write_pdf(const layout::Pages& pages, const text::FontSet& fonts, const PdfOptions& options);

}  // namespace hsdoc::pdf
