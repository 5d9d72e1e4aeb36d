// A noisy neighbour for benchmarks: random read-modify-writes over a buffer
// far bigger than the processor's caches, until it is stopped. Pinned to
// the other core (taskset), it stands in for what shares a streamer's machine
// with SoopChat (a game, OBS encoding): it takes the shared cache and the
// memory bandwidth, so that a benchmark beside it shows how much of its speed
// depended on having the cache to itself (docs/BENCHMARKS.md).
//
//     noisy_neighbour [MiB]      default 256
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char **argv)
{
    const long mib = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 256;
    if (mib < 1 || mib > 65536) {
        std::fprintf(stderr, "noisy_neighbour: the size must be 1 to 65536 MiB\n");
        return 2;
    }
    std::vector<std::uint64_t> buffer(std::size_t(mib) << 17); // MiB of 8-byte words
    for (std::size_t i = 0; i < buffer.size(); ++i)
        buffer[i] = i;
    // xorshift64: a cheap random index, so that the hardware prefetcher
    // cannot follow and every access goes to memory.
    // Volatile, so that the endless loop has an effect the compiler keeps.
    volatile std::uint64_t *const words = buffer.data();
    const std::size_t count = buffer.size();
    std::uint64_t x = 88172645463325252ull;
    for (;;) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const std::size_t at = x % count;
        words[at] = words[at] + x;
    }
}
