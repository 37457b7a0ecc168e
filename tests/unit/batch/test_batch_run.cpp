// run() with a fake converter: failures isolated, outputs atomic and mirrored, manifest
// exact, --skip-unchanged, shards, interruption, exit codes.
#include "batch/batch.hpp"
#include "batch/manifest.hpp"
#include "batch/signals.hpp"
#include "support.hpp"
#include "util/hash.hpp"

#include <atomic>
#include <csignal>
#include <filesystem>
#include <set>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;
using namespace hsdoc::batch;
using hsdoc::test::files_under;
using hsdoc::test::read_file;
using hsdoc::test::TempDir;
using hsdoc::test::write_file;

namespace {

// Converts "TITLE\nbody" to a fake PDF; "" and "BAD…" fail like the reader would.
struct FakeConverter {
    std::atomic<int> calls{0};
    std::function<void(int call)> on_call;  // runs inside the converter

    Converter converter() {
        return [this](std::string_view bytes, const std::string& name) {
            int call = ++calls;
            if (on_call) {
                on_call(call);
            }
            if (bytes.empty()) {
                throw hsdoc::Error(hsdoc::ErrorKind::input, "empty input", name);
            }
            if (bytes.substr(0, 3) == "BAD") {
                throw hsdoc::Error(hsdoc::ErrorKind::input, "malformed XML", "", 3, 5);
            }
            if (bytes.substr(0, 5) == "THROW") {
                throw std::logic_error("vector::at");
            }
            Converted c;
            std::string_view title = bytes.substr(0, bytes.find('\n'));
            c.title = std::string(title);
            c.pages = 1 + static_cast<int>(bytes.size() % 3);
            c.published = "2024-01-02";
            c.pdf = "%PDF-fake\n" + std::string(bytes) + "\n%%EOF\n";
            return c;
        };
    }
};


struct Tree {
    TempDir dir;
    fs::path in = dir.path() / "in";
    fs::path out = dir.path() / "out";
    fs::path manifest = dir.path() / "m.json";

    // `good` documents spread over subfolders, plus the three bad kinds of the issue.
    explicit Tree(int good, bool bad = true) {
        for (int i = 0; i < good; ++i) {
            write_file(in / ("d" + std::to_string(i % 4)) / ("sub" + std::to_string(i % 2)) /
                           ("doc" + std::to_string(i) + ".txt"),
                       "Title " + std::to_string(i) + "\nbody " + std::to_string(i * 7));
        }
        if (bad) {
            write_file(in / "d1/empty.txt", "");
            write_file(in / "d2/random.txt", "BAD\x01\xff\xfe random");
            write_file(in / "d3/malformed.xml", "BAD<report><title>");
        }
    }

    Options options(std::ostream& log, int jobs = 2) const {
        Options o;
        o.inputs = {in.string()};
        o.output_dir = out.string();
        o.jobs = jobs;
        o.manifest = manifest.string();
        o.version = "9.9.9-test";
        o.log = &log;
        o.progress = ProgressMode::never;
        return o;
    }

