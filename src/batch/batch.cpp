// The batch runner: jobs, worker threads, skip-unchanged, atomic outputs, the manifest.
#include "batch/batch.hpp"

#include "batch/jobs.hpp"
#include "batch/manifest.hpp"
#include "batch/progress.hpp"
#include "batch/signals.hpp"
#include "util/hash.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>

#ifndef HSDOC_VERSION
#define HSDOC_VERSION "unknown"
#endif

namespace hsdoc::batch {
namespace {

namespace fs = std::filesystem;

// Inputs are government articles and reports of some kilobytes; anything far larger is a
// mistake (a PDF, an archive) and should not be read whole into memory.
// How often a long run rewrites its manifest (atomically) while it works.
constexpr std::chrono::milliseconds k_checkpoint_interval{1000};

// Reads at most limits.input_bytes (standard input, a pipe or /dev/zero have no size to
// check first), so an endless input costs no more memory than the limit.
std::string read_capped(std::istream& in, const Limits& limits, const std::string& name) {
    std::string bytes;
    char buf[65536];
    while (in.read(buf, sizeof buf), in.gcount() > 0) {
        bytes.append(buf, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > limits.input_bytes) {
            throw limit_error("input size in bytes",
                              limits.input_bytes, "max-input-bytes", name);
        }
    }
    return bytes;
}

// Refuses a file over the input limit before reading it, so a huge file costs no memory.
std::string read_input(const std::string& input, const Limits& limits) {
    if (input == "-") {
        std::string bytes = read_capped(std::cin, limits, "<stdin>");
        if (std::cin.bad()) {
            throw Error(ErrorKind::input, "cannot read standard input", "<stdin>");
        }
        return bytes;
    }
    std::error_code ec;
    auto size = fs::file_size(input, ec);
    if (!ec && size > limits.input_bytes) {
        throw limit_error("input of " + std::to_string(size) + " bytes", limits.input_bytes,
                          "max-input-bytes", input);
    }
    std::ifstream in(input, std::ios::binary);
    if (!in) {
        throw Error(ErrorKind::input, std::string("cannot read: ") + std::strerror(errno), input);
    }
    std::string bytes = read_capped(in, limits, input);
    if (in.bad()) {
        throw Error(ErrorKind::input, "cannot read", input);
    }
    return bytes;
}

// Empty when the file cannot be read.
std::string file_sha256(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return {};
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return hash::sha256_hex(ss.str());
}

void write_stdout(std::string_view bytes) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() ||
        std::fflush(stdout) != 0) {
        throw Error(ErrorKind::environment,
                    std::string("cannot write standard output: ") + std::strerror(errno), "-");
    }
}

// Whether the previous run's entry still describes this input's output exactly.
bool unchanged(const Entry* previous, const Entry& current, const Options& options) {
    // The status does not matter: a recorded output hash, checked against the file, does.
    return previous != nullptr && previous->output == current.output &&
           !previous->output_sha256.empty() &&
           previous->input_sha256 == current.input_sha256 &&
           same_options(previous->options, options.convert) &&
           previous->version == options.version && previous->setup == options.setup &&
           file_sha256(current.output) == previous->output_sha256;
}

class Runner {
public:
    Runner(const Options& options, const Converter& converter, std::vector<Job> jobs,
           std::map<std::string, Entry> previous, Reporter& reporter)
        : m_options(options), m_converter(converter), m_jobs(std::move(jobs)),
          m_previous(std::move(previous)), m_reporter(reporter), m_entries(m_jobs.size()),
          m_state(m_jobs.size(), JobState::pending) {}

    // Problems known before any work (missing inputs, colliding outputs) are reported first.
    void report_known_errors() {
        for (std::size_t i = 0; i < m_jobs.size(); ++i) {
            if (m_jobs[i].error) {
                m_entries[i] = process(m_jobs[i]);
                m_state[i] = JobState::done;
            }
        }
    }

