#include "core/util/TextArena.h"

#include <algorithm>

#include "core/util/Utf8.h"

namespace soopchat {

TextArena::TextArena(qsizetype blockUnits) : m_blockUnits(std::max<qsizetype>(blockUnits, 16))
{ }

void TextArena::startBlock()
{
    m_block = QString::DataPointer(QTypedArrayData<char16_t>::allocate(m_blockUnits));
    m_used = 0;
}

bool TextArena::decode(QByteArrayView bytes, QString &out)
{
    const qsizetype units = Utf8::units(bytes);
    if (units + 1 > m_blockUnits / 4)
        return Utf8::decode(bytes, out);
    if (!m_block.d_ptr() || m_block.constAllocatedCapacity() - m_used < units + 1)
        startBlock();
    char16_t *const line = m_block.data() + m_used;
    if (!Utf8::decode(bytes, line, units))
        return false;
    line[units] = u'\0'; // QString::utf16() promises a terminated string
    m_used += units + 1;
    m_block.ref();
    out = QString(QString::DataPointer(m_block.d_ptr(), line, units));
    return true;
}

} // namespace soopchat
