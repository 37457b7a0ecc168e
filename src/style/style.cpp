#include "style/style.hpp"

#include "util/error.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace hsdoc::style {
namespace {

namespace fs = std::filesystem;

constexpr double k_pt_per_mm = 72.0 / 25.4;
constexpr int k_max_extends_depth = 16;

// Chinese type sizes (号), docs/spec/gbt9704.md §0.
const std::map<std::string, double>& chinese_sizes() {
    static const std::map<std::string, double> sizes = {
        {"初号", 42},  {"小初", 36}, {"一号", 26}, {"小一", 24},  {"二号", 22},
        {"小二", 18},  {"三号", 16}, {"小三", 15}, {"四号", 14},  {"小四", 12},
        {"五号", 10.5}, {"小五", 9},  {"六号", 7.5}, {"小六", 6.5},
    };
    return sizes;
}

// Where in the file a node sits, for file:line:column messages.
struct Locator {
    std::string file;
    std::string text;

    void at(std::ptrdiff_t offset, int& line, int& column) const {
        line = 1;
        column = 1;
        for (std::ptrdiff_t i = 0; i < offset && i < static_cast<std::ptrdiff_t>(text.size()); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++column;
            }
        }
    }

    [[noreturn]] void fail(const pugi::xml_node& node, const std::string& message) const {
        int line = 0;
        int column = 0;
        // pugixml points at the element's name; the caret goes on its "<".
        at(node.offset_debug() - (node.type() == pugi::node_element ? 1 : 0), line, column);
        throw Error(ErrorKind::style, message, file, line, column);
    }
};

double length_attr(const Locator& loc, const pugi::xml_node& node, const char* name, double fallback) {
    const pugi::xml_attribute a = node.attribute(name);
    if (!a) {
        return fallback;
    }
    double v = 0;
    if (!parse_length_pt(a.value(), v)) {
        loc.fail(node, std::string("attribute ") + name + "=\"" + a.value() +
                           "\" is not a length (use mm, pt, cm, in or a size such as 三号)");
    }
    return v;
}

int int_attr(const Locator& loc, const pugi::xml_node& node, const char* name, int fallback, int lo, int hi) {
    const pugi::xml_attribute a = node.attribute(name);
    if (!a) {
        return fallback;
    }
    char* end = nullptr;
    const long v = std::strtol(a.value(), &end, 10);
    if (end == a.value() || *end != '\0' || v < lo || v > hi) {
        loc.fail(node, std::string("attribute ") + name + "=\"" + a.value() + "\" must be a whole number from " +
                           std::to_string(lo) + " to " + std::to_string(hi));
    }
    return static_cast<int>(v);
}

double number_attr(const Locator& loc, const pugi::xml_node& node, const char* name, double fallback, double lo,
                   double hi) {
    const pugi::xml_attribute a = node.attribute(name);
    if (!a) {
        return fallback;
    }
    char* end = nullptr;
    const double v = std::strtod(a.value(), &end);
    if (end == a.value() || *end != '\0' || !(v >= lo && v <= hi)) {
        loc.fail(node, std::string("attribute ") + name + "=\"" + a.value() + "\" must be a number from " +
                           std::to_string(lo) + " to " + std::to_string(hi));
    }
    return v;
}

bool bool_attr(const Locator& loc, const pugi::xml_node& node, const char* name, bool fallback) {
    const pugi::xml_attribute a = node.attribute(name);
    if (!a) {
        return fallback;
    }
    const std::string v = a.value();
    if (v == "true" || v == "yes") {
        return true;
    }
    if (v == "false" || v == "no") {
        return false;
    }
    loc.fail(node, std::string("attribute ") + name + "=\"" + v + "\" must be true or false");
}

Color color_from(const Locator& loc, const pugi::xml_node& node) {
    Color c;
    const std::string rgb = node.attribute("rgb").value();
    const std::string cmyk = node.attribute("cmyk").value();
    if (rgb.size() != 7 || rgb[0] != '#' ||
        rgb.find_first_not_of("0123456789abcdefABCDEF", 1) != std::string::npos) {
        loc.fail(node, "colour needs rgb=\"#RRGGBB\", got \"" + rgb + "\"");
    }
    const long v = std::strtol(rgb.c_str() + 1, nullptr, 16);
    c.r = ((v >> 16) & 0xFF) / 255.0;
    c.g = ((v >> 8) & 0xFF) / 255.0;
    c.b = (v & 0xFF) / 255.0;
    std::istringstream in(cmyk);
    double parts[4];
    int n = 0;
    while (n < 4 && in >> parts[n]) {
        ++n;
    }
    std::string rest;
    if (n != 4 || (in >> rest) || std::any_of(parts, parts + 4, [](double p) { return p < 0 || p > 1; })) {
        loc.fail(node, "colour needs cmyk=\"C M Y K\" with four values from 0 to 1, got \"" + cmyk + "\"");
    }
    c.c = parts[0];
    c.m = parts[1];
    c.y = parts[2];
    c.k = parts[3];
    return c;
}