    // Runs `threads` workers to the end (or a stop request). Meanwhile this thread hands a
    // snapshot of the entries to `checkpoint` at most once per `interval`, when something
    // changed, so a manifest can be read while the run goes on and survives a kill -9.
    void run_workers(int threads, const std::function<void(std::vector<Entry>)>& checkpoint,
                     std::chrono::milliseconds interval) {
        std::vector<std::thread> workers;
        m_running_workers = threads;
        for (int i = 0; i < threads; ++i) {
            workers.emplace_back([this] { work(); });
        }
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            auto last = std::chrono::steady_clock::now();
            std::chrono::steady_clock::duration gap = interval;
            std::uint64_t written = m_generation;
            while (m_running_workers > 0) {
                m_changed.wait_for(lock, gap);
                auto now = std::chrono::steady_clock::now();
                if (checkpoint && m_running_workers > 0 && m_generation != written &&
                    now - last >= gap) {
                    std::vector<Entry> snapshot = entries_locked(false, nullptr);
                    written = m_generation;
                    lock.unlock();
                    auto start = std::chrono::steady_clock::now();
                    checkpoint(std::move(snapshot));
                    last = std::chrono::steady_clock::now();
                    // Huge batches make big manifests: keep checkpoints under 5% of the time.
                    gap = std::max<std::chrono::steady_clock::duration>(interval,
                                                                        (last - start) * 20);
                    lock.lock();
                }
            }
        }
        for (std::thread& t : workers) {
            t.join();
        }
    }

    int environment_failures() const { return m_environment_failures.load(); }
    std::map<std::string, int> notes() const {
        std::lock_guard<std::mutex> lock(m_notes_mutex);
        return m_notes;
    }

    // Entries for every job, once the workers are done. Those never started (interrupted)
    // keep the previous record, so a later --skip-unchanged still recognises their outputs.
    std::vector<Entry> entries(Summary& summary) {
        std::lock_guard<std::mutex> lock(m_mutex);
        return entries_locked(true, &summary);
    }

