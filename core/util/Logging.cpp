#include "core/util/Logging.h"

Q_LOGGING_CATEGORY(lcProtocol, "soopchat.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "soopchat.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "soopchat.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "soopchat.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStats, "soopchat.stats", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOverlay, "soopchat.overlay", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "soopchat.ui", QtInfoMsg)
