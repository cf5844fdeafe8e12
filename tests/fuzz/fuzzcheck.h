#pragma once
#include <cstdio>
#include <cstdlib>

// A property every input must keep. A broken one aborts, which libFuzzer reports as a crash
// with the input saved, and which fails the replay test in a build without libFuzzer.
#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s (%s)\n", __FILE__, __LINE__,        \
                         #condition, what);                                                        \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