fs::path resolve_style_path(const std::string& name_or_path, const std::string& data_dir) {
    const bool is_path = name_or_path.find('/') != std::string::npos ||
                         (name_or_path.size() > 4 && name_or_path.compare(name_or_path.size() - 4, 4, ".xml") == 0);
    return is_path ? fs::path(name_or_path) : fs::path(data_dir) / "styles" / (name_or_path + ".xml");
}

void load_into(Style& style, const fs::path& path, const std::string& data_dir, std::set<std::string>& seen) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(ErrorKind::style, "cannot read style file", path.string(), 0, 0,
                    "bundled styles: " + [&] {
                        std::string s;
                        for (const auto& n : list_styles(data_dir)) {
                            s += (s.empty() ? "" : ", ") + n;
                        }
                        return s;
                    }());
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    Locator loc{path.string(), ss.str()};
    if (seen.size() > k_max_extends_depth || !seen.insert(fs::weakly_canonical(path).string()).second) {
        throw Error(ErrorKind::style, "style extends itself (cycle through " + path.string() + ")", path.string());
    }

    pugi::xml_document doc;
    // No DTD processing, no entity expansion beyond the five predefined ones.
    const pugi::xml_parse_result r = doc.load_buffer(loc.text.data(), loc.text.size(),
                                                     pugi::parse_default & ~pugi::parse_doctype);
    if (!r) {
        int line = 0;
        int column = 0;
        loc.at(r.offset, line, column);
        throw Error(ErrorKind::style, r.description(), loc.file, line, column);
    }
    const pugi::xml_node root = doc.document_element();
    if (std::string(root.name()) != "style") {
        loc.fail(root, std::string("expected a <style> root element, found <") + root.name() + ">");
    }
    if (const char* parent = root.attribute("extends").value(); *parent) {
        load_into(style, resolve_style_path(parent, data_dir), data_dir, seen);
    }
    style.name = root.attribute("name") ? root.attribute("name").value() : path.stem().string();
    style.file = path.string();
    style.extends = root.attribute("extends").value();
    style.description = root.child_value("description");

    for (const pugi::xml_node& n : root.children()) {
        if (n.type() != pugi::node_element) {
            continue;
        }
        const std::string tag = n.name();
        if (tag == "description") {
            continue;
        } else if (tag == "page") {
            style.page_width_pt = length_attr(loc, n, "width", style.page_width_pt);
            style.page_height_pt = length_attr(loc, n, "height", style.page_height_pt);
        } else if (tag == "type-area") {
            style.area_top_pt = length_attr(loc, n, "top", style.area_top_pt);
            style.area_left_pt = length_attr(loc, n, "left", style.area_left_pt);
            style.area_width_pt = length_attr(loc, n, "width", style.area_width_pt);
            style.area_height_pt = length_attr(loc, n, "height", style.area_height_pt);
        } else if (tag == "grid") {
            style.chars_per_line = int_attr(loc, n, "chars-per-line", style.chars_per_line, 4, 200);
            style.lines_per_page = int_attr(loc, n, "lines-per-page", style.lines_per_page, 2, 200);
            style.line_pitch_pt = length_attr(loc, n, "line-pitch", style.line_pitch_pt);
            style.paragraph_indent_cells = int_attr(loc, n, "paragraph-indent", style.paragraph_indent_cells, 0, 10);
            style.widows = int_attr(loc, n, "widows", style.widows, 1, 10);
            style.orphans = int_attr(loc, n, "orphans", style.orphans, 1, 10);
        } else if (tag == "font") {
            const std::string role_text = n.attribute("role").value();
            if (role_text.empty()) {
                loc.fail(n, "<font> needs a role attribute");
            }
            const std::optional<Role> role = role_from_name(role_text);
            if (!role) {
                std::string known;
                for (Role known_role : k_roles) {
                    known += std::string(known.empty() ? "" : ", ") + role_name(known_role);
                }
                loc.fail(n, "unknown font role \"" + role_text + "\" (roles: " + known + ")");
            }
            FontRole f;
            f.size_pt = length_attr(loc, n, "size", 16);
            f.bold = bool_attr(loc, n, "bold", false);
            f.red = bool_attr(loc, n, "red", false);
            for (const pugi::xml_node& fam : n.children("family")) {
                f.families.emplace_back(fam.child_value());
            }
            for (const pugi::xml_node& fam : n.children("latin")) {
                f.latin_families.emplace_back(fam.child_value());
            }
            if (f.families.empty()) {
                loc.fail(n, "<font role=\"" + role_text + "\"> lists no <family>");
            }
            style.fonts[*role] = f;
        } else if (tag == "color") {
            const std::string name = n.attribute("name").value();
            if (name == "text") {
                style.text_color = color_from(loc, n);
            } else if (name == "red") {
                style.red = color_from(loc, n);
            } else {
                loc.fail(n, "unknown colour name \"" + name + "\" (expected text or red)");
            }
        } else if (tag == "typesetting") {
            style.grid = bool_attr(loc, n, "grid", style.grid);
            style.compress_adjacent = bool_attr(loc, n, "compress-adjacent", style.compress_adjacent);
            style.trim_line_end = bool_attr(loc, n, "trim-line-end", style.trim_line_end);
            style.push_in_first = bool_attr(loc, n, "push-in-first", style.push_in_first);
            style.avoid_orphans = bool_attr(loc, n, "avoid-orphans", style.avoid_orphans);
            style.han_latin_gap_em = number_attr(loc, n, "han-latin-gap", style.han_latin_gap_em, 0, 1);
            style.hanging_punctuation = bool_attr(loc, n, "hanging-punctuation", style.hanging_punctuation);
        } else if (tag == "issuer-mark") {
            style.issuer_mark = bool_attr(loc, n, "show", style.issuer_mark);
            style.issuer_text = n.attribute("text") ? n.attribute("text").value() : style.issuer_text;
            style.issuer_suffix = n.attribute("suffix") ? n.attribute("suffix").value() : style.issuer_suffix;
            style.issuer_top_pt = length_attr(loc, n, "top", style.issuer_top_pt);
        } else if (tag == "doc-number") {
            style.doc_number_blank_lines = int_attr(loc, n, "blank-lines-before", style.doc_number_blank_lines, 0, 10);
            style.office_row = bool_attr(loc, n, "office-row", style.office_row);
        } else if (tag == "red-rule") {
            style.rule_gap_pt = length_attr(loc, n, "gap", style.rule_gap_pt);
            style.rule_thickness_pt = length_attr(loc, n, "thickness", style.rule_thickness_pt);
        } else if (tag == "title") {
            style.title_blank_lines_before = int_attr(loc, n, "blank-lines-before", style.title_blank_lines_before, 0, 10);
            style.blank_lines_after_title = int_attr(loc, n, "blank-lines-after", style.blank_lines_after_title, 0, 10);
        } else if (tag == "meta-line") {
            style.show_meta_line = bool_attr(loc, n, "show", style.show_meta_line);
            style.blank_lines_after_meta = int_attr(loc, n, "blank-lines-after", style.blank_lines_after_meta, 0, 10);
        } else if (tag == "signature") {
            style.signature_blank_lines = int_attr(loc, n, "blank-lines-before", style.signature_blank_lines, 0, 10);
            style.signature_right_indent_cells =
                int_attr(loc, n, "right-indent", style.signature_right_indent_cells, 0, 20);
        } else if (tag == "attendance") {
            style.attendance_blank_lines = int_attr(loc, n, "blank-lines-before", style.attendance_blank_lines, 0, 10);
        } else if (tag == "imprint") {
            style.imprint = bool_attr(loc, n, "show", style.imprint);
            style.imprint_thick_pt = length_attr(loc, n, "thick", style.imprint_thick_pt);
            style.imprint_thin_pt = length_attr(loc, n, "thin", style.imprint_thin_pt);
        } else if (tag == "qr") {
            style.qr = bool_attr(loc, n, "show", style.qr);
            style.qr_size_pt = length_attr(loc, n, "size", style.qr_size_pt);
            style.qr_caption = n.attribute("caption") ? n.attribute("caption").value() : style.qr_caption;
        } else if (tag == "output") {
            if (n.attribute("profile")) {
                style.profile = n.attribute("profile").value();
                if (style.profile != "screen" && style.profile != "archive" && style.profile != "print") {
                    loc.fail(n, "output profile must be screen, archive or print");
                }
            }
            style.bleed_pt = length_attr(loc, n, "bleed", style.bleed_pt);
            style.crop_marks = bool_attr(loc, n, "crop-marks", style.crop_marks);
        } else if (tag == "page-number") {
            if (n.attribute("align")) {
                style.page_number_align = n.attribute("align").value();
                if (style.page_number_align != "outside" && style.page_number_align != "center") {
                    loc.fail(n, "page-number align must be outside or center");
                }
            }
            style.page_number_below_area_pt = length_attr(loc, n, "below-area", style.page_number_below_area_pt);
            style.page_number_inset_pt = length_attr(loc, n, "inset", style.page_number_inset_pt);
        } else {
            loc.fail(n, "unknown element <" + tag + "> in a style");
        }
    }
}

