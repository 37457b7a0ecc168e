// hsdoc convert end to end (issue 6): a 200-input tree with three bad inputs, the manifest,
// --skip-unchanged, kill -9 and SIGTERM mid-run, shards, standard input and output, exit
// codes. PDFs are checked with qpdf, an independent reader.
#include "support.hpp"
#include "util/hash.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using hsdoc::test::hsdoc_binary;
using hsdoc::test::hsdoc_command;
using hsdoc::test::files_under;
using hsdoc::test::read_file;
using hsdoc::test::run;
using hsdoc::test::shell_quote;
using hsdoc::test::TempDir;
using hsdoc::test::write_file;
using Json = nlohmann::json;

namespace {

const std::string k_bad_empty = "bad/empty.txt";
const std::string k_bad_random = "dept1/random.txt";
const std::string k_bad_xml = "dept2/y0/malformed.xml";

// The documents under inputs/, each known to convert on its own.
std::vector<fs::path> templates() {
    std::vector<fs::path> found;
    for (const auto& e : fs::directory_iterator(hsdoc::test::source_dir() / "inputs")) {
        std::string ext = e.path().extension().string();
        if (e.is_regular_file() && (ext == ".txt" || ext == ".xml")) {
            found.push_back(e.path());
        }
    }
    std::sort(found.begin(), found.end());
    BOOST_REQUIRE_MESSAGE(!found.empty(), "no inputs/*.txt or inputs/*.xml");
    return found;
}

// A copy of `text` made distinct by numbering its title.
std::string vary(const std::string& text, bool xml, int n) {
    std::string mark = "（第" + std::to_string(n) + "号）";
    std::string out = text;
    if (xml) {
        auto at = out.find("</title>");
        BOOST_REQUIRE(at != std::string::npos);
        out.insert(at, mark);
    } else {
        auto at = out.find('\n');
        out.insert(at == std::string::npos ? out.size() : at, mark);
    }
    return out;
}

// A tree of `good` distinct documents over nested folders plus the three bad inputs of the
// issue: an empty file, random bytes and malformed XML.
struct Tree {
    TempDir dir;
    fs::path in = dir.path() / "in";
    fs::path out = dir.path() / "out";
    fs::path manifest = dir.path() / "m.json";
    std::set<std::string> expected_pdfs;  // relative to out

    explicit Tree(int good) {
        std::vector<fs::path> sources = templates();
        std::vector<std::string> texts;
        for (const fs::path& p : sources) {
            texts.push_back(read_file(p));
        }
        for (int i = 0; i < good; ++i) {
            std::size_t t = static_cast<std::size_t>(i) % sources.size();
            bool xml = sources[t].extension() == ".xml";
            std::string folder = i % 10 == 0 ? "" : "dept" + std::to_string(i % 4) + "/y" +
                                                        std::to_string(i % 3) + "/";
            std::string name = folder + "doc" + std::to_string(i) + (xml ? ".xml" : ".txt");
            write_file(in / name, vary(texts[t], xml, i));
            expected_pdfs.insert(folder + "doc" + std::to_string(i) + ".pdf");
        }
        write_file(in / k_bad_empty, "");
        std::mt19937 rng(42);
        std::string noise;
        for (int i = 0; i < 4096; ++i) {
            noise += static_cast<char>(rng() & 0xff);
        }
        write_file(in / k_bad_random, noise);
        write_file(in / k_bad_xml,
                   "<?xml version=\"1.0\"?>\n<report xmlns=\"urn:hsdoc:report:1\">\n"
                   "<meta><title>会议纪要</title></meta>\n<body><p>未闭合</body>\n");
    }