private:
    enum class JobState : char { pending, running, done };

    std::vector<Entry> entries_locked(bool final, Summary* summary) const {
        std::vector<Entry> out;
        for (std::size_t i = 0; i < m_jobs.size(); ++i) {
            if (m_state[i] == JobState::done) {
                out.push_back(m_entries[i]);
                continue;
            }
            Entry e = blank_entry(m_jobs[i]);
            if (const Entry* p = previous(m_jobs[i].input)) {
                e = *p;
            }
            if (final) {
                e.status = Status::skipped;
                e.error = "not converted: interrupted";
                ++summary->not_started;
            } else {
                e.status = Status::pending;
                e.error.clear();
            }
            out.push_back(e);
        }
        return out;
    }

    void work() {
        for (;;) {
            std::size_t i = m_next.fetch_add(1);
            if (stop_requested() || i >= m_jobs.size()) {
                break;
            }
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                if (m_state[i] != JobState::pending) {
                    continue;  // reported before the workers started
                }
                m_state[i] = JobState::running;
            }
            Entry e = process(m_jobs[i]);
            std::lock_guard<std::mutex> lock(m_mutex);
            m_entries[i] = std::move(e);
            m_state[i] = JobState::done;
            ++m_generation;
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        --m_running_workers;
        m_changed.notify_all();
    }

    Entry blank_entry(const Job& job) const {
        Entry e;
        e.input = job.input;
        e.output = job.output;
        e.options = m_options.convert;
        e.version = m_options.version;
        e.setup = m_options.setup;
        return e;
    }

    const Entry* previous(const std::string& input) const {
        auto it = m_previous.find(input);
        return it == m_previous.end() ? nullptr : &it->second;
    }

    Entry process(const Job& job) {
        Entry e = blank_entry(job);
        try {
            if (job.error) {
                throw *job.error;
            }
            std::string bytes = read_input(job.input, m_options.convert.limits);
            e.input_sha256 = hash::sha256_hex(bytes);
            if (m_options.skip_unchanged && unchanged(previous(job.input), e, m_options)) {
                e = *previous(job.input);
                e.status = Status::skipped;
                e.error.clear();
                m_reporter.info("unchanged " + job.input);
                m_reporter.finished_one(false);
                return e;
            }
            Converted c = m_converter(bytes, job.input == "-" ? "<stdin>" : job.input);
            if (job.output == "-") {
                write_stdout(c.pdf);
            } else {
                ensure_folder(fs::path(job.output).parent_path());
                AtomicFile file(job.output);
                file.write(c.pdf);
                file.commit();
            }
            e.status = Status::ok;
            e.pages = c.pages;
            e.title = c.title;
            e.published = c.published;
            e.output_sha256 = hash::sha256_hex(c.pdf);
            m_reporter.info("converted " + job.input + " -> " + job.output + " (" +
                            std::to_string(c.pages) + (c.pages == 1 ? " page)" : " pages)"));
            for (const DroppedLine& d : c.dropped) {
                ++e.dropped[d.reason];
                m_reporter.info(job.input + (d.line > 0 ? ":" + std::to_string(d.line) : std::string()) +
                                ": dropped (" + d.reason + "): " + d.text);
            }
            for (const std::string& note : c.notes) {
                m_reporter.info(job.input + ": " + note);
                std::lock_guard<std::mutex> lock(m_notes_mutex);
                ++m_notes[note];
            }
        } catch (const Error& err) {
            fail(e, err.with_file(job.input == "-" ? "<stdin>" : job.input));
        } catch (const std::exception& ex) {
            // Anything else is a bug below batch/; report it and keep going.
            fail(e, Error(ErrorKind::internal,
                          std::string("internal error: ") + ex.what() + " (please report this)",
                          job.input));
        }
        m_reporter.finished_one(e.status == Status::failed);
        return e;
    }

    void fail(Entry& e, const Error& err) {
        e.status = Status::failed;
        e.error = err.located();
        e.pages = 0;
        e.title.clear();
        e.published.clear();
        e.output_sha256.clear();
        if (err.kind() == ErrorKind::environment) {
            m_environment_failures.fetch_add(1);
        }
        m_reporter.error(e.error);
        if (!err.hint().empty()) {
            m_reporter.info("hint: " + err.hint());  // -v only: one line per failure otherwise
        }
    }

    void ensure_folder(const fs::path& folder) {
        if (folder.empty()) {
            return;
        }
        // Folders are made on demand (no empty folders for failed inputs), one thread at
        // a time because create_directories is not safe against a concurrent creator.
        std::lock_guard<std::mutex> lock(m_folder_mutex);
        std::error_code ec;
        fs::create_directories(folder, ec);
        if (ec && !fs::is_directory(folder)) {
            throw Error(ErrorKind::environment,
                        "cannot create folder '" + folder.string() + "': " + ec.message());
        }
    }

    const Options& m_options;
    const Converter& m_converter;
    std::vector<Job> m_jobs;
    std::map<std::string, Entry> m_previous;
    Reporter& m_reporter;
    std::mutex m_mutex;  // guards the four members below
    std::vector<Entry> m_entries;
    std::vector<JobState> m_state;
    int m_running_workers = 0;
    std::uint64_t m_generation = 0;  // counts finished jobs, to skip idle checkpoints
    std::condition_variable m_changed;
    std::atomic<std::size_t> m_next{0};
    std::mutex m_folder_mutex;
    std::atomic<int> m_environment_failures{0};
    mutable std::mutex m_notes_mutex;
    std::map<std::string, int> m_notes;
};

}  // namespace

void check_options(const Options& options) {
    if (options.inputs.empty()) {
        throw Error(ErrorKind::usage, "no inputs given");
    }
    if (options.jobs < 0) {
        throw Error(ErrorKind::usage, "--jobs must be at least 1");
    }
    if (options.shard.count < 1 || options.shard.index < 1 ||
        options.shard.index > options.shard.count) {
        throw Error(ErrorKind::usage, "--shard must be K/N with 1 <= K <= N");
    }
    if (options.skip_unchanged && options.manifest.empty()) {
        throw Error(ErrorKind::usage, "--skip-unchanged needs --manifest FILE");
    }
    if (options.output_dir.empty()) {
        throw Error(ErrorKind::usage, "-o needs a folder, or - for standard output");
    }
    if (std::count(options.inputs.begin(), options.inputs.end(), "-") > 1) {
        throw Error(ErrorKind::usage, "standard input (-) can be read only once");
    }
}

