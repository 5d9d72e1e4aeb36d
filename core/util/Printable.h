#pragma once

#include <QByteArrayView>
#include <QString>

namespace soopchat {

// Bytes as a short, readable string for error messages: printable text as is,
// control bytes as \xNN, cut after `maxBytes` with an ellipsis.
QString printable(QByteArrayView bytes, qsizetype maxBytes = 40);

} // namespace soopchat
