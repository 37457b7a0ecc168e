// Collecting jobs: mirrored output names, sorting, collisions, shards.
#include "batch/jobs.hpp"
#include "support.hpp"

#include <filesystem>
#include <set>

namespace fs = std::filesystem;
using hsdoc::batch::collect_jobs;
using hsdoc::batch::Job;
using hsdoc::test::TempDir;
using hsdoc::test::write_file;

namespace {

std::vector<std::string> inputs_of(const std::vector<Job>& jobs) {
    std::vector<std::string> v;
    for (const Job& j : jobs) {
        v.push_back(j.input);
    }
    return v;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(batch_jobs)

BOOST_AUTO_TEST_CASE(folder_is_searched_recursively_and_mirrored) {
    TempDir dir;
    fs::path in = dir.path() / "in";
    write_file(in / "a/b/report.txt", "x");
    write_file(in / "a/minutes.XML", "x");
    write_file(in / "top.txt", "x");
    write_file(in / "notes.md", "x");
    write_file(in / ".hidden/secret.txt", "x");
    write_file(in / ".skipped.txt", "x");

    auto jobs = collect_jobs({in.string()}, "OUT");
    BOOST_REQUIRE(jobs.size() == 3);
    BOOST_TEST(jobs[0].input == (in / "a/b/report.txt").string());
    BOOST_TEST(jobs[0].relative == "a/b/report.txt");
    BOOST_TEST(jobs[0].output == "OUT/a/b/report.pdf");
    BOOST_TEST(jobs[1].output == "OUT/a/minutes.pdf");
    BOOST_TEST(jobs[2].output == "OUT/top.pdf");
    for (const Job& j : jobs) {
        BOOST_TEST(!j.error);
    }
}

BOOST_AUTO_TEST_CASE(single_file_goes_to_the_top_of_the_output) {
    TempDir dir;
    write_file(dir.path() / "deep/er/report.txt", "x");
    auto jobs = collect_jobs({(dir.path() / "deep/er/report.txt").string()}, "out/");
    BOOST_REQUIRE(jobs.size() == 1);
    BOOST_TEST(jobs[0].output == "out/report.pdf");
}

BOOST_AUTO_TEST_CASE(jobs_are_sorted_by_input_path_whatever_the_order_given) {
    TempDir dir;
    write_file(dir.path() / "b.txt", "x");
    write_file(dir.path() / "a/c.txt", "x");
    auto jobs = collect_jobs({(dir.path() / "b.txt").string(), (dir.path() / "a").string()},
                             "out");
    BOOST_TEST(inputs_of(jobs) == (std::vector<std::string>{(dir.path() / "a/c.txt").string(),
                                                             (dir.path() / "b.txt").string()}));
}

BOOST_AUTO_TEST_CASE(same_file_named_twice_is_one_job) {
    TempDir dir;
    write_file(dir.path() / "in/a.txt", "x");
    auto jobs = collect_jobs(
        {(dir.path() / "in").string(), (dir.path() / "in/a.txt").string(),
         (dir.path() / "in/../in/a.txt").string()},
        "out");
    BOOST_REQUIRE(jobs.size() == 1);
    BOOST_TEST(!jobs[0].error);
}

BOOST_AUTO_TEST_CASE(folder_links_are_not_followed_and_file_links_are_deduplicated) {
    TempDir dir;
    fs::path in = dir.path() / "in";
    write_file(in / "a/x.txt", "x");
    fs::create_directory_symlink("..", in / "a/loop");  // would recurse for ever
    fs::create_symlink(in / "a/x.txt", in / "link.txt");
    auto jobs = collect_jobs({in.string()}, "out");
    BOOST_REQUIRE(jobs.size() == 1u);
    BOOST_TEST(jobs[0].relative == "a/x.txt");
}

BOOST_AUTO_TEST_CASE(two_inputs_one_output_is_an_error_for_both) {
    TempDir dir;
    write_file(dir.path() / "in/a.txt", "x");
    write_file(dir.path() / "in/a.xml", "x");
    write_file(dir.path() / "in/b.txt", "x");
    auto jobs = collect_jobs({(dir.path() / "in").string()}, "out");
    BOOST_REQUIRE(jobs.size() == 3);
    BOOST_REQUIRE(jobs[0].error);
    BOOST_REQUIRE(jobs[1].error);
    BOOST_TEST(!jobs[2].error);
    BOOST_TEST(jobs[0].error->file() == jobs[0].input);
    BOOST_TEST(jobs[0].error->message().find("out/a.pdf") != std::string::npos);
    BOOST_TEST(jobs[0].error->message().find(jobs[1].input) != std::string::npos);
    BOOST_TEST(jobs[1].error->message().find(jobs[0].input) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(missing_input_is_a_job_with_an_error) {
    auto jobs = collect_jobs({"/nonexistent-hsdoc/report.txt"}, "out");
    BOOST_REQUIRE(jobs.size() == 1);
    BOOST_REQUIRE(jobs[0].error);
    BOOST_TEST(jobs[0].error->located() ==
               "/nonexistent-hsdoc/report.txt: no such file or folder");
}

BOOST_AUTO_TEST_CASE(standard_input_and_output) {
    auto jobs = collect_jobs({"-"}, "-");
    BOOST_REQUIRE(jobs.size() == 1);
    BOOST_TEST(jobs[0].input == "-");
    BOOST_TEST(jobs[0].output == "-");
    BOOST_TEST(collect_jobs({"-"}, "out")[0].output == "out/stdin.pdf");
}

BOOST_AUTO_TEST_CASE(shards_partition_the_inputs_exactly) {
    std::vector<std::string> paths;
    for (int i = 0; i < 500; ++i) {
        paths.push_back("dept" + std::to_string(i % 7) + "/doc" + std::to_string(i) + ".txt");
    }
    for (int n : {1, 2, 3, 8}) {
        std::vector<int> owners(paths.size(), 0);
        for (int k = 1; k <= n; ++k) {
            int count = 0;
            for (std::size_t i = 0; i < paths.size(); ++i) {
                if (hsdoc::batch::in_shard(paths[i], {k, n})) {
                    ++owners[i];
                    ++count;
                }
            }
            // Each shard gets roughly its share.
            BOOST_TEST(count > static_cast<int>(paths.size()) / n / 2);
            BOOST_TEST(count < static_cast<int>(paths.size()) * 3 / n / 2 + 1);
        }
        for (int o : owners) {
            BOOST_TEST(o == 1);
        }
    }
}

BOOST_AUTO_TEST_CASE(shard_depends_only_on_the_relative_path) {
    // Stable across machines and releases: FNV-1a 64 of "a/b.txt" modulo N.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : std::string("a/b.txt")) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    int expected = static_cast<int>(h % 5) + 1;
    for (int k = 1; k <= 5; ++k) {
        BOOST_TEST(hsdoc::batch::in_shard("a/b.txt", {k, 5}) == (k == expected));
    }
}

BOOST_AUTO_TEST_CASE(parse_shard_accepts_only_k_of_n) {
    using hsdoc::batch::parse_shard;
    BOOST_TEST(parse_shard("1/2").index == 1);
    BOOST_TEST(parse_shard("2/2").count == 2);
    BOOST_TEST(parse_shard("7/10").index == 7);
    for (const char* bad : {"0/2", "3/2", "1/0", "1", "/2", "1/", "a/b", "1/2/3", "-1/2",
                            "1/99999999999"}) {
        BOOST_CHECK_THROW(parse_shard(bad), hsdoc::Error);
    }
}

BOOST_AUTO_TEST_SUITE_END()
