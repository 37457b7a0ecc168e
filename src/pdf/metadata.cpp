#include "pdf/metadata.hpp"

#include <pugixml.hpp>

#include <cstdio>
#include <ctime>
#include <sstream>

namespace hsdoc::pdf {

DocDate doc_date(const std::string& iso, long long fallback_epoch) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    char buf[64];
    DocDate out;
    const int n = std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s);
    if (n >= 3) {
        std::snprintf(buf, sizeof buf, "D:%04d%02d%02d%02d%02d%02d+08'00'", y, mo, d, h, mi, s);
        out.pdf = buf;
        // The same instant as the Info date, so Info and XMP agree (PDF/A-2 §6.6.3).
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+08:00", y, mo, d, h, mi, s);
        out.xmp = buf;
        return out;
    }
    if (fallback_epoch >= 0) {
        const std::time_t t = static_cast<std::time_t>(fallback_epoch);
        std::tm tm{};
        gmtime_r(&t, &tm);
        std::strftime(buf, sizeof buf, "D:%Y%m%d%H%M%SZ", &tm);
        out.pdf = buf;
        std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
        out.xmp = buf;
    }
    return out;
}

namespace {

const char* k_hsdoc_ns = "urn:hsdoc:xmp:1/";

// The pdfaExtension description of the hsdoc properties (ISO 19005-2 §6.6.2.3.2).
void describe_hsdoc_schema(pugi::xml_node description) {
    description.append_attribute("xmlns:pdfaExtension") = "http://www.aiim.org/pdfa/ns/extension/";
    description.append_attribute("xmlns:pdfaSchema") = "http://www.aiim.org/pdfa/ns/schema#";
    description.append_attribute("xmlns:pdfaProperty") = "http://www.aiim.org/pdfa/ns/property#";
    pugi::xml_node schema = description.append_child("pdfaExtension:schemas")
                                .append_child("rdf:Bag")
                                .append_child("rdf:li");
    schema.append_attribute("rdf:parseType") = "Resource";
    schema.append_child("pdfaSchema:schema").text() = "hsdoc report metadata";
    schema.append_child("pdfaSchema:namespaceURI").text() = k_hsdoc_ns;
    schema.append_child("pdfaSchema:prefix").text() = "hsdoc";
    pugi::xml_node seq = schema.append_child("pdfaSchema:property").append_child("rdf:Seq");
    const char* properties[][3] = {
        {"issuer", "Text", "the issuing organ (发文机关)"},
        {"docNumber", "Text", "the document number (发文字号) or issue (期号)"},
        {"channel", "Seq Text", "the breadcrumb of the web page, outermost first"},
        {"attendance", "Seq Text", "attendance lists (出席, 请假, 列席) as printed"},
    };
    for (const auto& p : properties) {
        pugi::xml_node li = seq.append_child("rdf:li");
        li.append_attribute("rdf:parseType") = "Resource";
        li.append_child("pdfaProperty:name").text() = p[0];
        li.append_child("pdfaProperty:valueType").text() = p[1];
        li.append_child("pdfaProperty:category").text() = "external";
        li.append_child("pdfaProperty:description").text() = p[2];
    }
    // The PDF/UA identification is not one of PDF/A-2's predefined schemas either.
    pugi::xml_node ua = schema.parent().append_child("rdf:li");
    ua.append_attribute("rdf:parseType") = "Resource";
    ua.append_child("pdfaSchema:schema").text() = "PDF/UA identification schema";
    ua.append_child("pdfaSchema:namespaceURI").text() = "http://www.aiim.org/pdfua/ns/id/";
    ua.append_child("pdfaSchema:prefix").text() = "pdfuaid";
    pugi::xml_node part = ua.append_child("pdfaSchema:property").append_child("rdf:Seq").append_child("rdf:li");
    part.append_attribute("rdf:parseType") = "Resource";
    part.append_child("pdfaProperty:name").text() = "part";
    part.append_child("pdfaProperty:valueType").text() = "Integer";
    part.append_child("pdfaProperty:category").text() = "internal";
    part.append_child("pdfaProperty:description").text() = "Indicates, which part of ISO 14289 standard is followed";
}

}  // namespace