void check_complete(const Style& s) {
    auto need = [&](bool ok, const char* what) {
        if (!ok) {
            throw Error(ErrorKind::style, std::string("style does not set ") + what, s.file);
        }
    };
    need(s.page_width_pt > 0 && s.page_height_pt > 0, "the page size (<page width= height=>)");
    need(s.area_width_pt > 0 && s.area_height_pt > 0, "the type area (<type-area>)");
    need(s.area_left_pt + s.area_width_pt <= s.page_width_pt + 0.01 &&
             s.area_top_pt + s.area_height_pt <= s.page_height_pt + 0.01,
         "a type area that fits on the page");
    need(s.line_pitch_pt > 0, "the line pitch (<grid line-pitch=>)");
    need(s.fonts.count(Role::body) == 1, "a body font (<font role=\"body\">)");
}

}  // namespace

const char* role_name(Role role) {
    switch (role) {
    case Role::body: return "body";
    case Role::meta: return "meta";
    case Role::title: return "title";
    case Role::kicker: return "kicker";
    case Role::subtitle: return "subtitle";
    case Role::byline: return "byline";
    case Role::issuer: return "issuer";
    case Role::heading1: return "heading1";
    case Role::heading2: return "heading2";
    case Role::heading3: return "heading3";
    case Role::heading4: return "heading4";
    case Role::attendance_label: return "attendance-label";
    case Role::attachment_label: return "attachment-label";
    case Role::imprint: return "imprint";
    case Role::qr_caption: return "qr-caption";
    case Role::page_number: return "page-number";
    }
    return "body";
}

