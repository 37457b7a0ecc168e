#include "util/paths.hpp"

#include <cstdlib>

namespace hsdoc::paths {

std::string data_dir() {
    if (const char* env = std::getenv("HSDOC_DATA_DIR"); env && *env) {
        return env;
    }
#ifdef HSDOC_DATA_DIR
    return HSDOC_DATA_DIR;
#else
    return ".";
#endif
}

}  // namespace hsdoc::paths
