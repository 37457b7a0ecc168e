// Document assembly with PoDoFo 0.9.8's object API (docs/spec/pdf-fonts.md steps 5–10). PoDoFo's own
// font classes are keyed by Unicode and cannot take HarfBuzz glyph ids, so every font
// object is built by hand.
#include "pdf/pdf.hpp"

#include "pdf/font_embed.hpp"
#include "pdf/metadata.hpp"
#include "pdf/tags.hpp"
#include "util/error.hpp"
#include "util/hash.hpp"
#include "util/stage_clock.hpp"

#include <libdeflate.h>
#include <podofo.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <mutex>

namespace hsdoc::pdf {
namespace {

using namespace PoDoFo;

// A number for a content stream: three decimals, no trailing zeros. std::to_chars rounds
// exactly like "%.3f" but without printf's locale and format parsing (printf was 3% of a
// conversion).
std::string num(double v) {
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 3);
    std::string s(buf, result.ptr);
    while (!s.empty() && s.back() == '0') {
        s.pop_back();
    }
    if (!s.empty() && s.back() == '.') {
        s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

// Stream data, Flate-compressed with libdeflate rather than PoDoFo's zlib: at level 9 it is
// still much faster than zlib's default and gives smaller files (seed: 275,109 bytes against
// zlib's 275,383; level 6 would give 275,684). Short streams stay uncompressed, where Flate
// gains nothing.
void set_stream(PdfObject* obj, const std::string& data) {
    constexpr std::size_t k_min_compress_bytes = 256;
    constexpr int k_level = 9;
    PdfStream* stream = obj->GetStream();
    if (data.size() < k_min_compress_bytes) {
        stream->Set(data.data(), static_cast<pdf_long>(data.size()), TVecFilters());
        return;
    }
    const stage_clock::Timer timer(stage_clock::Stage::compress);
    thread_local std::unique_ptr<libdeflate_compressor, void (*)(libdeflate_compressor*)> compressor(
        libdeflate_alloc_compressor(k_level), libdeflate_free_compressor);
    std::string packed(libdeflate_zlib_compress_bound(compressor.get(), data.size()), '\0');
    packed.resize(libdeflate_zlib_compress(compressor.get(), data.data(), data.size(), packed.data(), packed.size()));
    if (packed.empty()) {
        throw Error(ErrorKind::internal, "deflate failed (please report this)");
    }
    obj->GetDictionary().AddKey("Filter", PdfName("FlateDecode"));
    PdfMemoryInputStream in(packed.data(), static_cast<pdf_long>(packed.size()));
    stream->SetRawData(&in, static_cast<pdf_long>(packed.size()));
}

PdfString utf8_string(const std::string& s) { return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str())); }

// Everything the pages need to know about one embedded font.
struct EmbeddedFont {
    FontUse use;
    SubsetFont subset;
    std::string resource_name;  // /F1, /F2, …
    PdfReference ref;
};

// The colour operator: sRGB for screen and archive, the style's CMYK for print (so black is
// K only and the red is the standard's M and Y, GB/T 9704 §5.2.4).
std::string color_op(const style::Color& c, bool cmyk, bool stroke) {
    if (cmyk) {
        return num(c.c) + " " + num(c.m) + " " + num(c.y) + " " + num(c.k) + (stroke ? " K\n" : " k\n");
    }
    return num(c.r) + " " + num(c.g) + " " + num(c.b) + (stroke ? " RG\n" : " rg\n");
}

// Content stream for one page: rectangles, QR codes, then text (docs/spec/pdf-fonts.md step 7: the
// pen position the PDF reaches through /W is tracked against where each glyph must go, and
// a TJ adjustment is written whenever they differ by half a unit or more).
std::string page_content(const layout::Page& page, const text::FontSet& fonts, std::map<int, EmbeddedFont>& embedded,
                         bool cmyk, Tagger& tagger) {
    std::string s;
    auto fill_color = [cmyk](const style::Color& c) { return color_op(c, cmyk, false); };
    for (const layout::Rect& r : page.rects) {
        s += tagger.switch_to(r.owner);
        s += "q " + fill_color(r.color) + num(r.x_pt) + " " + num(r.y_pt) + " " + num(r.width_pt) + " " +
             num(r.height_pt) + " re f Q\n";
    }
    for (const layout::QrCode& q : page.qr_codes) {
        s += tagger.switch_to(q.owner);
        s += "q " + fill_color(q.color);
        // One path: runs of dark modules in each row become one rectangle.
        for (int row = 0; row < q.size; ++row) {
            for (int col = 0; col < q.size;) {
                if (!q.dark[static_cast<std::size_t>(row * q.size + col)]) {
                    ++col;
                    continue;
                }
                int end = col;
                while (end < q.size && q.dark[static_cast<std::size_t>(row * q.size + end)]) {
                    ++end;
                }
                const double y = q.y_pt + (q.size - row - 1) * q.module_pt;
                s += num(q.x_pt + col * q.module_pt) + " " + num(y) + " " + num((end - col) * q.module_pt) + " " +
                     num(q.module_pt) + " re\n";
                col = end;
            }
        }
        s += "f Q\n";
    }
    double h_scale = 1.0;
    bool bold = false;
    for (const layout::GlyphRun& run : page.runs) {
        if (run.glyphs.empty()) {
            continue;
        }
        EmbeddedFont& ef = embedded.at(run.font);
        const text::FontInfo& info = fonts.info(run.font);
        s += tagger.switch_to(run.owner);
        s += "BT\n" + fill_color(run.color) + ef.resource_name + " " + num(run.size_pt) + " Tf\n";
        // Tz and Tr are text state: they outlive ET, so set them whenever they change.
        if (run.h_scale != h_scale) {
            s += num(run.h_scale * 100) + " Tz\n";
            h_scale = run.h_scale;
        }
        if (run.fake_bold) {
            // Fill and stroke the outlines: a bold weight for a role whose families have none.
            s += color_op(run.color, cmyk, true) + num(run.size_pt * 0.03) + " w 2 Tr\n";
        } else if (bold) {
            s += "0 Tr\n";
        }
        bold = run.fake_bold;
        const double x0 = run.glyphs.front().x_pt;
        s += "1 0 0 1 " + num(x0) + " " + num(run.baseline_y_pt) + " Tm\n";
        double pen = x0;  // where the PDF's text position is, in points
        bool in_array = false;
        char hex[8];
        for (const layout::PlacedGlyph& g : run.glyphs) {
            const std::uint16_t code = glyph_code(fonts, run.font, ef.subset, g.gid);
            const bool actual_text = !g.text.empty() && ef.use.shared_codes.count(code) > 0;
            if (actual_text && in_array) {
                s += "] TJ\n";
                in_array = false;
            }
            if (actual_text) {
                s += "/Span <</ActualText <FEFF" + utf16be_hex(g.text) + ">>> BDC\n";
            }
            if (!in_array) {
                s += "[";
                in_array = true;
            }
            const double diff_units = (g.x_pt - pen) * 1000.0 / (run.size_pt * run.h_scale);
            if (std::fabs(diff_units) >= 0.5) {
                s += num(-std::round(diff_units * 10) / 10) + " ";
                pen += std::round(diff_units * 10) / 10 * run.size_pt * run.h_scale / 1000.0;
            }
            std::snprintf(hex, sizeof hex, "<%04X>", code);
            s += hex;
            const int width = fonts.advance(run.font, g.gid) * 1000 / info.units_per_em;
            pen += width * run.size_pt * run.h_scale / 1000.0;
            if (actual_text) {
                s += "] TJ\nEMC\n";
                in_array = false;
            }
        }
        if (in_array) {
            s += "] TJ\n";
        }
        s += "ET\n";
    }
    return s + tagger.end_page();
}

void add_font_objects(PdfMemDocument& doc, const text::FontSet& fonts, int font, EmbeddedFont& ef) {
    const text::FontInfo& info = fonts.info(font);
    const double to_1000 = 1000.0 / info.units_per_em;
    const std::string base = ef.subset.tag + "+" + info.postscript_name;
    PdfVecObjects& objects = doc.GetObjects();

    PdfObject* file = objects.CreateObject();
    if (ef.subset.is_cff) {
        file->GetDictionary().AddKey("Subtype", PdfName("CIDFontType0C"));
    } else {
        file->GetDictionary().AddKey("Length1", static_cast<pdf_int64>(ef.subset.program.size()));
    }
    set_stream(file, ef.subset.program);

    PdfObject* descriptor = objects.CreateObject("FontDescriptor");
    PdfDictionary& dd = descriptor->GetDictionary();
    dd.AddKey("FontName", PdfName(base));
    dd.AddKey("Flags", static_cast<pdf_int64>(4));  // symbolic: glyphs outside the standard Latin set
    PdfArray bbox;
    for (int v : info.bbox) {
        bbox.push_back(static_cast<pdf_int64>(std::lround(v * to_1000)));
    }
    dd.AddKey("FontBBox", bbox);
    dd.AddKey("ItalicAngle", static_cast<pdf_int64>(std::lround(info.italic_angle)));
    dd.AddKey("Ascent", static_cast<pdf_int64>(std::lround(info.ascent * to_1000)));
    dd.AddKey("Descent", static_cast<pdf_int64>(std::lround(info.descent * to_1000)));
    dd.AddKey("CapHeight", static_cast<pdf_int64>(std::lround(info.cap_height * to_1000)));
    dd.AddKey("StemV", static_cast<pdf_int64>(80));
    dd.AddKey(ef.subset.is_cff ? "FontFile3" : "FontFile2", file->Reference());

    std::map<std::uint16_t, int> widths;
    for (std::uint32_t gid : ef.use.gids) {
        widths[glyph_code(fonts, font, ef.subset, gid)] =
            static_cast<int>(std::lround(fonts.advance(font, gid) * to_1000));
    }
    PdfObject* cid_font = objects.CreateObject("Font");
    PdfDictionary& cd = cid_font->GetDictionary();
    cd.AddKey("Subtype", PdfName(ef.subset.is_cff ? "CIDFontType0" : "CIDFontType2"));
    cd.AddKey("BaseFont", PdfName(base));
    PdfDictionary ros;
    ros.AddKey("Registry", PdfString(info.cid_keyed ? info.registry : "Adobe"));
    ros.AddKey("Ordering", PdfString(info.cid_keyed ? info.ordering : "Identity"));
    ros.AddKey("Supplement", static_cast<pdf_int64>(info.cid_keyed ? info.supplement : 0));
    cd.AddKey("CIDSystemInfo", ros);
    cd.AddKey("FontDescriptor", descriptor->Reference());
    cd.AddKey("DW", static_cast<pdf_int64>(1000));
    PdfObject* w = objects.CreateObject(PdfVariant(PdfArray()));
    PdfArray& warr = w->GetArray();
    for (const WidthGroup& g : width_groups(widths, 1000)) {
        warr.push_back(static_cast<pdf_int64>(g.first_code));
        PdfArray group;
        for (int width : g.widths) {
            group.push_back(static_cast<pdf_int64>(width));
        }
        warr.push_back(group);
    }
    cd.AddKey("W", w->Reference());
    if (!ef.subset.is_cff) {
        cd.AddKey("CIDToGIDMap", PdfName("Identity"));
    }

    PdfObject* cmap = objects.CreateObject();
    const std::string cmap_text = to_unicode_cmap(ef.use.code_text);
    set_stream(cmap, cmap_text);

    PdfObject* type0 = objects.CreateObject("Font");
    PdfDictionary& td = type0->GetDictionary();
    td.AddKey("Subtype", PdfName("Type0"));
    td.AddKey("BaseFont", PdfName(base + "-Identity-H"));
    td.AddKey("Encoding", PdfName("Identity-H"));
    PdfArray descendants;
    descendants.push_back(cid_font->Reference());
    td.AddKey("DescendantFonts", descendants);
    td.AddKey("ToUnicode", cmap->Reference());
    ef.ref = type0->Reference();
}

constexpr double k_crop_mark_space_pt = 10 * 72 / 25.4;  // room outside the bleed for crop marks

PdfArray box(double x, double y, double w, double h) {
    PdfArray a;
    for (double v : {x, y, x + w, y + h}) {
        a.push_back(PdfVariant(v));
    }
    return a;
}

// Crop marks: two short lines at each trim corner, outside the bleed, in registration
// colour (all four inks) so that every separation carries them.
std::string crop_marks(const layout::Page& page, double margin, double bleed) {
    const double gap = bleed + 2 * 72 / 25.4;
    const double len = 6 * 72 / 25.4;
    std::string s = "q 0.25 w 1 1 1 1 K\n";
    for (double x : {margin, margin + page.width_pt}) {
        for (double y : {margin, margin + page.height_pt}) {
            const double dx = x == margin ? -1 : 1;
            const double dy = y == margin ? -1 : 1;
            s += num(x + dx * gap) + " " + num(y) + " m " + num(x + dx * (gap + len)) + " " + num(y) + " l S\n";
            s += num(x) + " " + num(y + dy * gap) + " m " + num(x) + " " + num(y + dy * (gap + len)) + " l S\n";
        }
    }
    return s + "Q\n";
}

// The PDF/A OutputIntent (ISO 19005-2 §6.2.3): sRGB, the space every colour is given in.
void add_output_intent(PdfMemDocument& doc, const std::string& icc) {
    if (icc.empty()) {
        throw Error(ErrorKind::environment, "the archive profile needs an sRGB ICC profile",
                    {}, 0, 0, "run scripts/setup (package icc-profiles-free)");
    }
    PdfObject* profile = doc.GetObjects().CreateObject();
    profile->GetDictionary().AddKey("N", static_cast<pdf_int64>(3));
    set_stream(profile, icc);
    PdfObject* intent = doc.GetObjects().CreateObject("OutputIntent");
    PdfDictionary& d = intent->GetDictionary();
    d.AddKey("S", PdfName("GTS_PDFA1"));
    d.AddKey("OutputConditionIdentifier", PdfString("sRGB IEC61966-2.1"));
    d.AddKey("Info", PdfString("sRGB IEC61966-2.1"));
    d.AddKey("RegistryName", PdfString("http://www.color.org"));
    d.AddKey("DestOutputProfile", profile->Reference());
    PdfArray intents;
    intents.push_back(intent->Reference());
    doc.GetCatalog()->GetDictionary().AddKey("OutputIntents", intents);
}

// PoDoFo derives /ID from the Info dictionary alone; replace it, in place, by a hash of
// the whole file so that two documents with the same metadata get different IDs.
void set_content_id(std::string& bytes) {
    // The trailer is the last dictionary: "/ID[<hex32><hex32>]" (compact writing mode).
    const std::size_t trailer = bytes.rfind("trailer");
    const std::size_t at = trailer == std::string::npos ? std::string::npos : bytes.find("/ID", trailer);
    if (at == std::string::npos) {
        throw Error(ErrorKind::internal, "the PDF writer left no /ID in the trailer (please report this)");
    }
    std::string digest = hash::sha256_hex(bytes).substr(0, 32);
    for (char& c : digest) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    int replaced = 0;
    for (std::size_t pos = at; pos < bytes.size() && bytes[pos] != ']'; ++pos) {
        if (bytes[pos] == '<' && pos + 33 < bytes.size() && bytes[pos + 33] == '>') {
            bytes.replace(pos + 1, 32, digest);
            ++replaced;
            pos += 33;
        }
    }
    if (replaced != 2) {
        throw Error(ErrorKind::internal, "unexpected /ID in the trailer (please report this)");
    }
}

}  // namespace