std::optional<Role> role_from_name(std::string_view name) {
    for (Role r : k_roles) {
        if (name == role_name(r)) {
            return r;
        }
    }
    return std::nullopt;
}

std::optional<Role> role_fallback(Role role) {
    switch (role) {
    case Role::body:
        return std::nullopt;
    case Role::kicker:
    case Role::byline:
        return Role::subtitle;
    case Role::attachment_label:
        return Role::heading1;
    default:
        return Role::body;
    }
}

Role Style::resolved(Role role) const {
    while (fonts.count(role) == 0) {
        const std::optional<Role> next = role_fallback(role);
        if (!next) {
            break;
        }
        role = *next;
    }
    return role;
}

const FontRole& Style::font(Role role) const {
    const auto it = fonts.find(resolved(role));
    if (it == fonts.end()) {
        throw Error(ErrorKind::style, std::string("style \"") + name + "\" has no font for \"" + role_name(role) + "\"", file);
    }
    return it->second;
}

bool parse_length_pt(const std::string& text, double& out_pt) {
    if (const auto it = chinese_sizes().find(text); it != chinese_sizes().end()) {
        out_pt = it->second;
        return true;
    }
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || !std::isfinite(v) || v < 0) {
        return false;
    }
    const std::string unit = end;
    if (unit == "pt") {
        out_pt = v;
    } else if (unit == "mm") {
        out_pt = v * k_pt_per_mm;
    } else if (unit == "cm") {
        out_pt = v * 10 * k_pt_per_mm;
    } else if (unit == "in") {
        out_pt = v * 72;
    } else {
        return false;
    }
    return true;
}

Style load_style(const std::string& name_or_path, const std::string& data_dir) {
    Style style;
    std::set<std::string> seen;
    load_into(style, resolve_style_path(name_or_path, data_dir), data_dir, seen);
    check_complete(style);
    return style;
}

std::vector<std::string> list_styles(const std::string& data_dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(fs::path(data_dir) / "styles", ec)) {
        if (e.path().extension() == ".xml") {
            names.push_back(e.path().stem().string());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace hsdoc::style
