// Private to batch/: turning the command line's inputs into a sorted list of jobs.
#pragma once

#include "batch/batch.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hsdoc::batch {

struct Job {
    std::string input;     // the path as named or found under a named folder; "-" is stdin
    std::string relative;  // path under its input root ("a/b/report.txt"): names the output
                           // and picks the shard, so both survive a move of the whole tree
    std::string output;    // final output path; "-" is standard output
    std::optional<Error> error;  // set when the job fails without conversion
};

// Expands files and folders into jobs sorted by input path. A folder contributes its *.txt
// and *.xml files (any letter case), recursively, skipping hidden files and folders; a file
// named on the command line is taken whatever its extension. The same file named twice is
// one job. A missing input, or two inputs that would write the same output, become jobs
// carrying an error (both of a colliding pair do).
std::vector<Job> collect_jobs(const std::vector<std::string>& inputs,
                              const std::string& output_dir);

// "a/b/report.txt" -> "a/b/report.pdf".
std::string pdf_name(const std::string& relative);

// Whether the input with this relative path belongs to the shard (exposed for unit testing).
bool in_shard(const std::string& relative, const Shard& shard);

}  // namespace hsdoc::batch
