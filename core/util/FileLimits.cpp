#include "core/util/FileLimits.h"

#include <sys/resource.h>

#include <cerrno>
#include <cstdio>

namespace soopchat {

namespace {

qint64 toQint(rlim_t value)
{
    return value == RLIM_INFINITY ? -1 : qint64(value);
}

// The kernel refuses a soft limit above fs.nr_open even when the hard limit is unlimited.
rlim_t kernelMaximum()
{
    rlim_t maximum = 1024 * 1024;
    if (FILE *file = std::fopen("/proc/sys/fs/nr_open", "r")) {
        unsigned long long value = 0;
        if (std::fscanf(file, "%llu", &value) == 1 && value > 0)
            maximum = rlim_t(value);
        std::fclose(file);
    }
    return maximum;
}

} // namespace

FileLimits FileLimits::current()
{
    struct rlimit limit
    {
    };
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return {};
    return {toQint(limit.rlim_cur), toQint(limit.rlim_max)};
}

FileLimits FileLimits::raiseToHard()
{
    struct rlimit limit
    {
    };
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return {};
    rlim_t wanted = limit.rlim_max;
    if (wanted == RLIM_INFINITY)
        wanted = kernelMaximum();
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        struct rlimit raised = limit;
        raised.rlim_cur = wanted;
        setrlimit(RLIMIT_NOFILE, &raised); // if refused, the old limit stays: current() says which
    }
    return current();
}

} // namespace soopchat
