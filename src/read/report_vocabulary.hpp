// Private to read/: the urn:hsdoc:report:1 vocabulary the XML reader and writer share
// (schema/report.xsd is its contract), so that each list is written once.
#pragma once

#include "model/model.hpp"

#include <array>
#include <string>
#include <vector>

namespace hsdoc::read {

// The elements of <meta>, in the order they must come. `field` is the Meta string an
// element holds; null for the structured ones (<channel> with <item>s, repeated <credit>).
struct MetaElement {
    const char* name;
    std::string model::Meta::*field;
};

inline const std::array<MetaElement, 16> k_meta_elements = {{
    {"kicker", &model::Meta::kicker},
    {"title", &model::Meta::title},
    {"subtitle", &model::Meta::subtitle},
    {"byline", &model::Meta::byline},
    {"issuer", &model::Meta::issuer},
    {"doc-number", &model::Meta::doc_number},
    {"published", &model::Meta::published},
    {"source", &model::Meta::source},
    {"author", &model::Meta::author},
    {"editor", &model::Meta::editor},
    {"channel", nullptr},
    {"url", &model::Meta::url},
    {"cc", &model::Meta::cc},
    {"printer", &model::Meta::printer},
    {"print-date", &model::Meta::print_date},
    {"credit", nullptr},
}};

inline std::vector<const char*> meta_element_names() {
    std::vector<const char*> names;
    for (const MetaElement& e : k_meta_elements) {
        names.push_back(e.name);
    }
    return names;
}

// " kicker title subtitle …": the order, for error hints.
inline std::string meta_order_hint() {
    std::string hint;
    for (const MetaElement& e : k_meta_elements) {
        hint += std::string(" ") + e.name;
    }
    return hint;
}

}  // namespace hsdoc::read
