// Private to pdf/: document dates and the XMP packet. Exposed for unit testing.
#pragma once

#include "layout/layout.hpp"

#include <string>

namespace hsdoc::pdf {

// A document date in both PDF forms. Published dates carry no zone in the source pages;
// they are China Standard Time (+08:00). SOURCE_DATE_EPOCH dates are UTC.
struct DocDate {
    std::string pdf;  // D:20230204203700+08'00'   (empty: no date)
    std::string xmp;  // 2023-02-04T20:37:00+08:00 (always to the second, the same instant as pdf)
};

DocDate doc_date(const std::string& iso_published, long long fallback_epoch);

// An XMP packet (dc, xmp, pdf and hsdoc properties) mirroring the Info dictionary, with the
// PDF/UA-1 identification. With a PDF/A conformance level ("A" or "B") it identifies the
// file as PDF/A-2 and describes the hsdoc and pdfuaid properties in a pdfaExtension schema,
// as PDF/A requires for namespaces it does not predefine.
std::string xmp_packet(const layout::DocInfo& info, const std::string& producer, const DocDate& date,
                       const std::string& pdfa_conformance = {});

}  // namespace hsdoc::pdf
