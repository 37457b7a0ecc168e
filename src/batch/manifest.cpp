#include "batch/manifest.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace hsdoc::batch {
namespace {

using Json = nlohmann::ordered_json;

// Format version of the manifest file itself, independent of the hsdoc version.
constexpr int k_format = 1;

Json options_json(const ConvertOptions& o) {
    return Json{{"style", o.style}, {"profile", o.profile}, {"issuer", o.issuer}, {"url", o.url}};
}

ConvertOptions options_from(const Json& j) {
    ConvertOptions o;
    o.style = j.value("style", "");
    o.profile = j.value("profile", "");
    o.issuer = j.value("issuer", "");
    o.url = j.value("url", "");
    return o;
}

Json null_if_empty(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

std::string string_or_empty(const Json& j, const char* key) {
    auto it = j.find(key);
    return it == j.end() || !it->is_string() ? std::string() : it->get<std::string>();
}

Status status_from(const std::string& s) {
    if (s == "ok") {
        return Status::ok;
    }
    if (s == "skipped") {
        return Status::skipped;
    }
    if (s == "pending") {
        return Status::pending;
    }
    return Status::failed;
}

}  // namespace

const char* status_name(Status status) {
    switch (status) {
    case Status::ok:
        return "ok";
    case Status::skipped:
        return "skipped";
    case Status::pending:
        return "pending";
    case Status::failed:
        break;
    }
    return "failed";
}

bool same_options(const ConvertOptions& a, const ConvertOptions& b) {
    return a.style == b.style && a.profile == b.profile && a.issuer == b.issuer &&
           a.url == b.url;
}

std::string to_json(const Manifest& manifest) {
    std::vector<const Entry*> sorted;
    for (const Entry& e : manifest.entries) {
        sorted.push_back(&e);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const Entry* a, const Entry* b) { return a->input < b->input; });

    Json entries = Json::array();
    for (const Entry* e : sorted) {
        entries.push_back(Json{
            {"input", e->input},
            {"output", e->output},
            {"status", status_name(e->status)},
            {"error", null_if_empty(e->error)},
            {"pages", e->pages},
            {"title", e->title},
            {"published", e->published},
            {"dropped", e->dropped},
            {"input_sha256", null_if_empty(e->input_sha256)},
            {"output_sha256", null_if_empty(e->output_sha256)},
            {"options", options_json(e->options)},
            {"hsdoc_version", e->version},
            {"setup_sha256", null_if_empty(e->setup)},
        });
    }
    const Summary& s = manifest.summary;
    Json root{
        {"hsdoc_manifest", k_format},
        {"hsdoc_version", manifest.version},
        {"options", options_json(manifest.options)},
        {"complete", manifest.complete},
        {"shard",
         std::to_string(manifest.shard.index) + "/" + std::to_string(manifest.shard.count)},
        {"summary",
         Json{{"total", s.total},
              {"converted", s.converted},
              {"failed", s.failed},
              {"skipped", s.skipped},
              {"not_started", s.not_started},
              {"interrupted", s.interrupted}}},
        {"entries", entries},
    };
    return root.dump(2) + "\n";
}

static Manifest manifest_from(const nlohmann::ordered_json& root);

Manifest parse_manifest(std::string_view json, const std::string& file) {
    Json root;
    try {
        root = Json::parse(json.begin(), json.end());
    } catch (const Json::parse_error& e) {
        throw Error(ErrorKind::input, std::string("not a manifest: ") + e.what(), file);
    }
    if (!root.is_object() || root.value("hsdoc_manifest", 0) != k_format ||
        !root.contains("entries") || !root["entries"].is_array()) {
        throw Error(ErrorKind::input, "not an hsdoc manifest (format 1)", file);
    }
    try {
        return manifest_from(root);
    } catch (const Json::exception& e) {
        throw Error(ErrorKind::input, std::string("not a manifest: ") + e.what(), file);
    }
}

static Manifest manifest_from(const nlohmann::ordered_json& root) {
    Manifest m;
    m.version = string_or_empty(root, "hsdoc_version");
    m.complete = root.value("complete", true);
    if (root.contains("options") && root["options"].is_object()) {
        m.options = options_from(root["options"]);
    }
    try {
        m.shard = parse_shard(string_or_empty(root, "shard"));
    } catch (const Error&) {
        m.shard = Shard{};
    }
    if (root.contains("summary") && root["summary"].is_object()) {
        const Json& j = root["summary"];
        m.summary.total = j.value("total", 0);
        m.summary.converted = j.value("converted", 0);
        m.summary.failed = j.value("failed", 0);
        m.summary.skipped = j.value("skipped", 0);
        m.summary.not_started = j.value("not_started", 0);
        m.summary.interrupted = j.value("interrupted", false);
    }
    for (const Json& j : root["entries"]) {
        if (!j.is_object()) {
            continue;
        }
        Entry e;
        e.input = string_or_empty(j, "input");
        e.output = string_or_empty(j, "output");
        e.status = status_from(string_or_empty(j, "status"));
        e.error = string_or_empty(j, "error");
        e.pages = j.contains("pages") && j["pages"].is_number_integer() ? j["pages"].get<int>() : 0;
        e.title = string_or_empty(j, "title");
        e.published = string_or_empty(j, "published");
        if (j.contains("dropped") && j["dropped"].is_object()) {
            for (const auto& [reason, count] : j["dropped"].items()) {
                if (count.is_number_integer()) {
                    e.dropped[reason] = count.get<int>();
                }
            }
        }
        e.input_sha256 = string_or_empty(j, "input_sha256");
        e.output_sha256 = string_or_empty(j, "output_sha256");
        if (j.contains("options") && j["options"].is_object()) {
            e.options = options_from(j["options"]);
        }
        e.version = string_or_empty(j, "hsdoc_version");
        e.setup = string_or_empty(j, "setup_sha256");
        m.entries.push_back(std::move(e));
    }
    return m;
}

}  // namespace hsdoc::batch
