// hsdoc::style — styles/*.xml to Style.
//
// In: a bundled style name (styles/NAME.xml under the data folder) or a path to a style
// file. Out: a Style with every length in points (PDF user units, 1/72 in), `extends`
// resolved. Errors in a style file are Error(style) with file:line:column.
// The Style is plain data; it is loaded once and shared read-only.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hsdoc::style {

// What a piece of text is set as; each role names its fonts and size in the style
// (<font role="body">). A role a style leaves out falls back (role_fallback), so a house
// style need only set the roles it changes.
enum class Role {
    body,
    meta,              // the metadata line under the title
    title,
    kicker,            // 引题, above the title
    subtitle,          // 副题 or a speech's 题注
    byline,            // a speech's speaker line
    issuer,            // the red 发文机关标志
    heading1,
    heading2,
    heading3,
    heading4,
    attendance_label,  // 出席： of a 纪要
    attachment_label,  // 附件1 on an attachment's first line
    imprint,           // 版记
    qr_caption,
    page_number,
};

inline constexpr Role k_roles[] = {Role::body,     Role::meta,     Role::title,    Role::kicker,
                                   Role::subtitle, Role::byline,   Role::issuer,   Role::heading1,
                                   Role::heading2, Role::heading3, Role::heading4, Role::attendance_label,
                                   Role::attachment_label, Role::imprint, Role::qr_caption, Role::page_number};

// The name a style file uses: "body", "attendance-label", "page-number".
const char* role_name(Role role);
std::optional<Role> role_from_name(std::string_view name);

// The role used when a style leaves `role` out: kicker and byline take the subtitle's
// fonts, the attachment label heading 1's, the subtitle the body's; none for body.
std::optional<Role> role_fallback(Role role);

// A colour given both ways: sRGB for the screen profile, CMYK for print.
struct Color {
    double r = 0, g = 0, b = 0;        // 0..1
    double c = 0, m = 0, y = 0, k = 1;  // 0..1
};

struct FontRole {
    std::vector<std::string> families;        // tried in order, per character (fallback)
    std::vector<std::string> latin_families;  // tried first for Latin letters and digits
    double size_pt = 16;
    bool bold = false;                  // faked by stroking (no bold face in the families)
    bool red = false;                   // drawn in the style's red
};

struct Style {
    std::string name;
    std::string file;         // where it was loaded from
    std::string extends;      // the parent style as named in the file, if any
    std::string description;  // one line for `hsdoc styles`

    // Paper and type area; the area's top and left are measured from the paper's top-left.
    double page_width_pt = 0;
    double page_height_pt = 0;
    double area_top_pt = 0;
    double area_left_pt = 0;
    double area_width_pt = 0;
    double area_height_pt = 0;

    // The character grid: every full-width character takes one cell of
    // area_width / chars_per_line; lines are line_pitch apart.
    int chars_per_line = 28;
    int lines_per_page = 22;
    double line_pitch_pt = 0;
    int paragraph_indent_cells = 2;
    int widows = 1;   // fewest lines of a split paragraph carried to the next page
    int orphans = 1;  // fewest lines of a split paragraph left at a page's foot

    // The roles the style (or one it extends) sets; font() resolves the others.
    std::map<Role, FontRole> fonts;

    Color text_color;
    Color red;

    // How lines are fitted (docs/spec/clreq.md §0): on the grid every full-width character takes
    // one cell and nothing is compressed; proportional styles compress and trim marks.
    bool grid = true;
    bool compress_adjacent = false;
    bool trim_line_end = false;
    bool push_in_first = false;
    bool avoid_orphans = false;
    double han_latin_gap_em = 0;
    bool hanging_punctuation = false;  // a lone 。，、；： may hang past the right edge (Word's habit)

    // 版头 (docs/spec/gbt9704.md §5): the red issuer mark, the document number, the red rule.
    bool issuer_mark = false;        // draw the mark when an issuer is known
    std::string issuer_text;         // the issuer when neither --issuer nor the document names one
    std::string issuer_suffix;       // appended to the issuer: 文件, 纪要
    double issuer_top_pt = 0;        // mark's top edge below the type area's top (35 mm)
    int doc_number_blank_lines = 2;  // empty lines between the mark and the document number
    bool office_row = false;         // 纪要: compiling office and date under the 期号 line
    double rule_gap_pt = 0;          // from the document number (or mark) to the red rule
    double rule_thickness_pt = 0;
    int title_blank_lines_before = 2;  // between the red rule and the title

    // Title block: blank grid lines after the title and after the metadata line.
    int blank_lines_after_title = 1;
    bool show_meta_line = true;
    int blank_lines_after_meta = 1;

    // Closing blocks (§6.1, §10.3): blank lines before them; the unsealed signature's
    // right indent in cells.
    int signature_blank_lines = 1;
    int signature_right_indent_cells = 2;
    int attendance_blank_lines = 1;

    // 版记 (§7): thick and thin rules, rows of the imprint role on the last page's bottom.
    bool imprint = true;
    double imprint_thick_pt = 0;
    double imprint_thin_pt = 0;

    // QR code linking to the article: at least `qr_size` wide, after the body.
    bool qr = true;
    double qr_size_pt = 0;
    std::string qr_caption;

    // Output: the profile used when the command line names none; for print, the bleed
    // added around the trimmed page and whether crop marks are drawn in it.
    std::string profile = "screen";
    double bleed_pt = 0;
    bool crop_marks = false;

    // Page numbers "— n —": "outside" (odd right, even left, one 字 in) or "center".
    std::string page_number_align = "outside";
    double page_number_below_area_pt = 0;  // from the type area's bottom to the baseline
    double page_number_inset_pt = 0;       // the "one 字" in from the edge

    double cell_pt() const { return area_width_pt / chars_per_line; }

    // The role's fonts, through role_fallback when the style leaves the role out.
    const FontRole& font(Role role) const;
    // The role whose <font> font(role) uses.
    Role resolved(Role role) const;
};

// Loads a bundled style by name, or a style file by path (a name containing '/' or
// ending in .xml). Resolves `extends` (cycles are an error).
Style load_style(const std::string& name_or_path, const std::string& data_dir);

// Names of the bundled styles, sorted.
std::vector<std::string> list_styles(const std::string& data_dir);

// Parses a length with a unit: "37mm", "29.61pt", "1.5pt", "2cm", "1in", or a Chinese
// size name (三号, 小四, 初号) in points. Exposed for unit testing.
bool parse_length_pt(const std::string& text, double& out_pt);

}  // namespace hsdoc::style
