// Where hsdoc finds its bundled data (fonts/ and styles/).
#pragma once

#include <string>

namespace hsdoc::paths {

// $HSDOC_DATA_DIR if set, else the folder the build was configured with (HSDOC_DATA_DIR),
// else the current folder. The folder holds fonts/ and styles/.
std::string data_dir();

}  // namespace hsdoc::paths
