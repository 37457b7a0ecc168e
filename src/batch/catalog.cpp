// What `hsdoc styles` and `hsdoc fonts` show: the bundled styles and what each font role
// of a style resolves to on this machine.
#include "batch/batch.hpp"

#include "style/style.hpp"
#include "text/text.hpp"
#include "util/paths.hpp"

namespace hsdoc::batch {

std::vector<StyleSummary> bundled_styles() {
    std::vector<StyleSummary> out;
    const std::string data_dir = paths::data_dir();
    for (const std::string& name : style::list_styles(data_dir)) {
        const style::Style s = style::load_style(name, data_dir);
        out.push_back({name, s.extends, s.description});
    }
    return out;
}

std::vector<RoleFonts> resolve_fonts(const std::string& style_name) {
    const std::string data_dir = paths::data_dir();
    const style::Style style = style::load_style(style_name, data_dir);
    const auto fonts = text::FontSet::load(style, data_dir);
    std::vector<RoleFonts> out;
    for (const style::Role role : style::k_roles) {
        const style::FontRole& spec = style.font(role);
        RoleFonts r;
        r.role = style::role_name(role);
        if (style.resolved(role) != role) {
            r.role += std::string(", as ") + style::role_name(style.resolved(role));
        }
        r.size_pt = spec.size_pt;
        for (const std::string& f : spec.latin_families) {
            r.families.push_back(f + " (Latin)");
        }
        r.families.insert(r.families.end(), spec.families.begin(), spec.families.end());
        for (const std::vector<int>* ids : {&fonts->role_latin_fonts(role), &fonts->role_fonts(role)}) {
            for (int id : *ids) {
                const text::FontInfo& info = fonts->info(id);
                r.resolved.push_back(info.family + " (" + info.path +
                                     (info.face_index ? ", face " + std::to_string(info.face_index) : "") + ")");
            }
        }
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace hsdoc::batch
