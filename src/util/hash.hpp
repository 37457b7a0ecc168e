// Hashes: SHA-256 (Nettle) for manifests and PDF /ID, FNV-1a for cheap deterministic tags.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hsdoc::hash {

// Lower-case hex SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);

// Raw 32-byte SHA-256 digest.
std::string sha256(std::string_view bytes);

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t seed = 0xcbf29ce484222325ULL);

}  // namespace hsdoc::hash
