#pragma once

#include <QByteArrayView>
#include <QString>

namespace soopchat {

// Decoded chat text, many lines to one allocation. Each line is a QString
// of its own, but its characters sit in a shared block whose reference count
// Qt keeps like any string's: a block is freed when the last line in it is.
// A storm decodes a line per packet, and a heap allocation and free per line
// cost more than decoding it; so does reading back each line's own header
// when it is freed long after, where a block's header is shared by hundreds
// of lines freed one after another (docs/BENCHMARKS.md).
//
// Meant for text that is let go in about the order it came in (the chat
// list, the recorder's queue): a line kept for long keeps its whole block.
// Lines are ordinary QStrings to everyone else. Qt never writes into a
// block while another string shares it, so changing a line (after copying
// it) copies it out first, as with any shared string.
//
// Built on QString's DataPointer constructor: public in Qt 6 but not
// documented, so tst_textarena is what tells whether a new Qt still keeps
// such strings as described here.
class TextArena
{
public:
    // Lines longer than a quarter of a block get their own allocation.
    explicit TextArena(qsizetype blockUnits = 4096);

    // Strict UTF-8 to `out` (see Utf8::decode); false, with `out`
    // unspecified, when the bytes are not UTF-8.
    bool decode(QByteArrayView bytes, QString &out);

private:
    void startBlock();

    QString::DataPointer m_block; // the block being filled; keeps it alive meanwhile
    qsizetype m_used = 0; // units of it handed out, terminators included
    qsizetype m_blockUnits;
};

} // namespace soopchat
