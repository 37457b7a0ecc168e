// Time spent in the inner pipeline stages on this thread, for the benchmark
// (bench/hsdoc_bench splits layout into shaping and fitting, and PDF writing into
// subsetting, compression and the rest). Costs two clock reads per timed call.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>

namespace hsdoc::stage_clock {

enum class Stage : std::size_t { shape, subset, compress, count };

// Milliseconds spent so far in each stage by this thread.
inline std::array<double, static_cast<std::size_t>(Stage::count)>& totals_ms() {
    thread_local std::array<double, static_cast<std::size_t>(Stage::count)> totals{};
    return totals;
}

// Adds its own lifetime to the thread's total for one stage.
class Timer {
public:
    explicit Timer(Stage stage) : m_stage(stage), m_start(std::chrono::steady_clock::now()) {}
    ~Timer() {
        totals_ms()[static_cast<std::size_t>(m_stage)] +=
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }
    Timer(const Timer&) = delete;
    Timer& operator=(const Timer&) = delete;

private:
    Stage m_stage;
    std::chrono::steady_clock::time_point m_start;
};

}  // namespace hsdoc::stage_clock