namespace {

std::map<std::string, Entry> load_previous(const Options& options, Reporter& reporter) {
    std::map<std::string, Entry> previous;
    if (!options.skip_unchanged) {
        return previous;
    }
    std::ifstream in(options.manifest, std::ios::binary);
    if (!in) {
        return previous;  // first run: nothing to compare with
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    try {
        for (Entry& e : parse_manifest(ss.str(), options.manifest).entries) {
            previous.emplace(e.input, std::move(e));
        }
    } catch (const Error& err) {
        // Safe to go on: without the manifest everything is converted again.
        reporter.error("hsdoc: warning: " + err.located() + "; converting everything");
    }
    return previous;
}

void prepare_output(const Options& options, const std::vector<Job>& all_jobs, Reporter& reporter) {
    if (options.output_dir == "-") {
        return;
    }
    std::error_code ec;
    fs::create_directories(options.output_dir, ec);
    if (ec && !fs::is_directory(options.output_dir)) {
        throw Error(ErrorKind::environment, "cannot create output folder: " + ec.message(),
                    options.output_dir);
    }
    if (!fs::is_directory(options.output_dir)) {
        throw Error(ErrorKind::environment, "output is not a folder", options.output_dir);
    }
    if (access(options.output_dir.c_str(), W_OK | X_OK) != 0) {
        throw Error(ErrorKind::environment,
                    std::string("output folder not writable: ") + std::strerror(errno),
                    options.output_dir);
    }
    // Temporaries of a run killed by SIGKILL or a power cut; every shard looks at every
    // folder it could write, so they go even if the run that left them was another shard's.
    std::set<std::string> folders;
    for (const Job& job : all_jobs) {
        if (!job.output.empty()) {
            folders.insert(fs::path(job.output).parent_path().string());
        }
    }
    for (const std::string& folder : folders) {
        for (const std::string& path : remove_stale_temporaries(folder, ".pdf")) {
            reporter.info("removed stale temporary " + path);
        }
    }
}

void remove_stale_manifest_temporaries(const Options& options, Reporter& reporter) {
    if (options.manifest.empty()) {
        return;
    }
    fs::path path(options.manifest);
    for (const std::string& stale :
         remove_stale_temporaries(path.parent_path().string(), path.filename().string())) {
        reporter.info("removed stale temporary " + stale);
    }
}

// Counts of a list of entries; an interrupted run counts its unstarted ones itself.
void count_entries(const std::vector<Entry>& entries, Summary& summary) {
    summary.converted = summary.failed = summary.skipped = 0;
    for (const Entry& e : entries) {
        if (e.status == Status::ok) {
            ++summary.converted;
        } else if (e.status == Status::failed) {
            ++summary.failed;
        } else if (e.status == Status::skipped && e.error.empty()) {
            ++summary.skipped;
        }
    }
}

// `complete` is false for the checkpoints written while the run goes on.
void write_manifest(const Options& options, const std::vector<Entry>& entries,
                    const Summary& summary, bool complete) {
    fs::path path(options.manifest);
    Manifest m;
    m.version = options.version;
    m.options = options.convert;
    m.shard = options.shard;
    m.summary = summary;
    m.complete = complete;
    m.entries = entries;
    if (!path.parent_path().empty()) {
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
    }
    AtomicFile file(options.manifest);
    file.write(to_json(m));
    file.commit();
}

std::string summary_line(const Summary& s, double seconds) {
    char timing[64];
    int work = s.converted + s.failed;
    if (work > 0 && seconds > 0) {
        std::snprintf(timing, sizeof timing, "%.2f s, %.1f docs/s", seconds, work / seconds);
    } else {
        std::snprintf(timing, sizeof timing, "%.2f s", seconds);  // a rate of nothing says nothing
    }
    std::string line = std::string("hsdoc: ") + (s.interrupted ? "interrupted: " : "") +
                       std::to_string(s.converted) + " converted, " + std::to_string(s.failed) +
                       " failed, " + std::to_string(s.skipped) + " unchanged";
    if (s.not_started > 0) {
        line += ", " + std::to_string(s.not_started) + " not started";
    }
    line += std::string(" (") + timing + ")";
    for (const auto& [note, count] : s.notes) {
        line += "; " + std::to_string(count) + (count == 1 ? " document: " : " documents: ") + note;
    }
    return line;
}

}  // namespace

const char* version() { return HSDOC_VERSION; }

Shard parse_shard(const std::string& text) {
    auto slash = text.find('/');
    auto bad = [&] {
        return Error(ErrorKind::usage, "--shard must be K/N with 1 <= K <= N, not '" + text + "'");
    };
    if (slash == std::string::npos || slash == 0 || slash + 1 == text.size() ||
        text.find_first_not_of("0123456789/") != std::string::npos ||
        text.find('/', slash + 1) != std::string::npos || slash > 6 ||
        text.size() - slash - 1 > 6) {
        throw bad();
    }
    Shard s{std::stoi(text.substr(0, slash)), std::stoi(text.substr(slash + 1))};
    if (s.count < 1 || s.index < 1 || s.index > s.count) {
        throw bad();
    }
    return s;
}

Summary run(const Options& options, const Converter& converter) {
    check_options(options);
    clear_stop_request();
    std::ostream& log = options.log ? *options.log : std::cerr;

    std::vector<Job> all_jobs = collect_jobs(options.inputs, options.output_dir);
    std::vector<Job> jobs;
    for (const Job& job : all_jobs) {
        if (in_shard(job.relative, options.shard)) {
            jobs.push_back(job);
        }
    }
    if (options.output_dir == "-" && jobs.size() != 1) {
        throw Error(ErrorKind::usage, "-o - writes one PDF to standard output, but there are " +
                                          std::to_string(jobs.size()) + " inputs");
    }

    bool live = options.progress == ProgressMode::always ||
                (options.progress == ProgressMode::automatic && options.log == nullptr &&
                 isatty(STDERR_FILENO));
    Reporter reporter(log, options.verbosity, live, static_cast<int>(jobs.size()));
    prepare_output(options, all_jobs, reporter);
    std::map<std::string, Entry> previous = load_previous(options, reporter);

    int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    int threads = options.jobs > 0 ? options.jobs : cores;
    threads = std::max(1, std::min(threads, static_cast<int>(jobs.size())));

    Summary summary;
    summary.total = static_cast<int>(jobs.size());
    if (jobs.empty() && options.verbosity != Verbosity::quiet) {
        log << "hsdoc: no *.txt or *.xml inputs found\n";
    }

    remove_stale_manifest_temporaries(options, reporter);
    std::function<void(std::vector<Entry>)> checkpoint;
    bool checkpoint_failed = false;
    if (!options.manifest.empty()) {
        checkpoint = [&](std::vector<Entry> entries) {
            Summary partial;
            partial.total = summary.total;
            count_entries(entries, partial);
            partial.not_started = static_cast<int>(std::count_if(
                entries.begin(), entries.end(),
                [](const Entry& e) { return e.status == Status::pending; }));
            try {
                write_manifest(options, entries, partial, false);
            } catch (const Error& err) {
                // The final write reports it; say it once here.
                if (!checkpoint_failed) {
                    reporter.error("hsdoc: warning: " + err.located());
                    checkpoint_failed = true;
                }
            }
        };
    }

    Runner runner(options, converter, jobs, std::move(previous), reporter);
    {
        StopSignals signals;
        runner.report_known_errors();
        runner.run_workers(threads, checkpoint, k_checkpoint_interval);
        summary.interrupted = stop_requested();
    }
    reporter.close();

    std::vector<Entry> entries = runner.entries(summary);
    count_entries(entries, summary);
    summary.environment_failures = runner.environment_failures();
    summary.notes = runner.notes();
    if (!options.manifest.empty()) {
        write_manifest(options, entries, summary, true);
    }
    if (options.verbosity != Verbosity::quiet) {
        log << summary_line(summary, reporter.elapsed_seconds()) << '\n' << std::flush;
    }
    return summary;
}

int exit_code(const Summary& summary) {
    if (summary.interrupted) {
        return 130;
    }
    if (summary.environment_failures > 0) {
        return 3;
    }
    return summary.failed > 0 ? 1 : 0;
}

int exit_code(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::input:
        return 1;
    case ErrorKind::usage:
    case ErrorKind::style:
        return 2;
    case ErrorKind::environment:
        return 3;
    case ErrorKind::internal:
        break;
    }
    return 70;
}

}  // namespace hsdoc::batch
