// AtomicFile: a file appears under its final name only on commit(); temporaries of dead
// writers are removed, those of live writers are not.
#include "batch/batch.hpp"
#include "support.hpp"

#include <filesystem>
#include <sys/stat.h>

namespace fs = std::filesystem;
using hsdoc::batch::AtomicFile;
using hsdoc::test::TempDir;

namespace {

std::vector<std::string> names_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(folder)) {
        names.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(batch_atomic_file)

BOOST_AUTO_TEST_CASE(uncommitted_file_leaves_nothing_behind) {
    TempDir dir;
    fs::path target = dir.path() / "report.pdf";
    {
        AtomicFile file(target.string());
        file.write("%PDF-1.7 partial");
        BOOST_TEST(fs::exists(file.temp_path()));
        BOOST_TEST(!fs::exists(target));
    }
    BOOST_TEST(names_in(dir.path()).empty());
}

BOOST_AUTO_TEST_CASE(exception_before_commit_leaves_nothing_behind) {
    TempDir dir;
    fs::path target = dir.path() / "report.pdf";
    try {
        AtomicFile file(target.string());
        file.write("half");
        throw std::runtime_error("converter failed");
    } catch (const std::runtime_error&) {
    }
    BOOST_TEST(names_in(dir.path()).empty());
}

BOOST_AUTO_TEST_CASE(commit_renames_into_place_with_the_content) {
    TempDir dir;
    fs::path target = dir.path() / "report.pdf";
    std::string temp;
    {
        AtomicFile file(target.string());
        temp = file.temp_path();
        file.write("%PDF-1.7 ");
        file.write("complete");
        file.commit();
    }
    BOOST_TEST(hsdoc::test::read_file(target) == "%PDF-1.7 complete");
    BOOST_TEST(!fs::exists(temp));
    BOOST_TEST(names_in(dir.path()) == std::vector<std::string>{"report.pdf"});
}

BOOST_AUTO_TEST_CASE(commit_replaces_an_existing_file_whole) {
    TempDir dir;
    fs::path target = dir.path() / "report.pdf";
    hsdoc::test::write_file(target, "old");
    {
        AtomicFile file(target.string());
        file.write("new");
        BOOST_TEST(hsdoc::test::read_file(target) == "old");
        file.commit();
    }
    BOOST_TEST(hsdoc::test::read_file(target) == "new");
}

BOOST_AUTO_TEST_CASE(temporary_is_hidden_beside_the_target) {
    TempDir dir;
    AtomicFile file((dir.path() / "report.pdf").string());
    fs::path temp(file.temp_path());
    BOOST_TEST(temp.parent_path() == dir.path());
    BOOST_TEST(hsdoc::batch::is_temporary_name(temp.filename().string(), ".pdf"));
}

BOOST_AUTO_TEST_CASE(committed_file_gets_ordinary_permissions) {
    TempDir dir;
    fs::path target = dir.path() / "report.pdf";
    AtomicFile file(target.string());
    file.write("x");
    file.commit();
    struct stat st {};
    BOOST_REQUIRE(stat(target.c_str(), &st) == 0);
    mode_t mask = umask(022);
    umask(mask);
    BOOST_TEST((st.st_mode & 0777) == (0666 & ~mask));
}

BOOST_AUTO_TEST_CASE(unwritable_folder_is_an_environment_error) {
    try {
        AtomicFile file("/nonexistent-hsdoc-folder/report.pdf");
        BOOST_FAIL("expected an error");
    } catch (const hsdoc::Error& e) {
        BOOST_TEST(static_cast<int>(e.kind()) == static_cast<int>(hsdoc::ErrorKind::environment));
        BOOST_TEST(e.file() == "/nonexistent-hsdoc-folder/report.pdf");
    }
}

BOOST_AUTO_TEST_CASE(temporary_names_match_only_hsdocs_pattern) {
    using hsdoc::batch::is_temporary_name;
    BOOST_TEST(is_temporary_name(".report.pdf.tmp-a1B2c3", ".pdf"));
    BOOST_TEST(is_temporary_name(".m.json.tmp-XyZ123", "m.json"));
    BOOST_TEST(!is_temporary_name("report.pdf.tmp-a1B2c3", ".pdf"));   // not hidden
    BOOST_TEST(!is_temporary_name(".report.pdf.tmp-a1B2c", ".pdf"));   // five characters
    BOOST_TEST(!is_temporary_name(".report.pdf.tmp-a1B2c3x", ".pdf")); // seven
    BOOST_TEST(!is_temporary_name(".report.txt.tmp-a1B2c3", ".pdf"));  // another suffix
    BOOST_TEST(!is_temporary_name(".report.pdf", ".pdf"));
    BOOST_TEST(!is_temporary_name(".x.json.tmp-XyZ123", "m.json"));
    BOOST_TEST(!is_temporary_name(".report.pdf.tmp-a1B2-3", ".pdf"));
}

BOOST_AUTO_TEST_CASE(stale_temporaries_go_live_ones_and_others_stay) {
    TempDir dir;
    hsdoc::test::write_file(dir.path() / ".dead.pdf.tmp-abc123", "partial");
    hsdoc::test::write_file(dir.path() / ".notes.txt.tmp-abc123", "not ours");
    hsdoc::test::write_file(dir.path() / "kept.pdf", "complete");
    AtomicFile live((dir.path() / "live.pdf").string());
    live.write("in flight");

    auto removed = hsdoc::batch::remove_stale_temporaries(dir.path().string(), ".pdf");
    BOOST_REQUIRE(removed.size() == 1);
    BOOST_TEST(fs::path(removed[0]).filename() == ".dead.pdf.tmp-abc123");
    BOOST_TEST(fs::exists(live.temp_path()));
    BOOST_TEST(fs::exists(dir.path() / ".notes.txt.tmp-abc123"));
    BOOST_TEST(fs::exists(dir.path() / "kept.pdf"));
    live.commit();
    BOOST_TEST(hsdoc::test::read_file(dir.path() / "live.pdf") == "in flight");
}

BOOST_AUTO_TEST_CASE(missing_folder_has_no_stale_temporaries) {
    BOOST_TEST(hsdoc::batch::remove_stale_temporaries("/nonexistent-hsdoc-folder", ".pdf").empty());
}

BOOST_AUTO_TEST_SUITE_END()
