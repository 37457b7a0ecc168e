// hsdoc's command line: argument parsing and the subcommands, nothing else.
#include "batch/batch.hpp"
#include "read/read.hpp"
#include "util/error.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace {

using hsdoc::Error;
using hsdoc::ErrorKind;
namespace batch = hsdoc::batch;

// The one table of exit codes; README.md repeats it.
const char* const k_exit_codes =
    "Exit status:\n"
    "  0    every input converted (or skipped as unchanged)\n"
    "  1    some inputs failed; each is reported as FILE[:LINE[:COL]]: message\n"
    "  2    usage or style error\n"
    "  3    environment error (fonts missing, output not writable)\n"
    "  70   internal error (please report it)\n"
    "  130  interrupted by SIGINT or SIGTERM (outputs written so far are complete)\n";

int report(const Error& err) {
    std::cerr << "hsdoc: " << err.located() << '\n';
    if (!err.hint().empty()) {
        std::cerr << "hint: " << err.hint() << '\n';
    }
    if (err.kind() == ErrorKind::usage) {
        std::cerr << "Try 'hsdoc --help' for more information.\n";
    }
    return batch::exit_code(err.kind());
}

std::string read_all(const std::string& path) {
    if (path == "-") {
        return std::string((std::istreambuf_iterator<char>(std::cin)),
                           std::istreambuf_iterator<char>());
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(ErrorKind::input, std::string("cannot read: ") + std::strerror(errno), path);
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

int run_convert(batch::Options options, bool quiet, bool verbose, const std::string& shard) {
    options.verbosity = quiet     ? batch::Verbosity::quiet
                        : verbose ? batch::Verbosity::verbose
                                  : batch::Verbosity::normal;
    if (!shard.empty()) {
        options.shard = batch::parse_shard(shard);
    }
    batch::check_options(options);
    // Style and fonts load once, before any worker starts, and are shared read-only.
    batch::Converter converter = batch::make_converter(options.convert, &options.setup);
    return batch::exit_code(batch::run(options, converter));
}

int run_extract(const std::string& input) {
    std::string name = display_name(input);
    std::cout << hsdoc::read::write_xml(hsdoc::read::read_document(read_all(input), name));
    return 0;
}

// Every problem of each input, one line each (FILE:LINE:COL: message), then its hint.
// Text inputs have no schema: they are checked by reading them.
int run_validate(const std::vector<std::string>& inputs) {
    int status = 0;
    for (const std::string& input : inputs) {
        std::string name = display_name(input);
        std::vector<Error> problems;
        try {
            std::string bytes = read_all(input);
            if (hsdoc::read::is_xml(bytes)) {
                problems = hsdoc::read::validate_xml(bytes, name);
            } else {
                hsdoc::read::read_document(bytes, name);
            }
        } catch (const Error& err) {
            problems.push_back(err.with_file(name));
        }
        for (const Error& err : problems) {
            std::cerr << err.with_file(name).located() << '\n';
            if (!err.hint().empty()) {
                std::cerr << "hint: " << err.hint() << '\n';
            }
            status = std::max(status, batch::exit_code(err.kind()));
        }
    }
    return status;
}

// The bundled styles, one per line: name, what it extends, what it is for.
int run_styles() {
    for (const batch::StyleSummary& s : batch::bundled_styles()) {
        std::cout << s.name << (s.extends.empty() ? "" : " (extends " + s.extends + ")") << "\n    "
                  << s.description << '\n';
    }
    return 0;
}

// Each font role of the style: the families it asks for, in fallback order, and the
// files they resolve to here (the bundled fonts/ first, then fontconfig).
int run_fonts(const std::string& style) {
    for (const batch::RoleFonts& r : batch::resolve_fonts(style)) {
        std::cout << r.role << " (" << r.size_pt << " pt)\n    asks for:";
        for (const std::string& f : r.families) {
            std::cout << ' ' << f << ';';
        }
        std::cout << "\n";
        for (const std::string& f : r.resolved) {
            std::cout << "    uses " << f << '\n';
        }
    }
    return 0;
}

int run_main(int argc, char** argv) {
    CLI::App app{"hsdoc: government articles and XML reports to PDFs laid out per GB/T 9704",
                 "hsdoc"};
    app.footer(k_exit_codes);
    app.set_version_flag("--version", std::string("hsdoc ") + batch::version());
    app.require_subcommand(1);

    batch::Options options;
    bool quiet = false;
    bool verbose = false;
    std::string shard;
    CLI::App* convert = app.add_subcommand("convert", "convert files and folders to PDF");
    convert->add_option("INPUT", options.inputs,
                        "files, or folders searched recursively for *.txt and *.xml; - is "
                        "standard input")
        ->required();
    convert->add_option("-o,--output", options.output_dir,
                        "output folder, mirroring the input tree; - writes the one PDF to "
                        "standard output")
        ->capture_default_str();
    convert->add_option("-s,--style", options.convert.style, "style name or style file")
        ->capture_default_str();
    convert->add_option("-j,--jobs", options.jobs, "worker threads (default: number of cores)")
        ->check(CLI::Range(1, 1024));
    convert->add_option("--profile", options.convert.profile,
                        "screen, archive (PDF/A-2u) or print (CMYK, TrimBox); default: the style's, "
                        "else screen")
        ->check(CLI::IsMember({"screen", "archive", "print"}));
    convert->add_option("--manifest", options.manifest,
                        "write a JSON manifest of the run (atomically, at the end)");
    convert->add_flag("--skip-unchanged", options.skip_unchanged,
                      "skip inputs whose input, options, version, style and fonts and output match the manifest");
    convert->add_option("--shard", shard,
                        "convert only shard K of N (a stable split of the inputs by path "
                        "hash; N runs together convert everything once; give each its own "
                        "--manifest)");
    convert->add_option("--issuer", options.convert.issuer, "issuer, overriding the document's");
    convert->add_option("--url", options.convert.url, "article URL, overriding the document's");
    hsdoc::Limits& limits = options.convert.limits;
    convert->add_option("--max-input-bytes", limits.input_bytes, "largest input file")
        ->capture_default_str();
    convert->add_option("--max-paragraph-chars", limits.paragraph_chars,
                        "longest line or paragraph, in characters")
        ->capture_default_str();
    convert->add_option("--max-xml-depth", limits.xml_depth, "deepest XML element nesting")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    convert->add_option("--max-xml-elements", limits.xml_elements, "most XML elements in a report")
        ->capture_default_str();
    convert->add_option("--max-pages", limits.pages, "most pages in one PDF")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    convert->add_option("--max-glyphs", limits.glyphs, "most glyphs in one PDF")
        ->capture_default_str();
    auto* q = convert->add_flag("-q,--quiet", quiet, "print error lines only");
    convert->add_flag("-v,--verbose", verbose, "also print one line per input")->excludes(q);
    convert->footer(k_exit_codes);

    std::string extract_input;
    CLI::App* extract = app.add_subcommand(
        "extract", "print the XML the text reader understood, to correct by hand");
    extract->add_option("INPUT", extract_input, "a text or XML file; - is standard input")
        ->required();

    std::vector<std::string> validate_inputs;
    CLI::App* validate =
        app.add_subcommand("validate", "check XML reports, reporting problems as FILE:LINE:COL");
    validate->add_option("INPUT", validate_inputs, "XML files; - is standard input")->required();

    CLI::App* styles = app.add_subcommand("styles", "list the available styles");
    CLI::App* fonts = app.add_subcommand("fonts", "show what each font role resolves to");
    std::string fonts_style = "gbt9704";
    fonts->add_option("-s,--style", fonts_style, "style name or style file")->capture_default_str();

    // CLI11 would only say that a subcommand is required.
    const std::vector<std::string> commands{"convert", "extract", "validate", "styles", "fonts"};
    if (argc > 1 && argv[1][0] != '-' &&
        std::find(commands.begin(), commands.end(), argv[1]) == commands.end()) {
        return report(Error(ErrorKind::usage, std::string("unknown command '") + argv[1] + "'"));
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::string message = e.what();
        if (!message.empty() && message.back() == '\n') {
            message.pop_back();
        }
        return report(Error(ErrorKind::usage, message));
    }

    try {
        if (*convert) {
            return run_convert(options, quiet, verbose, shard);
        }
        if (*extract) {
            return run_extract(extract_input);
        }
        if (*validate) {
            return run_validate(validate_inputs);
        }
        if (*styles) {
            return run_styles();
        }
        if (*fonts) {
            return run_fonts(fonts_style);
        }
    } catch (const Error& err) {
        return report(err);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run_main(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "hsdoc: internal error: " << e.what() << " (please report this)\n";
        return 70;
    }
}
