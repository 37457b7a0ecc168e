#include "util/hash.hpp"

#include <openssl/sha.h>

namespace hsdoc::hash {

std::string sha256(std::string_view bytes) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
    return std::string(reinterpret_cast<const char*>(digest), sizeof digest);
}

std::string sha256_hex(std::string_view bytes) {
    static const char* k_hex = "0123456789abcdef";
    std::string out;
    for (unsigned char c : sha256(bytes)) {
        out += k_hex[c >> 4];
        out += k_hex[c & 15];
    }
    return out;
}

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t seed) {
    std::uint64_t h = seed;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

}  // namespace hsdoc::hash
