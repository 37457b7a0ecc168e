#include "batch/jobs.hpp"

#include "util/hash.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

namespace hsdoc::batch {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string s) {
    for (char& c : s) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return s;
}

bool is_input_extension(const fs::path& p) {
    std::string ext = lower(p.extension().string());
    return ext == ".txt" || ext == ".xml";
}

bool is_hidden(const fs::path& p) {
    std::string name = p.filename().string();
    return name.size() > 1 && name[0] == '.' && name != "..";
}

// Identity of a file for de-duplication; falls back to the lexical form.
std::string identity(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? p.lexically_normal().string() : c.string();
}

std::string join_output(const std::string& output_dir, const std::string& relative) {
    if (output_dir == "-") {
        return "-";
    }
    return (fs::path(output_dir) / pdf_name(relative)).lexically_normal().string();
}

// Collects (path, path relative to root) of the inputs under `folder`. A folder that
// cannot be read becomes a job with an error, naming it, and the walk goes on elsewhere.
// Symbolic links to folders are not followed, so a link cycle cannot loop.
void walk(const fs::path& root, const fs::path& folder,
          std::vector<std::pair<std::string, std::string>>& found, std::vector<Job>& jobs) {
    auto fail = [&](const std::error_code& ec) {
        Job job{folder.string(), folder.lexically_relative(root).string(), "", std::nullopt};
        job.error = Error(ErrorKind::input, "cannot read folder: " + ec.message(), job.input);
        jobs.push_back(job);
    };
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec) {
        fail(ec);
        return;
    }
    std::vector<fs::path> subfolders;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) {
            fail(ec);
            return;
        }
        const fs::path& p = it->path();
        std::error_code type_ec;
        if (is_hidden(p)) {
            continue;
        }
        if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) {
            subfolders.push_back(p);
        } else if (it->is_regular_file(type_ec) && is_input_extension(p)) {
            found.emplace_back(p.string(), p.lexically_relative(root).string());
        }
    }
    for (const fs::path& sub : subfolders) {
        walk(root, sub, found, jobs);
    }
}

}  // namespace

std::string pdf_name(const std::string& relative) {
    return fs::path(relative).replace_extension(".pdf").string();
}

bool in_shard(const std::string& relative, const Shard& shard) {
    if (shard.count <= 1) {
        return true;
    }
    std::uint64_t h = hash::fnv1a64(relative);
    return h % static_cast<std::uint64_t>(shard.count) ==
           static_cast<std::uint64_t>(shard.index - 1);
}

std::vector<Job> collect_jobs(const std::vector<std::string>& inputs,
                              const std::string& output_dir) {
    std::vector<Job> jobs;
    std::set<std::string> seen;
    auto add = [&](const std::string& input, const std::string& relative) {
        if (!seen.insert(input == "-" ? "-" : identity(input)).second) {
            return;
        }
        jobs.push_back(Job{input, relative, join_output(output_dir, relative), std::nullopt});
    };

    for (const std::string& input : inputs) {
        if (input == "-") {
            add("-", "stdin.txt");
            continue;
        }
        std::error_code ec;
        fs::file_status st = fs::status(input, ec);
        if (fs::is_directory(st)) {
            std::vector<std::pair<std::string, std::string>> found;
            walk(input, input, found, jobs);
            std::sort(found.begin(), found.end());
            for (const auto& [path, relative] : found) {
                add(path, relative);
            }
        } else if (fs::exists(st)) {
            add(input, fs::path(input).filename().string());
        } else {
            Job job{input, fs::path(input).filename().string(),
                    join_output(output_dir, fs::path(input).filename().string()), std::nullopt};
            bool missing = !ec || ec == std::errc::no_such_file_or_directory;
            job.error = Error(ErrorKind::input,
                              missing ? "no such file or folder" : "cannot read: " + ec.message(),
                              input);
            jobs.push_back(job);
        }
    }

    std::sort(jobs.begin(), jobs.end(),
              [](const Job& a, const Job& b) { return a.input < b.input; });

    // Two inputs, one output: neither may silently win, so both fail, before any work.
    std::map<std::string, std::vector<std::size_t>> by_output;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (!jobs[i].error && jobs[i].output != "-") {
            by_output[jobs[i].output].push_back(i);
        }
    }
    for (const auto& [output, indices] : by_output) {
        if (indices.size() < 2) {
            continue;
        }
        for (std::size_t i : indices) {
            std::string others;
            for (std::size_t j : indices) {
                if (j != i) {
                    others += (others.empty() ? "'" : ", '") + jobs[j].input + "'";
                }
            }
            jobs[i].error = Error(ErrorKind::input,
                                  "output '" + output + "' would also be written from " + others,
                                  jobs[i].input);
        }
    }
    return jobs;
}

}  // namespace hsdoc::batch
