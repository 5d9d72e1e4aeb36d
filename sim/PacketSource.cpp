#include "sim/PacketSource.h"

namespace soopchat::sim {

qint64 PacketSource::skip(qint64 count)
{
    // Generating and dropping keeps a seeded session the same packet for
    // packet; sources that can jump ahead override this.
    qint64 produced = 0;
    while (produced < count) {
        m_scratch.resize(0);
        m_scratchEnds.resize(0);
        generate(m_scratch, m_scratchEnds);
        produced += m_scratchEnds.size();
    }
    return produced;
}

} // namespace soopchat::sim
