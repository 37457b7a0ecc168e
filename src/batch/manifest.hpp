// Private to batch/: the manifest, one JSON file describing what a run did.
//
// Reproducible by design: entries sorted by input path, no wall-clock times, so the same
// run over the same tree gives the same bytes. Written atomically at the end, and once a
// second while a long run goes on ("complete": false, unconverted inputs "pending"):
//
//   { "hsdoc_manifest": 1,                 format of this file
//     "hsdoc_version": "0.1.0", "options": {"style", "profile", "issuer", "url"},
//     "complete": true, "shard": "1/1",
//     "summary": {"total", "converted", "failed", "skipped", "not_started", "interrupted"},
//     "entries": [ { "input": "in/a/b.txt", "output": "outputs/a/b.pdf",
//                    "status": "ok" | "failed" | "skipped" | "pending",
//                    "error": null | "in/a/b.txt:3:5: message",
//                    "pages": 2, "title": "…", "published": "2023-02-04T20:37",
//                    "dropped": {"chrome": 12, "trailing": 30},   lines left out, by reason
//                    "input_sha256": "…", "output_sha256": null | "…",
//                    "options": {…}, "hsdoc_version": "…", "setup_sha256": "…" } ] }
//
// An entry's options, version and setup (style file, fonts: Options::setup) are those that
// produced its output: a skipped entry keeps them from the run that converted it. "skipped" with an error means the run was
// interrupted before it reached that input.
#pragma once

#include "batch/batch.hpp"

#include <map>
#include <ostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hsdoc::batch {

// pending: not converted yet, only in manifests written while a run goes on.
enum class Status { ok, failed, skipped, pending };

struct Entry {
    std::string input;
    std::string output;
    Status status = Status::failed;
    std::string error;          // "FILE[:LINE[:COL]]: message"; empty when none
    int pages = 0;
    std::string title;
    std::string published;
    std::map<std::string, int> dropped;  // lines the reader left out, counted by reason
    std::string input_sha256;   // empty: unknown (input unreadable, or never read)
    std::string output_sha256;  // empty: no output written
    ConvertOptions options;     // what produced the output
    std::string version;
    std::string setup;          // Options::setup of the run that produced the output
};

struct Manifest {
    std::string version;     // of the run that wrote the manifest
    ConvertOptions options;  // of that run
    Shard shard;
    Summary summary;
    bool complete = true;  // false in the checkpoints written while the run goes on
    std::vector<Entry> entries;
};

// Pretty-printed JSON with entries sorted by input path, ending in a newline.
std::string to_json(const Manifest& manifest);

// Throws Error(input) naming `file` when the text is not a manifest.
Manifest parse_manifest(std::string_view json, const std::string& file);

bool same_options(const ConvertOptions& a, const ConvertOptions& b);

const char* status_name(Status status);

inline std::ostream& operator<<(std::ostream& out, Status status) {
    return out << status_name(status);
}

}  // namespace hsdoc::batch
