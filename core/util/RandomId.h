#pragma once

#include <QString>

namespace soopchat {

// 32 lower-case hex digits from the system's secure generator: this install's
// id for SOOP's JOIN log element (the web player sends one of this shape).
QString randomHexId();

} // namespace soopchat
