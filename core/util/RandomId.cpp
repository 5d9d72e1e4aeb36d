#include "core/util/RandomId.h"

#include <QRandomGenerator>

namespace soopchat {

QString randomHexId()
{
    const quint64 high = QRandomGenerator::system()->generate64();
    const quint64 low = QRandomGenerator::system()->generate64();
    return QString::number(high, 16).rightJustified(16, u'0') + QString::number(low, 16).rightJustified(16, u'0');
}

} // namespace soopchat