    Manifest read_manifest() const {
        return parse_manifest(read_file(manifest), manifest.string());
    }
};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(batch_run)

BOOST_AUTO_TEST_CASE(bad_inputs_fail_alone_and_the_rest_convert) {
    Tree tree(20);
    FakeConverter fake;
    std::ostringstream log;
    Summary s = run(tree.options(log), fake.converter());

    BOOST_TEST(s.total == 23);
    BOOST_TEST(s.converted == 20);
    BOOST_TEST(s.failed == 3);
    BOOST_TEST(!s.interrupted);
    BOOST_TEST(exit_code(s) == 1);

    // Exactly the 20 PDFs, mirrored, and nothing else (no temporaries, no empty outputs).
    std::set<std::string> outputs = files_under(tree.out);
    BOOST_TEST(outputs.size() == 20u);
    BOOST_TEST(outputs.count("d0/sub0/doc0.pdf") == 1u);
    BOOST_TEST(outputs.count("d1/sub1/doc5.pdf") == 1u);
    for (const std::string& name : outputs) {
        BOOST_TEST(fs::path(name).extension() == ".pdf");
    }
    // One line per failure, FILE[:LINE[:COL]]: message.
    std::string text = log.str();
    BOOST_TEST(text.find((tree.in / "d1/empty.txt").string() + ": empty input\n") !=
               std::string::npos);
    BOOST_TEST(text.find((tree.in / "d2/random.txt").string() + ":3:5: malformed XML\n") !=
               std::string::npos);
    BOOST_TEST(text.find((tree.in / "d3/malformed.xml").string() + ":3:5: malformed XML\n") !=
               std::string::npos);
    BOOST_TEST(text.find("20 converted, 3 failed, 0 unchanged") != std::string::npos);

    // One manifest entry per input, sorted, whose output hashes match the files.
    Manifest m = tree.read_manifest();
    BOOST_REQUIRE(m.entries.size() == 23u);
    BOOST_TEST(m.version == "9.9.9-test");
    int ok = 0;
    for (std::size_t i = 0; i < m.entries.size(); ++i) {
        const Entry& e = m.entries[i];
        if (i > 0) {
            bool sorted = m.entries[i - 1].input < e.input;
            BOOST_TEST(sorted);
        }
        BOOST_TEST(e.input_sha256 == hsdoc::hash::sha256_hex(read_file(e.input)));
        BOOST_TEST(e.version == "9.9.9-test");
        if (e.status == Status::ok) {
            ++ok;
            BOOST_TEST(e.output_sha256 == hsdoc::hash::sha256_hex(read_file(e.output)));
            BOOST_TEST(e.title.rfind("Title ", 0) == 0);
            BOOST_TEST(e.published == "2024-01-02");
            BOOST_TEST(e.pages >= 1);
            BOOST_TEST(e.error.empty());
        } else {
            BOOST_TEST(e.status == Status::failed);
            BOOST_TEST(e.output_sha256.empty());
            BOOST_TEST(!fs::exists(e.output));
            BOOST_TEST(e.error.rfind(e.input + ":", 0) == 0);
        }
    }
    BOOST_TEST(ok == 20);
}

BOOST_AUTO_TEST_CASE(outputs_and_manifest_do_not_depend_on_jobs) {
    Tree tree(30);
    FakeConverter fake;
    std::ostringstream log;
    run(tree.options(log, 1), fake.converter());
    std::string manifest_j1 = read_file(tree.manifest);
    std::map<std::string, std::string> files_j1;
    for (const std::string& name : files_under(tree.out)) {
        files_j1[name] = read_file(tree.out / name);
    }
    fs::remove_all(tree.out);
    run(tree.options(log, 4), fake.converter());
    BOOST_TEST(read_file(tree.manifest) == manifest_j1);
    std::map<std::string, std::string> files_j4;
    for (const std::string& name : files_under(tree.out)) {
        files_j4[name] = read_file(tree.out / name);
    }
    BOOST_TEST((files_j4 == files_j1));
}

BOOST_AUTO_TEST_CASE(skip_unchanged_does_no_work_on_an_unchanged_tree) {
    Tree tree(20);
    FakeConverter fake;
    std::ostringstream log;
    Options o = tree.options(log);
    run(o, fake.converter());
    int first_calls = fake.calls;
    BOOST_TEST(first_calls == 23);
    std::map<std::string, fs::file_time_type> times;
    for (const std::string& name : files_under(tree.out)) {
        times[name] = fs::last_write_time(tree.out / name);
    }

    o.skip_unchanged = true;
    Summary s = run(o, fake.converter());
    BOOST_TEST(fake.calls == first_calls + 3);  // only the failed ones are tried again
    BOOST_TEST(s.skipped == 20);
    BOOST_TEST(s.failed == 3);
    BOOST_TEST(exit_code(s) == 1);
    for (const auto& [name, time] : times) {
        BOOST_TEST((fs::last_write_time(tree.out / name) == time));
    }
    Manifest m = tree.read_manifest();
    BOOST_REQUIRE(m.entries.size() == 23u);
    for (const Entry& e : m.entries) {
        if (e.status != Status::failed) {
            BOOST_TEST(e.status == Status::skipped);
            BOOST_TEST(e.output_sha256 == hsdoc::hash::sha256_hex(read_file(e.output)));
            BOOST_TEST(e.title.rfind("Title ", 0) == 0);
        }
    }
    // Skipped entries stay skippable.
    run(o, fake.converter());
    BOOST_TEST(fake.calls == first_calls + 6);
}

BOOST_AUTO_TEST_CASE(skip_unchanged_converts_what_changed) {
    Tree tree(6, false);
    FakeConverter fake;
    std::ostringstream log;
    Options o = tree.options(log);
    o.skip_unchanged = true;
    run(o, fake.converter());  // no manifest yet: everything converts
    BOOST_TEST(fake.calls == 6);

    write_file(tree.in / "d0/sub0/doc0.txt", "Title 0\nedited");   // input changed
    write_file(tree.out / "d1/sub1/doc1.pdf", "tampered");          // output changed
    fs::remove(tree.out / "d2/sub0/doc2.pdf");                       // output gone
    Summary s = run(o, fake.converter());
    BOOST_TEST(fake.calls == 9);
    BOOST_TEST(s.converted == 3);
    BOOST_TEST(s.skipped == 3);
    BOOST_TEST(read_file(tree.out / "d1/sub1/doc1.pdf").rfind("%PDF-fake", 0) == 0);

    o.convert.issuer = "another issuer";  // options changed: everything again
    BOOST_TEST(run(o, fake.converter()).converted == 6);
    o.version = "10.0";  // version changed: everything again
    BOOST_TEST(run(o, fake.converter()).converted == 6);
    o.setup = "another style file";  // style or fonts changed: everything again
    BOOST_TEST(run(o, fake.converter()).converted == 6);
    BOOST_TEST(run(o, fake.converter()).skipped == 6);
}

BOOST_AUTO_TEST_CASE(unreadable_manifest_means_convert_everything) {
    Tree tree(3, false);
    write_file(tree.manifest, "{ not json");
    FakeConverter fake;
    std::ostringstream log;
    Options o = tree.options(log);
    o.skip_unchanged = true;
    Summary s = run(o, fake.converter());
    BOOST_TEST(s.converted == 3);
    BOOST_TEST(log.str().find("hsdoc: warning: " + tree.manifest.string() + ": not a manifest") !=
               std::string::npos);
    BOOST_TEST(tree.read_manifest().entries.size() == 3u);  // replaced by a good one
}

BOOST_AUTO_TEST_CASE(collisions_are_reported_before_any_work) {
    Tree tree(0, false);
    write_file(tree.in / "a.txt", "BAD");  // fails when converted, sorts first
    write_file(tree.in / "z.txt", "Z");
    write_file(tree.in / "z.xml", "Z");
    FakeConverter fake;
    std::ostringstream log;
    Summary s = run(tree.options(log, 1), fake.converter());
    BOOST_TEST(fake.calls == 1);
    BOOST_TEST(s.failed == 3);
    auto lines = lines_of(log.str());
    BOOST_REQUIRE(lines.size() >= 3u);
    BOOST_TEST(lines[0].rfind((tree.in / "z.txt").string() + ": output '", 0) == 0);
    BOOST_TEST(lines[1].rfind((tree.in / "z.xml").string() + ": output '", 0) == 0);
    BOOST_TEST(lines[2] == (tree.in / "a.txt").string() + ":3:5: malformed XML");
    BOOST_TEST(files_under(tree.out).empty());
}

BOOST_AUTO_TEST_CASE(interrupt_finishes_in_flight_and_writes_the_manifest) {
    Tree tree(20, false);
    FakeConverter fake;
    // The signal arrives while the fifth document is being converted.
    fake.on_call = [](int call) {
        if (call == 5) {
            std::raise(SIGINT);
        }
    };
    std::ostringstream log;
    Summary s = run(tree.options(log, 1), fake.converter());
    BOOST_TEST(s.interrupted);
    BOOST_TEST(exit_code(s) == 130);
    BOOST_TEST(s.converted == 5);  // the one in flight finished
    BOOST_TEST(s.not_started == 15);
    BOOST_TEST(files_under(tree.out).size() == 5u);
    Manifest m = tree.read_manifest();
    BOOST_TEST(m.entries.size() == 20u);
    BOOST_TEST(m.summary.interrupted);
    int not_started = 0;
    for (const Entry& e : m.entries) {
        if (e.status == Status::skipped) {
            ++not_started;
            BOOST_TEST(e.error == "not converted: interrupted");
            BOOST_TEST(!fs::exists(e.output));
        }
    }
    BOOST_TEST(not_started == 15);
    BOOST_TEST(log.str().find("interrupted") != std::string::npos);
    // The previous disposition of SIGINT is back.
    struct sigaction sa {};
    sigaction(SIGINT, nullptr, &sa);
    BOOST_TEST((sa.sa_handler == SIG_DFL));

    // A rerun with --skip-unchanged finishes the job and skips what was done.
    Options o = tree.options(log, 2);
    o.skip_unchanged = true;
    fake.on_call = nullptr;
    Summary again = run(o, fake.converter());
    BOOST_TEST(again.skipped == 5);
    BOOST_TEST(again.converted == 15);
    BOOST_TEST(exit_code(again) == 0);
}

BOOST_AUTO_TEST_CASE(manifest_is_readable_while_the_run_goes_on) {
    Tree tree(4, false);
    FakeConverter fake;
    std::string seen;
    fake.on_call = [&](int call) {
        if (call == 2) {
            // Longer than the checkpoint interval: the first result gets written.
            std::this_thread::sleep_for(std::chrono::milliseconds(1300));
        }
        // Still converting the last input: a checkpoint must appear (allow a busy machine).
        for (int i = 0; call == 4 && i < 500 && !fs::exists(tree.manifest); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        if (call == 4 && fs::exists(tree.manifest)) {
            seen = read_file(tree.manifest);
        }
    };
    std::ostringstream log;
    run(tree.options(log, 1), fake.converter());
    BOOST_REQUIRE(!seen.empty());
    Manifest partial = parse_manifest(seen, "checkpoint");
    BOOST_TEST(!partial.complete);
    BOOST_REQUIRE(partial.entries.size() == 4u);
    BOOST_TEST(partial.entries[0].status == Status::ok);
    BOOST_TEST(partial.entries[3].status == Status::pending);
    BOOST_TEST(partial.summary.not_started >= 1);
    Manifest final_manifest = tree.read_manifest();
    BOOST_TEST(final_manifest.complete);
    for (const Entry& e : final_manifest.entries) {
        BOOST_TEST(e.status == Status::ok);
    }
}

BOOST_AUTO_TEST_CASE(stale_temporaries_are_removed_before_work) {
    Tree tree(4, false);
    FakeConverter fake;
    std::ostringstream log;
    Options o = tree.options(log);
    run(o, fake.converter());
    write_file(tree.out / "d0/sub0/.doc0.pdf.tmp-Ab12Cd", "partial");
    write_file(tree.dir.path() / ".m.json.tmp-Ab12Cd", "partial manifest");
    write_file(tree.out / "d0/sub0/.keep.txt.tmp-Ab12Cd", "not ours");
    o.verbosity = Verbosity::verbose;
    run(o, fake.converter());
    BOOST_TEST(!fs::exists(tree.out / "d0/sub0/.doc0.pdf.tmp-Ab12Cd"));
    BOOST_TEST(!fs::exists(tree.dir.path() / ".m.json.tmp-Ab12Cd"));
    BOOST_TEST(fs::exists(tree.out / "d0/sub0/.keep.txt.tmp-Ab12Cd"));
    BOOST_TEST(log.str().find("removed stale temporary") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unwritable_output_is_an_environment_failure) {
    Tree tree(3, false);
    fs::create_directories(tree.out / "d0/sub0/doc0.pdf");  // a folder where the PDF goes
    FakeConverter fake;
    std::ostringstream log;
    Summary s = run(tree.options(log), fake.converter());
    BOOST_TEST(s.converted == 2);
    BOOST_TEST(s.failed == 1);
    BOOST_TEST(s.environment_failures == 1);
    BOOST_TEST(exit_code(s) == 3);
    BOOST_TEST(files_under(tree.out).size() == 2u);  // no temporary left
}

BOOST_AUTO_TEST_CASE(output_folder_that_cannot_exist_fails_before_work) {
    Tree tree(2, false);
    write_file(tree.out, "a file, not a folder");
    FakeConverter fake;
    std::ostringstream log;
    try {
        run(tree.options(log), fake.converter());
        BOOST_FAIL("expected an error");
    } catch (const hsdoc::Error& e) {
        BOOST_TEST(exit_code(e.kind()) == 3);
    }
    BOOST_TEST(fake.calls == 0);
}

BOOST_AUTO_TEST_CASE(internal_errors_are_isolated_too) {
    Tree tree(2, false);
    write_file(tree.in / "boom.txt", "THROW");
    FakeConverter fake;
    std::ostringstream log;
    Summary s = run(tree.options(log), fake.converter());
    BOOST_TEST(s.converted == 2);
    BOOST_TEST(s.failed == 1);
    BOOST_TEST(log.str().find((tree.in / "boom.txt").string() +
                              ": internal error: vector::at (please report this)") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(shards_together_convert_everything_once) {
    Tree tree(40);
    FakeConverter fake;
    std::ostringstream log;
    std::set<std::string> all;
    std::size_t total = 0;
    for (int k = 1; k <= 2; ++k) {
        Options o = tree.options(log);
        o.shard = {k, 2};
        o.manifest = (tree.dir.path() / ("m" + std::to_string(k) + ".json")).string();
        Summary s = run(o, fake.converter());
        total += static_cast<std::size_t>(s.total);
        BOOST_TEST(s.total > 10);  // roughly half of 43
        BOOST_TEST(s.total < 33);
    }
    BOOST_TEST(total == 43u);
    BOOST_TEST(fake.calls == 43);
    BOOST_TEST(files_under(tree.out).size() == 40u);
}

BOOST_AUTO_TEST_CASE(usage_errors_come_before_any_work) {
    Tree tree(2, false);
    FakeConverter fake;
    std::ostringstream log;
    auto expect_usage = [&](Options o) {
        try {
            run(o, fake.converter());
            BOOST_FAIL("expected a usage error");
        } catch (const hsdoc::Error& e) {
            BOOST_TEST(exit_code(e.kind()) == 2);
        }
    };
    Options o = tree.options(log);
    o.output_dir = "-";  // two inputs cannot go to standard output
    expect_usage(o);
    o = tree.options(log);
    o.manifest.clear();
    o.skip_unchanged = true;
    expect_usage(o);
    o = tree.options(log);
    o.shard = {3, 2};
    expect_usage(o);
    o = tree.options(log);
    o.inputs.clear();
    expect_usage(o);
    BOOST_TEST(fake.calls == 0);
    BOOST_TEST(!fs::exists(tree.out));
}

BOOST_AUTO_TEST_CASE(missing_input_fails_and_the_rest_convert) {
    Tree tree(2, false);
    FakeConverter fake;
    std::ostringstream log;
    Options o = tree.options(log);
    o.inputs.push_back((tree.dir.path() / "nope.txt").string());
    Summary s = run(o, fake.converter());
    BOOST_TEST(s.converted == 2);
    BOOST_TEST(s.failed == 1);
    BOOST_TEST(log.str().find((tree.dir.path() / "nope.txt").string() +
                              ": no such file or folder\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(quiet_prints_errors_only_and_verbose_every_input) {
    Tree tree(3);
    FakeConverter fake;
    std::ostringstream quiet_log;
    Options o = tree.options(quiet_log);
    o.verbosity = Verbosity::quiet;
    run(o, fake.converter());
    BOOST_TEST(lines_of(quiet_log.str()).size() == 3u);

    std::ostringstream verbose_log;
    o = tree.options(verbose_log);
    o.verbosity = Verbosity::verbose;
    run(o, fake.converter());
    BOOST_TEST(lines_of(verbose_log.str()).size() == 7u);  // 3 converted, 3 failed, summary
    BOOST_TEST(verbose_log.str().find("converted " + (tree.in / "d0/sub0/doc0.txt").string() +
                                      " -> " + (tree.out / "d0/sub0/doc0.pdf").string()) !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(live_progress_redraws_one_line) {
    Tree tree(3, false);
    FakeConverter fake;
    std::ostringstream log;
    Options o = tree.options(log);
    o.progress = ProgressMode::always;
    run(o, fake.converter());
    std::string text = log.str();
    BOOST_TEST(text.find("\r\033[K3/3") != std::string::npos);
    BOOST_TEST(text.find("docs/s") != std::string::npos);
    // The live line is cleared before the summary, which stands alone on its line.
    BOOST_TEST(text.find("\r\033[Khsdoc: 3 converted") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(exit_codes_follow_the_table) {
    using hsdoc::ErrorKind;
    BOOST_TEST(exit_code(ErrorKind::input) == 1);
    BOOST_TEST(exit_code(ErrorKind::usage) == 2);
    BOOST_TEST(exit_code(ErrorKind::style) == 2);
    BOOST_TEST(exit_code(ErrorKind::environment) == 3);
    BOOST_TEST(exit_code(ErrorKind::internal) == 70);
    Summary s;
    BOOST_TEST(exit_code(s) == 0);
    s.skipped = 4;
    BOOST_TEST(exit_code(s) == 0);
    s.failed = 1;
    BOOST_TEST(exit_code(s) == 1);
    s.environment_failures = 1;
    BOOST_TEST(exit_code(s) == 3);
    s.interrupted = true;
    BOOST_TEST(exit_code(s) == 130);
}

BOOST_AUTO_TEST_SUITE_END()
