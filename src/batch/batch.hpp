// hsdoc::batch — many inputs to many PDFs, safely.
//
// In: input paths (files or folders) and options. Out: one PDF per input under the output
// folder, a Summary, and optionally a manifest. Each input is converted independently by a
// Converter (read → layout → pdf), shared read-only by all worker threads.
// Never: stops the batch for one bad input, or leaves a partial file under a final name
// (every write goes through AtomicFile).
#pragma once

#include "util/error.hpp"
#include "util/limits.hpp"

#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace hsdoc::batch {

// What the command line chose for one conversion; part of what the manifest records.
struct ConvertOptions {
    std::string style = "gbt9704";  // a bundled style name or a path to a style file
    std::string profile;            // screen, archive or print; empty: the style's default
    std::string issuer;             // the issuer when the document names none
    std::string url;                // the QR code's link when the document has none
    // Not recorded in the manifest: a limit decides only whether a PDF is made, never its
    // bytes, so raising one must not make --skip-unchanged redo converted inputs.
    Limits limits;
};

// A line of a text input the reader left out as page furniture, and why.
struct DroppedLine {
    int line = 0;  // 1-based; 0 for a note about the whole input
    std::string reason;
    std::string text;
};

// The result of converting one input.
struct Converted {
    std::string pdf;  // the complete PDF file
    int pages = 0;
    std::string title;
    std::string published;
    std::vector<std::string> notes;  // worth telling but not failures ("no URL: no QR code")
    std::vector<DroppedLine> dropped;  // shown with -v, counted in the manifest
};

// Converts one input's bytes; throws hsdoc::Error. Must be safe to call from many threads.
using Converter = std::function<Converted(std::string_view bytes, const std::string& input_name)>;

// Loads the style and fonts once (throws Error of kind style or environment) and returns
// the real converter; sets *setup, when given, to the fingerprint Options::setup wants.
Converter make_converter(const ConvertOptions& options, std::string* setup = nullptr);

// For `hsdoc styles`: the bundled styles (styles/*.xml), sorted by name.
struct StyleSummary {
    std::string name;
    std::string extends;
    std::string description;
};
std::vector<StyleSummary> bundled_styles();

// For `hsdoc fonts`: what each font role of a style resolves to, fallback order kept.
struct RoleFonts {
    std::string role;
    double size_pt = 0;
    std::vector<std::string> families;  // as the style lists them (Latin faces first, marked)
    std::vector<std::string> resolved;  // "Family (path)" for each font found
};
std::vector<RoleFonts> resolve_fonts(const std::string& style);

// The hsdoc version recorded in manifests (the project version from CMake).
const char* version();

enum class Verbosity {
    quiet,    // error lines only
    normal,   // error lines, progress on a terminal, a summary line at the end
    verbose,  // also one line per input and housekeeping (stale temporaries removed)
};

enum class ProgressMode {
    automatic,  // a live progress line when the log is standard error and that is a terminal
    never,
    always,     // exposed for testing the terminal rendering
};

// Which part of the sorted input list this process converts: inputs whose relative path
// hashes (FNV-1a 64) to index-1 modulo count. 1/1 converts everything.
struct Shard {
    int index = 1;  // 1-based
    int count = 1;
};

// Parses "K/N" with 1 <= K <= N; throws Error(usage).
Shard parse_shard(const std::string& text);

struct Options {
    std::vector<std::string> inputs;      // files or folders; "-" is standard input
    std::string output_dir = "outputs";  // "-" writes a single PDF to standard output
    int jobs = 0;                         // worker threads; 0: the number of cores
    ConvertOptions convert;
    std::string manifest;                 // JSON manifest path, rewritten atomically once a
                                          // second while running and at the end; empty: none
    bool skip_unchanged = false;          // needs manifest
    Shard shard;
    Verbosity verbosity = Verbosity::normal;
    ProgressMode progress = ProgressMode::automatic;
    std::string version = batch::version();  // recorded in the manifest; tests override it
    // A hash of what else decides the bytes: the style file, the font files, the
    // environment (make_converter gives it). Recorded, and compared by --skip-unchanged,
    // so that an edited style or a newly installed font reconverts everything.
    std::string setup;
    std::ostream* log = nullptr;          // where error lines and progress go; null: std::cerr
};

struct Summary {
    int total = 0;       // inputs in this shard
    int converted = 0;
    int failed = 0;      // includes environment_failures
    int skipped = 0;     // unchanged since the manifest (--skip-unchanged)
    int not_started = 0; // left over when interrupted
    int environment_failures = 0;  // failed because the output could not be written
    bool interrupted = false;      // SIGINT or SIGTERM arrived
    std::map<std::string, int> notes;  // each note of the converted documents, and how many had it
};

// Throws Error(usage) for options that can never work (bad shard or jobs, no inputs,
// --skip-unchanged without a manifest), so the caller can fail before loading fonts.
void check_options(const Options& options);

// Converts every input of the shard with options.jobs threads; reports each failure on
// the log as one line "FILE[:LINE[:COL]]: message" and goes on. Usage problems (bad
// shard, "-o -" with several inputs, --skip-unchanged without a manifest) and an unusable
// output folder throw Error before any conversion; a manifest that cannot be written
// throws Error(environment) after the work. While it runs, SIGINT and SIGTERM make the
// workers stop taking new inputs: documents in flight finish, the manifest is written and
// the summary says interrupted (a second signal kills the process at once).
Summary run(const Options& options, const Converter& converter);

// 130 interrupted, 3 an output could not be written, 1 some inputs failed, 0 otherwise.
int exit_code(const Summary& summary);
// input 1, usage 2, style 2, environment 3, internal 70.
int exit_code(ErrorKind kind);

// A file that appears under its final name only when commit() succeeds: data goes to a
// hidden temporary file ".NAME.tmp-XXXXXX" in the same folder, which commit() renames and
// the destructor removes. The temporary is flock()ed while open, so a concurrent run's
// clean-up (remove_stale_temporaries) never deletes it; the kernel drops the lock when
// the process dies, even by kill -9.
class AtomicFile {
public:
    explicit AtomicFile(std::string final_path);  // throws Error(environment)
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(std::string_view bytes);  // throws Error(environment)
    void commit();  // fsync, then rename to the final name; throws Error(environment)

    const std::string& temp_path() const { return m_temp_path; }

private:
    std::string m_final_path;
    std::string m_temp_path;
    int m_fd = -1;
    bool m_committed = false;
};

// True for names AtomicFile gives temporaries of `final_name_suffix` files: a leading dot,
// then NAME ending in the suffix, then ".tmp-" and six letters or digits.
bool is_temporary_name(const std::string& file_name, const std::string& final_name_suffix);

// Removes, from `folder` (not recursively), temporaries matching is_temporary_name that
// no live process holds; returns the paths removed. A missing folder is not an error.
std::vector<std::string> remove_stale_temporaries(const std::string& folder,
                                                  const std::string& final_name_suffix);

}  // namespace hsdoc::batch
