#include "util/hash.hpp"

#include <nettle/sha2.h>

namespace hsdoc::hash {

std::string sha256(std::string_view bytes) {
    // Nettle rather than OpenSSL: OpenSSL 3 loads its configuration and providers on the
    // first digest, about 2 ms of every one-document run; Nettle has no set-up at all.
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
    sha256_digest(&ctx, sizeof digest, digest);
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
