#pragma once

#include <QFile>

#include <unistd.h>

// What tests use to show that memory stays bounded under an attack.

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SOOPCHAT_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SOOPCHAT_ASAN 1
#endif

#ifdef SOOPCHAT_ASAN
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

// The memory the process holds, in bytes. Under AddressSanitizer the resident
// size also counts its quarantine of freed blocks (up to 256 MiB, whatever
// the program does), so there the heap in use is measured instead.
inline qint64 heldBytes()
{
#ifdef SOOPCHAT_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
#endif
}
