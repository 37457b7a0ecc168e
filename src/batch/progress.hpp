// Private to batch/: what a run says on its log while it works.
//
// Error lines always go out whole, one per line, so logs stay greppable. On a terminal a
// live line (done/total, rate, ETA, failures) is redrawn in place under them, at most ten
// times a second; elsewhere there is no live line at all.
#pragma once

#include "batch/batch.hpp"

#include <chrono>
#include <mutex>
#include <ostream>
#include <string>

namespace hsdoc::batch {

class Reporter {
public:
    Reporter(std::ostream& log, Verbosity verbosity, bool live, int total);

    void error(const std::string& line);  // shown at every verbosity
    void info(const std::string& line);   // shown with -v only
    void finished_one(bool failed);       // counts one input and redraws the live line
    void close();                         // removes the live line

    double elapsed_seconds() const;

private:
    void write_locked(const std::string& line);
    void draw_locked(bool force);

    std::ostream& m_log;
    Verbosity m_verbosity;
    bool m_live;
    int m_total;
    int m_done = 0;
    int m_failed = 0;
    bool m_drawn = false;
    std::mutex m_mutex;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last_draw;
};

// "1:05", "12:03:09": short enough for a progress line.
std::string format_duration(double seconds);

}  // namespace hsdoc::batch
