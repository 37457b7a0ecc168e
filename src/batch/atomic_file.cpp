// AtomicFile and the clean-up of temporaries left by killed runs.
#include "batch/batch.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hsdoc::batch {
namespace {

namespace fs = std::filesystem;

std::string errno_text() { return std::strerror(errno); }

// The process umask, read without changing it: umask(2) can only be read by setting it,
// which races with other threads creating files.
mode_t current_umask() {
    static const mode_t k_mask = [] {
        std::ifstream status("/proc/self/status");
        std::string key;
        while (status >> key) {
            if (key == "Umask:") {
                std::string value;
                status >> value;
                return static_cast<mode_t>(std::strtoul(value.c_str(), nullptr, 8));
            }
        }
        return static_cast<mode_t>(022);
    }();
    return k_mask;
}

}  // namespace

AtomicFile::AtomicFile(std::string final_path) : m_final_path(std::move(final_path)) {
    fs::path final_fs(m_final_path);
    fs::path folder = final_fs.parent_path();
    std::string name = "." + final_fs.filename().string() + ".tmp-XXXXXX";
    m_temp_path = (folder.empty() ? fs::path(name) : folder / name).string();
    // Retry when a concurrent clean-up removed the file between mkostemp and flock.
    for (int attempt = 0; attempt < 5; ++attempt) {
        std::string path = m_temp_path;
        int fd = mkostemp(path.data(), O_CLOEXEC);
        if (fd < 0) {
            throw Error(ErrorKind::environment,
                        "cannot create a temporary file in '" +
                            (folder.empty() ? std::string(".") : folder.string()) +
                            "': " + errno_text(),
                        m_final_path);
        }
        flock(fd, LOCK_EX);
        struct stat st {};
        if (fstat(fd, &st) == 0 && st.st_nlink > 0) {
            // mkostemp creates 0600; a PDF should get the usual permissions.
            fchmod(fd, 0666 & ~current_umask());
            m_fd = fd;
            m_temp_path = path;
            return;
        }
        close(fd);
    }
    throw Error(ErrorKind::environment, "cannot keep a temporary file beside it", m_final_path);
}

AtomicFile::~AtomicFile() {
    // Never commits: an exception or an early return leaves nothing under the final name.
    if (m_fd >= 0) {
        close(m_fd);
    }
    if (!m_committed) {
        unlink(m_temp_path.c_str());
    }
}

void AtomicFile::write(std::string_view bytes) {
    if (m_fd < 0) {
        throw Error(ErrorKind::internal, "write after commit (please report this)", m_final_path);
    }
    while (!bytes.empty()) {
        ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw Error(ErrorKind::environment, "cannot write: " + errno_text(), m_final_path);
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void AtomicFile::commit() {
    if (m_fd < 0) {
        throw Error(ErrorKind::internal, "commit twice (please report this)", m_final_path);
    }
    // fsync before rename: after a crash the final name never refers to missing data. The
    // folder itself is not synced, so a power loss may lose the rename, never the content.
    if (fsync(m_fd) != 0 && errno != EINVAL) {
        throw Error(ErrorKind::environment, "cannot write: " + errno_text(), m_final_path);
    }
    if (std::rename(m_temp_path.c_str(), m_final_path.c_str()) != 0) {
        throw Error(ErrorKind::environment, "cannot rename the temporary file into place: " +
                    errno_text(), m_final_path);
    }
    m_committed = true;
    close(m_fd);  // releases the lock only now that the temporary name is gone
    m_fd = -1;
}

bool is_temporary_name(const std::string& file_name, const std::string& final_name_suffix) {
    const std::string marker = ".tmp-";
    const std::size_t random_length = 6;
    if (file_name.size() < 1 + final_name_suffix.size() + marker.size() + random_length ||
        file_name[0] != '.') {
        return false;
    }
    std::size_t random_at = file_name.size() - random_length;
    for (std::size_t i = random_at; i < file_name.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(file_name[i]);
        if (!std::isalnum(c)) {
            return false;
        }
    }
    std::size_t marker_at = random_at - marker.size();
    if (file_name.compare(marker_at, marker.size(), marker) != 0) {
        return false;
    }
    // NAME must be non-empty and end in the suffix.
    std::size_t name_length = marker_at - 1;
    return name_length >= std::max<std::size_t>(1, final_name_suffix.size()) &&
           file_name.compare(marker_at - final_name_suffix.size(), final_name_suffix.size(),
                             final_name_suffix) == 0;
}

std::vector<std::string> remove_stale_temporaries(const std::string& folder,
                                                  const std::string& final_name_suffix) {
    std::vector<std::string> removed;
    std::error_code ec;
    fs::directory_iterator it(folder.empty() ? "." : folder, ec);
    if (ec) {
        return removed;
    }
    for (const auto& entry : it) {
        std::string name = entry.path().filename().string();
        if (!is_temporary_name(name, final_name_suffix) || !entry.is_regular_file(ec)) {
            continue;
        }
        std::string path = entry.path().string();
        int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            continue;
        }
        // A live writer holds the lock; its temporary is not stale.
        if (flock(fd, LOCK_EX | LOCK_NB) == 0 && unlink(path.c_str()) == 0) {
            removed.push_back(path);
        }
        close(fd);
    }
    std::sort(removed.begin(), removed.end());
    return removed;
}

}  // namespace hsdoc::batch
