// hsdoc::pdf — positioned pages to PDF bytes.
//
// In: layout::Pages (trusted) and the FontSet their glyphs come from. Out: a complete PDF
// file in memory: Type0/Identity-H fonts subset with hb-subset, with /W and /ToUnicode
// (shared glyphs get /ActualText), content streams, URI links, Info + XMP, /Lang.
// The structure follows shared notes pdf-fonts.md ("the working recipe").
// Deterministic: no wall clock; dates come from the document (or SOURCE_DATE_EPOCH when it
// has none); /ID is a hash of the file's content. Never writes files (batch/ does).
#pragma once

#include "layout/layout.hpp"
#include "text/text.hpp"

#include <string>

namespace hsdoc::pdf {

struct PdfOptions {
    std::string producer = "hsdoc";  // Info /Producer and /Creator
    // Seconds since 1970 used for CreationDate/ModDate when the document has no
    // published date (SOURCE_DATE_EPOCH); negative: leave the dates out.
    long long fallback_epoch = -1;
};

// Throws Error(internal) when a library fails on data the earlier stages vouched for.
std::string write_pdf(const layout::Pages& pages, const text::FontSet& fonts, const PdfOptions& options);

}  // namespace hsdoc::pdf