std::string write_pdf(const layout::Pages& pages, const text::FontSet& fonts, const PdfOptions& options) {
    static std::once_flag quiet;
    std::call_once(quiet, [] { PdfError::EnableLogging(false); });
    try {
        // What each font must contain, and the text each code stands for.
        std::map<int, EmbeddedFont> embedded;
        for (const layout::Page& page : pages.pages) {
            for (const layout::GlyphRun& run : page.runs) {
                FontUse& use = embedded[run.font].use;
                for (const layout::PlacedGlyph& g : run.glyphs) {
                    add_glyph(use, fonts, run.font, g.gid, g.text);
                }
            }
        }
        int next_name = 1;
        for (auto& [font, ef] : embedded) {
            ef.subset = subset_font(fonts, font, ef.use);
            ef.resource_name = "/F" + std::to_string(next_name++);
        }
        for (const layout::Page& page : pages.pages) {
            for (const layout::GlyphRun& run : page.runs) {
                EmbeddedFont& ef = embedded[run.font];
                for (const layout::PlacedGlyph& g : run.glyphs) {
                    if (g.text.empty()) {
                        continue;
                    }
                    const std::uint16_t code = glyph_code(fonts, run.font, ef.subset, g.gid);
                    auto [it, inserted] = ef.use.code_text.emplace(code, g.text);
                    if (!inserted && it->second != g.text) {
                        // One glyph, two texts (Fandol shares 232 glyphs such as 一/⼀):
                        // ToUnicode keeps the first, ActualText gives each use its own.
                        ef.use.shared_codes.insert(code);
                    }
                }
            }
        }

        const bool cmyk = options.profile == Profile::print;
        const bool archive = options.profile == Profile::archive;
        // Print: the trimmed page sits inside a bleed, and crop marks outside that.
        const double bleed = cmyk ? options.bleed_pt : 0;
        const double margin = bleed + (cmyk && options.crop_marks ? k_crop_mark_space_pt : 0);

        PdfMemDocument doc;
        doc.SetPdfVersion(ePdfVersion_1_7);
        for (auto& [font, ef] : embedded) {
            add_font_objects(doc, fonts, font, ef);
        }
        Tagger tagger(pages);
        std::vector<PdfObject*> pdf_pages;
        std::vector<std::vector<PdfObject*>> link_annotations;
        for (const layout::Page& page : pages.pages) {
            tagger.begin_page(pdf_pages.size());
            PdfPage* p = doc.CreatePage(PdfRect(0, 0, page.width_pt + 2 * margin, page.height_pt + 2 * margin));
            if (cmyk) {
                p->GetObject()->GetDictionary().AddKey("TrimBox", box(margin, margin, page.width_pt, page.height_pt));
                if (bleed > 0) {
                    p->GetObject()->GetDictionary().AddKey(
                        "BleedBox", box(margin - bleed, margin - bleed, page.width_pt + 2 * bleed, page.height_pt + 2 * bleed));
                }
            }
            PdfObject* resources = p->GetResources();
            PdfDictionary font_dict;
            for (const auto& [font, ef] : embedded) {
                font_dict.AddKey(PdfName(ef.resource_name.substr(1)), ef.ref);
            }
            resources->GetDictionary().AddKey("Font", font_dict);
            std::string content = page_content(page, fonts, embedded, cmyk, tagger);
            if (margin > 0) {
                content = "q 1 0 0 1 " + num(margin) + " " + num(margin) + " cm\n" + content + "Q\n" +
                          (options.crop_marks ? "/Artifact <</Type /Layout>> BDC\n" + crop_marks(page, margin, bleed) +
                                                    "EMC\n"
                                              : std::string());
            }
            set_stream(p->GetContentsForAppending(), content);
            pdf_pages.push_back(p->GetObject());
            link_annotations.emplace_back();
            for (const layout::Link& link : page.links) {
                PdfAnnotation* a =
                    p->CreateAnnotation(ePdfAnnotation_Link,
                                        PdfRect(link.x_pt + margin, link.y_pt + margin, link.width_pt, link.height_pt));
                PdfAction action(ePdfAction_URI, &doc);
                action.SetURI(PdfString(link.uri));
                a->SetAction(action);
                a->SetBorderStyle(0, 0, 0);
                a->SetFlags(4);  // print
                a->GetObject()->GetDictionary().RemoveKey("M");  // PoDoFo stamps the wall clock here
                a->GetObject()->GetDictionary().AddKey("Contents", utf8_string("链接：" + link.uri));
                link_annotations.back().push_back(a->GetObject());
            }
        }
        tagger.write(doc, pdf_pages, margin, link_annotations);

        const layout::DocInfo& info = pages.info;
        const DocDate date = doc_date(info.published, options.fallback_epoch);
        PdfInfo* pinfo = doc.GetInfo();
        PdfDictionary& id = pinfo->GetObject()->GetDictionary();
        id.RemoveKey("CreationDate");  // PoDoFo puts the wall clock here
        id.RemoveKey("ModDate");
        if (!info.title.empty()) {
            pinfo->SetTitle(utf8_string(info.title));
        }
        if (!info.author.empty()) {
            pinfo->SetAuthor(utf8_string(info.author));
        }
        if (!info.subject.empty()) {
            pinfo->SetSubject(utf8_string(info.subject));
        }
        if (!info.keywords.empty()) {
            pinfo->SetKeywords(utf8_string(info.keywords));
        }
        pinfo->SetCreator(utf8_string(options.producer));
        pinfo->SetProducer(utf8_string(options.producer));
        if (!date.pdf.empty()) {
            id.AddKey("CreationDate", PdfString(date.pdf));
            id.AddKey("ModDate", PdfString(date.pdf));
        }

        // PDF/A-2a needs Unicode for every glyph (and the structure tree); a glyph without
        // text (a rare second glyph of a cluster) leaves level B.
        bool all_unicode = true;
        for (const auto& [font, ef] : embedded) {
            for (std::uint32_t gid : ef.use.gids) {
                all_unicode = all_unicode && ef.use.code_text.count(glyph_code(fonts, font, ef.subset, gid)) > 0;
            }
        }
        const std::string xmp = xmp_packet(info, options.producer, date, archive ? (all_unicode ? "A" : "B") : "");
        PdfObject* meta = doc.GetObjects().CreateObject("Metadata");
        meta->GetDictionary().AddKey("Subtype", PdfName("XML"));
        meta->GetStream()->Set(xmp.data(), static_cast<pdf_long>(xmp.size()), TVecFilters());
        doc.GetCatalog()->GetDictionary().AddKey("Metadata", meta->Reference());
        doc.GetCatalog()->GetDictionary().AddKey("Lang", PdfString(info.language));
        if (archive) {
            add_output_intent(doc, options.srgb_icc);
        }

        PdfRefCountedBuffer buffer;
        PdfOutputDevice device(&buffer);
        doc.Write(&device);
        std::string bytes(buffer.GetBuffer(), device.GetLength());
        set_content_id(bytes);
        return bytes;
    } catch (const PdfError& e) {
        throw Error(ErrorKind::internal, std::string("PDF writer failed: ") + PdfError::ErrorMessage(e.GetError()) +
                                             " (please report this)");
    }
}

}  // namespace hsdoc::pdf
