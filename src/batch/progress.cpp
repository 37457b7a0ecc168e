#include "batch/progress.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace hsdoc::batch {

namespace {
constexpr auto k_redraw_interval = std::chrono::milliseconds(100);
const char* const k_clear_line = "\r\033[K";
}  // namespace

std::string format_duration(double seconds) {
    long s = std::lround(std::max(0.0, seconds));
    char buf[32];
    if (s >= 3600) {
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    } else {
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    }
    return buf;
}

Reporter::Reporter(std::ostream& log, Verbosity verbosity, bool live, int total)
    : m_log(log), m_verbosity(verbosity), m_live(live && verbosity != Verbosity::quiet),
      m_total(total), m_start(std::chrono::steady_clock::now()), m_last_draw(m_start) {}

double Reporter::elapsed_seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
}

void Reporter::error(const std::string& line) {
    std::lock_guard<std::mutex> lock(m_mutex);
    write_locked(line);
}

void Reporter::info(const std::string& line) {
    if (m_verbosity != Verbosity::verbose) {
        return;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    write_locked(line);
}

void Reporter::finished_one(bool failed) {
    std::lock_guard<std::mutex> lock(m_mutex);
    ++m_done;
    if (failed) {
        ++m_failed;
    }
    draw_locked(m_done == m_total);
}

void Reporter::close() {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_drawn) {
        m_log << k_clear_line << std::flush;
        m_drawn = false;
    }
}

void Reporter::write_locked(const std::string& line) {
    if (m_drawn) {
        m_log << k_clear_line;
    }
    m_log << line << '\n';
    m_drawn = false;
    draw_locked(true);
    m_log.flush();
}

void Reporter::draw_locked(bool force) {
    if (!m_live) {
        return;
    }
    auto now = std::chrono::steady_clock::now();
    if (!force && m_drawn && now - m_last_draw < k_redraw_interval) {
        return;
    }
    m_last_draw = now;
    double elapsed = std::chrono::duration<double>(now - m_start).count();
    double rate = elapsed > 0 ? m_done / elapsed : 0.0;
    char buf[160];
    int n = std::snprintf(buf, sizeof buf, "%s%d/%d  %.1f docs/s", k_clear_line, m_done, m_total,
                          rate);
    std::string text(buf, static_cast<std::size_t>(std::max(0, n)));
    if (rate > 0 && m_done < m_total) {
        text += "  ETA " + format_duration((m_total - m_done) / rate);
    }
    if (m_failed > 0) {
        text += "  " + std::to_string(m_failed) + " failed";
    }
    m_log << text << std::flush;
    m_drawn = true;
}

}  // namespace hsdoc::batch
