#pragma once

#include <QtGlobal>

namespace soopchat {

// The process's limit on open files (RLIMIT_NOFILE). Debian starts programs
// with a soft limit of 1,024 although the hard limit is far higher: both apps
// raise it at start so a flood of overlay connections, or many channels, never
// leaves the chat without a descriptor for its next connection.
struct FileLimits
{
    qint64 soft = -1; // -1: unknown or unlimited
    qint64 hard = -1;

    static FileLimits current();
    // Raises the soft limit to the hard one (capped at what the kernel takes);
    // returns the limits in force afterwards.
    static FileLimits raiseToHard();
};

} // namespace soopchat