    std::string convert_command(const std::string& extra = "") const {
        return hsdoc_command() + " convert " + shell_quote(in.string()) + " -o " +
               shell_quote(out.string()) + " --manifest " + shell_quote(manifest.string()) +
               " " + extra;
    }
};


bool is_temporary(const std::string& relative) {
    static const std::regex k_pattern(R"(^\..+\.pdf\.tmp-[A-Za-z0-9]{6}$)");
    return std::regex_match(fs::path(relative).filename().string(), k_pattern);
}

// Runs qpdf --check on every PDF under root; returns the ones that fail (warnings too).
std::vector<std::string> failing_qpdf_check(const fs::path& root) {
    hsdoc::test::require_tool("qpdf");
    std::vector<std::string> bad;
    for (const std::string& name : files_under(root)) {
        if (fs::path(name).extension() != ".pdf" || is_temporary(name)) {
            continue;
        }
        auto r = run("qpdf --check " + shell_quote((root / name).string()) + " >/dev/null");
        if (r.exit_code != 0) {
            bad.push_back(name + " (qpdf exit " + std::to_string(r.exit_code) + ")");
        }
    }
    return bad;
}

Json load_json(const fs::path& p) { return Json::parse(read_file(p)); }

std::string sha256_of_file(const Json& path) {
    return hsdoc::hash::sha256_hex(read_file(path.get<std::string>()));
}

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// hsdoc started in the background, so a test can signal it.
class Background {
public:
    explicit Background(const std::vector<std::string>& args, const fs::path& log) {
        m_pid = fork();
        BOOST_REQUIRE(m_pid >= 0);
        if (m_pid == 0) {
            int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            dup2(fd, STDOUT_FILENO);
            dup2(fd, STDERR_FILENO);
            std::vector<char*> argv;
            std::string binary = hsdoc_binary().string();
            argv.push_back(binary.data());
            std::vector<std::string> copy = args;
            for (std::string& a : copy) {
                argv.push_back(a.data());
            }
            argv.push_back(nullptr);
            execv(binary.c_str(), argv.data());
            _exit(127);
        }
    }
    ~Background() {
        if (m_pid > 0) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
    }
    void signal(int sig) { kill(m_pid, sig); }
    // The exit code, or 128 + signal.
    int wait() {
        int status = 0;
        waitpid(m_pid, &status, 0);
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }

private:
    pid_t m_pid = -1;
};

// Waits until at least `count` PDFs are under root (the run is well under way).
void wait_for_pdfs(const fs::path& root, std::size_t count) {
    auto start = std::chrono::steady_clock::now();
    for (;;) {
        std::size_t n = 0;
        for (const std::string& name : files_under(root)) {
            n += fs::path(name).extension() == ".pdf" ? 1 : 0;
        }
        if (n >= count) {
            return;
        }
        BOOST_REQUIRE_MESSAGE(seconds_since(start) < 60, "hsdoc made no progress");
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(e2e_batch)

BOOST_AUTO_TEST_CASE(issue_6_tree_of_200_then_skip_unchanged) {
    Tree tree(197);
    auto start = std::chrono::steady_clock::now();
    auto r = run(tree.convert_command("-j 2"));
    double first_seconds = seconds_since(start);
    BOOST_TEST(r.exit_code == 1);

    // 197 PDFs in the mirrored tree and nothing else.
    std::set<std::string> outputs = files_under(tree.out);
    BOOST_TEST(outputs.size() == 197u);
    BOOST_TEST((outputs == tree.expected_pdfs));

    // An error line naming each bad file: FILE[:LINE[:COL]]: message.
    for (const std::string& bad : {k_bad_empty, k_bad_random, k_bad_xml}) {
        std::regex line("(^|\n)" + (tree.in / bad).string() + "(:[0-9]+(:[0-9]+)?)?: [^\n]+\n");
        BOOST_TEST(std::regex_search(r.err, line), bad << " not reported in:\n" << r.err);
    }
    BOOST_TEST(std::regex_search(r.err, std::regex(k_bad_xml + ":4:[0-9]+: ")));

    // 200 manifest entries whose output hashes match the files.
    Json m = load_json(tree.manifest);
    BOOST_REQUIRE(m["entries"].size() == 200u);
    int ok = 0;
    std::string previous;
    for (const Json& e : m["entries"]) {
        std::string input = e["input"];
        bool sorted = previous < input;  // BOOST_TEST would compare strings per element
        BOOST_TEST(sorted);
        previous = input;
        BOOST_TEST(e["input_sha256"] == hsdoc::hash::sha256_hex(read_file(input)));
        BOOST_TEST(e["hsdoc_version"].is_string());
        BOOST_TEST(e["options"]["style"].is_string());
        if (e["status"] == "ok") {
            ++ok;
            BOOST_TEST(e["output_sha256"] == sha256_of_file(e["output"]));
            BOOST_TEST(e["pages"].get<int>() >= 1);
            BOOST_TEST(!e["title"].get<std::string>().empty());
            BOOST_TEST(e["error"].is_null());
        } else {
            BOOST_TEST(e["status"] == "failed");
            BOOST_TEST(e["output_sha256"].is_null());
            BOOST_TEST(!e["error"].get<std::string>().empty());
        }
    }
    BOOST_TEST(ok == 197);
    BOOST_TEST(m["summary"]["failed"] == 3);
    BOOST_TEST(m["complete"] == true);

    // The same command with --skip-unchanged changes no bytes and does no conversion work.
    std::map<std::string, std::pair<std::string, fs::file_time_type>> before;
    for (const std::string& name : outputs) {
        before[name] = {read_file(tree.out / name), fs::last_write_time(tree.out / name)};
    }
    start = std::chrono::steady_clock::now();
    auto again = run(tree.convert_command("-j 2 --skip-unchanged"));
    double second_seconds = seconds_since(start);
    BOOST_TEST(again.exit_code == 1);  // the three bad inputs are still bad
    BOOST_TEST(again.err.find("0 converted, 3 failed, 197 unchanged") != std::string::npos,
               again.err);
    BOOST_TEST(files_under(tree.out) == outputs);
    for (const auto& [name, content_time] : before) {
        BOOST_TEST((read_file(tree.out / name) == content_time.first), name);
        BOOST_TEST((fs::last_write_time(tree.out / name) == content_time.second), name);
    }
    BOOST_TEST_MESSAGE("first run " << first_seconds << " s, --skip-unchanged " << second_seconds
                                    << " s");
    BOOST_TEST(second_seconds < first_seconds / 4,
               "skip run took " << second_seconds << " s of " << first_seconds << " s");
    Json m2 = load_json(tree.manifest);
    BOOST_REQUIRE(m2["entries"].size() == 200u);
    for (std::size_t i = 0; i < 200; ++i) {
        const Json& a = m["entries"][i];
        const Json& b = m2["entries"][i];
        BOOST_TEST(b["status"] == (a["status"] == "ok" ? "skipped" : "failed"));
        BOOST_TEST(b["output_sha256"] == a["output_sha256"]);
        BOOST_TEST(b["title"] == a["title"]);
    }
}

BOOST_AUTO_TEST_CASE(kill_9_leaves_only_complete_pdfs_and_the_next_run_cleans_up) {
    Tree tree(197);
    {
        Background hsdoc_run({"convert", tree.in.string(), "-o", tree.out.string(), "-j", "2",
                              "--manifest", tree.manifest.string()},
                             tree.dir.path() / "log");
        wait_for_pdfs(tree.out, 40);
        hsdoc_run.signal(SIGKILL);
        BOOST_TEST(hsdoc_run.wait() == 128 + SIGKILL);
    }
    std::set<std::string> left = files_under(tree.out);
    std::size_t pdfs = 0;
    for (const std::string& name : left) {
        BOOST_TEST((fs::path(name).extension() == ".pdf" || is_temporary(name)), name);
        pdfs += is_temporary(name) ? 0 : 1;
    }
    BOOST_TEST(pdfs >= 40u);
    BOOST_TEST(pdfs < 197u, "the run finished before it was killed");
    BOOST_TEST(failing_qpdf_check(tree.out).empty());
    // A manifest, if a checkpoint was written before the kill, is whole and says so.
    if (fs::exists(tree.manifest)) {
        Json m = load_json(tree.manifest);
        BOOST_TEST(m["complete"] == false);
        BOOST_TEST(m["entries"].size() == 200u);
    }

    // Plant a temporary for certain, as if the kill had landed mid-write.
    write_file(tree.out / "dept1/y1/.doc1.pdf.tmp-Zz9Yy8", "%PDF-1.7 half");
    auto r = run(tree.convert_command("-j 2 --skip-unchanged"));
    BOOST_TEST(r.exit_code == 1);
    std::set<std::string> after = files_under(tree.out);
    BOOST_TEST((after == tree.expected_pdfs));
}

BOOST_AUTO_TEST_CASE(sigterm_stops_cleanly_with_exit_130_and_a_manifest) {
    Tree tree(197);
    Background hsdoc_run({"convert", tree.in.string(), "-o", tree.out.string(), "-j", "2",
                          "--manifest", tree.manifest.string()},
                         tree.dir.path() / "log");
    wait_for_pdfs(tree.out, 30);
    hsdoc_run.signal(SIGTERM);
    BOOST_TEST(hsdoc_run.wait() == 130);
    std::string log = read_file(tree.dir.path() / "log");
    BOOST_TEST(log.find("interrupted") != std::string::npos, log);

    std::set<std::string> left = files_under(tree.out);
    for (const std::string& name : left) {
        BOOST_TEST(!is_temporary(name), name);
    }
    BOOST_TEST(left.size() < 197u);
    BOOST_TEST(failing_qpdf_check(tree.out).empty());
    Json m = load_json(tree.manifest);
    BOOST_TEST(m["entries"].size() == 200u);
    BOOST_TEST(m["summary"]["interrupted"] == true);
    std::size_t ok = 0;
    for (const Json& e : m["entries"]) {
        if (e["status"] == "ok") {
            ++ok;
            BOOST_TEST(e["output_sha256"] == sha256_of_file(e["output"]));
        }
    }
    BOOST_TEST(ok == left.size());
}

BOOST_AUTO_TEST_CASE(two_shards_together_convert_everything_once) {
    Tree tree(197);
    std::set<std::string> all;
    std::size_t total_entries = 0;
    for (int k = 1; k <= 2; ++k) {
        fs::path manifest = tree.dir.path() / ("m" + std::to_string(k) + ".json");
        auto before = files_under(tree.out);
        auto r = run(hsdoc_command() + " convert " + shell_quote(tree.in.string()) + " -o " +
                     shell_quote(tree.out.string()) + " -j 2 --shard " + std::to_string(k) +
                     "/2 --manifest " + shell_quote(manifest.string()));
        BOOST_TEST((r.exit_code == 0 || r.exit_code == 1));
        auto after = files_under(tree.out);
        std::size_t made = after.size() - before.size();
        BOOST_TEST_MESSAGE("shard " << k << "/2 converted " << made);
        BOOST_TEST(made > 60u);  // roughly half of 197
        BOOST_TEST(made < 137u);
        Json m = load_json(manifest);
        total_entries += m["entries"].size();
        for (const Json& e : m["entries"]) {
            BOOST_TEST(all.insert(e["input"].get<std::string>()).second, "converted twice");
        }
    }
    BOOST_TEST(total_entries == 200u);
    BOOST_TEST((files_under(tree.out) == tree.expected_pdfs));
}

BOOST_AUTO_TEST_CASE(outputs_do_not_depend_on_jobs) {
    Tree tree(12);
    auto r1 = run(hsdoc_command() + " convert -q -j 1 " + shell_quote(tree.in.string()) + " -o " +
                  shell_quote((tree.dir.path() / "j1").string()));
    auto r2 = run(hsdoc_command() + " convert -q -j 2 " + shell_quote(tree.in.string()) + " -o " +
                  shell_quote((tree.dir.path() / "j2").string()));
    BOOST_TEST(r1.exit_code == 1);
    BOOST_TEST(r2.exit_code == 1);
    auto diff = run("diff -r " + shell_quote((tree.dir.path() / "j1").string()) + " " +
                    shell_quote((tree.dir.path() / "j2").string()));
    BOOST_TEST(diff.exit_code == 0, diff.out);
}

BOOST_AUTO_TEST_CASE(two_inputs_for_one_output_fail_before_any_work) {
    TempDir dir;
    std::string text = read_file(templates()[0]);
    write_file(dir.path() / "in/a.txt", text);
    write_file(dir.path() / "in/a.xml", "<report/>");
    write_file(dir.path() / "in/b.txt", text);
    auto r = run(hsdoc_command() + " convert " + shell_quote((dir.path() / "in").string()) +
                 " -o " + shell_quote((dir.path() / "out").string()));
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find((dir.path() / "in/a.txt").string() + ": output '") == 0u, r.err);
    BOOST_TEST(r.err.find((dir.path() / "in/a.xml").string() + ": output '") !=
               std::string::npos);
    BOOST_TEST((files_under(dir.path() / "out") == std::set<std::string>{"b.pdf"}));
}

BOOST_AUTO_TEST_CASE(skip_unchanged_reconverts_after_the_style_file_changes) {
    TempDir dir;
    const fs::path style = dir.path() / "house.xml";
    write_file(style, read_file(hsdoc::test::source_dir() / "styles/gbt9704.xml"));
    const fs::path source = templates()[0];
    const fs::path manifest = dir.path() / "m.json";
    const std::string command = hsdoc_command() + " convert -q -s " + shell_quote(style.string()) + " " +
                                shell_quote(source.string()) + " -o " + shell_quote((dir.path() / "out").string()) +
                                " --manifest " + shell_quote(manifest.string()) + " --skip-unchanged";
    auto status = [&] { return load_json(manifest)["entries"][0]["status"].get<std::string>(); };
    BOOST_REQUIRE(run(command).exit_code == 0);
    BOOST_TEST(status() == "ok");
    BOOST_TEST(load_json(manifest)["entries"][0]["setup_sha256"].get<std::string>().size() == 64u);
    BOOST_REQUIRE(run(command).exit_code == 0);
    BOOST_TEST(status() == "skipped");
    // The same name, other content: the recorded output no longer follows from the setup.
    write_file(style, read_file(style) + "<!-- edited -->\n");
    BOOST_REQUIRE(run(command).exit_code == 0);
    BOOST_TEST(status() == "ok");
    BOOST_REQUIRE(run(command).exit_code == 0);
    BOOST_TEST(status() == "skipped");
}

BOOST_AUTO_TEST_CASE(standard_input_to_standard_output) {
    TempDir dir;
    fs::path source = templates()[0];
    auto to_file = run(hsdoc_command() + " convert -q " + shell_quote(source.string()) + " -o " +
                       shell_quote((dir.path() / "out").string()));
    BOOST_TEST(to_file.exit_code == 0, to_file.err);
    auto piped = run(hsdoc_command() + " convert -q - -o - < " + shell_quote(source.string()));
    BOOST_TEST(piped.exit_code == 0, piped.err);
    BOOST_TEST(piped.err.empty());
    fs::path pdf = dir.path() / "out" / fs::path(source).replace_extension(".pdf").filename();
    BOOST_TEST((piped.out == read_file(pdf)));

    auto two = run(hsdoc_command() + " convert " + shell_quote(source.string()) + " " +
                   shell_quote(templates()[0].string()) + "x -o -");
    BOOST_TEST(two.exit_code == 2);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_2_and_point_to_help) {
    for (const char* args : {"convert", "convert --shard 3/2 x", "convert -j 0 x",
                                    "convert --skip-unchanged x", "convert --profile bad x",
                                    "frobnicate"}) {
        auto r = run(hsdoc_command() + " " + std::string(args));
        BOOST_TEST(r.exit_code == 2, args);
        BOOST_TEST(r.err.rfind("hsdoc: ", 0) == 0u, args << ": " << r.err);
        BOOST_TEST(r.err.find("--help") != std::string::npos, args);
    }
    auto help = run(hsdoc_command() + " --help");
    BOOST_TEST(help.exit_code == 0);
    for (const char* code : {"  0 ", "  1 ", "  2 ", "  3 ", "  70 ", "  130 "}) {
        BOOST_TEST(help.out.find(code) != std::string::npos, code);
    }
    auto version = run(hsdoc_command() + " --version");
    BOOST_TEST(version.exit_code == 0);
    BOOST_TEST(version.out.rfind("hsdoc ", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(unwritable_output_exits_3) {
    TempDir dir;
    write_file(dir.path() / "file", "not a folder");
    auto r = run(hsdoc_command() + " convert " + shell_quote(templates()[0].string()) + " -o " +
                 shell_quote((dir.path() / "file/out").string()));
    BOOST_TEST(r.exit_code == 3, r.err);
    BOOST_TEST(r.err.rfind("hsdoc: ", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(missing_input_is_reported_and_the_rest_convert) {
    TempDir dir;
    auto r = run(hsdoc_command() + " convert " + shell_quote(templates()[0].string()) + " " +
                 shell_quote((dir.path() / "nope.txt").string()) + " -o " +
                 shell_quote((dir.path() / "out").string()));
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find((dir.path() / "nope.txt").string() + ": no such file or folder\n") !=
               std::string::npos, r.err);
    BOOST_TEST(files_under(dir.path() / "out").size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
