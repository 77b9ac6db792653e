// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QString>

namespace Flowdesk::ItemModels::DisplayFormat {

// Text for values shown in tables and panels. Numbers and dates follow the default QLocale;
// times are shown in local time, with the exact UTC value for tooltips.

/// Local date and time in the locale's short format, e.g. "01/06/2024 14:03".
QString localDateTime(qint64 msecsSinceEpoch);
/// Exact UTC time with milliseconds, e.g. "2024-06-01 12:03:45.120 UTC".
QString utcDateTime(qint64 msecsSinceEpoch);
/// A compact duration such as "850 ms", "12.5 s", "4 min 5 s", "2 h 13 min", "3 d 4 h".
QString duration(qint64 msecs);
/// An integer with the locale's digit grouping, e.g. "1,204".
QString count(qint64 value);
/// A metric value in full precision, with NaN and infinities spelled out.
QString metricValue(double value);
/// "1 run", "1,204 runs" (numerus forms for translators; English reads right untranslated).
QString runCount(qint64 runs);
/// "1 experiment", "12 experiments".
QString experimentCount(qint64 experiments);
/// The translated name of a run status, e.g. "Finished".
QString runStatus(Store::RunStatus status);

} // namespace Flowdesk::ItemModels::DisplayFormat
