// Helpers shared by the tests: paths, files, and running commands (hsdoc itself and the
// independent readers: qpdf, pdffonts, pdftotext, pdfinfo, mutool, zbarimg).
#pragma once

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace hsdoc::test {

inline std::filesystem::path source_dir() { return HSDOC_SOURCE_DIR; }
inline std::filesystem::path hsdoc_binary() { return HSDOC_BINARY; }

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    BOOST_REQUIRE_MESSAGE(in, "cannot open " << p);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void write_file(const std::filesystem::path& p, const std::string& bytes) {
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

struct CommandResult {
    int exit_code = -1;
    std::string out;  // standard output
    std::string err;  // standard error
};

// Runs a shell command line; standard error is captured through a temporary file.
inline CommandResult run(const std::string& command) {
    char err_path[] = "/tmp/hsdoc-test-err-XXXXXX";
    int fd = mkstemp(err_path);
    close(fd);
    CommandResult r;
    std::string full = "(" + command + ") 2>" + err_path;
    FILE* pipe = popen(full.c_str(), "r");
    BOOST_REQUIRE(pipe);
    std::array<char, 65536> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) {
        r.out.append(buf.data(), n);
    }
    int status = pclose(pipe);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.err = read_file(err_path);
    std::filesystem::remove(err_path);
    return r;
}

// Fails (never skips) when an independent reader the tests rely on is not installed.
inline void require_tool(const std::string& tool) {
    BOOST_REQUIRE_MESSAGE(run("command -v " + tool).exit_code == 0,
                          tool << " is not installed: run scripts/setup");
}

// A fresh temporary folder, removed when the object goes out of scope.
class TempDir {
public:
    TempDir() {
        char tmpl[] = "/tmp/hsdoc-test-XXXXXX";
        m_path = mkdtemp(tmpl);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// Every regular file under `root`, relative to it, sorted; empty when root does not exist.
inline std::set<std::string> files_under(const std::filesystem::path& root) {
    std::set<std::string> names;
    if (!std::filesystem::exists(root)) {
        return names;
    }
    for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
        if (e.is_regular_file()) {
            names.insert(e.path().lexically_relative(root).string());
        }
    }
    return names;
}

inline std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) {
        if (c == '\'') {
            q += "'\\''";
        } else {
            q += c;
        }
    }
    return q + "'";
}

// The hsdoc binary under test, quoted for a shell command line.
inline std::string hsdoc_command() { return shell_quote(hsdoc_binary().string()); }

}  // namespace hsdoc::test

namespace hsdoc::test {

// The sample inputs that goldens are kept for: inputs/ and the visible corpus, sorted.
inline std::vector<std::filesystem::path> sample_inputs() {
    std::vector<std::filesystem::path> out;
    for (const auto& dir : {source_dir() / "inputs", source_dir() / "tests/corpus/visible"}) {
        for (const auto& e : std::filesystem::directory_iterator(dir)) {
            if (e.path().extension() == ".txt" || e.path().extension() == ".xml") {
                out.push_back(e.path());
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The seed article and every text of the labelled corpora (tests/corpus/visible,
// visible-long, more-long, more-web), sorted.
inline std::vector<std::filesystem::path> corpus_texts() {
    std::vector<std::filesystem::path> out{source_dir() / "inputs/000_d03afc9d16656354.txt"};
    for (const char* folder : {"visible", "visible-long", "more-long", "more-web"}) {
        for (const auto& e : std::filesystem::directory_iterator(source_dir() / "tests/corpus" / folder)) {
            if (e.path().extension() == ".txt") {
                out.push_back(e.path());
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Whether the run asked to rewrite golden files and reference images (HSDOC_UPDATE_REFS=1).
inline bool updating_refs() {
    const char* v = std::getenv("HSDOC_UPDATE_REFS");
    return v != nullptr && std::string(v) == "1";
}

// Compares `actual` with the golden file, printing a unified diff on mismatch. With
// HSDOC_UPDATE_REFS=1 it rewrites the golden instead and says so; a failing comparison
// never rewrites it.
inline void check_golden(const std::filesystem::path& golden, const std::string& actual) {
    if (updating_refs()) {
        write_file(golden, actual);
        BOOST_TEST_MESSAGE("updated " << golden);
        return;
    }
    BOOST_REQUIRE_MESSAGE(std::filesystem::exists(golden), "no golden " << golden << "; create it with HSDOC_UPDATE_REFS=1");
    if (read_file(golden) != actual) {
        TempDir tmp;
        const auto path = tmp.path() / golden.filename();
        write_file(path, actual);
        const CommandResult diff = run("diff -u " + shell_quote(golden.string()) + " " + shell_quote(path.string()));
        BOOST_ERROR("golden mismatch for " << golden.filename() << "\n" << diff.out.substr(0, 6000));
    }
}

}  // namespace hsdoc::test
