// Private to batch/: SIGINT and SIGTERM as a request to stop between documents.
#pragma once

namespace hsdoc::batch {

// Installs the handlers for its lifetime and restores the previous ones afterwards. The
// handler only sets a flag (async-signal-safe) and resets itself, so a second signal
// kills the process at once for a user who does not want to wait.
class StopSignals {
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
};

bool stop_requested();
void request_stop();        // what the handler does; exposed for unit testing
void clear_stop_request();  // at the start of each run

}  // namespace hsdoc::batch