std::string xmp_packet(const layout::DocInfo& info, const std::string& producer, const DocDate& date,
                       const std::string& pdfa_conformance) {
    pugi::xml_document doc;
    doc.append_child(pugi::node_pi).set_name("xpacket");
    doc.first_child().set_value("begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
    pugi::xml_node meta = doc.append_child("x:xmpmeta");
    meta.append_attribute("xmlns:x") = "adobe:ns:meta/";
    pugi::xml_node rdf = meta.append_child("rdf:RDF");
    rdf.append_attribute("xmlns:rdf") = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    pugi::xml_node d = rdf.append_child("rdf:Description");
    d.append_attribute("rdf:about") = "";
    d.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    d.append_attribute("xmlns:xmp") = "http://ns.adobe.com/xap/1.0/";
    d.append_attribute("xmlns:pdf") = "http://ns.adobe.com/pdf/1.3/";
    d.append_attribute("xmlns:hsdoc") = k_hsdoc_ns;
    // Every profile is tagged for PDF/UA-1 (ISO 14289-1 §5: the identification).
    d.append_attribute("xmlns:pdfuaid") = "http://www.aiim.org/pdfua/ns/id/";
    d.append_child("pdfuaid:part").text() = "1";
    if (!pdfa_conformance.empty()) {
        d.append_attribute("xmlns:pdfaid") = "http://www.aiim.org/pdfa/ns/id/";
        d.append_child("pdfaid:part").text() = "2";
        d.append_child("pdfaid:conformance").text() = pdfa_conformance.c_str();
        describe_hsdoc_schema(d);
    }

    auto lang_alt = [&](const char* name, const std::string& value) {
        if (value.empty()) {
            return;
        }
        pugi::xml_node li = d.append_child(name).append_child("rdf:Alt").append_child("rdf:li");
        li.append_attribute("xml:lang") = "x-default";
        li.text() = value.c_str();
    };
    auto simple = [&](const char* name, const std::string& value) {
        if (!value.empty()) {
            d.append_child(name).text() = value.c_str();
        }
    };
    d.append_child("dc:format").text() = "application/pdf";
    lang_alt("dc:title", info.title);
    if (!info.author.empty()) {
        d.append_child("dc:creator").append_child("rdf:Seq").append_child("rdf:li").text() = info.author.c_str();
    }
    lang_alt("dc:description", info.subject);
    simple("dc:source", info.source);
    simple("dc:identifier", info.url);
    if (!info.language.empty()) {
        d.append_child("dc:language").append_child("rdf:Bag").append_child("rdf:li").text() = info.language.c_str();
    }
    simple("pdf:Keywords", info.keywords);
    simple("pdf:Producer", producer);
    simple("xmp:CreatorTool", producer);
    simple("xmp:CreateDate", date.xmp);
    simple("xmp:ModifyDate", date.xmp);
    simple("xmp:MetadataDate", date.xmp);
    simple("hsdoc:issuer", info.issuer);
    simple("hsdoc:docNumber", info.doc_number);
    auto sequence = [&](const char* name, const std::vector<std::string>& values) {
        if (!values.empty()) {
            pugi::xml_node seq = d.append_child(name).append_child("rdf:Seq");
            for (const auto& v : values) {
                seq.append_child("rdf:li").text() = v.c_str();
            }
        }
    };
    sequence("hsdoc:channel", info.channel);
    sequence("hsdoc:attendance", info.attendance);
    pugi::xml_node end = doc.append_child(pugi::node_pi);
    end.set_name("xpacket");
    end.set_value("end=\"w\"");
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_indent | pugi::format_no_declaration);
    return out.str();
}

}  // namespace hsdoc::pdf
