#pragma once

#include <QStringList>

namespace soopchat::SessionSchema {

// The statements that take a database from version `toVersion - 1` to
// `toVersion` (PRAGMA user_version). Version 1 is the original layout; every
// later version only adds, so nothing recorded under an older one is lost.
QStringList migration(int toVersion);

} // namespace soopchat::SessionSchema
